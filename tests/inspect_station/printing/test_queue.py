"""The print queue under a printer that is off, out of paper, silent or drops the connection:
no label is lost and none prints twice unless someone asks."""

from __future__ import annotations

import random
import socket
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.printing import PrintJob
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.identify.decoding import decode_image
from inspect_station.labels.raster import pdf_to_image
from inspect_station.printing import label_jobs, queue
from inspect_station.printing.folder import FolderPrinter
from inspect_station.printing.zebra import ZebraPrinter
from tests.conftest import FakeClock
from tests.helpers import row_counts, split_audit
from tests.inspect_station.bench.test_inspection import open_first
from tests.zebra_loopback import (
    RESET_AFTER_LABEL,
    RESET_MID_LABEL,
    SILENT,
    LoopbackZebra,
    plate_of,
)

TIMEOUT = 0.3


@pytest.fixture
def zebra(station: Station) -> Iterator[LoopbackZebra]:
    with LoopbackZebra() as printer:
        station.change_shift(
            printer=ZebraPrinter("127.0.0.1", printer.port, name="dock", timeout=TIMEOUT)
        )
        yield printer


def dead_printer() -> ZebraPrinter:
    """The dock printer switched off: nothing listens on its port."""
    with socket.create_server(("127.0.0.1", 0)) as unused:
        port = unused.getsockname()[1]
    return ZebraPrinter("127.0.0.1", port, name="dock", timeout=TIMEOUT)


def finish_one(station: Station, grade: str = "B") -> str:
    lpn = inspection.finish(station, open_first(station), grade=grade).inspection.lpn
    station.clock.advance(1)  # type: ignore[attr-defined]  # the FakeClock: one unit at a time
    return lpn


def jobs(station: Station) -> list[PrintJob]:
    with station.db.read() as session:
        return list(session.scalars(select(PrintJob).order_by(PrintJob.created_at)))


def test_a_queued_label_is_written_as_pdf_and_zpl_and_decodes(station: Station) -> None:
    lpn = finish_one(station, "D")
    outcomes = queue.dispatch(station)
    assert [(o.lpn, o.state) for o in outcomes] == [(lpn, "sent")]
    pdf = Path(outcomes[0].detail)
    assert decode_image(pdf_to_image(pdf.read_bytes()))[0].text == lpn
    zpl = pdf.with_suffix(".zpl").read_text(encoding="utf-8")
    assert zpl.startswith("^XA")
    assert zpl.rstrip().endswith("^XZ")
    assert queue.dispatch(station) == []  # sent once, never again
    assert queue.pending_count(station) == 0


