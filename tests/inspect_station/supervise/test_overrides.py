from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models.inspections import Inspection, Override
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.bench import inspection, scanning
from inspect_station.bench.views import InspectionView
from inspect_station.printing import queue
from inspect_station.supervise import overrides, unit_detail
from inspect_station.supervise.overrides import PrintAt, StaleUnit
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.desk_data import finish_units, supervisor


@pytest.fixture
def unit(station: Station, clock: FakeClock) -> InspectionView:
    [done] = finish_units(station, clock, (("BENCH-09", "ines", "B"),))
    supervisor(station)
    return done


def test_a_new_grade_is_routed_again_labelled_and_audited(
    station: Station, unit: InspectionView
) -> None:
    done = overrides.override(
        station, unit.id, seen_version=unit.version, grade="D", reason="cracked heel"
    )
    insp = done.detail.inspection
    assert (insp.grade, insp.route) == ("D", "repair")
    assert insp.version > unit.version
    assert done.print_bench == station.bench == "BENCH-07"
    with station.db.read() as session:
        row = session.scalars(select(Override)).one()
        assert (row.grade_before, row.grade_after) == ("B", "D")
        assert (row.route_before, row.route_after) == (unit.route, "repair")
        assert (row.actor, row.seen_version, row.print_job_id) == (
            "sam",
            unit.version,
            done.print_job_id,
        )
        assert session.get(Inspection, unit.id).override_count == 1  # type: ignore[union-attr]
        job = session.get(PrintJob, done.print_job_id)
        assert job is not None
        assert (job.state, job.bench, job.reason) == (
            "queued",
            "BENCH-07",
            "override: cracked heel",
        )
    # The queued label goes out at this station, showing the new route.
    [sent] = queue.dispatch(station)
    assert (sent.job_id, sent.state) == (done.print_job_id, "sent")
    detail = unit_detail.unit_detail(station, unit.id)
    assert [o.reason for o in detail.overrides] == ["cracked heel"]
    assert detail.reprints == 1
    actions = [e.action for e in detail.timeline]
    assert actions[0] == "unit.opened"
    assert actions[-5:] == [
        "inspection.finished",
        "label.sent",
        "inspection.overridden",
        "recommendation.recomputed",  # the refund recommendation follows the new grade
        "label.sent",
    ]
    assert "from grade B (resale) to grade D" in detail.timeline[-3].text


def test_a_route_override_keeps_the_grade_and_can_go_to_the_units_bench(
    station: Station, unit: InspectionView
) -> None:
    done = overrides.override(
        station,
        unit.id,
        seen_version=unit.version,
        route="recycle",
        reason="hygiene seal broken",
        print_at=PrintAt.UNIT_BENCH,
    )
    insp = done.detail.inspection
    assert (insp.grade, insp.route, insp.rule_id) == ("B", "recycle", "override")
    assert insp.rule_explanation == "supervisor override: hygiene seal broken"
    assert done.print_bench == "BENCH-09"
    assert queue.dispatch(station) == []  # nothing for this station's printer


def test_an_override_on_stale_data_is_refused_with_the_fresh_state(
    station: Station, unit: InspectionView, clock: FakeClock
) -> None:
    overrides.override(station, unit.id, seen_version=unit.version, grade="C", reason="worn")
    supervisor(station, "lena")  # a second supervisor, still looking at the first version
    before = row_counts(station.db)
    with pytest.raises(StaleUnit, match="was changed since you opened it") as refused:
        overrides.override(
            station, unit.id, seen_version=unit.version, grade="A", reason="looks new to me"
        )
    assert row_counts(station.db) == before
    fresh = refused.value.current.inspection
    assert (fresh.grade, fresh.version) == ("C", unit.version + 1)
    assert "inspection.overridden by sam" in str(refused.value)
    assert isinstance(refused.value, Conflict)
    # Deciding again on the fresh state works.
    again = overrides.override(
        station, unit.id, seen_version=fresh.version, grade="A", reason="tags found in bag"
    )
    assert again.detail.inspection.grade == "A"
    assert [o.actor for o in again.detail.overrides] == ["sam", "lena"]


