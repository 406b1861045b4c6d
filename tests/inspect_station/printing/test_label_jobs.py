"""Confirming labels by scanning them, answering "did it print?", reprints with reasons."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.printing import PrintJob
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.bench import inspection
from inspect_station.bench.inspection import Finished
from inspect_station.people.roles import Role, User
from inspect_station.printing import label_jobs, queue
from tests.helpers import row_counts
from tests.inspect_station.bench.test_inspection import open_first


def finished(station: Station) -> Finished:
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    return done


def states(station: Station, inspection_id: uuid.UUID) -> list[tuple[str, str]]:
    return [(j.kind, j.state) for j in label_jobs.jobs_for(station, inspection_id)]


def test_an_answer_to_a_settled_question_is_refused(station: Station) -> None:
    done = finished(station)
    with pytest.raises(Conflict, match="is sent now"):
        label_jobs.answer(station, done.print_job_id, printed=True)


def test_a_reprint_needs_a_reason_and_is_audited(station: Station) -> None:
    done = finished(station)
    before = row_counts(station.db)
    for reason in ("", "   ", "x" * 201):
        with pytest.raises(BadInput):
            label_jobs.reprint(station, done.inspection.id, reason=reason)
    with pytest.raises(BadInput, match="Copies"):
        label_jobs.reprint(station, done.inspection.id, reason="torn", copies=0)
    assert row_counts(station.db) == before
    job = label_jobs.reprint(station, done.inspection.id, reason="  label torn\n", copies=2)
    assert (job.kind, job.state, job.reason, job.copies) == ("reprint", "queued", "label torn", 2)
    assert job.requested_by == station.operator
    with station.db.read() as session:
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None
    assert (event.action, event.actor) == ("label.reprint", station.operator)
    assert event.detail["reason"] == "label torn"
    assert event.detail["reprint_no"] == 1
    [outcome] = queue.dispatch(station)
    assert outcome.state == "sent"


def test_an_operator_has_a_limited_number_of_reprints(station: Station) -> None:
    station.settings = station.settings.replace(reprints_per_unit=2)
    done = finished(station)
    for _ in range(2):
        label_jobs.reprint(station, done.inspection.id, reason="smudged")
        queue.dispatch(station)
    before = row_counts(station.db)
    with pytest.raises(NotAllowed, match="reprinted 2 time"):
        label_jobs.reprint(station, done.inspection.id, reason="smudged again")
    assert row_counts(station.db) == before
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    for _ in range(3):
        label_jobs.reprint(station, done.inspection.id, reason="supervisor reprint")
        queue.dispatch(station)
    assert label_jobs.reprints_used(station, done.inspection.lpn) == 5


def test_no_reprint_while_a_label_is_on_its_way(station: Station) -> None:
    done = inspection.finish(station, open_first(station), grade="B")  # queued, not sent
    with pytest.raises(BadInput, match="already waiting"):
        label_jobs.reprint(station, done.inspection.id, reason="impatient")
    with station.db.write() as session:
        job = session.get(PrintJob, done.print_job_id)
        assert job is not None
        job.state = "unknown"
    with pytest.raises(BadInput, match="answer that question first"):
        label_jobs.reprint(station, done.inspection.id, reason="impatient")


def test_only_finished_units_are_reprinted(station: Station) -> None:
    insp = open_first(station)
    with pytest.raises(BadInput, match="finished"):
        label_jobs.reprint(station, insp.id, reason="early")


def test_a_reprint_to_an_unknown_printer_is_refused(station: Station) -> None:
    done = finished(station)
    with pytest.raises(BadInput, match="Unknown printer 'office'"):
        label_jobs.reprint(station, done.inspection.id, reason="office", printer="office")


def test_a_reprint_from_the_system_dialog_is_recorded(station: Station) -> None:
    done = finished(station)
    job, data = label_jobs.start_manual(
        station, done.inspection.id, reason="for the customer file", copies=1, printer="Office"
    )
    assert (job.state, job.printer) == ("sending", "dialog:Office")
    assert data.lpn == done.inspection.lpn
    assert queue.dispatch(station) == []  # the queue leaves it to the dialog
    sent = label_jobs.finish_manual(station, job.id, ok=True)
    assert (sent.state, sent.kind) == ("sent", "reprint")
    with pytest.raises(BadInput):
        label_jobs.finish_manual(station, job.id, ok=True)
