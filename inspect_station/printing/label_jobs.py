"""What people do with labels after the queue: answer "did it print?", reprint, look.

- Scanning a printed label at the bench confirms it; that is the bench's
  (``bench.scan_answers.confirm_scanned``).
- A label whose outcome is unknown is never resent by itself; the worker answers
  (:func:`answer`): it printed (confirmed) or it did not (queued again, the same job, so it is
  not counted as a reprint).
- A reprint needs a reason and is audited; an operator has ``reprints_per_unit`` per unit, a
  supervisor no limit (:func:`reprint`). The system print dialog's prints are reprints too
  (:func:`start_manual`, :func:`finish_manual`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models.inspections import Inspection
from db.models.printing import PRINT_PENDING, PrintJob
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.app.i18n import _
from inspect_station.audit.trail import audit
from inspect_station.bench.inspection import inspection_detail
from inspect_station.labels.layout import LabelData
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.raster import pdf_to_image
from inspect_station.labels.zpl import MAX_COPIES
from inspect_station.offline.twin import places, where_is
from inspect_station.people.roles import Role
from inspect_station.printing.printers import printer_named
from inspect_station.printing.queue import label_data

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_REASON = 200


@dataclass(frozen=True)
class JobView:
    id: uuid.UUID
    inspection_id: uuid.UUID
    lpn: str
    kind: str  # "label" or "reprint"
    state: str
    printer: str
    stock: str
    dpi: int
    copies: int
    reason: str | None
    requested_by: str
    created_at: datetime
    sent_at: datetime | None
    confirmed_at: datetime | None
    confirmed_how: str | None
    attempts: int
    last_error: str | None
    output: str | None


def _view(job: PrintJob, lpn: str) -> JobView:
    return JobView(
        id=job.id,
        inspection_id=job.inspection_id,
        lpn=lpn,
        kind=job.kind,
        state=job.state,
        printer=job.printer,
        stock=job.stock,
        dpi=job.dpi,
        copies=job.copies,
        reason=job.reason,
        requested_by=job.requested_by,
        created_at=job.created_at,
        sent_at=job.sent_at,
        confirmed_at=job.confirmed_at,
        confirmed_how=job.confirmed_how,
        attempts=job.attempts,
        last_error=job.last_error,
        output=job.output,
    )


def _jobs(session: Session, *conditions: object) -> list[JobView]:
    rows = session.execute(
        select(PrintJob, Inspection.lpn)
        .join(Inspection, Inspection.id == PrintJob.inspection_id)
        .where(*conditions)  # type: ignore[arg-type]
        .order_by(PrintJob.created_at, PrintJob.id)
    ).all()
    return [_view(job, lpn) for job, lpn in rows]


def jobs_for(station: Station, inspection_id: uuid.UUID) -> list[JobView]:
    """Every label made for this inspection, oldest first."""
    station = where_is(station, inspection_id)
    with station.db.read() as session:
        return _jobs(session, PrintJob.inspection_id == inspection_id)


def unknown_jobs(station: Station) -> list[JobView]:
    """This bench's labels whose outcome nobody knows yet: the bench asks about each."""
    found: list[JobView] = []
    for place in places(station):
        with place.db.read() as session:
            found += _jobs(session, PrintJob.bench == place.bench, PrintJob.state == "unknown")
    return found


def answer(station: Station, job_id: uuid.UUID, *, printed: bool) -> JobView:
    """The worker's answer to "did it print?" for a job whose outcome is unknown."""
    station = _holding_job(station, job_id)
    with station.db.write() as session:
        job = session.get(PrintJob, job_id)
        if job is None:
            raise BadInput(_("No such label."))
        lpn = _lpn(session, job)
        if job.state != "unknown":
            raise Conflict(
                _("The label for {lpn} is {state} now; nothing was changed.").format(
                    lpn=lpn, state=job.state
                )
            )
        if printed:
            job.state, job.confirmed_how = "confirmed", "answer"
            job.confirmed_at = station.clock()
        else:
            # The same job again: nothing came out, so this is not a duplicate nor a reprint.
            job.state, job.next_attempt_at = "queued", None
        audit(station, session, "label.answered", "print_job", job.id, lpn=lpn, printed=printed)
        return _view(job, lpn)


def reprints_used(station: Station, lpn: str) -> int:
    with station.db.read() as session:
        return _reprints(session, lpn)


def _reprints(session: Session, lpn: str) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(PrintJob)
            .join(Inspection, Inspection.id == PrintJob.inspection_id)
            .where(Inspection.lpn == lpn, PrintJob.kind == "reprint")
        )
        or 0
    )


def reprint(
    station: Station,
    inspection_id: uuid.UUID,
    *,
    reason: str,
    copies: int = 1,
    printer: str | None = None,
) -> JobView:
    """Queue another label for a finished inspection. Needs a reason; audited; limited."""
    station = where_is(station, inspection_id)
    target = printer_named(station.settings, printer) if printer else station.printer
    return _new_reprint(
        station,
        inspection_id,
        reason=reason,
        copies=copies,
        printer=target.name,
        stock=target.stock,
        dpi=target.dpi,
        state="queued",
    )


def start_manual(
    station: Station, inspection_id: uuid.UUID, *, reason: str, copies: int, printer: str
) -> tuple[JobView, LabelData]:
    """A reprint on a printer chosen in the system print dialog. The job is ``sending`` until
    :func:`finish_manual` says how it went; the label to draw comes back with it."""
    station = where_is(station, inspection_id)
    settings = station.settings
    job = _new_reprint(
        station,
        inspection_id,
        reason=reason,
        copies=copies,
        printer=f"dialog:{printer}"[:200],
        stock=settings.label_stock,
        dpi=settings.label_dpi,
        state="sending",
    )
    return job, label_data(station, inspection_detail(station, inspection_id), job_id=job.id)


