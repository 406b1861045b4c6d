"""The print queue: jobs live in the database until a printer has taken them.

Finishing an inspection queues its label in the same transaction, so a label is never lost.
Sending happens after the commit: the label is rendered from the stored inspection and handed
to the printer. A failure leaves the job queued with its error, and the next dispatch retries.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from db.models import PrintJob
from inspect_station.errors import BadInput, KnownError, PrinterError
from inspect_station.inspection import inspection_detail
from inspect_station.labels import LabelData, render_pdf, render_zpl
from inspect_station.printing import RenderedLabel
from inspect_station.records import audit
from inspect_station.station import Station
from inspect_station.views import InspectionView


@dataclass(frozen=True)
class JobOutcome:
    job_id: uuid.UUID
    lpn: str
    state: str  # "sent", "queued" (will be retried) or "failed" (cannot be made)
    detail: str  # where it went, or why it is still waiting


def label_data(station: Station, insp: InspectionView) -> LabelData:
    """What the routing tag shows, from the stored inspection (so a reprint matches)."""
    if insp.grade is None or insp.route is None or insp.finished_at is None:
        raise BadInput(f"{insp.lpn} is not finished; it has no routing label yet.")
    return LabelData(
        lpn=insp.lpn,
        route=insp.route,
        grade=insp.grade,
        grade_name=station.grades.get(insp.grade).name,
        why=insp.rule_why or insp.rule_explanation or "",  # the rule's short reason
        bench=insp.bench,
        operator=insp.operator,
        time=insp.finished_at,
        sku=insp.sku,
        description=insp.description,
        reason=insp.expected.reason if insp.expected else None,
        rma=insp.expected.rma if insp.expected else None,
        tote=insp.tote,
    )


def render(job: PrintJob, data: LabelData) -> RenderedLabel:
    return RenderedLabel(
        job_id=job.id,
        lpn=data.lpn,
        pdf=render_pdf(data, job.stock, job.dpi),
        zpl=render_zpl(data, job.stock, job.dpi, copies=job.copies),
        copies=job.copies,
    )


def pending_count(station: Station) -> int:
    with station.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(PrintJob)
                .where(PrintJob.bench == station.bench, PrintJob.state == "queued")
            )
            or 0
        )


def dispatch(station: Station, *, limit: int = 20) -> list[JobOutcome]:
    """Send this bench's queued labels, oldest first. Returns what happened to each."""
    with station.db.read() as session:
        jobs = session.scalars(
            select(PrintJob)
            .where(PrintJob.bench == station.bench, PrintJob.state == "queued")
            .order_by(PrintJob.created_at)
            .limit(limit)
        ).all()
    outcomes = []
    for job in jobs:
        view = inspection_detail(station, job.inspection_id)
        try:
            data = label_data(station, view)
            label = render(job, data)
        except KnownError as exc:
            # A label that cannot be made will not get better by retrying; it must not hold
            # up the labels queued behind it. A reprint (with today's settings) replaces it.
            _record(station, job.id, sent_to=None, error=str(exc), give_up=True)
            outcomes.append(JobOutcome(job.id, view.lpn, "failed", str(exc)))
            continue
        try:
            sent_to = station.printer.send(label)
        except PrinterError as exc:
            _record(station, job.id, sent_to=None, error=str(exc))
            outcomes.append(JobOutcome(job.id, data.lpn, "queued", str(exc)))
        else:
            _record(station, job.id, sent_to=sent_to, error=None)
            outcomes.append(JobOutcome(job.id, data.lpn, "sent", sent_to))
    return outcomes


def _record(
    station: Station,
    job_id: uuid.UUID,
    *,
    sent_to: str | None,
    error: str | None,
    give_up: bool = False,
) -> None:
    now: datetime = station.clock()
    with station.db.write() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        job.attempts += 1
        if sent_to is not None:
            job.state, job.sent_at, job.output, job.last_error = "sent", now, sent_to, None
            audit(station, session, "label.sent", "print_job", job.id, output=sent_to)
        else:
            job.last_error = (error or "")[:500]
            if give_up:
                job.state = "failed"
            audit(station, session, "label.failed", "print_job", job.id, error=job.last_error)
