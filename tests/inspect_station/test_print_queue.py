from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from db.models import AuditEvent, PrintJob
from inspect_station import inspection, print_queue
from inspect_station.decoding import decode_image
from inspect_station.labels import pdf_to_image
from inspect_station.printing import FolderPrinter
from inspect_station.station import Station
from tests.inspect_station.test_inspection import open_first


def test_a_queued_label_is_written_as_pdf_and_zpl_and_decodes(station: Station) -> None:
    done = inspection.finish(station, open_first(station), grade="D")
    outcomes = print_queue.dispatch(station)
    assert [(o.lpn, o.state) for o in outcomes] == [(done.inspection.lpn, "sent")]
    pdf = Path(outcomes[0].detail)
    assert decode_image(pdf_to_image(pdf.read_bytes()))[0].text == done.inspection.lpn
    zpl = pdf.with_suffix(".zpl").read_text(encoding="utf-8")
    assert zpl.startswith("^XA")
    assert zpl.rstrip().endswith("^XZ")
    assert print_queue.dispatch(station) == []  # sent once, never again
    assert print_queue.pending_count(station) == 0


def test_a_failing_printer_keeps_the_job_and_says_why(station: Station, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    station.printer = FolderPrinter(blocker / "labels")
    inspection.finish(station, open_first(station), grade="A")
    for attempt in (1, 2):
        [outcome] = print_queue.dispatch(station)
        assert outcome.state == "queued"
        assert "cannot be created" in outcome.detail
        with station.db.read() as session:
            job = session.scalars(select(PrintJob)).one()
        assert (job.state, job.attempts) == ("queued", attempt)
    assert print_queue.pending_count(station) == 1
    station.printer = FolderPrinter(tmp_path / "labels")
    [outcome] = print_queue.dispatch(station)
    assert outcome.state == "sent"
    assert len(list((tmp_path / "labels").glob("*.pdf"))) == 1
    with station.db.read() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions.count("label.failed") == 2
    assert actions[-1] == "label.sent"


def test_a_label_that_cannot_be_made_does_not_block_the_queue(station: Station) -> None:
    first = inspection.finish(station, open_first(station), grade="A")
    second = inspection.finish(station, open_first(station), grade="B")
    with station.db.write() as session:
        broken = session.get(PrintJob, first.print_job_id)
        assert broken is not None
        broken.dpi = 200  # e.g. written by a station with a mistyped setting
    outcomes = {o.lpn: o for o in print_queue.dispatch(station)}
    assert outcomes[first.inspection.lpn].state == "failed"
    assert "200 dpi" in outcomes[first.inspection.lpn].detail
    assert outcomes[second.inspection.lpn].state == "sent"
    assert print_queue.dispatch(station) == []
