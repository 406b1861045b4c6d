"""What the bench and the supervisor look back on: finished inspections, newest first."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, or_, select

from db.models import ExpectedReturn, Inspection, Photo
from inspect_station.station import Station


@dataclass(frozen=True)
class HistoryRow:
    id: uuid.UUID
    lpn: str
    finished_at: datetime
    bench: str
    operator: str
    grade: str
    route: str
    sku: str | None
    rma: str | None
    photos: int


def _local_day_bounds(day: date, tz: ZoneInfo | None) -> tuple[datetime, datetime]:
    """Local midnight to local midnight: 23 or 25 hours on the days the clocks change."""

    def midnight(d: date) -> datetime:
        naive = datetime.combine(d, time.min)
        return naive.replace(tzinfo=tz) if tz else naive.astimezone()

    return midnight(day), midnight(day + timedelta(days=1))


def day_inspections(
    station: Station,
    *,
    day: date | None = None,
    text: str = "",
    limit: int = 1000,
    tz: ZoneInfo | None = None,
) -> list[HistoryRow]:
    """Finished inspections of one local day (today by default), filtered by free text."""
    day = day or station.clock().astimezone(tz).date()
    start, end = _local_day_bounds(day, tz)
    photo_count = select(func.count()).where(Photo.inspection_id == Inspection.id).scalar_subquery()
    query = (
        select(Inspection, ExpectedReturn.rma, photo_count)
        .outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id)
        .where(
            Inspection.status == "finished",
            Inspection.finished_at >= start,
            Inspection.finished_at < end,
        )
        .order_by(Inspection.finished_at.desc())
        .limit(limit)
    )
    needle = text.strip()
    if needle:
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        query = query.where(
            or_(
                *(
                    column.ilike(pattern, escape="\\")
                    for column in (
                        Inspection.lpn,
                        Inspection.sku,
                        Inspection.grade,
                        Inspection.route,
                        Inspection.operator,
                        Inspection.bench,
                        Inspection.description,
                        ExpectedReturn.rma,
                        ExpectedReturn.order_number,
                    )
                )
            )
        )
    with station.db.read() as session:
        return [
            HistoryRow(
                id=insp.id,
                lpn=insp.lpn,
                finished_at=insp.finished_at,
                bench=insp.bench,
                operator=insp.operator,
                grade=insp.grade or "",
                route=insp.route or "",
                sku=insp.sku,
                rma=rma,
                photos=photos,
            )
            for insp, rma, photos in session.execute(query).all()
        ]
