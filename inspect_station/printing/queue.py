"""The print queue: jobs live in the database until a printer has taken them.

Finishing an inspection queues its label in the same transaction, so a label is never lost.
Sending happens after the commit, oldest label first, one printer at a time:

- the job is marked ``sending`` (committed) before the first byte leaves, so a station that
  dies mid-send finds it at the next start and knows the outcome is unknown (:func:`recover`);
- a printer that refuses, is off, out of paper or silent leaves the job ``queued`` with its
  error, retried with exponential backoff; later labels for that printer wait behind it, so
  labels come out in the order the units were finished;
- a connection that breaks after the label left makes it ``unknown``: never resent by itself,
  the bench asks whether it printed (``label_jobs.answer``) or the printed label is scanned;
- a label that cannot be made (settings the renderer refuses) is ``failed`` and does not hold
  up the labels behind it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from db.models.grading import UnitAssessment
from db.models.inspections import Override
from db.models.printing import PrintJob
from inspect_station.app.errors import BadInput, KnownError, PrinterError, PrintOutcomeUnknown
from inspect_station.app.i18n import _
from inspect_station.audit.trail import audit
from inspect_station.bench.inspection import inspection_detail
from inspect_station.bench.views import InspectionView
from inspect_station.labels.layout import LabelData, destination_text
from inspect_station.offline.twin import places
from inspect_station.printing.base import Printer
from inspect_station.printing.printers import printer_named, render_label

if TYPE_CHECKING:
    from inspect_station.app.context import Station

BACKOFF_FIRST_S = 5
BACKOFF_MAX_S = 300


@dataclass(frozen=True)
class JobOutcome:
    job_id: uuid.UUID
    lpn: str
    state: str  # "sent", "queued" (retried later), "unknown" (the bench asks) or "failed"
    detail: str  # where it went, or why it is still waiting


def backoff(attempts: int) -> timedelta:
    """The wait after ``attempts`` failed tries: 5 s, 10 s, 20 s … at most 5 minutes."""
    exponent = min(max(attempts, 1) - 1, 16)
    return timedelta(seconds=min(BACKOFF_MAX_S, BACKOFF_FIRST_S * 2**exponent))


def label_data(
    station: Station, insp: InspectionView, *, job_id: uuid.UUID | None = None
) -> LabelData:
    """What the routing tag shows, from the stored inspection and its print job.

    The label says what a worker at the tote must know beyond the route: WRONG ITEM and what
    it is (its own product on the label, not the one expected), OVERRIDE and the supervisor
    who decided, REPRINT n for the n-th reprint (``job_id``), and always where it goes (the
    rule's tote, else the destination's name).
    """
    if insp.grade is None or insp.route is None or insp.finished_at is None:
        raise BadInput(
            _("{lpn} is not finished; it has no routing label yet.").format(lpn=insp.lpn)
        )
    sku, description, marks = insp.sku, insp.description, []
    with station.db.read() as session:
        unit = session.get(UnitAssessment, insp.id)
        if unit is not None and unit.receipt == "wrong_item":
            sku, description = unit.actual_sku, unit.actual_description
            what = unit.actual_description or (
                _("code {code}").format(code=unit.actual_code)
                if unit.actual_code
                else _("not identified")
            )
            marks.append(_("WRONG ITEM: {what}").format(what=what))
            if unit.actual_sku is None and unit.actual_code:
                description = _("Product code {code}").format(code=unit.actual_code)
        supervisor = session.scalars(
            select(Override.actor)
            .where(Override.inspection_id == insp.id)
            .order_by(Override.at.desc())
            .limit(1)
        ).first()
        if supervisor is not None:
            marks.append(_("OVERRIDE by {supervisor}").format(supervisor=supervisor))
        if job_id is not None:
            number = reprint_number(session, job_id)
            if number:
                marks.append(_("REPRINT {number}").format(number=number))
    return LabelData(
        lpn=insp.lpn,
        route=insp.route,
        grade=insp.grade,
        grade_name=station.grades.get(insp.grade).name,
        why=insp.rule_why or insp.rule_explanation or "",  # the rule's short reason
        bench=insp.bench,
        operator=insp.operator,
        time=insp.finished_at,
        sku=sku,
        description=description,
        reason=insp.expected.reason if insp.expected else None,
        rma=insp.expected.rma if insp.expected else None,
        tote=insp.tote or destination_text(insp.route),
        marks=tuple(marks),
    )


def reprint_number(session: Session, job_id: uuid.UUID) -> int:
    """1 for a unit's first reprint, 2 for its second …; 0 for a job that is no reprint."""
    job = session.get(PrintJob, job_id)
    if job is None or job.kind != "reprint":
        return 0
    return (
        session.scalar(
            select(func.count())
            .select_from(PrintJob)
            .where(
                PrintJob.inspection_id == job.inspection_id,
                PrintJob.kind == "reprint",
                PrintJob.created_at <= job.created_at,
            )
        )
        or 0
    )


def pending_count(station: Station) -> int:
    """This bench's labels not yet handed to a printer (offline ones too)."""
    return sum(_pending_count(place) for place in places(station))


