"""The supervisor's dashboard for a day or a shift, per grader, per bench and for the team.

Every figure is an aggregate the database computes over the period's rows (found through the
finish-time index); Python only rolls the small grouped results up. Definitions:

- *units per hour*: units finished ÷ clock hours in which at least one was finished.
- *seconds per unit*: scan to label, ``finished_at - started_at``; the median and the p90
  (nearest rank) of the period's units.
- *grade mix*: grades as the grader gave them (before any override). A grader *drifts* when
  the total variation distance between their mix and the rest of the team's (half the sum of
  the absolute differences of the shares, 0–1) exceeds ``grade_drift_threshold`` and they
  graded at least ``grade_drift_min_units`` units.
- *override rate*: the period's units a supervisor later overrode ÷ the period's units.
- *recovered value*: item value × the route's recovery rate (settings).
- *processing cost*: bench minutes (scan to label) × cost per bench-minute + labels × cost per
  label, where the labels are the period's units' first labels and the reprints and override
  labels printed in the period (print jobs with a reason), counted against the unit's route.
- *stated reason against finding*: the return reason the customer gave, against the grade the
  unit got (after overrides: the final verdict).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import (
    ColumnElement,
    Integer,
    and_,
    case,
    cast,
    func,
    literal,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from db.models import ExpectedReturn, Inspection, Override, PrintJob
from db.sql import seconds_between, whole_hours_between
from inspect_station.desk_config import DeskConfig, Period
from inspect_station.routing import CURRENCY_SIGNS
from inspect_station.station import Station

TOP_SKUS = 10
WAITING_BUCKETS = ((1, "< 1 day"), (3, "1–3 days"), (7, "3–7 days"), (14, "7–14 days"))


@dataclass(frozen=True)
class Group:
    """One grader, one bench, or the whole team, over the period."""

    name: str
    units: int
    active_hours: int
    median_s: float | None
    p90_s: float | None
    overridden: int
    grades: dict[str, int]
    drift: float | None = None  # graders only: distance from the rest of the team
    drifting: bool = False

    @property
    def units_per_hour(self) -> float:
        return self.units / self.active_hours if self.active_hours else 0.0

    @property
    def override_rate(self) -> float:
        return self.overridden / self.units if self.units else 0.0


@dataclass(frozen=True)
class RouteFigures:
    route: str
    units: int
    value: Decimal
    recovered: Decimal
    labels: int
    cost: Decimal

    @property
    def cost_per_unit(self) -> Decimal:
        return (self.cost / self.units).quantize(Decimal("0.01")) if self.units else Decimal(0)


@dataclass(frozen=True)
class Waiting:
    """Expected returns not yet received, now, by how long ago they were announced."""

    total: int
    in_progress: int
    buckets: tuple[tuple[str, int], ...]
    oldest: datetime | None


@dataclass(frozen=True)
class ReasonFinding:
    category: str
    reason: str
    units: int
    found: dict[str, int]  # grade → units


@dataclass(frozen=True)
class SkuReturns:
    sku: str
    category: str
    units: int
    reasons: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class Dashboard:
    period: Period
    config: DeskConfig
    grade_codes: tuple[str, ...]
    team: Group
    graders: tuple[Group, ...]
    benches: tuple[Group, ...]
    hourly: tuple[tuple[datetime, int], ...]  # start of each hour of the period, units
    routes: tuple[RouteFigures, ...]
    waiting: Waiting
    reasons: tuple[ReasonFinding, ...]
    skus: tuple[SkuReturns, ...]

    @property
    def cost(self) -> Decimal:
        return sum((r.cost for r in self.routes), Decimal(0)).quantize(Decimal("0.01"))

    @property
    def cost_per_unit(self) -> Decimal:
        units = self.team.units
        return (self.cost / units).quantize(Decimal("0.01")) if units else Decimal(0)

    @property
    def recovered(self) -> Decimal:
        return sum((r.recovered for r in self.routes), Decimal(0))

    @property
    def value(self) -> Decimal:
        return sum((r.value for r in self.routes), Decimal(0))


def dashboard(station: Station, config: DeskConfig, period: Period) -> Dashboard:
    with station.db.read() as session:
        rows, durations, findings = _period_rows(session, period)
        extra_labels = _extra_labels(session, period)
        waiting = _waiting(session, station.clock())
    codes = tuple(dict.fromkeys([*station.grades.codes, *sorted({r.graded for r in rows})]))
    graders = _groups(rows, durations, key=0)
    team_grades = Counter[str]()
    for g in graders:
        team_grades.update(g.grades)
    graders = [_with_drift(g, team_grades, config) for g in graders]
    [team] = _groups(rows, durations, key=None)
    return Dashboard(
        period=period,
        config=config,
        grade_codes=codes,
        team=team,
        graders=tuple(sorted(graders, key=lambda g: (-g.units, g.name))),
        benches=tuple(sorted(_groups(rows, durations, key=1), key=lambda g: g.name)),
        hourly=_hourly(period, rows),
        routes=_routes(rows, extra_labels, config),
        waiting=waiting,
        reasons=_reasons(findings),
        skus=_skus(findings),
    )


def _in(period: Period) -> ColumnElement[bool]:
    return and_(
        Inspection.status == "finished",
        Inspection.finished_at >= period.start,
        Inspection.finished_at < period.end,
    )


class Row(NamedTuple):
    """The period's units of one grader at one bench, graded alike, routed alike, in one hour."""

    grader: str
    bench: str
    graded: str  # the grade as the grader gave it
    route: str
    hour: int  # whole hours since the period's start
    units: int
    overridden: int
    seconds: float  # scan to label, summed
    value: Decimal