def test_a_failing_folder_keeps_the_job_and_says_why(
    station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    station.change_shift(printer=FolderPrinter(blocker / "labels", name="files"))
    finish_one(station, "A")
    for attempt in (1, 2):
        [outcome] = queue.dispatch(station)
        assert outcome.state == "queued"
        assert "cannot be created" in outcome.detail
        [job] = jobs(station)
        assert (job.state, job.attempts) == ("queued", attempt)
        clock.advance(queue.backoff(attempt).total_seconds())
    station.change_shift(printer=FolderPrinter(tmp_path / "labels", name="files"))
    [outcome] = queue.dispatch(station)
    assert outcome.state == "sent"
    assert len(list((tmp_path / "labels").glob("*.pdf"))) == 1
    with station.db.read() as session:
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions.count("label.not_sent") == 2
    assert actions[-1] == "label.sent"


def test_a_label_that_cannot_be_made_does_not_block_the_queue(station: Station) -> None:
    first = inspection.finish(station, open_first(station), grade="A")
    second = inspection.finish(station, open_first(station), grade="B")
    with station.db.write() as session:
        broken = session.get(PrintJob, first.print_job_id)
        assert broken is not None
        broken.dpi = 200  # e.g. written by a station with a mistyped setting
    outcomes = {o.lpn: o for o in queue.dispatch(station)}
    assert outcomes[first.inspection.lpn].state == "failed"
    assert "200 dpi" in outcomes[first.inspection.lpn].detail
    assert outcomes[second.inspection.lpn].state == "sent"
    assert queue.dispatch(station) == []


def test_backoff_doubles_up_to_five_minutes() -> None:
    assert [queue.backoff(n).total_seconds() for n in range(1, 10)] == [
        5, 10, 20, 40, 80, 160, 300, 300, 300,
    ]  # fmt: skip


def test_an_offline_printer_keeps_every_label_in_order(
    station: Station, zebra: LoopbackZebra, clock: FakeClock
) -> None:
    live = station.printer
    station.change_shift(printer=dead_printer())
    plates = [finish_one(station) for _ in range(3)]
    [outcome] = queue.dispatch(station)  # the oldest is tried; the others wait behind it
    assert (outcome.lpn, outcome.state) == (plates[0], "queued")
    assert "refused the connection" in outcome.detail
    assert [(j.state, j.attempts) for j in jobs(station)] == [("queued", 1)] + [("queued", 0)] * 2
    clock.advance(4)
    assert queue.dispatch(station) == []  # backing off: nothing is tried
    clock.advance(1)
    assert [o.state for o in queue.dispatch(station)] == ["queued"]
    assert jobs(station)[0].next_attempt_at == clock() + timedelta(seconds=10)
    assert [j.attempts for j in jobs(station)] == [2, 0, 0]
    station.change_shift(printer=live)  # switched back on
    clock.advance(10)
    assert [o.state for o in queue.dispatch(station)] == ["sent"] * 3
    assert [plate_of(f) for f in zebra.formats] == plates  # in the order finished
    assert zebra.printed() == Counter(plates)
    assert queue.dispatch(station) == []


@pytest.mark.parametrize("fault", ["paper_out", "head_open", "paused"])
def test_a_printer_out_of_paper_gets_the_label_once_it_is_fixed(
    station: Station, zebra: LoopbackZebra, clock: FakeClock, fault: str
) -> None:
    setattr(zebra, fault, True)
    lpn = finish_one(station)
    [outcome] = queue.dispatch(station)
    assert outcome.state == "queued"
    assert fault.replace("_", " ") in outcome.detail
    assert zebra.formats == []
    setattr(zebra, fault, False)
    clock.advance(5)
    assert [o.state for o in queue.dispatch(station)] == ["sent"]
    assert zebra.printed() == {lpn: 1}


def test_a_printer_that_never_answers_keeps_the_job_queued(
    station: Station, zebra: LoopbackZebra
) -> None:
    zebra.mode = SILENT
    finish_one(station)
    before = row_counts(station.db)
    [outcome] = queue.dispatch(station)
    assert outcome.state == "queued"
    assert "did not answer within 0.3 s" in outcome.detail
    [job] = jobs(station)
    assert job.state == "queued"
    assert "did not answer" in (job.last_error or "")
    rest_before, events_before = split_audit(before)
    rest_after, events_after = split_audit(row_counts(station.db))
    assert (rest_after, events_after) == (rest_before, events_before + 1)  # the failure, audited
    assert zebra.formats == []


def test_a_printer_host_that_does_not_resolve_keeps_the_job(station: Station) -> None:
    station.change_shift(printer=ZebraPrinter("zebra-9.invalid", name="dock", timeout=TIMEOUT))
    finish_one(station)
    [outcome] = queue.dispatch(station)
    assert outcome.state == "queued"
    assert "Printer host 'zebra-9.invalid' does not resolve" in outcome.detail
    assert [j.state for j in jobs(station)] == ["queued"]


def test_a_reset_after_sending_is_never_resent_by_itself(
    station: Station, zebra: LoopbackZebra, clock: FakeClock
) -> None:
    zebra.mode = RESET_AFTER_LABEL
    lpn = finish_one(station)
    [outcome] = queue.dispatch(station)
    assert outcome.state == "unknown"
    zebra.mode = "normal"
    clock.advance(3600)
    assert queue.dispatch(station) == []
    assert queue.pending_count(station) == 0
    [question] = label_jobs.unknown_jobs(station)
    assert question.lpn == lpn
    label_jobs.answer(station, question.id, printed=True)  # the worker sees the label
    assert [j.state for j in jobs(station)] == ["confirmed"]
    assert zebra.printed() == {lpn: 1}


def test_a_label_that_did_not_print_is_sent_again_when_the_worker_says_so(
    station: Station, zebra: LoopbackZebra
) -> None:
    zebra.mode = RESET_MID_LABEL
    lpn = finish_one(station)
    assert [o.state for o in queue.dispatch(station)] == ["unknown"]
    assert zebra.formats == []
    zebra.mode = "normal"
    [question] = label_jobs.unknown_jobs(station)
    label_jobs.answer(station, question.id, printed=False)
    assert [o.state for o in queue.dispatch(station)] == ["sent"]
    assert zebra.printed() == {lpn: 1}
    [job] = jobs(station)
    assert (job.kind, job.attempts) == ("label", 2)  # the same job, not a reprint


def test_a_job_left_sending_by_a_crash_is_asked_about(station: Station) -> None:
    finish_one(station)
    with station.db.write() as session:
        job = session.scalars(select(PrintJob)).one()
        job.state = "sending"  # the station died between sending and recording
    assert queue.recover(station) == 1
    assert [j.state for j in jobs(station)] == ["unknown"]
    assert queue.dispatch(station) == []


def test_no_label_lost_and_none_duplicated_through_random_faults(
    station: Station, zebra: LoopbackZebra, clock: FakeClock
) -> None:
    """Finish units while the printer goes off, runs out of paper, stalls and drops the
    connection at random; the worker answers "did it print?" truthfully. In the end every
    unit has exactly one label."""
    rng = random.Random(20261127)
    live = station.printer
    plates: list[str] = []
    faults = ["offline", "paper_out", "head_open", "silent", RESET_AFTER_LABEL, RESET_MID_LABEL]
    for _ in range(24):
        plates.append(finish_one(station))
        fault = rng.choice([None, None, *faults])
        if fault == "offline":
            station.change_shift(printer=dead_printer())
        elif fault in ("paper_out", "head_open"):
            setattr(zebra, fault, True)
        elif fault is not None:
            zebra.mode = fault
        queue.dispatch(station)
        station.change_shift(printer=live)
        zebra.mode, zebra.paper_out, zebra.head_open = "normal", False, False
        answer_truthfully(station, zebra)
        clock.advance(rng.choice([0, 2, 7, 30]))
    for _ in range(10):  # the printer stays well: the backlog drains
        clock.advance(300)
        queue.dispatch(station)
        answer_truthfully(station, zebra)
    assert zebra.printed() == Counter(plates)
    assert {j.state for j in jobs(station)} <= {"sent", "confirmed"}
    assert len(jobs(station)) == len(plates)


def answer_truthfully(station: Station, zebra: LoopbackZebra) -> None:
    for question in label_jobs.unknown_jobs(station):
        label_jobs.answer(station, question.id, printed=zebra.printed()[question.lpn] > 0)
