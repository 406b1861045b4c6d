"""Printers in the settings file, the print-test command and the printers listing."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from inspect_station.app import settings
from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.app.startup import check_settings
from inspect_station.cli import main
from inspect_station.printing import printers
from inspect_station.printing.cups import CupsPrinter
from inspect_station.printing.zebra import ZebraPrinter
from tests.zebra_loopback import LoopbackZebra


def write_settings(home: Path, text: str) -> None:
    home.mkdir(parents=True, exist_ok=True)
    (home / "settings.toml").write_text(text, encoding="utf-8")


def test_printers_are_read_from_the_settings_file(station_home: Path) -> None:
    write_settings(
        station_home,
        'printer = "dock"\nlabel_dpi = 300\n'
        '[printers.dock]\nkind = "zpl-tcp"\nhost = "10.0.4.21"\ntimeout = 2\n'
        '[printers.office]\nkind = "cups"\nqueue = "Office_Laser"\ncolour = true\n'
        'stock = "4x2"\n',
    )
    config = settings.load()
    dock = printers.make_printer(config)
    assert isinstance(dock, ZebraPrinter)
    assert (dock.host, dock.port, dock.dpi, dock.stock, dock.timeout) == (
        "10.0.4.21", 9100, 300, "4x6", 2.0,
    )  # fmt: skip
    office = printers.printer_named(config, "office")
    assert isinstance(office, CupsPrinter)
    assert (office.queue, office.stock, office.colour, office.formats) == (
        "Office_Laser", "4x2", True, frozenset({"pdf"}),
    )  # fmt: skip
    saved = settings.save(config, station_home / "again.toml")
    assert settings.load(saved).printers == config.printers


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"kind": "laser"}, "kind must be one of"),
        ({"kind": "zpl-tcp"}, "needs its host"),
        ({"kind": "zpl-tcp", "host": "h", "port": 0}, "not a TCP port"),
        ({"kind": "zpl-tcp", "host": "h", "port": "9100"}, "port must be int"),
        ({"kind": "cups"}, "needs its queue name"),
        ({"kind": "cups", "queue": "q", "format": "ps"}, "format must be pdf or zpl"),
        ({"kind": "cups", "queue": "q", "stock": "A4"}, "unknown label stock 'A4'"),
        ({"kind": "cups", "queue": "q", "dpi": 150}, "150 dpi is not supported"),
        ({"kind": "cups", "queue": "q", "colour": "yes"}, "colour must be bool"),
        ({"kind": "cups", "queue": "q", "speed": 3}, "unknown setting"),
        ({"kind": "files"}, "needs the folder"),
        ({"kind": "zpl-tcp", "host": "h", "font": "ANMDJ.TTF"}, "is not a printer file name"),
        ({"kind": "zpl-tcp", "host": "h", "font": "E:A.TTF^XZ"}, "is not a printer file name"),
    ],
)
def test_a_bad_printer_table_is_refused_with_its_name(
    table: dict[str, object], message: str
) -> None:
    with pytest.raises(BadInput, match=f"Printer 'dock'.*{message}"):
        check_settings(Settings(printers={"dock": table}))


def test_a_zpl_printer_with_its_own_font_gets_other_scripts_as_text(station_home: Path) -> None:
    write_settings(
        station_home,
        'printer = "dock"\n[printers.dock]\nkind = "zpl-tcp"\nhost = "h"\nfont = "E:ANMDJ.TTF"\n',
    )
    config = settings.load()
    dock = printers.make_printer(config)
    assert dock.font == "E:ANMDJ.TTF"
    data = printers.sample_label_data("3", "김민준")
    label = printers.render_label(uuid.uuid4(), data, dock, stock="4x6", dpi=203)
    assert "^A@N" in label.need_zpl()
    assert "E:ANMDJ.TTF^FB" in label.need_zpl()
    plain = printers.printer_named(Settings(), "files")
    drawn = printers.render_label(uuid.uuid4(), data, plain, stock="4x6", dpi=203)
    assert "^A@N" not in drawn.need_zpl()
    assert drawn.need_zpl().count("^GFA") == 1  # the footer line with the operator's name
    assert settings.load(settings.save(config, station_home / "again.toml")).printers == (
        config.printers
    )


def test_an_unknown_label_printer_is_refused() -> None:
    with pytest.raises(BadInput, match="Unknown printer 'dock'; the settings know: files"):
        printers.make_printer(Settings(printer="dock"))


def test_print_test_through_the_files_printer(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print-test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("test label sent to files: ")
    assert list((station_home / "labels").glob("LPTEST*.pdf"))


def test_print_test_to_a_zpl_printer_and_its_faults(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with LoopbackZebra() as zebra:
        write_settings(
            station_home,
            f'[printers.dock]\nkind = "zpl-tcp"\nhost = "127.0.0.1"\nport = {zebra.port}\n'
            'timeout = 0.5\n[printers.lost]\nkind = "zpl-tcp"\nhost = "nowhere.invalid"\n',
        )
        assert main(["print-test", "--printer", "dock", "--copies", "2"]) == 0
        assert zebra.printed() == {"LPTEST00000000G": 2}
        zebra.paper_out = True
        assert main(["print-test", "--printer", "dock"]) == 2
        assert "paper out" in capsys.readouterr().err
        assert main(["printers"]) == 0
        listing = capsys.readouterr().out
        assert "dock" in listing
        assert "paper out" in listing
        assert "'nowhere.invalid' does not resolve" in listing
    assert main(["print-test", "--printer", "lost"]) == 2
    assert "'nowhere.invalid' does not resolve" in capsys.readouterr().err
    assert len(zebra.formats) == 1