def _pending_count(station: Station) -> int:
    with station.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(PrintJob)
                .where(PrintJob.bench == station.bench, PrintJob.state.in_(("queued", "sending")))
            )
            or 0
        )


def recover(station: Station) -> int:
    """At start: a job left ``sending`` by a station that stopped mid-send may have printed.

    It becomes ``unknown`` (the bench asks) rather than ``queued`` (which could print it twice).
    """
    return sum(_recover(place) for place in places(station))


def _recover(station: Station) -> int:
    with station.db.write() as session:
        stuck = session.scalars(
            select(PrintJob).where(PrintJob.bench == station.bench, PrintJob.state == "sending")
        ).all()
        for job in stuck:
            job.state = "unknown"
            job.last_error = _("the station stopped while sending this label")
            audit(
                station, session, "label.outcome_unknown", "print_job", job.id, error=job.last_error
            )
        return len(stuck)


def dispatch(station: Station, *, limit: int = 20) -> list[JobOutcome]:
    """Send this bench's queued labels that are due, oldest first (those of the shared
    database, and those of units finished offline). Returns what happened."""
    outcomes: list[JobOutcome] = []
    for place in places(station):
        outcomes += _dispatch(place, limit=limit)
    return outcomes


def _dispatch(station: Station, *, limit: int) -> list[JobOutcome]:
    now = station.clock()
    with station.db.read() as session:
        jobs = session.scalars(
            select(PrintJob)
            .where(PrintJob.bench == station.bench, PrintJob.state == "queued")
            .order_by(PrintJob.created_at, PrintJob.id)
            .limit(limit)
        ).all()
    outcomes: list[JobOutcome] = []
    waiting: set[str] = set()  # printers that are down or in backoff: their labels keep order
    for job in jobs:
        if job.printer in waiting:
            continue
        if job.next_attempt_at is not None and job.next_attempt_at > now:
            waiting.add(job.printer)
            continue
        outcome = _send_one(station, job)
        if outcome is not None:
            outcomes.append(outcome)
            if outcome.state == "queued":
                waiting.add(job.printer)
    return outcomes


def _printer_for(station: Station, name: str) -> Printer:
    if name == station.printer.name:
        return station.printer
    try:
        return printer_named(station.settings, name)
    except BadInput:
        # The printer was taken out of the settings: its labels follow the station's printer.
        return station.printer


def _send_one(station: Station, job: PrintJob) -> JobOutcome | None:
    view = inspection_detail(station, job.inspection_id)
    printer = _printer_for(station, job.printer)
    moved = printer.name != job.printer
    stock, dpi = (printer.stock, printer.dpi) if moved else (job.stock, job.dpi)
    try:
        data = label_data(station, view, job_id=job.id)
        label = render_label(job.id, data, printer, stock=stock, dpi=dpi, copies=job.copies)
    except KnownError as exc:
        # Retrying will not make it better; a reprint (with today's settings) replaces it.
        _settle(station, job.id, "failed", error=str(exc))
        return JobOutcome(job.id, view.lpn, "failed", str(exc))
    if not _claim(station, job.id, printer if moved else None):
        return None  # another dispatch of this bench took it meanwhile
    try:
        sent_to = printer.send(label)
    except PrintOutcomeUnknown as exc:
        _settle(station, job.id, "unknown", error=str(exc))
        return JobOutcome(job.id, data.lpn, "unknown", str(exc))
    except PrinterError as exc:
        _settle(station, job.id, "queued", error=str(exc))
        return JobOutcome(job.id, data.lpn, "queued", str(exc))
    except BaseException:
        # A bug while sending: the bytes may have left, so the bench must ask.
        _settle(station, job.id, "unknown", error=_("the station failed while sending this label"))
        raise
    _settle(station, job.id, "sent", sent_to=sent_to)
    return JobOutcome(job.id, data.lpn, "sent", sent_to)


def _claim(station: Station, job_id: uuid.UUID, moved_to: Printer | None) -> bool:
    """Mark the job ``sending`` and commit, before anything goes to the printer."""
    values: dict[str, object] = {"state": "sending"}
    if moved_to is not None:
        values |= {"printer": moved_to.name, "stock": moved_to.stock, "dpi": moved_to.dpi}
    with station.db.write() as session:
        result = session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.state == "queued")
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0) == 1)


def _settle(
    station: Station,
    job_id: uuid.UUID,
    state: str,
    *,
    sent_to: str | None = None,
    error: str | None = None,
) -> None:
    now: datetime = station.clock()
    with station.db.write() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        job.attempts += 1
        job.state = state
        job.last_error = error[:500] if error else None
        if state == "sent":
            job.sent_at, job.output, job.next_attempt_at = now, sent_to, None
            audit(station, session, "label.sent", "print_job", job.id, output=sent_to)
        elif state == "queued":
            job.next_attempt_at = now + backoff(job.attempts)
            audit(
                station,
                session,
                "label.not_sent",
                "print_job",
                job.id,
                error=job.last_error,
                retry_at=job.next_attempt_at.isoformat(),
            )
        elif state == "unknown":
            audit(
                station, session, "label.outcome_unknown", "print_job", job.id, error=job.last_error
            )
        else:
            audit(station, session, "label.unprintable", "print_job", job.id, error=job.last_error)
