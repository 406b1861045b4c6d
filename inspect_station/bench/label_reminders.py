"""Labels printed and never scanned: the bench's reminder and the desk's list.

A label is confirmed when the worker scans it on the item (``scan_answers.confirm_scanned``).
One that was sent (or whose printing is in doubt) and never scanned may be lying on the
printer, or stuck on the wrong item: the next parcel at that bench names it, and the desk lists
every bench's, oldest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection
from db.models.printing import PrintJob
from inspect_station.labels.layout import destination_text

if TYPE_CHECKING:
    from inspect_station.app.context import Station

REMIND_FOR = timedelta(hours=12)  # a bench is reminded of its labels of about one shift
WAITING = ("sent", "unknown")


@dataclass(frozen=True)
class UnconfirmedLabel:
    lpn: str
    route: str | None
    tote: str | None
    description: str | None
    bench: str
    operator: str
    printed_at: datetime | None  # when it was sent (queued, for one in doubt that never said)
    state: str  # "sent", or "unknown": nobody knows whether it printed

    @property
    def destination(self) -> str:
        """Where it goes as its label says it: the tote, else the route's band (in the
        station's language: NA MAGAZYN, EINLAGERN); empty when neither is known."""
        if self.tote:
            return self.tote.upper()
        return destination_text(self.route) if self.route else ""

    def words(self) -> str:
        where = self.destination
        return f"{self.lpn} → {where}" if where else self.lpn


def for_bench(
    station: Station, session: Session, *, except_lpn: str | None = None, limit: int = 5
) -> tuple[UnconfirmedLabel, ...]:
    """This bench's labels of the last shift not scanned yet, oldest first."""
    since = station.clock() - REMIND_FOR
    return _query(session, since=since, bench=station.bench, except_lpn=except_lpn, limit=limit)


def waiting(station: Station, *, limit: int = 500) -> tuple[UnconfirmedLabel, ...]:
    """Every bench's labels not scanned yet, oldest first (the desk's list)."""
    with station.db.read() as session:
        return _query(session, since=None, bench=None, except_lpn=None, limit=limit)


def _query(
    session: Session,
    *,
    since: datetime | None,
    bench: str | None,
    except_lpn: str | None,
    limit: int,
) -> tuple[UnconfirmedLabel, ...]:
    printed = func.coalesce(func.max(PrintJob.sent_at), func.max(PrintJob.created_at))
    statement = (
        select(
            Inspection.lpn,
            Inspection.route,
            Inspection.tote,
            Inspection.description,
            func.max(PrintJob.bench),
            Inspection.operator,
            printed,
            func.max(PrintJob.state),
        )
        .join(Inspection, Inspection.id == PrintJob.inspection_id)
        .where(PrintJob.state.in_(WAITING))
        .group_by(
            Inspection.id,
            Inspection.lpn,
            Inspection.route,
            Inspection.tote,
            Inspection.description,
            Inspection.operator,
        )
        .order_by(printed, Inspection.lpn)
        .limit(limit)
    )
    if bench is not None:
        statement = statement.where(PrintJob.bench == bench)
    if since is not None:
        statement = statement.where(PrintJob.created_at >= since)
    if except_lpn is not None:
        statement = statement.where(Inspection.lpn != except_lpn)
    return tuple(UnconfirmedLabel(*row) for row in session.execute(statement))