@pytest.mark.parametrize(
    ("changes", "error", "message"),
    [
        ({"grade": "B", "reason": "same"}, BadInput, "nothing was changed"),
        ({"grade": "Q", "reason": "typo"}, BadInput, "Unknown grade"),
        ({"route": "landfill", "reason": "x"}, BadInput, "not a destination"),
        ({"reason": "no change"}, BadInput, "Choose a new grade"),
        ({"grade": "C", "reason": "   "}, BadInput, "Say why"),
        ({"grade": "C", "reason": "x" * 201}, BadInput, "limited to 200"),
        ({"grade": "C", "reason": "bad\x07bell"}, BadInput, "control characters"),
    ],
)
def test_bad_overrides_are_refused_and_write_nothing(
    station: Station,
    unit: InspectionView,
    changes: dict[str, str],
    error: type[Exception],
    message: str,
) -> None:
    before = row_counts(station.db)
    with pytest.raises(error, match=message):
        overrides.override(station, unit.id, seen_version=unit.version, **changes)  # type: ignore[arg-type]
    assert row_counts(station.db) == before


def test_only_a_supervisor_may_override(station: Station, unit: InspectionView) -> None:
    from inspect_station.people.roles import Role, User

    station.change_shift(user=User("ines", Role.OPERATOR))
    before = row_counts(station.db)
    with pytest.raises(NotAllowed, match="needs the supervisor role"):
        overrides.override(station, unit.id, seen_version=unit.version, grade="C", reason="x")
    assert row_counts(station.db) == before


def test_a_race_lost_at_the_version_guard_is_a_conflict_with_the_fresh_state(
    station: Station, unit: InspectionView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL lets two supervisors read the same version; the ORM's version guard refuses
    the second UPDATE (StaleDataError). That must reach the supervisor as StaleUnit."""
    from sqlalchemy.orm.exc import StaleDataError

    apply = overrides._apply

    def lost_race(*_args: object) -> None:
        # The other supervisor commits first; our UPDATE then finds a newer version.
        apply(station, unit.id, unit.version, "the other one", "C", None, PrintAt.HERE)
        raise StaleDataError("UPDATE statement on table 'inspections' expected to update 1 row")

    monkeypatch.setattr(overrides, "_apply", lost_race)
    with pytest.raises(StaleUnit, match="was changed since you opened it") as refused:
        overrides.override(station, unit.id, seen_version=unit.version, grade="D", reason="x")
    assert refused.value.current.inspection.grade == "C"  # the winner's change, shown


def test_a_label_still_waiting_is_corrected_not_doubled(station: Station) -> None:
    with station.db.read() as session:
        rma = session.scalars(
            select(ExpectedReturn.rma).where(ExpectedReturn.status == "open")
        ).first()
    assert rma is not None
    opened = scanning.scan(station, rma)
    assert isinstance(opened, scanning.Opened)
    first = inspection.finish(station, opened.inspection, grade="B")  # its label not printed yet
    supervisor(station)
    done = overrides.override(
        station,
        first.inspection.id,
        seen_version=first.inspection.version,
        grade="D",
        reason="cracked heel",
    )
    assert done.print_job_id == first.print_job_id  # the waiting label, not a second one
    [sent] = queue.dispatch(station)
    assert (sent.job_id, sent.state) == (first.print_job_id, "sent")
    detail = unit_detail.unit_detail(station, first.inspection.id)
    assert [(j.state, j.reason) for j in detail.print_jobs] == [("sent", "override: cracked heel")]
    label = queue.label_data(station, detail.inspection)
    assert (label.grade, label.route) == ("D", done.detail.inspection.route)
