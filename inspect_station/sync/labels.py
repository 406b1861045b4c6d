"""A unit's label when the unit is sent: printed offline, or still to print.

The bench prints the label of a unit it finished offline from its own print queue. When the
unit reaches the shared database, its finish queues a label there too; printing that one as
well would be a duplicate. So the bench's jobs decide:

- printed (sent or confirmed) at the bench: the shared job is marked the same, with what the
  printer said, and never sent;
- its outcome unknown (the bench was cut off mid-send): the shared job is unknown, and the bench
  asks the worker, as it would have;
- still waiting at the bench (the printer was off): the bench's job is handed over (marked so in
  the bench's database, in one conditional update, so that the bench's own print queue cannot
  take it at the same moment), and the shared job prints as any other.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models.printing import PRINT_PENDING, PrintJob
from inspect_station.app.i18n import _
from inspect_station.audit.trail import audit

if TYPE_CHECKING:
    from inspect_station.app.context import Station

HANDED_OVER = "handed over to the shared database's print queue"  # a marker, compared


def hand_over(direct: Station, twin: Station, unit: uuid.UUID) -> str:
    """Settle the unit's label between the bench's database (``twin``) and the shared one
    (``direct``). Returns what the bench's jobs said: "sent", "confirmed", "unknown", "queued"
    (handed over) or "none"."""
    with twin.db.write(guarded=False) as session:
        session.execute(
            update(PrintJob)
            .where(PrintJob.inspection_id == unit, PrintJob.state == "queued")
            .values(state="failed", last_error=HANDED_OVER)
            .execution_options(synchronize_session=False)
        )
        jobs = list(
            session.scalars(
                select(PrintJob).where(PrintJob.inspection_id == unit).order_by(PrintJob.created_at)
            )
        )
    printed = next((j for j in jobs if j.state == "confirmed"), None) or next(
        (j for j in jobs if j.state == "sent"), None
    )
    if printed is not None:
        _mark(direct, unit, printed)
        return printed.state
    if any(j.state in ("unknown", "sending") for j in jobs):
        _mark_unknown(direct, unit)
        return "unknown"
    return "queued" if any(j.last_error == HANDED_OVER for j in jobs) else "none"


def _mark(direct: Station, unit: uuid.UUID, printed: PrintJob) -> None:
    with direct.db.write() as session:
        for job in _pending(session, unit):
            job.state = printed.state
            job.attempts += 1
            job.sent_at = printed.sent_at
            job.output = _("printed offline: {output}").format(
                output=printed.output or printed.printer
            )[:500]
            job.confirmed_at, job.confirmed_how = printed.confirmed_at, printed.confirmed_how
            job.next_attempt_at = None
            audit(
                direct,
                session,
                "label.sent",
                "print_job",
                job.id,
                output=job.output,
                offline_at=printed.sent_at.isoformat() if printed.sent_at else None,
            )


def _mark_unknown(direct: Station, unit: uuid.UUID) -> None:
    with direct.db.write() as session:
        for job in _pending(session, unit):
            if job.state == "unknown":
                continue
            job.state = "unknown"
            job.last_error = _("the bench was cut off while sending this label, offline")
            audit(
                direct, session, "label.outcome_unknown", "print_job", job.id, error=job.last_error
            )


def _pending(session: Session, unit: uuid.UUID) -> list[PrintJob]:
    return list(
        session.scalars(
            select(PrintJob).where(
                PrintJob.inspection_id == unit,
                PrintJob.kind == "label",
                PrintJob.state.in_(PRINT_PENDING),
            )
        )
    )
