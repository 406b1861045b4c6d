"""The supervisor approval queue: who may decide, what a decision records, stale decisions."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.grading import Recommendation
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.bench import inspection
from inspect_station.bench.assessment import Draft
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma


def waiting_unit(station: Station, rma: str = "RMA-T-000200", price: str = "400.00") -> uuid.UUID:
    add_return(station, rma, [("EL-7", "electronics", price, 1)], notice_on="2026-11-25")
    done = inspection.finish(station, open_rma(station, rma), grade="A")
    return done.inspection.id


def test_a_supervisor_sees_the_queue_with_age_and_why(station: Station, clock: FakeClock) -> None:
    unit = waiting_unit(station)
    clock.advance(3 * 3600)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    [item] = approvals.pending(station)
    assert item.inspection_id == unit
    assert (item.outcome, item.refund_amount, item.status) == ("full", Decimal("400.00"), "pending")
    assert item.waits_because == ("value €400.00 ≥ €250.00",)
    assert item.age.total_seconds() == 3 * 3600
    assert str(item.due_on) == "2026-12-09"
    assert item.rma == "RMA-T-000200"


def test_an_operator_may_not_decide_and_nothing_is_written(station: Station) -> None:
    unit = waiting_unit(station)
    station.change_shift(user=User("olga", Role.OPERATOR))
    before = row_counts(station.db)
    for act in (
        lambda: approvals.pending(station),
        lambda: approvals.approve(station, unit),
        lambda: approvals.change(station, unit, outcome="refuse", reason="used"),
    ):
        with pytest.raises(NotAllowed, match="needs the supervisor role"):
            act()
    assert row_counts(station.db) == before


def test_approving_releases_it_as_it_is_with_an_audit_row(station: Station) -> None:
    unit = waiting_unit(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    item = approvals.approve(station, unit, note="checked the photos")
    assert (item.status, item.outcome, item.decided_by) == ("approved", "full", "sam")
    assert approvals.pending(station) == []
    with station.db.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "recommendation.approved")
        ).one()
    assert (audit.actor, audit.entity_id, audit.detail["note"]) == (
        "sam",
        str(unit),
        "checked the photos",
    )
    station.change_shift(user=User("ada", Role.ADMIN))  # an admin may do what a supervisor may
    other = waiting_unit(station, "RMA-T-000203")
    assert approvals.approve(station, other).decided_by == "ada"


def test_changing_to_a_partial_refund_records_amount_deduction_and_reason(
    station: Station,
) -> None:
    unit = waiting_unit(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    item = approvals.change(
        station, unit, outcome="partial", refund="300", reason="Scratch on the lid (photo 2)"
    )
    assert (item.outcome, item.refund_amount, item.deduction_percent) == (
        "partial",
        Decimal("300.00"),
        Decimal("25.00"),
    )
    assert (item.status, item.reason) == ("changed", "Scratch on the lid (photo 2)")
    with station.db.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "recommendation.changed")
        ).one()
    assert audit.detail["before"] == {"outcome": "full", "refund": "400.00"}


BAD_CHANGES = [
    ({"outcome": "partial", "refund": "-10", "reason": "x"}, "more than 100 %"),
    ({"outcome": "partial", "refund": "450", "reason": "x"}, "cannot exceed the price"),
    ({"outcome": "partial", "reason": "x"}, "needs the amount"),
    ({"outcome": "partial", "refund": "ten", "reason": "x"}, "not an amount of money"),
    ({"outcome": "repair", "reason": "x"}, "A refund can become full, partial, refuse"),
    ({"outcome": "refuse", "reason": "  "}, "Say why"),
]


def test_a_bad_change_is_refused_and_nothing_is_written(station: Station) -> None:
    unit = waiting_unit(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    before = row_counts(station.db)
    for change, message in BAD_CHANGES:
        with pytest.raises(BadInput, match=message):
            approvals.change(station, unit, **change)  # type: ignore[arg-type]
    assert row_counts(station.db) == before
    assert approvals.pending(station)[0].status == "pending"


def test_a_decision_on_stale_data_or_twice_is_a_conflict(station: Station) -> None:
    unit = waiting_unit(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    [shown] = approvals.pending(station)
    approvals.approve(station, unit, version=shown.version)
    with pytest.raises(Conflict, match="already approved by sam"):
        approvals.change(station, unit, outcome="refuse", reason="late look")
    other = waiting_unit(station, "RMA-T-000201")
    with pytest.raises(Conflict, match="changed since it was shown"):
        approvals.approve(station, other, version=99)


def test_units_without_a_reason_to_wait_are_released_at_once(station: Station) -> None:
    add_return(station, "RMA-T-000202", [("AP-7", "apparel", "40.00", 1)])
    done = inspection.finish(station, open_rma(station, "RMA-T-000202"), draft=Draft(key_grade="A"))
    with station.db.read() as session:
        row = session.get(Recommendation, done.inspection.id)
    assert row is not None
    assert row.status == "released"
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    assert approvals.pending(station) == []
    with pytest.raises(Conflict, match="already released"):
        approvals.approve(station, done.inspection.id)


def test_a_unit_is_found_by_its_licence_plate(station: Station) -> None:
    unit = waiting_unit(station)
    view = approvals.recommendation(station, unit)
    assert view is not None
    assert approvals.find(station, view.lpn.lower()) == unit
    assert approvals.find(station, str(unit)) == unit
    with pytest.raises(BadInput, match="No unit"):
        approvals.find(station, "LPNOPE")


def test_the_queue_flags_what_waited_too_long_or_is_nearly_due(
    station: Station, clock: FakeClock
) -> None:
    """Flagged past ``approval_flag_hours``, or 48 hours (``warn_hours``) before the refund
    is due."""
    first = waiting_unit(station, "RMA-T-000210")  # notice 25 Nov: due 9 Dec
    clock.advance(5 * 3600)
    waiting_unit(station, "RMA-T-000211")
    station.settings = station.settings.replace(approval_flag_hours=4.0)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    old, new = approvals.pending(station)
    assert (old.inspection_id, old.late, old.flagged) == (first, True, True)
    assert (new.late, new.deadline_close, new.flagged) == (False, False, False)
    assert approvals.pending_count(station) == 2
    clock.advance(11 * 24 * 3600 + 9 * 3600 - 1)  # 7 Dec 23:59:59; due by the end of 9 Dec
    assert not any(v.deadline_close for v in approvals.pending(station))
    clock.advance(1)  # 48 hours before
    assert all(v.deadline_close and v.flagged for v in approvals.pending(station))


@pytest.mark.parametrize("hours", [0.0, -3.0, 1e9])
def test_a_bad_flag_setting_is_named(station: Station, hours: float) -> None:
    unit = waiting_unit(station)
    station.settings = station.settings.replace(approval_flag_hours=hours)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    with pytest.raises(BadInput, match="approval_flag_hours"):
        approvals.pending(station)
    shown = approvals.recommendation(station, unit)  # a unit's detail still shows
    assert shown is not None
    assert not shown.late


def test_a_decided_recommendation_is_not_flagged(station: Station, clock: FakeClock) -> None:
    unit = waiting_unit(station)
    clock.advance(48 * 3600)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    decided = approvals.approve(station, unit)
    assert decided.late  # it waited long …
    assert not decided.flagged  # … but it waits no more


def test_the_queue_sorts_by_the_refund_deadline_in_each_notices_zone(
    station: Station, clock: FakeClock
) -> None:
    """Soonest deadline first (the notice's own zone decides its day), units without a
    notice last; each says until when the refund may be withheld."""
    notices = {
        "RMA-T-000301": "2026-11-20T23:30-05:00[America/New_York]",  # 20 Nov there: due 4 Dec
        "RMA-T-000302": "2026-11-21T04:30+01:00[Europe/Paris]",  # the same instant: 5 Dec
        "RMA-T-000303": "2026-11-18T09:00[Europe/Berlin]",  # due 2 Dec
    }
    units = {}
    for rma, notice in notices.items():
        facts = {"withdrawal_notice_at": notice, "proof_of_sending_at": "2026-11-22T10:00Z"}
        add_return(station, rma, [("EL-7", "electronics", "400.00", 1)], facts=facts)
        units[rma] = inspection.finish(station, open_rma(station, rma), grade="A").inspection.id
        clock.advance(60)
    units["none"] = waiting_unit(station, "RMA-T-000304")  # a day-only notice: 25 Nov
    add_return(station, "RMA-T-000305", [("EL-7", "electronics", "400.00", 1)])
    units["no notice"] = inspection.finish(
        station, open_rma(station, "RMA-T-000305"), grade="A"
    ).inspection.id
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    queue = approvals.pending(station)
    order = ["RMA-T-000303", "RMA-T-000301", "RMA-T-000302", "none", "no notice"]
    assert [v.inspection_id for v in queue] == [units[k] for k in order]
    berlin, new_york = queue[0], queue[1]
    assert berlin.deadline is not None
    assert (berlin.deadline.last_day.isoformat(), berlin.deadline.zone) == (
        "2026-12-02",
        "Europe/Berlin",
    )
    assert new_york.deadline is not None
    assert new_york.deadline.ends_at.isoformat() == "2026-12-05T05:00:00+00:00"
    # art. 13(3): the earlier of the proof of sending (22 Nov) and the parcel's scan (26 Nov)
    assert berlin.withheld is not None
    assert (berlin.withheld.because, berlin.withheld.until.isoformat()) == (
        "sent",
        "2026-11-22T10:00:00+00:00",
    )
    assert queue[-1].deadline is None
    assert queue[-1].withheld is not None
    assert queue[-1].withheld.because == "received"


def test_a_notice_learnt_after_grading_moves_the_unit_up_the_queue(
    station: Station, clock: FakeClock
) -> None:
    """The queue sorts in the database by the notice day each recommendation keeps: a return
    whose notice arrives with a later import (a shop's feed, a second manifest) moves up as
    soon as it is known, also when only the most urgent ones are listed."""
    later = waiting_unit(station, "RMA-T-000401")  # notice 25 Nov: due 9 Dec
    add_return(station, "RMA-T-000402", [("EL-7", "electronics", "400.00", 1)])
    unknown = inspection.finish(station, open_rma(station, "RMA-T-000402"), grade="A")
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    assert [v.inspection_id for v in approvals.pending(station)] == [
        later,
        unknown.inspection.id,
    ]
    assert [v.inspection_id for v in approvals.pending(station, limit=1)] == [later]
    add_return(
        station, "RMA-T-000402", [("EL-7", "electronics", "400.00", 1)], notice_on="2026-11-19"
    )
    with station.db.read() as session:
        row = session.get(Recommendation, unknown.inspection.id)
        assert row is not None
        assert row.notice_on is not None
        assert row.notice_on.isoformat() == "2026-11-19"
    queue = approvals.pending(station, limit=1)
    assert [v.inspection_id for v in queue] == [unknown.inspection.id]
    assert queue[0].deadline is not None
    assert queue[0].deadline.last_day.isoformat() == "2026-12-03"
