"""The dashboard's figures, grouped in the database, against a straightforward computation.

A small day with everything that complicates it: several graders and benches, units an hour
apart, uneven seconds, an override, defects ticked, a unit not in the parcel, an unexpected
return. The reference reads every unit as ORM rows and counts in plain Python.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Override
from db.models.returns import ExpectedReturn
from inspect_station.app import i18n
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.desk import dashboard, desk_config
from inspect_station.people.roles import Role, User
from inspect_station.supervise import overrides
from tests.conftest import FakeClock
from tests.inspect_station.returns import add_return, open_rma, with_photo

UTC_ZONE = ZoneInfo("UTC")

# (bench, grader, seconds at the bench, draft)
DAY = (
    ("BENCH-07", "maria", 41, Draft(key_grade="A")),
    ("BENCH-07", "maria", 97, Draft(defects=frozenset({"stain"}))),
    ("BENCH-09", "ines", 63, Draft(defects=frozenset({"worn", "tags-removed"}))),
    ("BENCH-09", "ines", 30, Draft(sealed=True)),
    ("BENCH-07", "jonas", 250, Draft(defects=frozenset({"unhygienic"}))),
    ("BENCH-09", "maria", 75, Draft(key_grade="D")),
    ("BENCH-07", "ines", 58, Draft(key_grade="B")),
    ("BENCH-09", "jonas", 121, Draft(defects=frozenset({"tear"}))),
)


def a_day(station: Station, clock: FakeClock) -> None:
    reasons = ("Too small", "Too small", "Not as described", "Changed my mind")
    for n, (bench, grader, spent, draft) in enumerate(DAY):
        rma = f"RMA-D-{n:06d}"
        lines = [(f"AP-{n % 3}", "apparel", f"{20 + 7 * n}.50", 1)]
        if n == 5:  # a second line that is not in the parcel
            lines.append(("AP-9", "apparel", "15.00", 1))
        add_return(station, rma, lines, reason=reasons[n % len(reasons)])
        station.settings = station.settings.replace(bench=bench)
        station.change_shift(user=User(grader, Role.OPERATOR))
        # each deduction needs a photo of its defect
        opened = with_photo(station, open_rma(station, rma), *sorted(draft.defects))
        clock.advance(spent)
        if n == 5:
            other = next(ln.id for ln in opened.expected.lines if ln.id != opened.line_id)  # type: ignore[union-attr]
            draft = Draft(key_grade="D", missing=((other, 1),))
        inspection.finish(station, opened, draft=draft)
        clock.advance(60 * 60 if n == 3 else 90)  # the last four an hour later
    # An unexpected parcel: no return, no reason.
    station.change_shift(user=User("maria", Role.OPERATOR))
    got = scanning.receive_unexpected(station, "1Z999AA10123456784")
    clock.advance(44)
    inspection.finish(station, got.inspection, grade="C")
    # A supervisor regrades jonas's unsalvageable unit.
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    with station.db.read() as session:
        unit = session.scalars(
            select(Inspection).where(Inspection.operator == "jonas", Inspection.grade == "X")
        ).first()
    assert unit is not None
    overrides.override(station, unit.id, seen_version=unit.version, grade="C", reason="washable")


def reference(station: Station, period: desk_config.Period) -> dict[str, object]:
    """Every figure, counted in Python from the rows."""
    with station.db.read() as session:
        rows = session.scalars(
            select(Inspection).where(
                Inspection.status == "finished",
                Inspection.finished_at >= period.start,
                Inspection.finished_at < period.end,
            )
        ).all()
        units = [r for r in rows if r.route is not None]  # not-in-parcel units have no route
        first = {
            o.inspection_id: o.grade_before
            for o in reversed(session.scalars(select(Override).order_by(Override.at)).all())
        }
        returns = {er.id: er.reason for er in session.scalars(select(ExpectedReturn))}
        ticked = {a.inspection_id: a.defects for a in session.scalars(select(UnitAssessment))}
    by: dict[str, dict[str, list[Inspection]]] = {"grader": defaultdict(list)}
    by["bench"] = defaultdict(list)
    for u in units:
        by["grader"][u.operator].append(u)
        by["bench"][u.bench].append(u)
    by["team"] = {"Team": list(units)}

    def figures(group: list[Inspection]) -> tuple[object, ...]:
        seconds = sorted((u.finished_at - u.started_at).total_seconds() for u in group)  # type: ignore[operator]
        hours = {math.floor((u.finished_at - period.start).total_seconds() / 3600) for u in group}  # type: ignore[operator]
        rank = math.ceil(Decimal(9) * len(seconds) / 10)  # exact: ⌈0.9 n⌉
        return (
            len(group),
            len(hours),
            statistics.median(seconds),
            seconds[rank - 1],
            sum(u.override_count > 0 for u in group),
            dict(Counter(first.get(u.id, u.grade) for u in group)),
        )

    found: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for u in units:
        if u.expected_return_id is not None:
            reason = returns[u.expected_return_id] or "none given"
            for defect in ticked.get(u.id, []):
                found[(u.category or "unknown", reason)][defect] += 1
    return {
        "groups": {
            part: {name: figures(group) for name, group in groups.items()}
            for part, groups in by.items()
        },
        "routes": dict(Counter(u.route for u in units)),
        "value": sum((u.value or Decimal(0) for u in units), Decimal(0)),
        "defects": {key: dict(c) for key, c in found.items()},
        "seconds": sum((u.finished_at - u.started_at).total_seconds() for u in units),  # type: ignore[operator]
    }


def test_the_database_s_figures_are_the_straightforward_ones(
    station: Station, clock: FakeClock
) -> None:
    a_day(station, clock)
    config = desk_config.load(station.settings.replace(grade_drift_min_units=1))
    period = desk_config.period(config, clock().date(), tz=UTC_ZONE)
    board = dashboard.dashboard(station, config, period)
    want = reference(station, period)

    def got(groups: tuple[dashboard.Group, ...]) -> dict[str, tuple[object, ...]]:
        return {
            g.name: (g.units, g.active_hours, g.median_s, g.p90_s, g.overridden, g.grades)
            for g in groups
        }

    assert got(board.graders) == want["groups"]["grader"]  # type: ignore[index]
    assert got(board.benches) == want["groups"]["bench"]  # type: ignore[index]
    assert got((board.team,)) == want["groups"]["team"]  # type: ignore[index]
    assert board.team.units == 9  # eight from returns and the unexpected one; not the missing
    assert board.team.active_hours == 2
    assert {r.route: r.units for r in board.routes} == want["routes"]
    assert board.value == want["value"]
    minutes = Decimal(str(want["seconds"])) / 60
    labels = sum(r.labels for r in board.routes)
    assert labels == 10  # nine first labels and the override's
    assert board.cost == (minutes * Decimal("0.75") + labels * Decimal("0.05")).quantize(
        Decimal("0.01")
    )
    labels_by_id = {d.id: d.label for d in station.grading_sets.for_category("apparel").defects}
    assert {
        (f.category, f.reason): {label: n for label, n in f.defects} for f in board.reasons
    } == {
        key: {labels_by_id[d]: n for d, n in found.items()}
        for key, found in want["defects"].items()  # type: ignore[attr-defined]
    } | {
        (f.category, f.reason): {}
        for f in board.reasons
        if (f.category, f.reason) not in want["defects"]  # type: ignore[operator]
    }
    too_small = next(f for f in board.reasons if f.reason == "Too small")
    assert (too_small.units, too_small.assessed, too_small.no_defect) == (4, 4, 2)
    assert too_small.defects_words() == (
        "Soiled, mould or strong odour (1), Stain, make-up or deodorant marks (1) · "
        "no defect 2 of 4"
    )
    assert sum(s.units for s in board.skus) == 8  # the unexpected parcel has no SKU


def test_p90_is_the_nearest_rank_without_rounding() -> None:
    """The ⌈0.9 n⌉-th of the sorted values; the median is the mean of the middle two."""
    assert dashboard._percentiles(list(range(1, 71)))[1] == 63 / 1e6
    assert dashboard._percentiles([5_000_000])[1] == 5.0
    assert dashboard._percentiles([1_000_000, 4_000_000]) == (2.5, 4.0)
    assert dashboard._percentiles([]) == (None, None)


def test_the_figures_are_the_same_in_every_language(station: Station, clock: FakeClock) -> None:
    """A language changes the words of the board, never its figures (the team's row is found
    by its key, not by its name)."""
    a_day(station, clock)
    config = desk_config.load(station.settings.replace(grade_drift_min_units=1))
    period = desk_config.period(config, clock().date(), tz=UTC_ZONE)

    def figures() -> list[tuple[object, ...]]:
        board = dashboard.dashboard(station, config, period)
        groups = (board.team, *board.benches, *board.graders)
        return [(g.units, g.median_s, g.p90_s, g.overridden, g.grades) for g in groups] + [
            (r.route, r.units, r.labels, r.value) for r in board.routes
        ]

    english = figures()
    i18n.activate("pl")
    assert figures() == english
    assert dashboard.dashboard(station, config, period).team.name == "Zespół"
