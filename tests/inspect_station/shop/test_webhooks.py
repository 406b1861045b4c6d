"""Signed webhooks to a loopback receiver that verifies each message and applies it once: answers
that pass are tried again after a pause, refusals are dead letters with the receiver's words,
a receiver killed mid-delivery gets the same message again and applies it once."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook

from db.models.outbox import OutboxDelivery, OutboxEvent
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.outbox import dead_letters, status
from inspect_station.people.roles import Role, User
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from tests.conftest import FakeClock
from tests.inspect_station.returns import add_return, open_rma
from tests.webhook_receiver import SECRET, Receiver

POLICY = Policy(max_attempts=3, base_s=10.0, max_s=60.0)
SAM = User("sam", Role.SUPERVISOR)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver().start()
    yield r
    r.stop()


@pytest.fixture
def hooked(station: Station, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> Station:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    table = {
        "kind": "webhook",
        "url": receiver.url,
        "secret_env": "HOOK_SECRET",
        "timeout_s": 0.5,
        "grades": {"A": "like new", "D": "damaged"},
    }
    station.settings = station.settings.replace(connectors={"wms": table})
    return station


@pytest.fixture
def deliverer(hooked: Station) -> Iterator[Deliverer]:
    made = Deliverer(
        hooked, connectors.from_settings(hooked.settings), policy=POLICY, rng=random.Random(7)
    )
    yield made
    made.stop()


def finish(station: Station, rma: str, grade: str = "A", quantity: int = 1) -> None:
    add_return(station, rma, [("JKT-1", "apparel", "40", quantity)])
    for _ in range(quantity):
        inspection.finish(station, open_rma(station, rma), grade=grade)


def rows(station: Station) -> list[tuple[OutboxDelivery, OutboxEvent]]:
    with station.db.read() as session:
        return [
            (d, e)
            for d, e in session.execute(
                select(OutboxDelivery, OutboxEvent)
                .join(OutboxEvent, OutboxEvent.id == OutboxDelivery.event_id)
                .order_by(OutboxDelivery.id)
            ).all()
        ]


def test_each_event_arrives_signed_mapped_and_once(
    hooked: Station, receiver: Receiver, deliverer: Deliverer
) -> None:
    finish(hooked, "RMA-W-000001")
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["delivered", "delivered"]
    assert receiver.bad_signatures == 0
    (first_id, first), (_, decided) = receiver.seen
    assert first_id == rows(hooked)[0][1].idempotency_key  # webhook-id: the event's key
    assert first["type"] == "unit.finished"
    assert (first["data"]["condition"], first["data"]["disposition"]) == ("like new", "restock")
    assert decided["data"]["units"][0]["condition"] == "like new"
    assert sorted(receiver.applied.values()) == [1, 1]


def test_a_server_error_is_tried_again_after_a_pause(
    hooked: Station, receiver: Receiver, deliverer: Deliverer, clock: FakeClock
) -> None:
    receiver.mode = "error"
    finish(hooked, "RMA-W-000002")
    deliverer.run_once()
    first, second = (d for d, _ in rows(hooked))
    assert (first.state, first.attempts, first.last_status) == ("pending", 1, 500)
    assert "database is down, try later" in (first.last_error or "")
    assert timedelta(seconds=5) <= first.next_attempt_at - clock() <= timedelta(seconds=10)
    assert (second.state, second.attempts) == ("pending", 0)  # waits behind the first
    receiver.mode = "ok"
    deliverer.run_once()
    assert rows(hooked)[0][0].state == "pending"  # not due yet
    clock.advance(10)
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["delivered", "delivered"]


def test_a_refusal_is_a_dead_letter_at_once_and_holds_the_return_back(
    hooked: Station, receiver: Receiver, deliverer: Deliverer, clock: FakeClock
) -> None:
    receiver.mode = "refuse"
    finish(hooked, "RMA-W-000003")
    deliverer.run_once()
    dead, waiting = (d for d, _ in rows(hooked))
    assert (dead.state, dead.attempts, dead.last_status) == ("dead", 1, 422)
    assert "unknown return RMA-W-000003" in (dead.last_error or "")
    assert waiting.state == "pending"
    receiver.mode = "ok"
    clock.advance(3600)
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["dead", "pending"]  # nothing overtakes it
    backlog = status.backlog(hooked)
    assert (backlog.waiting, backlog.dead) == (1, 1)
    assert backlog.words(clock()) == "Shop: 1 waiting · 1 dead letter · oldest 60 min"
    hooked.change_shift(user=SAM)
    dead_letters.retry(hooked, dead.id)
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["delivered", "delivered"]


def test_a_skipped_dead_letter_lets_the_rest_go(
    hooked: Station, receiver: Receiver, deliverer: Deliverer
) -> None:
    receiver.mode = "refuse"
    finish(hooked, "RMA-W-000004")
    deliverer.run_once()
    dead = rows(hooked)[0][0]
    receiver.mode = "ok"
    hooked.change_shift(user=SAM)
    skipped = dead_letters.skip(hooked, dead.id, reason="settled by phone with the WMS team")
    assert (skipped.state, skipped.decided_by) == ("skipped", "sam")
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["skipped", "delivered"]


def test_no_answer_in_time_is_tried_again(
    hooked: Station, receiver: Receiver, deliverer: Deliverer
) -> None:
    receiver.mode, receiver.delay = "slow", 1.5
    finish(hooked, "RMA-W-000005")
    deliverer.run_once()
    first = rows(hooked)[0][0]
    assert first.state == "pending"
    assert "no answer within 0.5 s" in (first.last_error or "")
    # The receiver did not answer: the round left its other deliveries alone.
    assert rows(hooked)[1][0].attempts == 0


def test_a_receiver_killed_mid_delivery_gets_it_again_and_applies_it_once(
    hooked: Station, receiver: Receiver, deliverer: Deliverer, clock: FakeClock
) -> None:
    receiver.mode = "drop"
    finish(hooked, "RMA-W-000006")
    deliverer.run_once()
    first, event = rows(hooked)[0]
    assert first.state == "pending"
    assert "cannot reach the receiver" in (first.last_error or "")
    receiver.mode = "ok"
    clock.advance(60)
    deliverer.run_once()
    deliverer.run_once()
    assert [d.state for d, _ in rows(hooked)] == ["delivered", "delivered"]
    ids = [msg_id for msg_id, _ in receiver.seen]
    assert ids.count(event.idempotency_key) == 2  # the same message id both times
    assert receiver.applied[str(event.event_id)] == 1


def test_a_receiver_that_is_gone_makes_a_dead_letter_after_the_last_attempt(
    hooked: Station, receiver: Receiver, deliverer: Deliverer, clock: FakeClock
) -> None:
    receiver.stop()
    finish(hooked, "RMA-W-000007")
    for _ in range(POLICY.max_attempts):
        deliverer.run_once()
        clock.advance(POLICY.max_s)
    first = rows(hooked)[0][0]
    assert (first.state, first.attempts) == ("dead", POLICY.max_attempts)
    assert "cannot reach the receiver" in (first.last_error or "")


def test_the_deliverer_runs_on_its_own_thread_until_stopped(
    hooked: Station, receiver: Receiver, deliverer: Deliverer
) -> None:
    deliverer.start()
    finish(hooked, "RMA-W-000008")
    deliverer.poke()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and len(receiver.applied) < 2:
        time.sleep(0.05)
    deliverer.stop()
    assert len(receiver.applied) == 2
    assert [d.state for d, _ in rows(hooked)] == ["delivered", "delivered"]


def test_every_event_matches_its_published_schema_and_the_verification_example(
    hooked: Station, receiver: Receiver, deliverer: Deliverer
) -> None:
    import importlib.util
    import json
    from pathlib import Path

    import jsonschema

    from inspect_station.bench import quarantine, scanning
    from inspect_station.supervise import approvals, overrides

    docs = Path(__file__).resolve().parents[3] / "docs" / "webhooks"
    finish(hooked, "RMA-W-000009")
    add_return(hooked, "RMA-W-000010", [("EL-1", "electronics", "400", 1)])
    waiting = inspection.finish(hooked, open_rma(hooked, "RMA-W-000010"), grade="A").inspection
    opened = scanning.receive_unexpected(hooked, "NO LABEL AT ALL")
    inspection.finish(hooked, opened.inspection, grade="B")
    add_return(hooked, "RMA-W-000011", [("JKT-1", "apparel", "40", 1)])
    hooked.change_shift(user=SAM)
    approvals.approve(hooked, waiting.id)
    detail = inspection.inspection_detail(hooked, waiting.id)
    overrides.override(hooked, waiting.id, seen_version=detail.version, grade="C", reason="scuff")
    [entry] = quarantine.waiting(hooked)
    [found] = quarantine.find_expected(hooked, "RMA-W-000011")
    quarantine.attach(hooked, entry.id, found.id, version=entry.version)
    deliverer.run_once()
    kinds = {event["type"] for _, event in receiver.seen}
    assert kinds == {p.name.removesuffix(".schema.json") for p in docs.glob("*.schema.json")}
    for _, event in receiver.seen:
        schema = json.loads((docs / f"{event['type']}.schema.json").read_text())
        jsonschema.validate(event, schema, format_checker=jsonschema.FormatChecker())
    spec = importlib.util.spec_from_file_location("verify_example", docs / "verify_example.py")
    assert spec is not None
    assert spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    connector = connectors.from_settings(hooked.settings)["wms"]
    with hooked.db.read() as session:
        payload = session.scalars(select(OutboxEvent.payload)).first()
    assert payload is not None
    body = connector.body(payload)  # type: ignore[attr-defined]
    at = datetime.now(UTC)
    key = payload["idempotency_key"]
    headers = {
        "webhook-id": key,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(SECRET).sign(key, at, body),
    }
    assert example.receive(SECRET, body, headers) == (200, {"applied": "unit.finished"})
    assert example.receive(SECRET, body, headers)[1] == {"message": "already applied"}
    tampered = body.replace(b'"grade":"A"', b'"grade":"B"')
    assert example.receive(SECRET, tampered, headers)[0] == 401
    connector.close()