def finish_manual(station: Station, job_id: uuid.UUID, *, ok: bool, error: str = "") -> JobView:
    station = _holding_job(station, job_id)
    with station.db.write() as session:
        job = session.get(PrintJob, job_id)
        if job is None or job.state != "sending" or not job.printer.startswith("dialog:"):
            raise BadInput(_("That print from the system dialog is not under way."))
        lpn = _lpn(session, job)
        job.attempts += 1
        if ok:
            job.state, job.sent_at, job.output = "sent", station.clock(), job.printer
            audit(station, session, "label.sent", "print_job", job.id, output=job.printer)
        else:
            job.state = "failed"
            job.last_error = (error or _("the system print dialog's printer refused it"))[:500]
            audit(station, session, "label.unprintable", "print_job", job.id, error=job.last_error)
        return _view(job, lpn)


def _new_reprint(
    station: Station,
    inspection_id: uuid.UUID,
    *,
    reason: str,
    copies: int,
    printer: str,
    stock: str,
    dpi: int,
    state: str,
) -> JobView:
    reason = " ".join(reason.split())
    if not reason:
        raise BadInput(_("Say why the label is printed again."))
    if len(reason) > MAX_REASON:
        raise BadInput(
            _("The reason is limited to {max_reason} characters ({reason_count} given).").format(
                max_reason=MAX_REASON, reason_count=len(reason)
            )
        )
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise BadInput(
            _("Copies must be between 1 and {max_copies}, not {copies!r}.").format(
                max_copies=MAX_COPIES, copies=copies
            )
        )
    try:
        with station.db.write() as session:
            insp = session.get(Inspection, inspection_id)
            if insp is None or insp.status != "finished":
                raise BadInput(_("Only a finished inspection has a label to print again."))
            _refuse_while_pending(session, insp)
            used = _reprints(session, insp.lpn)
            limit = station.settings.reprints_per_unit
            if not station.user.may(Role.SUPERVISOR) and used >= limit:
                raise NotAllowed(
                    _(
                        "{lpn} was reprinted {used} time(s), the most an operator may; a "
                        "supervisor can reprint it again."
                    ).format(lpn=insp.lpn, used=used)
                )
            job = PrintJob(
                id=uuid.uuid4(),
                inspection_id=insp.id,
                bench=station.bench,
                printer=printer,
                stock=stock,
                dpi=dpi,
                copies=copies,
                state=state,
                kind="reprint",
                reason=reason,
                requested_by=station.operator,
                created_at=station.clock(),
            )
            session.add(job)
            session.flush()
            audit(
                station,
                session,
                "label.reprint",
                "print_job",
                job.id,
                lpn=insp.lpn,
                reason=reason,
                copies=copies,
                printer=printer,
                reprint_no=used + 1,
            )
            return _view(job, insp.lpn)
    except IntegrityError as exc:
        # Two reprints of one unit at the same instant: the unique index let one through.
        raise BadInput(_("A label for this unit is already on its way to the printer.")) from exc


def _refuse_while_pending(session: Session, insp: Inspection) -> None:
    pending = session.scalars(
        select(PrintJob).where(PrintJob.inspection_id == insp.id, PrintJob.state.in_(PRINT_PENDING))
    ).first()
    if pending is None:
        return
    if pending.state == "unknown":
        raise BadInput(
            _(
                "Nobody knows yet whether the last label for {lpn} printed: answer that question "
                "first (it reprints when the answer is no)."
            ).format(lpn=insp.lpn)
        )
    raise BadInput(_("A label for {lpn} is already waiting for the printer.").format(lpn=insp.lpn))


def _holding_job(station: Station, job_id: uuid.UUID) -> Station:
    """The place (shared or offline database) that holds the print job."""
    for place in reversed(places(station)):  # the offline database first: it is at hand
        with place.db.read() as session:
            if session.get(PrintJob, job_id) is not None:
                return place
    return station


def _lpn(session: Session, job: PrintJob) -> str:
    lpn = session.scalar(select(Inspection.lpn).where(Inspection.id == job.inspection_id))
    return lpn or "?"


@dataclass(frozen=True)
class LabelPreview:
    """The label of one inspection as the station's printer would print it."""

    inspection_id: uuid.UUID
    lpn: str
    printer: str
    stock: str
    dpi: int
    image: npt.NDArray[np.uint8]  # grayscale, one pixel per printer dot
    pdf: bytes
    jobs: list[JobView]
    reprints_used: int
    reprints_left: int | None  # None: no limit for this user


def preview(station: Station, inspection_id: uuid.UUID) -> LabelPreview:
    station = where_is(station, inspection_id)
    data = label_data(station, inspection_detail(station, inspection_id))
    printer = station.printer
    pdf = render_pdf(data, printer.stock, printer.dpi, colour=printer.colour)
    used = reprints_used(station, data.lpn)
    unlimited = station.user.may(Role.SUPERVISOR)
    return LabelPreview(
        inspection_id=inspection_id,
        lpn=data.lpn,
        printer=printer.describe(),
        stock=printer.stock,
        dpi=printer.dpi,
        image=pdf_to_image(pdf, printer.dpi),
        pdf=pdf,
        jobs=jobs_for(station, inspection_id),
        reprints_used=used,
        reprints_left=None if unlimited else max(0, station.settings.reprints_per_unit - used),
    )
