"""The dashboard's one statement: the period's units read once, grouped in the database.

The period's units are read once into a common table expression of narrow computed columns
(grader, bench, grade as graded, route, hour of the period, overridden, microseconds scan to
label — exact integers on both databases —, value in cents, category, SKU, stated reason,
grade found, the defects ticked). SQLite and
PostgreSQL both materialise a CTE that is used more than once, so the units, their returns and
their assessments are read once; the statement returns its parts as rows of one shape:

- ``group``: units, overridden units, cents and microseconds per grader, bench, grade as
  graded, route and hour of the period (throughput, grade mix, override rate, routes, the
  hourly chart) — a few thousand rows for a peak day of 50,000 units — with the group's
  microseconds joined into one text, from which Python takes the median and the p90 per
  grader, bench and team: a window function per grouping would cost SQLite a sort of every
  unit each, several times what parsing the lists costs (docs/architecture.md);
- ``reason``: units per category, stated reason, grade found and ticked defects (the
  assessment's list as its JSON text; NULL for units finished before assessments were kept);
- ``sku`` and ``sku_detail``: the most returned SKUs, then their units by reason and defects.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Integer,
    Select,
    String,
    Text,
    and_,
    case,
    cast,
    func,
    literal,
    null,
    select,
    text,
    union_all,
)
from sqlalchemy.orm import Session

from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Override
from db.models.returns import ExpectedReturn
from db.sql import joined_integers, microseconds_between, whole_hours_between
from inspect_station.desk.desk_config import Period

TOP_SKUS = 10
# Every part of the statement has these columns; the ones a part does not use are NULL.
KEYS = ("a", "b", "c", "d", "e")  # text
NUMBERS = {"n": Integer, "i": Integer, "j": Integer, "m": BigInteger}  # count and sums


@dataclass
class Aggregates:
    """The statement's rows, sorted by part."""

    # (grader, bench, graded, route, hour) → (units, overridden, cents, microseconds)
    groups: dict[tuple[str, str, str, str, int], tuple[int, int, int, int]] = field(
        default_factory=dict
    )
    # (grader, bench) → each unit's microseconds scan to label, in no order
    micros: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    # (category, reason, grade found, defects ticked or None) → units
    reasons: Counter[tuple[str | None, str, str, tuple[str, ...] | None]] = field(
        default_factory=Counter
    )
    skus: list[tuple[str, str | None, int]] = field(default_factory=list)  # most first
    # (sku, reason or None, defects ticked or None) → units
    sku_detail: Counter[tuple[str, str | None, tuple[str, ...] | None]] = field(
        default_factory=Counter
    )


def _in(period: Period) -> ColumnElement[bool]:
    """The period's inspected units; a unit recorded as not in the parcel has no route (no
    item was on the bench, no bench time, no label) and is left out."""
    return and_(
        Inspection.status == "finished",
        Inspection.finished_at >= period.start,
        Inspection.finished_at < period.end,
        Inspection.route.is_not(None),
    )


def _part(kind: str, *keys: ColumnElement[Any], **numbers: Any) -> list[Any]:
    """The columns of one part: kind, the text keys (padded), n, i, j, m (padded), the list."""
    texts = [cast(k, String) for k in keys] + [cast(null(), String)] * (len(KEYS) - len(keys))
    values: list[Any] = [cast(numbers.get(name, null()), kind_) for name, kind_ in NUMBERS.items()]
    listed = cast(numbers.get("listed", null()), Text)
    labels = ("kind", *KEYS, *NUMBERS, "listed")
    columns = [literal(kind), *texts, *values, listed]
    return [c.label(name) for c, name in zip(columns, labels, strict=True)]


def statement(period: Period) -> Select[Any]:
    first_grade = (
        select(Override.grade_before)
        .where(Override.inspection_id == Inspection.id)
        .order_by(Override.at)
        .limit(1)
        .correlate(Inspection)
        .scalar_subquery()
    )
    stated_reason = (
        select(ExpectedReturn.reason)
        .where(ExpectedReturn.id == Inspection.expected_return_id)
        .correlate(Inspection)
        .scalar_subquery()
    )
    start = literal(period.start, Inspection.finished_at.type)
    units = (
        select(
            Inspection.operator.label("grader"),
            Inspection.bench.label("bench"),
            case((Inspection.override_count > 0, first_grade), else_=Inspection.grade).label(
                "graded"
            ),
            Inspection.route.label("route"),
            whole_hours_between(Inspection.finished_at, start).label("hour"),
            case((Inspection.override_count > 0, 1), else_=0).label("overridden"),
            microseconds_between(Inspection.finished_at, Inspection.started_at).label("micros"),
            cast(func.round(func.coalesce(Inspection.value, 0) * 100), Integer).label("cents"),
            Inspection.category.label("category"),
            Inspection.sku.label("sku"),
            # The stated reason as the assessment kept it; the return's own only for units
            # without one (finished before assessments were kept, or placed from quarantine):
            # COALESCE reads the return lazily, a join would look up every unit's return.
            func.coalesce(UnitAssessment.return_reason, stated_reason).label("reason"),
            Inspection.grade.label("grade"),
            cast(UnitAssessment.defects, Text).label("defects"),
        )
        .outerjoin(UnitAssessment, UnitAssessment.inspection_id == Inspection.id)
        .where(_in(period))
        .cte("units")
    )
    u = units.c
    count = func.count()
    top = (
        select(u.sku, u.category, count.label("n"))
        .where(u.sku.is_not(None))
        .group_by(u.sku, u.category)
        .order_by(count.desc(), u.sku)
        .limit(TOP_SKUS)
        .cte("top")
    )
    keys = (u.grader, u.bench, u.graded, u.route, u.hour)
    found = (u.category, u.reason, u.grade, u.defects)
    return union_all(  # type: ignore[return-value]
        select(
            *_part(
                "group",
                *keys,
                n=count,
                i=func.sum(u.overridden),
                j=func.sum(u.cents),
                m=func.sum(u.micros),
                listed=joined_integers(u.micros),
            )
        ).group_by(*keys),
        select(*_part("reason", *found, n=count)).where(u.reason.is_not(None)).group_by(*found),
        select(*_part("sku", top.c.sku, top.c.category, n=top.c.n)),
        select(*_part("sku_detail", u.sku, u.reason, u.defects, n=count))
        .where(u.sku.in_(select(top.c.sku)))
        .group_by(u.sku, u.reason, u.defects),
    )


def _defects(text: str | None) -> tuple[str, ...] | None:
    return None if text is None else tuple(json.loads(text))


def read(session: Session, period: Period) -> Aggregates:
    """Run the statement and sort its rows by part."""
    if session.get_bind().dialect.name == "postgresql":
        # Compiling this statement with LLVM cost PostgreSQL more (150 ms here) than running
        # it, and with the default 4 MB of work memory its groups spilled to disk.
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL work_mem = '64MB'"))
    out = Aggregates()
    for kind, a, b, c, d, e, n, i, j, m, listed in session.execute(statement(period)).all():
        match kind:
            case "group":
                out.groups[(a, b, c, d, int(e))] = (n, i, j, int(m))
                out.micros.setdefault((a, b), []).extend(map(int, listed.split(",")))
            case "reason":
                out.reasons[(a, b, c, _defects(d))] += n
            case "sku":
                out.skus.append((a, b, n))
            case "sku_detail":
                out.sku_detail[(a, b, _defects(c))] += n
    out.skus.sort(key=lambda s: (-s[2], s[0]))
    return out


def cents(value: int) -> Decimal:
    return Decimal(value) / 100