# (category, SKU, stated reason, grade found) → units
Findings = Counter[tuple[str | None, str | None, str | None, str]]


def _period_rows(
    session: Session, period: Period
) -> tuple[list[Row], list[tuple[str, str, float]], Findings]:
    """One pass over the period's units: the grouped rows, each unit's seconds, the findings.

    The units come back as narrow rows of plain numbers and text (seconds, hour and cents are
    computed in SQL) and are grouped here: one read of the period is cheaper than a grouped
    query plus a second read for the percentiles.
    """
    first_grade = (
        select(Override.grade_before)
        .where(Override.inspection_id == Inspection.id)
        .order_by(Override.at)
        .limit(1)
        .correlate(Inspection)
        .scalar_subquery()
    )
    start = literal(period.start, Inspection.finished_at.type)
    stmt = select(
        Inspection.operator,
        Inspection.bench,
        case((Inspection.override_count > 0, first_grade), else_=Inspection.grade),
        Inspection.route,
        whole_hours_between(Inspection.finished_at, start),
        Inspection.override_count,
        seconds_between(Inspection.finished_at, Inspection.started_at),
        cast(func.round(func.coalesce(Inspection.value, 0) * 100), Integer),
        Inspection.category,
        Inspection.sku,
        ExpectedReturn.reason,
        Inspection.grade,
    )
    stmt = stmt.outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id).where(
        _in(period)
    )
    units: Counter[tuple[str, str, str, str, int]] = Counter()
    overridden: Counter[tuple[str, str, str, str, int]] = Counter()
    seconds: dict[tuple[str, str, str, str, int], float] = defaultdict(float)
    cents: Counter[tuple[str, str, str, str, int]] = Counter()
    durations = []
    findings: Findings = Counter()
    for (
        grader,
        bench,
        graded,
        route,
        hour,
        overrides,
        spent,
        value,
        category,
        sku,
        reason,
        grade,
    ) in session.execute(stmt):
        key = (grader, bench, graded, route, int(hour))
        units[key] += 1
        overridden[key] += overrides > 0
        seconds[key] += float(spent)
        cents[key] += value
        durations.append((grader, bench, float(spent)))
        findings[(category, sku, reason, grade)] += 1
    rows = [
        Row(*key, units[key], overridden[key], seconds[key], Decimal(cents[key]) / 100)
        for key in units
    ]
    return rows, durations, findings


def _extra_labels(session: Session, period: Period) -> dict[str, int]:
    """Reprints and override labels printed in the period, per route of their unit."""
    stmt = (
        select(Inspection.route, func.count())
        .select_from(PrintJob)
        .join(Inspection, Inspection.id == PrintJob.inspection_id)
        .where(
            PrintJob.reason.is_not(None),  # as the partial index ix_print_jobs_extra_by_time
            PrintJob.created_at >= period.start,
            PrintJob.created_at < period.end,
        )
        .group_by(Inspection.route)
    )
    return {str(route): n for route, n in session.execute(stmt)}


def _groups(
    rows: list[Row], durations: list[tuple[str, str, float]], *, key: int | None
) -> list[Group]:
    """Roll rows up by grader (key 0), bench (key 1) or into one team group (None)."""

    def name(row: tuple[Any, ...]) -> str:
        return "Team" if key is None else str(row[key])

    units: Counter[str] = Counter()
    overridden: Counter[str] = Counter()
    grades: dict[str, Counter[str]] = defaultdict(Counter)
    active: dict[str, set[int]] = defaultdict(set)
    for row in rows:
        units[name(row)] += row.units
        overridden[name(row)] += row.overridden
        grades[name(row)][row.graded] += row.units
        active[name(row)].add(row.hour)
    seconds: dict[str, list[float]] = defaultdict(list)
    for d in durations:
        seconds[name(d)].append(d[2])
    if key is None and not units:
        units["Team"] = 0
    return [
        Group(
            name=n,
            units=units[n],
            active_hours=len(active[n]),
            median_s=statistics.median(seconds[n]) if seconds[n] else None,
            p90_s=_nearest_rank(sorted(seconds[n]), 90),
            overridden=overridden[n],
            grades=dict(grades[n]),
        )
        for n in units
    ]


