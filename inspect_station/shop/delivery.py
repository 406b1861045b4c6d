"""Sending the outbox: claim what is due, send it with no transaction open, record the answer.

Only the oldest open delivery of each order key (a return, or for a shop one order) may go: a
later event of the same return waits while an older one is pending, on its way, or a dead letter.
A claim is a short transaction (state ``delivering``, a lease, the claimant); a deliverer that
dies mid-send leaves a lease that runs out, and whoever claims it again sends the same event with
the same idempotency key. A failure that passes is tried again after an exponential pause with
jitter; a refusal, or the last allowed attempt, makes a dead letter that keeps the receiver's
words until a supervisor retries or skips it.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, exists, or_, select, update
from sqlalchemy.orm import Session, aliased
from sqlalchemy.orm.exc import StaleDataError

from db.engine import Database
from db.models.outbox import DELIVERY_OPEN, OutboxDelivery, OutboxEvent
from inspect_station.shop.connector import Connector, DeliveryFailed, Refused

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Policy:
    max_attempts: int = 25
    base_s: float = 2.0
    max_s: float = 300.0
    lease_s: float = 120.0

    def pause(self, attempts: int, rng: random.Random) -> float:
        """Seconds before attempt ``attempts + 1``: base · 2^(n-1), capped, half of it jittered
        (so receivers coming back are not hit by every station at the same instant)."""
        step = min(self.max_s, self.base_s * 2 ** max(0, attempts - 1))
        return float(step / 2 + rng.uniform(0, step / 2))


@dataclass(frozen=True)
class Claimed:
    delivery_id: int
    version: int
    connector: str
    attempts: int
    payload: dict[str, Any]
    event_id: int  # the event's row, where what is rendered for it on the way out is kept


@dataclass(frozen=True)
class Sent:
    """The result of one round: how many were delivered, failed (to retry) or dead."""

    delivered: int = 0
    retried: int = 0
    dead: int = 0

    def __add__(self, other: Sent) -> Sent:
        return Sent(
            self.delivered + other.delivered, self.retried + other.retried, self.dead + other.dead
        )


def due(db: Database, connectors: list[str], now: datetime, limit: int) -> list[tuple[int, str]]:
    """Deliveries whose turn it is: due, and the oldest open one of their order key."""
    if not connectors:
        return []
    older = aliased(OutboxDelivery)
    blocked = exists().where(
        older.connector == OutboxDelivery.connector,
        older.order_key == OutboxDelivery.order_key,
        older.event_id < OutboxDelivery.event_id,
        older.state.in_(DELIVERY_OPEN),
    )
    ready = or_(
        and_(OutboxDelivery.state == "pending", OutboxDelivery.next_attempt_at <= now),
        and_(OutboxDelivery.state == "delivering", OutboxDelivery.lease_until < now),
    )
    with db.read() as session:
        rows = session.execute(
            select(OutboxDelivery.id, OutboxDelivery.connector)
            .where(OutboxDelivery.connector.in_(connectors), ready, ~blocked)
            .order_by(OutboxDelivery.event_id)
            .limit(limit)
        ).all()
        return [(delivery_id, name) for delivery_id, name in rows]


def claim(
    db: Database, delivery_id: int, owner: str, now: datetime, lease_s: float
) -> Claimed | None:
    """Take one delivery for ``owner`` (None if someone else took it or it is no longer due)."""
    try:
        with db.write(guarded=False) as session:
            row = session.get(OutboxDelivery, delivery_id)
            if row is None:
                return None
            free = row.state == "pending" or (
                row.state == "delivering" and row.lease_until is not None and row.lease_until < now
            )
            if not free:
                return None
            row.state = "delivering"
            row.claimed_by = owner[:120]
            row.lease_until = now + timedelta(seconds=lease_s)
            row.attempts += 1
            row.last_attempt_at = now
            session.flush()
            event = session.get(OutboxEvent, row.event_id)
            assert event is not None  # a delivery refers to its event
            return Claimed(
                row.id, row.version, row.connector, row.attempts, dict(event.payload), event.id
            )
    except StaleDataError:
        return None  # another deliverer claimed it in the same instant


def record(
    db: Database,
    claimed: Claimed,
    *,
    now: datetime,
    receipt: Mapping[str, Any] | None = None,
    failure: DeliveryFailed | None = None,
    policy: Policy,
    rng: random.Random,
) -> str:
    """Write what the receiver answered; returns the delivery's new state."""
    try:
        with db.write(guarded=False) as session:
            row = session.get(OutboxDelivery, claimed.delivery_id)
            if row is None or row.version != claimed.version or row.state != "delivering":
                return "lost"  # the lease ran out and another deliverer has it now
            row.lease_until = None
            row.claimed_by = None
            if failure is None:
                row.state, row.delivered_at = "delivered", now
                row.receipt = dict(receipt or {})
                row.last_error = None
                if row.attempts > 1:
                    _receiver_is_back(session, row.connector, now)
                return row.state
            row.last_error, row.last_status = str(failure), failure.status
            if isinstance(failure, Refused) or row.attempts >= policy.max_attempts:
                row.state = "dead"
            else:
                row.state = "pending"
                row.next_attempt_at = now + timedelta(seconds=policy.pause(row.attempts, rng))
            return row.state
    except StaleDataError:
        return "lost"


def _receiver_is_back(session: Session, connector: str, now: datetime) -> None:
    """A delivery that had failed went through: the receiver answers again, so what waits for
    it need not sit out the rest of its backoff (a backlog drains at once, not over minutes)."""
    session.execute(
        update(OutboxDelivery)
        .where(
            OutboxDelivery.connector == connector,
            OutboxDelivery.state == "pending",
            OutboxDelivery.next_attempt_at > now,
        )
        .values(next_attempt_at=now, version=OutboxDelivery.version + 1)
    )


@dataclass(frozen=True)
class Outcome:
    state: str  # delivered, pending (to try again), dead, or lost (someone else has it)
    failure: DeliveryFailed | None = None


def send_one(
    db: Database,
    connector: Connector,
    delivery_id: int,
    *,
    owner: str,
    clock: Callable[[], datetime],
    policy: Policy,
    rng: random.Random,
    prepare: Callable[[Claimed], dict[str, Any]] | None = None,
) -> Outcome | None:
    """Claim, send and record one delivery; None when it was not ours to send. ``prepare``
    makes the body's event from the claimed one (the evidence document added), with no
    transaction open; what it raises fails this attempt like a failed send."""
    claimed = claim(db, delivery_id, owner, clock(), policy.lease_s)
    if claimed is None:
        return None
    receipt: dict[str, Any] | None = None
    failure: DeliveryFailed | None = None
    try:
        payload = claimed.payload if prepare is None else prepare(claimed)
        receipt = connector.deliver(payload)
    except DeliveryFailed as error:
        failure = error
    except Exception as error:  # a connector's bug must not stop the deliverer
        log.exception("connector %s failed on delivery %s", claimed.connector, delivery_id)
        failure = DeliveryFailed(f"the station failed to send it: {error!r}")
    state = record(
        db, claimed, now=clock(), receipt=receipt, failure=failure, policy=policy, rng=rng
    )
    if failure is not None:
        log.info("delivery %s to %s: %s (%s)", delivery_id, claimed.connector, state, failure)
    return Outcome(state, failure)
