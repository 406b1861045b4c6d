"""Units at the bench: a new unit and its licence plate, the units received per return line,
the bench's open inspection and a plate's latest one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection, Unit
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.audit.trail import audit
from inspect_station.identify.identifiers import new_lpn

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class RecordedUnit:
    """A unit a bench opened while the shared database was out of reach, as its journal
    recorded it: sending it opens it with the same ids, plate, line, time and person."""

    inspection_id: uuid.UUID
    lpn: str
    line_id: int | None
    started_at: datetime
    operator: str
    scanned_code: str


def new_unit(
    station: Station,
    session: Session,
    scanned_code: str,
    *,
    expected: ExpectedReturn | None,
    line: ExpectedReturnLine | None,
    recorded: RecordedUnit | None = None,
) -> Inspection:
    now = recorded.started_at if recorded else station.clock()
    unit = Unit(
        lpn=recorded.lpn if recorded else new_lpn(),
        expected_return_id=expected.id if expected else None,
        line_id=line.id if line else None,
        created_at=now,
        created_bench=station.bench,
    )
    insp = Inspection(
        id=recorded.inspection_id if recorded else uuid.uuid4(),
        lpn=unit.lpn,
        expected_return_id=unit.expected_return_id,
        scanned_code=scanned_code,
        unexpected=expected is None,
        status="open",
        started_at=now,
        bench=station.bench,
        operator=recorded.operator if recorded else station.operator,
        sku=line.sku if line else None,
        category=line.category if line else None,
        description=line.description if line else None,
        value=line.unit_price if line else None,
        notes="",
    )
    session.add(unit)
    session.flush()  # the unit row first: the inspection refers to it
    session.add(insp)
    session.flush()
    audit(
        station,
        session,
        "unit.received_unexpected" if expected is None else "unit.opened",
        "inspection",
        insp.id,
        lpn=unit.lpn,
        scanned=scanned_code,
        rma=expected.rma if expected else None,
        offline_at=recorded.started_at.isoformat() if recorded else None,
    )
    return insp


def more_units(session: Session, insp: Inspection) -> bool:
    er = session.get(ExpectedReturn, insp.expected_return_id)
    if er is None:
        return False
    received = received_counts(session, er.id)
    return any(received.get(line.id, 0) < line.quantity for line in er.lines)


def received_counts(session: Session, expected_id: int) -> dict[int, int]:
    """Units per line that are done or under way (cancelled ones do not count)."""
    return received_counts_many(session, [expected_id]).get(expected_id, {})


def received_counts_many(session: Session, expected_ids: list[int]) -> dict[int, dict[int, int]]:
    """:func:`received_counts` for several returns in one query."""
    rows = session.execute(
        select(Unit.expected_return_id, Unit.line_id, func.count())
        .join(Inspection, Inspection.lpn == Unit.lpn)
        .where(Unit.expected_return_id.in_(expected_ids), Inspection.status != "cancelled")
        .group_by(Unit.expected_return_id, Unit.line_id)
    ).all()
    counts: dict[int, dict[int, int]] = {}
    for expected_id, line_id, count in rows:
        if expected_id is not None and line_id is not None:
            counts.setdefault(expected_id, {})[line_id] = count
    return counts


def local_today(station: Station) -> date:
    """The bench's calendar day (days since delivery count in local days, not UTC ones)."""
    return station.clock().astimezone().date()


def open_inspection_at_bench(station: Station, session: Session) -> Inspection | None:
    return session.scalars(
        select(Inspection)
        .where(Inspection.bench == station.bench, Inspection.status == "open")
        .order_by(Inspection.started_at.desc())
    ).first()


def latest_inspection_for_lpn(session: Session, lpn: str) -> Inspection | None:
    return session.scalars(
        select(Inspection).where(Inspection.lpn == lpn).order_by(Inspection.started_at.desc())
    ).first()
