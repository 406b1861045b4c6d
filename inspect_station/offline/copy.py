"""The bench's local copy of what it needs to work without the shared database.

While the shared database answers, the bench keeps in its own database (``twin.py``):

- the expected returns still waiting that were delivered (or announced) in the last
  ``offline_copy_days`` days, newest first, at most ``offline_copy_limit``, with their lines,
  the units already recorded for them (so "units still expected" stays right) and the units
  recorded as not in the parcel (so a grade knows the missing items);
- the catalogue flags of their SKUs (recall, hazmat, return to vendor);
- the active routing rules version;
- who has a badge (names, roles and badges; never a PIN hash), so a badge scanned offline is
  recognised and refused instead of taken for a parcel.

:func:`refresh` replaces the whole copy (only while no unit waits to be sent); :func:`mirror`
copies one parcel again, with the photos of its units, after the bench opened or photographed it
online, so an outage in the middle of a unit leaves the unit at the bench.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, delete, insert, or_, select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models.base import Base
from db.models.grading import CatalogueItem, RuleVersion, UnitAssessment
from db.models.inspections import Inspection, Photo, Unit
from db.models.people import User
from db.models.returns import ExpectedReturn, ExpectedReturnLine, UnexpectedReturn

CHUNK = 500
NOT_IN_PARCEL = ("missing", "empty_box")
# Children before parents: the order rows are deleted in (and inserted in reverse).
_LOCAL_TABLES = (
    # The outbox events a service wrote here while the bench worked offline: never delivered
    # from here (the sync replays each finish on the shared database, which writes its own).
    "outbox_deliveries",
    "outbox_events",
    "print_jobs",
    "recommendations",
    "overrides",
    "unit_assessments",
    "photos",
    "unexpected_returns",
    "offline_conflicts",
    "inspections",
    "units",
    "expected_return_lines",
    "expected_returns",
    "catalogue_items",
    "rule_versions",
    "users",
)


@dataclass(frozen=True)
class Copied:
    returns: int
    lines: int
    units: int
    skus: int
    rules_version: int | None
    at: datetime


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def refresh(server: Database, local: Database, *, days: int, limit: int, now: datetime) -> Copied:
    """Replace the local copy with what the shared database holds now."""
    since = now - timedelta(days=days)
    with server.read() as session:
        ids = list(
            session.scalars(
                select(ExpectedReturn.id)
                .where(
                    ExpectedReturn.status != "received",
                    or_(
                        ExpectedReturn.delivered_on >= since.date(),
                        ExpectedReturn.created_at >= since,
                    ),
                )
                .order_by(ExpectedReturn.id.desc())
                .limit(limit)
            )
        )
        rows = _return_rows(session, ids, photos=True)
        skus = sorted({line["sku"] for line in rows["expected_return_lines"]})
        rows["catalogue_items"] = _rows(session, CatalogueItem, CatalogueItem.sku, skus)
        active = session.scalars(
            select(RuleVersion)
            .where(RuleVersion.activated_at.is_not(None))
            .order_by(RuleVersion.activated_at.desc(), RuleVersion.id.desc())
            .limit(1)
        ).first()
        rows["rule_versions"] = [_plain(active)] if active is not None else []
        rows["users"] = [
            {**_plain(user), "pin_hash": "", "failed_attempts": 0}
            for user in session.scalars(select(User))
        ]
    with local.write(guarded=False) as session:
        for name in _LOCAL_TABLES:
            session.execute(delete(_table(name)))
        _insert(session, rows)
    return Copied(
        returns=len(rows["expected_returns"]),
        lines=len(rows["expected_return_lines"]),
        units=len(rows["units"]),
        skus=len(rows["catalogue_items"]),
        rules_version=active.id if active is not None else None,
        at=now,
    )


def open_at(server: Database, bench: str) -> list[uuid.UUID]:
    """The units open at ``bench`` on the shared database."""
    with server.read() as session:
        return list(
            session.scalars(
                select(Inspection.id).where(Inspection.bench == bench, Inspection.status == "open")
            )
        )


def mirror(server: Database, local: Database, inspection_id: uuid.UUID) -> None:
    """Copy the parcel of one unit again (its return, lines, units, and their photos)."""
    with server.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None:
            return
        if insp.expected_return_id is not None:
            rows = _return_rows(session, [insp.expected_return_id], photos=True)
        else:
            rows = _unexpected_rows(session, insp)
    with local.write(guarded=False) as session:
        _forget(session, rows)
        _insert(session, rows)


def _return_rows(
    session: Session, ids: Sequence[int], *, photos: bool = False
) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    rows["expected_returns"] = _rows(session, ExpectedReturn, ExpectedReturn.id, ids)
    rows["expected_return_lines"] = _rows(
        session, ExpectedReturnLine, ExpectedReturnLine.expected_return_id, ids
    )
    rows["units"] = _rows(session, Unit, Unit.expected_return_id, ids)
    rows["inspections"] = _rows(session, Inspection, Inspection.expected_return_id, ids)
    inspections = [row["id"] for row in rows["inspections"]]
    rows["unit_assessments"] = [
        row
        for row in _rows(session, UnitAssessment, UnitAssessment.inspection_id, inspections)
        if row["receipt"] in NOT_IN_PARCEL
    ]
    rows["photos"] = (
        _unnumbered(_rows(session, Photo, Photo.inspection_id, inspections)) if photos else []
    )
    return rows


def _unnumbered(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows whose integer key the bench's own database gives again: its own photos and
    quarantine rows are numbered there, and a server's number could clash with one of them."""
    return [{k: v for k, v in row.items() if k != "id"} for row in rows]


