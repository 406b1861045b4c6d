"""Quarantine: unexpected returns placed later by a supervisor, audited, never on stale data."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection, Unit
from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.bench import inspection, quarantine, scanning
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals, unit_detail
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return


def received(station: Station, code: str = "1Z999AA10123456784", *, finish: bool = True) -> int:
    opened = scanning.receive_unexpected(station, code)
    if finish:
        inspection.finish(station, opened.inspection, grade="B")
    with station.db.read() as session:
        entry = session.scalars(
            select(UnexpectedReturn).where(UnexpectedReturn.lpn == opened.inspection.lpn)
        ).one()
        return entry.id


def as_supervisor(station: Station) -> None:
    station.change_shift(user=User("sam", Role.SUPERVISOR))


def first_open_return(station: Station) -> ExpectedReturn:
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn)
            .where(ExpectedReturn.status == "open")
            .order_by(ExpectedReturn.id)
        ).first()
        assert er is not None
        er.lines  # noqa: B018 - load the lines while the session is open
        return er


def test_waiting_entries_show_their_age_oldest_first(station: Station, clock: FakeClock) -> None:
    first = received(station)
    clock.advance(3600)
    second = received(station, "PARCEL WITHOUT LABEL")
    clock.advance(60)
    listed = quarantine.waiting(station)
    assert [e.id for e in listed] == [first, second]
    assert listed[0].age == timedelta(seconds=3660)
    assert listed[0].reading == "UPS tracking number 1Z999AA10123456784"
    assert (listed[1].reading, listed[1].inspection_status) == (
        "code PARCELWITHOUTLABEL",
        "finished",
    )


def test_an_operator_may_not_place_a_parcel(station: Station) -> None:
    entry = received(station)
    er = first_open_return(station)
    before = row_counts(station.db)
    with pytest.raises(NotAllowed, match="needs the supervisor role"):
        quarantine.attach(station, entry, er.id, version=1)
    with pytest.raises(NotAllowed, match="needs the supervisor role"):
        quarantine.create_expected(
            station, entry, version=1, order_number="SO-1", lines=[quarantine.ContentLine("X")]
        )
    assert row_counts(station.db) == before


def test_a_supervisor_attaches_the_unit_to_a_return_found_by_any_code(station: Station) -> None:
    entry = received(station)
    er = first_open_return(station)
    as_supervisor(station)
    (found,) = quarantine.find_expected(station, er.rma.lower())
    placed = quarantine.attach(station, entry, found.id, version=1, note="label torn off")
    assert (placed.state, placed.expected_rma, placed.note) == (
        "attached",
        er.rma,
        "label torn off",
    )
    assert quarantine.waiting(station) == []
    with station.db.read() as session:
        unit = session.get(Unit, placed.lpn)
        assert unit is not None
        assert (unit.expected_return_id, unit.line_id) == (er.id, er.lines[0].id)
        insp = session.scalars(select(Inspection).where(Inspection.lpn == placed.lpn)).one()
        assert (insp.expected_return_id, insp.sku, insp.grade) == (er.id, er.lines[0].sku, "B")
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "quarantine.attached")
        ).one()
        assert audit.actor == "sam"
        assert audit.detail["rma"] == er.rma


def test_placing_on_stale_data_or_twice_is_a_conflict(station: Station) -> None:
    entry = received(station)
    er = first_open_return(station)
    as_supervisor(station)
    quarantine.attach(station, entry, er.id, version=1)
    before = row_counts(station.db)
    with pytest.raises(Conflict, match="changed by someone else"):
        quarantine.attach(station, entry, er.id, version=1)
    assert row_counts(station.db) == before


def test_a_unit_still_on_a_bench_is_not_placed(station: Station) -> None:
    entry = received(station, finish=False)
    er = first_open_return(station)
    as_supervisor(station)
    with pytest.raises(BadInput, match="still being inspected at bench BENCH-07"):
        quarantine.attach(station, entry, er.id, version=1)


def test_a_supervisor_creates_the_return_from_the_parcels_contents(station: Station) -> None:
    entry = received(station)
    as_supervisor(station)
    line = quarantine.ContentLine(
        sku="AP-7000-M",
        description="Wool coat, M",
        category="Apparel",
        unit_price=Decimal("149.00"),
        ean="4006381333931",
        serial_number="SN-77",
    )
    placed = quarantine.create_expected(
        station, entry, version=1, order_number="so 12345678", lines=[line], reason="No papers"
    )
    assert placed.state == "created"
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == f"UNX-{placed.lpn}")
        ).one()
        assert (er.order_number, er.tracking_number, er.carrier) == (
            "SO-12345678",
            "1Z999AA10123456784",
            "UPS",
        )
        assert er.status == "received"  # its only unit is the one in the parcel
        assert [(ln.category, ln.serial_number) for ln in er.lines] == [("apparel", "SN-77")]


def test_contents_are_checked_like_a_manifest_and_nothing_is_written(station: Station) -> None:
    entry = received(station)
    as_supervisor(station)
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=r"^EAN / UPC: 4006381333932 has a wrong check digit"):
        quarantine.create_expected(
            station,
            entry,
            version=1,
            order_number="SO-1",
            lines=[quarantine.ContentLine("X", ean="4006381333932")],
        )
    with pytest.raises(BadInput, match="at least one item"):
        quarantine.create_expected(station, entry, version=1, order_number="SO-1", lines=[])
    for facts, message in (
        ({"withdrawal_notice_at": "2026-11-20 10:00"}, "^Notice received: .* has no time zone"),
        ({"withdrawal_channel": "fax"}, "^Notice channel: 'fax' is not a channel"),
        (
            {"delivery_cost_paid": "3", "cheapest_delivery_cost": "4"},
            "^Cheapest standard delivery: 4 is above",
        ),
        ({"colour": "red"}, "colour is not a withdrawal fact"),
    ):
        with pytest.raises(BadInput, match=message):
            quarantine.create_expected(
                station,
                entry,
                version=1,
                order_number="SO-1",
                lines=[quarantine.ContentLine("X")],
                withdrawal=facts,
            )
    assert row_counts(station.db) == before


def test_the_withdrawal_facts_come_in_through_the_form_too(station: Station) -> None:
    entry = received(station)
    as_supervisor(station)
    facts = {
        "withdrawal_notice_at": "2026-11-20 10:00[Europe/Paris]",
        "withdrawal_channel": "E-Mail",
        "withdrawal_ack_id": "ACK-1",
        "proof_of_sending_at": "",
        "consumer_informed": "no",
        "delivery_cost_paid": "4.95",
    }
    placed = quarantine.create_expected(
        station,
        entry,
        version=1,
        order_number="SO-1",
        lines=[quarantine.ContentLine("X")],
        withdrawal=facts,
    )
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == placed.expected_rma)
        ).one()
        assert (er.withdrawal_notified_on, er.withdrawal_zone) == (
            date(2026, 11, 20),
            "Europe/Paris",
        )
        assert (er.withdrawal_channel, er.withdrawal_ack_id, er.consumer_informed) == (
            "email",
            "ACK-1",
            False,
        )
        assert (er.delivery_paid, er.delivery_cheapest) == (Decimal("4.95"), None)


def test_a_unit_the_bench_cancelled_is_not_listed(station: Station) -> None:
    opened = scanning.receive_unexpected(station, "SCANNED TWICE")
    inspection.cancel(station, opened.inspection, reason="Scanned twice")
    received(station)
    assert [e.scanned_code for e in quarantine.waiting(station)] == ["1Z999AA10123456784"]


def placed_under(station: Station, rma: str, price: str, return_type: str = "refund") -> str:
    """An unexpected parcel graded B, attached by a supervisor to ``rma``; its plate."""
    add_return(
        station,
        rma,
        [("AP-1001-M", "apparel", price, 1)],
        return_type=return_type,
        notice_on="2026-11-25",
    )
    entry = received(station)
    as_supervisor(station)
    (found,) = quarantine.find_expected(station, rma)
    return quarantine.attach(station, entry, found.id, version=1).lpn


def test_a_placed_parcel_gets_the_recommendation_the_bench_would_have_made(
    station: Station,
) -> None:
    lpn = placed_under(station, "RMA-PLACE-000001", "20.00")
    with station.db.read() as session:
        insp = session.scalars(select(Inspection).where(Inspection.lpn == lpn)).one()
        rec = session.get(Recommendation, insp.id)
        assert rec is not None
        assert (rec.return_type, rec.outcome, rec.refund_amount, rec.status) == (
            "refund",
            "full",
            Decimal("20.00"),
            "released",
        )
        assert rec.due_on == date(2026, 12, 9)  # the withdrawal notice plus 14 days
        unit = session.get(UnitAssessment, insp.id)
        assert unit is not None
        assert unit.return_type == "refund"
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "recommendation.released")
        ).one()
        assert event.detail["placed_under"] == "RMA-PLACE-000001"
    assert approvals.pending(station) == []
    # The unit's timeline tells how it came to its return.
    story = [e.text for e in unit_detail.unit_detail(station, insp.id).timeline]
    assert "From quarantine, attached to return RMA-PLACE-000001 (line 1)" in story
    assert (
        "Recommendation full released when placed from quarantine under RMA-PLACE-000001" in story
    )


def test_a_placed_parcel_of_high_value_waits_in_the_approval_queue(station: Station) -> None:
    lpn = placed_under(station, "RMA-PLACE-000002", "400.00", return_type="exchange")
    (waiting,) = approvals.pending(station)
    assert (waiting.lpn, waiting.return_type, waiting.outcome) == (lpn, "exchange", "approve")
    assert waiting.waits_because == ("value €400.00 ≥ €250.00",)
