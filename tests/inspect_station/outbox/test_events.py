"""Events are written with the change they tell of, in its transaction, and only then."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models.outbox import OutboxDelivery, OutboxEvent
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.bench import inspection, quarantine, scanning
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals, overrides
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma

HOOK = {"hook": {"kind": "webhook", "url": "http://127.0.0.1:9/x", "secret_env": "HOOK_SECRET"}}
SAM = User("sam", Role.SUPERVISOR)


@pytest.fixture
def hooked(station: Station, monkeypatch: pytest.MonkeyPatch) -> Station:
    monkeypatch.setenv("HOOK_SECRET", "whsec_c2VjcmV0")
    station.settings = station.settings.replace(connectors=HOOK)
    return station


def events(station: Station) -> list[OutboxEvent]:
    with station.db.read() as session:
        return list(session.scalars(select(OutboxEvent).order_by(OutboxEvent.id)))


def deliveries(station: Station) -> list[OutboxDelivery]:
    with station.db.read() as session:
        return list(session.scalars(select(OutboxDelivery).order_by(OutboxDelivery.id)))


def test_finishing_the_last_unit_writes_its_event_and_the_returns_decision(
    hooked: Station,
) -> None:
    add_return(hooked, "RMA-E-000001", [("JKT-1", "apparel", "40", 2)])
    first = inspection.finish(hooked, open_rma(hooked, "RMA-E-000001"), grade="A")
    assert [e.kind for e in events(hooked)] == ["unit.finished"]
    second = inspection.finish(hooked, open_rma(hooked, "RMA-E-000001"), grade="B")
    kinds = [e.kind for e in events(hooked)]
    assert kinds == ["unit.finished", "unit.finished", "return.decided"]
    finished, _, decided = events(hooked)
    assert (
        finished.idempotency_key
        == f"{first.inspection.lpn}:unit.finished:v{first.inspection.version}"
    )
    assert finished.payload["data"]["grade"] == "A"
    assert finished.payload["data"]["recommendation"]["outcome"] == "full"
    assert decided.idempotency_key == "RMA-E-000001:return.decided:v1"
    units = decided.payload["data"]["units"]
    assert sorted(u["lpn"] for u in units) == sorted([first.inspection.lpn, second.inspection.lpn])
    assert decided.payload["data"]["refund_total"] == "80.00"
    # One delivery each to the webhook, in the return's order.
    assert [(d.connector, d.state, d.order_key) for d in deliveries(hooked)] == [
        ("hook", "pending", f"return:{decided.expected_return_id}")
    ] * 3


def test_a_finish_that_fails_after_its_events_were_written_leaves_none(
    hooked: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_return(hooked, "RMA-E-000002", [("JKT-1", "apparel", "40", 1)])
    insp = open_rma(hooked, "RMA-E-000002")
    before = row_counts(hooked.db)

    def broken(*_args: object) -> None:
        raise BadInput("the disk is full")  # after the events, before the commit

    monkeypatch.setattr("inspect_station.bench.inspection.views.view", broken)
    with pytest.raises(BadInput, match="disk is full"):
        inspection.finish(hooked, insp, grade="A")
    assert row_counts(hooked.db) == before


def test_without_connectors_events_are_kept_with_no_delivery(station: Station) -> None:
    add_return(station, "RMA-E-000003", [("JKT-1", "apparel", "40", 1)])
    inspection.finish(station, open_rma(station, "RMA-E-000003"), grade="A")
    assert [e.kind for e in events(station)] == ["unit.finished", "return.decided"]
    assert deliveries(station) == []


def test_a_waiting_recommendation_holds_the_decision_until_a_supervisor_decides(
    hooked: Station,
) -> None:
    add_return(hooked, "RMA-E-000004", [("EL-1", "electronics", "400", 1)])
    done = inspection.finish(hooked, open_rma(hooked, "RMA-E-000004"), grade="A")
    assert [e.kind for e in events(hooked)] == ["unit.finished"]
    hooked.change_shift(user=SAM)
    decided = approvals.approve(hooked, done.inspection.id)
    kinds = [e.kind for e in events(hooked)]
    assert kinds == ["unit.finished", "recommendation.decided", "return.decided"]
    event = events(hooked)[1]
    assert (
        event.idempotency_key == f"{done.inspection.lpn}:recommendation.decided:v{decided.version}"
    )
    assert event.actor == "sam"


def test_an_override_after_the_decision_writes_a_new_version(hooked: Station) -> None:
    add_return(hooked, "RMA-E-000005", [("JKT-1", "apparel", "40", 1)])
    done = inspection.finish(hooked, open_rma(hooked, "RMA-E-000005"), grade="A").inspection
    hooked.change_shift(user=SAM)
    overrides.override(hooked, done.id, seen_version=done.version, grade="D", reason="torn seam")
    kinds = [e.kind for e in events(hooked)]
    assert kinds == ["unit.finished", "return.decided", "unit.overridden", "return.decided"]
    assert events(hooked)[-1].idempotency_key == "RMA-E-000005:return.decided:v2"
    assert events(hooked)[-1].payload["data"]["units"][0]["grade"] == "D"


def test_an_unexpected_parcel_and_its_placing_are_told(hooked: Station) -> None:
    opened = scanning.receive_unexpected(hooked, "A PARCEL WITHOUT LABEL")
    inspection.finish(hooked, opened.inspection, grade="B")
    add_return(hooked, "RMA-E-000006", [("JKT-9", "apparel", "30", 1)])
    [entry] = quarantine.waiting(hooked)
    [found] = quarantine.find_expected(hooked, "RMA-E-000006")
    hooked.change_shift(user=SAM)
    quarantine.attach(hooked, entry.id, found.id, version=entry.version)
    kinds = [e.kind for e in events(hooked)]
    assert kinds == ["parcel.unexpected", "unit.finished", "quarantine.placed", "return.decided"]
    assert events(hooked)[0].payload["data"]["scanned_code"] == "APARCELWITHOUTLABEL"
    keys = [d.order_key for d in deliveries(hooked)]
    assert keys[:2] == [f"unit:{opened.inspection.lpn}"] * 2
