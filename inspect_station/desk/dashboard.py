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
  unit got (after overrides: the final verdict) and the defects the bench ticked on its
  checklist (units finished before assessments were kept count as not assessed).

Units recorded as not in the parcel (no item, so no route, bench time or label) are left out.
The grouping and the percentiles run in the database, in one statement
(:mod:`inspect_station.desk.aggregates`); Python rolls a few thousand grouped rows up.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import (
    case,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session

from db.models.inspections import Inspection
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app import i18n
from inspect_station.app.i18n import N_, _
from inspect_station.desk import aggregates
from inspect_station.desk.aggregates import Aggregates
from inspect_station.desk.desk_config import DeskConfig, Period

if TYPE_CHECKING:
    from inspect_station.app.context import Station

WAITING_BUCKETS = (
    (1, N_("< 1 day")),
    (3, N_("1–3 days")),
    (7, N_("3–7 days")),
    (14, N_("7–14 days")),
)


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
    assessed: int = 0  # units with a checklist assessment
    no_defect: int = 0  # of those, units with no defect ticked
    defects: tuple[tuple[str, int], ...] = ()  # defect found → units, most first

    def defects_words(self, top: int = 3) -> str:
        """ "Stain (12), Worn (5) · no defect 40 of 57" """
        if not self.assessed:
            return _("not assessed")
        named = ", ".join(f"{label} ({n})" for label, n in self.defects[:top])
        clean = _("no defect {no_defect} of {assessed}").format(
            no_defect=self.no_defect, assessed=self.assessed
        )
        return f"{named} · {clean}" if named else clean


@dataclass(frozen=True)
class SkuReturns:
    sku: str
    category: str
    units: int
    reasons: tuple[tuple[str, int], ...]
    defects: tuple[tuple[str, int], ...] = ()  # defects found on its units, most first


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
        agg = aggregates.read(session, period)
        extra_labels = _extra_labels(session, period)
        waiting = _waiting(session, station.clock())
    graded = sorted({key[2] for key in agg.groups if key[2] is not None})
    codes = tuple(dict.fromkeys([*station.grades.codes, *graded]))
    graders = _groups(agg, "grader")
    team_grades = Counter[str]()
    for g in graders:
        team_grades.update(g.grades)
    graders = [_with_drift(g, team_grades, config) for g in graders]
    [team] = _groups(agg, "team")
    labels = _defect_labels(station)
    return Dashboard(
        period=period,
        config=config,
        grade_codes=codes,
        team=team,
        graders=tuple(sorted(graders, key=lambda g: (-g.units, g.name))),
        benches=tuple(sorted(_groups(agg, "bench"), key=lambda g: g.name)),
        hourly=_hourly(period, agg),
        routes=_routes(agg, extra_labels, config),
        waiting=waiting,
        reasons=_reasons(agg, labels),
        skus=_skus(agg, labels),
    )


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


def _groups(agg: Aggregates, part: str) -> list[Group]:
    """Roll the grouped rows up by grader, by bench, or into one team group."""
    at = {"grader": 0, "bench": 1}.get(part)  # the key's place in (grader, bench, …)
    units: Counter[str] = Counter()
    overridden: Counter[str] = Counter()
    grades: dict[str, Counter[str]] = defaultdict(Counter)
    active: dict[str, set[int]] = defaultdict(set)
    for (grader, bench, graded, _route, hour), (n, over, _c, _m) in agg.groups.items():
        who = "Team" if at is None else (grader, bench)[at]
        units[who] += n
        overridden[who] += over
        grades[who][graded] += n
        active[who].add(hour)
    micros: dict[str, list[int]] = defaultdict(list)
    for pair, spent in agg.micros.items():
        micros["Team" if at is None else pair[at]].extend(spent)
    if part == "team" and not units:
        units["Team"] = 0
    return [
        Group(
            name=_("Team") if at is None else n,  # the team's row in the station's language
            units=units[n],
            active_hours=len(active[n]),
            median_s=median,
            p90_s=p90,
            overridden=overridden[n],
            grades=dict(grades[n]),
        )
        for n in units
        for median, p90 in [_percentiles(sorted(micros[n]))]
    ]


def _percentiles(ordered: list[int]) -> tuple[float | None, float | None]:
    """In seconds, from sorted microseconds: the median (the mean of the middle two of an
    even count) and the p90 by nearest rank, the ⌈0.9 n⌉-th value (its rank in integers)."""
    n = len(ordered)
    if not n:
        return None, None
    middle = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    return middle / 1e6, ordered[(9 * n + 9) // 10 - 1] / 1e6


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


def _hourly(period: Period, agg: Aggregates) -> tuple[tuple[datetime, int], ...]:
    per_hour: Counter[int] = Counter()
    for (_grader, _bench, _graded, _route, hour), (n, *_sums) in agg.groups.items():
        per_hour[hour] += n
    count = max(1, math.ceil(period.hours))
    return tuple(
        ((period.start + timedelta(hours=h)).astimezone(period.tz), per_hour[h])
        for h in range(count)
    )


def _routes(
    agg: Aggregates, extra_labels: dict[str, int], config: DeskConfig
) -> tuple[RouteFigures, ...]:
    units: Counter[str] = Counter()
    cents: Counter[str] = Counter()
    micros: Counter[str] = Counter()
    for (_grader, _bench, _graded, route, _hour), (n, _over, value, spent) in agg.groups.items():
        units[route] += n
        cents[route] += value
        micros[route] += spent
    labels: Counter[str] = Counter(extra_labels)
    labels.update(units)  # every finished unit's first label
    cent = Decimal("0.01")
    figures = []
    # Every route with units or labels in the period, the busiest first.
    for route in sorted(set(units) | set(labels), key=lambda r: (-units[r], r)):
        worth = aggregates.cents(cents[route])
        minutes = Decimal(micros[route]) / 60_000_000
        cost = minutes * config.cost_per_bench_minute + labels[route] * config.cost_per_label
        rate = config.recovery_rates.get(route, Decimal(0))
        figures.append(
            RouteFigures(
                route=route,
                units=units[route],
                value=worth.quantize(cent),
                recovered=(worth * rate).quantize(cent),
                labels=labels[route],
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
    labels = [_(label) for _days, label in WAITING_BUCKETS]
    counts.append(total - (cumulative[-1] if cumulative else 0))
    labels.append(_("≥ {waiting_buckets} days").format(waiting_buckets=WAITING_BUCKETS[-1][0]))
    if isinstance(oldest, str):  # an aggregate over a SQLite column comes back as text
        oldest = datetime.fromisoformat(oldest).replace(tzinfo=now.tzinfo)
    return Waiting(total, in_progress, tuple(zip(labels, counts, strict=True)), oldest)


Labels = dict[tuple[str | None, str], str]  # (category, defect id) → the checklist's words


def _defect_labels(station: Station) -> Labels:
    """Each category's defects by id, in its checklist's words (ids repeat across sets)."""
    labels: Labels = {}
    for grading_set in station.grading_sets.sets:
        for category in (*grading_set.categories, *([None] if grading_set.fallback else [])):
            for defect in grading_set.defects:
                labels[(category, defect.id)] = defect.label
    return labels


def _label(labels: Labels, category: str | None, defect: str) -> str:
    return labels.get((category, defect)) or labels.get((None, defect)) or defect


def _reasons(agg: Aggregates, labels: Labels) -> tuple[ReasonFinding, ...]:
    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    assessed: Counter[tuple[str, str]] = Counter()
    clean: Counter[tuple[str, str]] = Counter()
    defects: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for (category, reason, grade, ticked), n in agg.reasons.items():
        key = (category or "unknown", reason or _("none given"))
        found[key][grade] += n
        if ticked is None:
            continue  # finished before assessments were kept
        assessed[key] += n
        clean[key] += 0 if ticked else n
        for defect in ticked:
            defects[key][_label(labels, category, defect)] += n
    return tuple(
        sorted(
            (
                ReasonFinding(
                    category=c,
                    reason=r,
                    units=sum(g.values()),
                    found=dict(g),
                    assessed=assessed[(c, r)],
                    no_defect=clean[(c, r)],
                    defects=_most(defects[(c, r)]),
                )
                for (c, r), g in found.items()
            ),
            key=lambda f: (f.category, -f.units, f.reason),
        )
    )


def _skus(agg: Aggregates, labels: Labels) -> tuple[SkuReturns, ...]:
    reasons: dict[str, Counter[str]] = defaultdict(Counter)
    defects: dict[str, Counter[str]] = defaultdict(Counter)
    category = {sku: cat for sku, cat, _n in agg.skus}
    for (sku, reason, ticked), n in agg.sku_detail.items():
        if reason is not None:  # units with no expected return stated no reason
            reasons[sku][reason or "none given"] += n
        for defect in ticked or ():
            defects[sku][_label(labels, category.get(sku), defect)] += n
    return tuple(
        SkuReturns(sku, cat or "unknown", n, _most(reasons[sku])[:3], _most(defects[sku])[:3])
        for sku, cat, n in agg.skus
    )


def _most(counts: Counter[str]) -> tuple[tuple[str, int], ...]:
    """Most first, then by name: the same order on every database."""
    return tuple(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def money(amount: Decimal, currency: str) -> str:
    return i18n.money(amount, currency)


def seconds(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} s"
