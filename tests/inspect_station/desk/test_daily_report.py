from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from db.audit_chain import last_link
from inspect_station.app.context import Station
from inspect_station.audit import verification
from inspect_station.cli import main
from inspect_station.desk import daily_report
from tests.conftest import FakeClock
from tests.helpers import as_person, run_cli, seed_command_line_people
from tests.inspect_station.desk_data import finish_units, supervisor


def pdf_text(path: Path) -> str:
    """The text of every page, with line breaks and runs of spaces as single spaces."""
    document = pdfium.PdfDocument(path)
    try:
        return " ".join(" ".join(page.get_textpage().get_text_range().split()) for page in document)
    finally:
        document.close()


def test_the_report_carries_the_days_figures(
    station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    finish_units(station, clock)
    station.settings = station.settings.replace(grade_drift_min_units=1)
    supervisor(station)
    target = daily_report.write_report(station, clock().date(), tmp_path / "day.pdf")
    assert target.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(target)
    assert "Daily report — Thursday, 26 November 2026" in text
    assert "Units finished 7" in text
    for name in ("maria", "ines", "jonas ⚠", "BENCH-07", "BENCH-09", "Returns waiting now"):
        assert name in text
    assert list(tmp_path.glob(".*part")) == []
    # The chain's head on paper, and kept at the bench as an anchor that verify checks.
    with station.db.read() as session:
        head = last_link(session)
    assert head is not None
    assert f"the audit chain ended at link {head.seq:,}, SHA-256 {head.hash}" in text
    assert f"audit verify --anchor {head.seq}:{head.hash[:16]}" in text
    anchors, _bad = station.db.audit_chain.anchors.read()  # type: ignore[union-attr]
    assert anchors[-1].source == "daily report 2026-11-26"
    assert (anchors[-1].seq, anchors[-1].hash) == (head.seq, head.hash)
    assert verification.verify(station.db).anchors_checked == len(anchors)


def test_report_command_writes_a_pdf_for_an_empty_shift(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_command_line_people()
    target = tmp_path / "late.pdf"
    argv = ["report", "--day", "2026-11-26", "--shift", "late", "--out", str(target)]
    maria, pin = as_person("maria")
    status, _, err = run_cli(monkeypatch, capsys, [*argv, *maria], pin)
    assert (status, "needs the supervisor role; maria is signed in as operator" in err) == (2, True)
    assert not target.exists()
    sam, pin = as_person("sam")
    status, out, _ = run_cli(monkeypatch, capsys, [*argv, *sam], pin)
    assert (status, f"written to {target}" in out) == (0, True)
    text = pdf_text(target)
    assert "late shift 14:00–22:00" in text
    assert "No units were finished in this period." in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["report", "--day", "2026-13-01"], "'2026-13-01' is not a day like 2026-11-26"),
        (["report", "--day", "26/11/2026"], "is not a day like"),
        (["report", "--day", "2026-11-26", "--shift", "weekend"], "There is no shift 'weekend'"),
    ],
)
def test_bad_report_arguments_are_clear_and_write_nothing(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse refuses the value itself
        status = int(str(exc.code))
    assert status == 2
    assert message in capsys.readouterr().err
    assert list(tmp_path.glob("*.pdf")) == []
