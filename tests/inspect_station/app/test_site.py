"""The site's files: one folder for every bench, each bench's own file, the user's on top."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import tomli_w

from inspect_station.app import settings, site
from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from tests.helpers import run_cli

HOST = "dock-pc-07"
PG = "postgresql+psycopg://bench:secret@db.example/returns"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = Path(os.environ["INSPECT_STATION_SITE_DIR"])
    (path / "benches").mkdir(parents=True)
    return path


def write(path: Path, values: dict[str, object]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(tomli_w.dumps(values), encoding="utf-8")
    return path


def test_without_site_files_the_defaults_and_the_users_file_hold(station_home: Path) -> None:
    layers = site.load(host=HOST)
    assert layers.settings == Settings()
    assert (layers.site_files, layers.sources) == ((), {})


def test_the_bench_file_overrides_the_site_and_the_users_file_both(
    station_home: Path, folder: Path
) -> None:
    site_file = write(
        folder / "site.toml",
        {
            "database_url": PG,
            "bench": "SITE-DEFAULT",
            "camera_scanning": "highlight",
            "label_dpi": 300,
            "printers": {"dock": {"kind": "cups", "queue": "dock"}},
            "printer": "dock",
        },
    )
    bench_file = write(
        folder / "benches" / f"{HOST}.toml",
        {"bench": "BENCH-07", "printers": {"bench7": {"kind": "cups", "queue": "b7"}}},
    )
    # The bench's printers replace the site's table whole, so its printer must be among them.
    with pytest.raises(BadInput, match=f"{site_file} with {bench_file}"):
        site.load(host=HOST)
    write(
        bench_file,
        {
            "bench": "BENCH-07",
            "printers": {"bench7": {"kind": "cups", "queue": "b7"}},
            "printer": "bench7",
        },
    )
    user_file = write(station_home / "settings.toml", {"label_dpi": 203, "operator": "ola"})

    layers = site.load(host=HOST)

    config = layers.settings
    assert (config.database_url, config.camera_scanning) == (PG, "highlight")
    assert (config.bench, config.printer, list(config.printers)) == (
        "BENCH-07",
        "bench7",
        ["bench7"],
    )
    assert (config.label_dpi, config.operator) == (203, "ola")
    assert layers.site_files == (site_file, bench_file)
    assert layers.sources == {
        "database_url": site_file,
        "camera_scanning": site_file,
        "bench": bench_file,
        "printers": bench_file,
        "printer": bench_file,
        "label_dpi": user_file,
        "operator": user_file,
    }
    # Another machine reads the same folder and gets the site's settings without this bench's.
    other = site.load(host="dock-pc-08").settings
    assert (other.bench, other.printer, other.database_url) == ("SITE-DEFAULT", "dock", PG)


def test_every_setting_can_come_from_the_site_file(station_home: Path, folder: Path) -> None:
    # Whatever settings exist, each is read from the site's file: none is listed by hand.
    defaults = Settings()
    values = {name: getattr(defaults, name) for name in settings.names()}
    site_file = write(folder / "site.toml", values)

    layers = site.load(host=HOST)

    assert layers.settings == defaults
    assert layers.sources == dict.fromkeys(settings.names(), site_file)


def test_saving_at_a_bench_writes_only_what_differs_from_the_site(
    station_home: Path, folder: Path
) -> None:
    write(folder / "site.toml", {"database_url": PG, "bench": "BENCH-07", "label_dpi": 300})
    before = (folder / "site.toml").read_bytes()
    config = site.load(host=HOST).settings

    path = settings.save(config.replace(label_copies=2, label_dpi=203))

    assert path == station_home / "settings.toml"
    # label_dpi back at the default is a change against the site: it is written.
    assert path.read_text(encoding="utf-8").splitlines() == ["label_copies = 2", "label_dpi = 203"]
    assert (folder / "site.toml").read_bytes() == before
    again = site.load(host=HOST).settings
    assert (again.database_url, again.label_copies, again.label_dpi) == (PG, 2, 203)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("bench = ", "is not valid TOML"),
        ("label_dpi = 'high'", "'label_dpi' must be int"),
        (
            "databse_url = 'sqlite://'",
            "'databse_url' is not a setting \\(did you mean 'database_url'",
        ),
        ("label_dpi = 200", "cannot be used: Printer resolution 200 dpi is not supported"),
        ("camera_scanning = 'always'", "cannot be used: .*'always'"),
        ("printer = 'dock'", "cannot be used: .*dock"),
        ("bench = '  '", "cannot be used: .*bench name"),
    ],
)
def test_a_bad_site_file_is_refused_in_words_and_nothing_is_written(
    station_home: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    site_file = folder / "site.toml"
    site_file.write_text(content, encoding="utf-8")

    status, _, err = run_cli(monkeypatch, capsys, ["db", "upgrade"])

    assert status == 2
    assert str(site_file) in err
    assert len(err.strip().splitlines()) == 1
    assert re.search(message, err), err
    assert not station_home.exists()  # no database, no settings file, no pepper


def test_a_bad_bench_file_is_refused_naming_it(
    station_home: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(folder / "site.toml", {"bench": "SITE"})
    bench_file = folder / "benches" / f"{site.host_name()}.toml"
    bench_file.write_text("label_copies = 'two'", encoding="utf-8")

    status, _, err = run_cli(monkeypatch, capsys, ["db", "upgrade"])

    assert status == 2
    assert f"{bench_file}: 'label_copies' must be int" in err
    assert not station_home.exists()


def test_the_settings_command_says_where_each_setting_comes_from(
    station_home: Path,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    site_file = write(folder / "site.toml", {"database_url": PG, "label_dpi": 300})
    bench_file = write(folder / "benches" / f"{site.host_name()}.toml", {"bench": "BENCH-07"})
    user_file = write(station_home / "settings.toml", {"label_dpi": 600})

    status, out, _ = run_cli(monkeypatch, capsys, ["settings"])

    assert status == 0
    lines = out.splitlines()
    assert lines[0] == f"site files: {site_file}, {bench_file}"
    assert lines[1] == f"user file: {user_file}"
    assert sorted(lines[2:]) == sorted(
        [
            f'bench = "BENCH-07"  # {bench_file}',
            f'database_url = "postgresql+psycopg://bench:***@db.example/returns"  # {site_file}',
            f"label_dpi = 600  # {user_file}",
        ]
    )
    status, out, _ = run_cli(monkeypatch, capsys, ["settings", "--all"])
    assert 'operator = "operator"  # default' in out.splitlines()
