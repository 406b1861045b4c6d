from __future__ import annotations

from collections import Counter
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.desk import dashboard, desk_config, history
from inspect_station.desk.history import HistoryQuery
from inspect_station.supervise import overrides
from tests.conftest import FakeClock
from tests.inspect_station.desk_data import PLAN, finish_units, supervisor

UTC_ZONE = ZoneInfo("UTC")


def test_the_days_figures_per_grader_bench_route_and_team(
    station: Station, clock: FakeClock
) -> None:
    units = finish_units(station, clock)
    supervisor(station)
    # A supervisor regrades jonas's X as B: his own grade still counts in his mix.
    jonas = next(u for u in units if u.operator == "jonas")
    overrides.override(station, jonas.id, seen_version=jonas.version, grade="B", reason="ok")
    station.settings = station.settings.replace(grade_drift_min_units=1)
    config = desk_config.load(station.settings)
    day = desk_config.period(config, clock().date(), tz=UTC_ZONE)
    board = dashboard.dashboard(station, config, day)

    team = board.team
    assert (team.units, team.active_hours, team.units_per_hour) == (7, 1, 7.0)
    assert (team.median_s, team.p90_s) == (pytest.approx(45, abs=0.01), pytest.approx(45, abs=0.01))
    assert team.overridden == 1
    assert team.override_rate == pytest.approx(1 / 7)
    assert team.grades == {"A": 2, "B": 2, "C": 1, "X": 1, "D": 1}

    graders = {g.name: g for g in board.graders}
    assert {n: g.units for n, g in graders.items()} == {"maria": 3, "ines": 3, "jonas": 1}
    assert graders["jonas"].grades == {"X": 1}
    assert graders["jonas"].drifting
    assert graders["jonas"].drift == pytest.approx(1.0)  # no one else graded X
    assert graders["maria"].drift == pytest.approx(0.5)
    assert {b.name: b.units for b in board.benches} == {"BENCH-07": 4, "BENCH-09": 3}

    hours = dict(board.hourly)
    assert len(board.hourly) == 24
    assert sum(hours.values()) == 7
    assert board.hourly[10][1] == 7

    routes = {r.route: r for r in board.routes}
    assert sum(r.units for r in board.routes) == 7
    assert sum(r.labels for r in board.routes) == 8  # seven labels and the override's
    final = Counter(r.route for r in history.page(station, HistoryQuery()))
    assert {name: r.units for name, r in routes.items()} == dict(final)
    bench_minutes = Decimal("5.25")  # seven units, 45 s each
    assert board.cost == (bench_minutes * Decimal("0.75") + 8 * Decimal("0.05")).quantize(
        Decimal("0.01")
    )
    assert board.recovered == sum(
        (r.value * config.recovery_rates.get(r.route, Decimal(0))).quantize(Decimal("0.01"))
        for r in board.routes
    )
    assert board.waiting.total == 40 - 7 + board.waiting.in_progress
    assert sum(n for _label, n in board.waiting.buckets) == board.waiting.total
    assert sum(f.units for f in board.reasons) == 7
    assert sum(s.units for s in board.skus) == 7


def test_a_shift_covers_only_its_hours(station: Station, clock: FakeClock) -> None:
    finish_units(station, clock, PLAN[:2])  # at 10:00 UTC
    config = desk_config.load(station.settings)
    early = desk_config.period(config, clock().date(), "early", tz=UTC_ZONE)
    late = desk_config.period(config, clock().date(), "late", tz=UTC_ZONE)
    night = desk_config.period(config, clock().date(), "night", tz=UTC_ZONE)
    assert dashboard.dashboard(station, config, early).team.units == 2
    assert dashboard.dashboard(station, config, late).team.units == 0
    assert (night.end - night.start).total_seconds() == 8 * 3600
    empty = dashboard.dashboard(station, config, late)
    assert (empty.team.median_s, empty.routes, empty.cost_per_unit) == (None, (), 0)
    assert "late shift 14:00–22:00" in late.label


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"shifts": {"early": "6-14"}}, "shifts.early"),
        ({"shifts": {"early": "25:00-14:00"}}, "shifts.early"),
        ({"recovery_rates": {"resale": 1.5}}, "between 0 and 1"),
        ({"recovery_rates": {"resale": "lots"}}, "must be a number"),
        ({"cost_per_label": -1.0}, "cannot be negative"),
        ({"grade_drift_threshold": 0.0}, "grade_drift_threshold"),
    ],
)
def test_bad_desk_settings_are_named(
    station: Station, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(BadInput, match=message):
        desk_config.load(station.settings.replace(**changes))


def test_an_unknown_shift_names_the_shifts(station: Station, clock: FakeClock) -> None:
    config = desk_config.load(station.settings)
    with pytest.raises(BadInput, match="early, late, night"):
        desk_config.period(config, clock().date(), "weekend")