def _unexpected_rows(session: Session, insp: Inspection) -> dict[str, list[dict[str, Any]]]:
    return {
        "expected_returns": [],
        "expected_return_lines": [],
        "units": _rows(session, Unit, Unit.lpn, [insp.lpn]),
        "inspections": [_plain(insp)],
        "unit_assessments": [],
        "photos": _unnumbered(_rows(session, Photo, Photo.inspection_id, [insp.id])),
        "unexpected_returns": _unnumbered(
            _rows(session, UnexpectedReturn, UnexpectedReturn.lpn, [insp.lpn])
        ),
    }


def _rows(session: Session, model: Any, column: Any, keys: Iterable[Any]) -> list[dict[str, Any]]:
    keys = list(keys)
    found: list[dict[str, Any]] = []
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        found += [_plain(row) for row in session.scalars(select(model).where(column.in_(chunk)))]
    return found


def _plain(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


def _insert(session: Session, rows: dict[str, list[dict[str, Any]]]) -> None:
    for name in reversed(_LOCAL_TABLES):
        if rows.get(name):
            session.execute(insert(_table(name)), rows[name])


def _forget(session: Session, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Delete the local rows a mirror is about to write again (and what hangs on them)."""
    inspections = [row["id"] for row in rows.get("inspections", [])]
    lpns = [row["lpn"] for row in rows.get("units", [])]
    returns = [row["id"] for row in rows.get("expected_returns", [])]
    events = _table("outbox_events")
    stale = select(events.c.id).where(
        or_(events.c.expected_return_id.in_(returns), events.c.inspection_id.in_(inspections))
    )
    deliveries = _table("outbox_deliveries")
    session.execute(delete(deliveries).where(deliveries.c.event_id.in_(stale)))
    session.execute(delete(events).where(events.c.id.in_(stale)))
    for name in ("print_jobs", "recommendations", "overrides", "unit_assessments", "photos"):
        table = _table(name)
        session.execute(delete(table).where(table.c.inspection_id.in_(inspections)))
    unexpected = _table("unexpected_returns")
    session.execute(delete(unexpected).where(unexpected.c.lpn.in_(lpns)))
    session.execute(delete(Inspection).where(Inspection.id.in_(inspections)))
    session.execute(delete(Unit).where(Unit.lpn.in_(lpns)))
    session.execute(
        delete(ExpectedReturnLine).where(ExpectedReturnLine.expected_return_id.in_(returns))
    )
    session.execute(delete(ExpectedReturn).where(ExpectedReturn.id.in_(returns)))