def _nearest_rank(ordered: list[float], pct: float) -> float | None:
    if not ordered:
        return None
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def _with_drift(grader: Group, team: Counter[str], config: DeskConfig) -> Group:
    rest = team - Counter(grader.grades)
    rest_total = sum(rest.values())
    if not grader.units or not rest_total:
        return grader
    codes = set(team)
    distance = 0.5 * sum(
        abs(grader.grades.get(c, 0) / grader.units - rest.get(c, 0) / rest_total) for c in codes
    )
    drifting = grader.units >= config.drift_min_units and distance > config.drift_threshold
    return Group(**{**grader.__dict__, "drift": distance, "drifting": drifting})


def _hourly(period: Period, rows: Iterable[Row]) -> tuple[tuple[datetime, int], ...]:
    per_hour: Counter[int] = Counter()
    for row in rows:
        per_hour[row.hour] += row.units
    count = max(1, math.ceil(period.hours))
    return tuple(
        ((period.start + timedelta(hours=h)).astimezone(period.tz), per_hour[h])
        for h in range(count)
    )


def _routes(
    rows: list[Row], extra_labels: dict[str, int], config: DeskConfig
) -> tuple[RouteFigures, ...]:
    units: Counter[str] = Counter()
    labels: Counter[str] = Counter(extra_labels)
    value: dict[str, Decimal] = defaultdict(Decimal)
    seconds: dict[str, float] = defaultdict(float)
    for row in rows:
        units[row.route] += row.units
        labels[row.route] += row.units  # every finished unit's first label
        seconds[row.route] += row.seconds
        value[row.route] += row.value
    cent = Decimal("0.01")
    figures = []
    # Every route with units or labels in the period, the busiest first.
    for route in sorted(set(units) | set(labels), key=lambda r: (-units[r], r)):
        n = units[route]
        minutes = Decimal(str(seconds[route] / 60))
        cost = minutes * config.cost_per_bench_minute + labels.get(route, 0) * config.cost_per_label
        rate = config.recovery_rates.get(route, Decimal(0))
        figures.append(
            RouteFigures(
                route=route,
                units=n,
                value=value[route].quantize(cent),
                recovered=(value[route] * rate).quantize(cent),
                labels=labels.get(route, 0),
                cost=cost.quantize(Decimal("0.0001")),  # rounded once, in the totals
            )
        )
    return tuple(figures)


def _waiting(session: Session, now: datetime) -> Waiting:
    # Written as the partial index's own condition, so SQLite uses the index of waiting returns
    # (a bound parameter would hide that the condition implies the index's).
    waiting = ExpectedReturn.status != literal_column("'received'")
    buckets = [
        func.sum(case((ExpectedReturn.created_at > now - timedelta(days=days), 1), else_=0))
        for days, _label in WAITING_BUCKETS
    ]
    row = session.execute(
        select(
            func.count(),
            func.sum(case((ExpectedReturn.status == "in_progress", 1), else_=0)),
            func.min(ExpectedReturn.created_at),
            *buckets,
        ).where(waiting)
    ).one()
    total, in_progress, oldest = int(row[0]), int(row[1] or 0), row[2]
    cumulative = [int(v or 0) for v in row[3:]]
    counts = [b - a for a, b in zip([0, *cumulative], cumulative, strict=False)]
    labels = [label for _days, label in WAITING_BUCKETS]
    counts.append(total - (cumulative[-1] if cumulative else 0))
    labels.append(f"≥ {WAITING_BUCKETS[-1][0]} days")
    if isinstance(oldest, str):  # an aggregate over a SQLite column comes back as text
        oldest = datetime.fromisoformat(oldest).replace(tzinfo=now.tzinfo)
    return Waiting(total, in_progress, tuple(zip(labels, counts, strict=True)), oldest)


def _reasons(findings: Findings) -> tuple[ReasonFinding, ...]:
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (category, _sku, reason, grade), n in findings.items():
        if reason is not None:  # units with no expected return stated no reason
            found[(category or "unknown", reason or "none given")][grade] += n
    return tuple(
        sorted(
            (ReasonFinding(c, r, sum(g.values()), dict(g)) for (c, r), g in found.items()),
            key=lambda f: (f.category, -f.units, f.reason),
        )
    )


def _skus(findings: Findings) -> tuple[SkuReturns, ...]:
    units: Counter[tuple[str, str]] = Counter()
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    for (category, sku, reason, _grade), n in findings.items():
        if sku is not None:
            units[(sku, category or "unknown")] += n
            if reason is not None:
                reasons[sku][reason or "none given"] += n
    top = sorted(units.items(), key=lambda item: (-item[1], item[0][0]))[:TOP_SKUS]
    return tuple(
        SkuReturns(sku, category, n, tuple(reasons[sku].most_common(3)))
        for (sku, category), n in top
    )


def money(amount: Decimal, currency: str) -> str:
    return f"{CURRENCY_SIGNS.get(currency, currency + ' ')}{amount:,.2f}"


def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} s"
