"""What became of the outbox: each event of a unit with its deliveries (the desk's unit detail),
the backlog (the status bar), and the list ``inspect-station outbox list`` prints."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models.outbox import OutboxDelivery, OutboxEvent

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class DeliveryView:
    id: int
    connector: str
    state: str
    attempts: int
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    delivered_at: datetime | None
    last_status: int | None
    last_error: str | None  # the receiver's own words
    decided_by: str | None
    version: int


@dataclass(frozen=True)
class EventView:
    id: int
    kind: str
    idempotency_key: str
    created_at: datetime
    lpn: str | None
    deliveries: tuple[DeliveryView, ...]


@dataclass(frozen=True)
class Backlog:
    waiting: int  # deliveries not yet delivered (pending or on their way)
    dead: int  # dead letters waiting for a supervisor
    oldest_at: datetime | None  # the oldest waiting or dead delivery's event

    def short(self) -> str:
        """For the status bar: what waits and what is dead, nothing more."""
        if not self.waiting and not self.dead:
            return "Shop: all sent"
        dead = f"{self.dead} dead · " if self.dead else ""  # first: it is what needs a person
        return f"Shop: {dead}{self.waiting} waiting"

    def words(self, now: datetime) -> str:
        if not self.waiting and not self.dead:
            return "Shop: all delivered"
        text = f"Shop: {self.waiting} waiting"
        if self.dead:
            text += f" · {self.dead} dead letter{'s' if self.dead != 1 else ''}"
        if self.oldest_at is not None:
            text += f" · oldest {_age(now - self.oldest_at)}"
        return text


def _age(age: timedelta) -> str:
    seconds = max(0, int(age.total_seconds()))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h"


def delivery_view(row: OutboxDelivery) -> DeliveryView:
    return DeliveryView(
        id=row.id,
        connector=row.connector,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at if row.state == "pending" else None,
        last_attempt_at=row.last_attempt_at,
        delivered_at=row.delivered_at,
        last_status=row.last_status,
        last_error=row.last_error,
        decided_by=row.decided_by,
        version=row.version,
    )


def events_in(
    session: Session, inspection_id: uuid.UUID, expected_return_id: int | None
) -> tuple[EventView, ...]:
    """The unit's events and its return's decisions, oldest first, with their deliveries."""
    where = OutboxEvent.inspection_id == inspection_id
    if expected_return_id is not None:
        where = or_(
            where,
            (OutboxEvent.expected_return_id == expected_return_id)
            & (OutboxEvent.kind == "return.decided"),
        )
    events = list(session.scalars(select(OutboxEvent).where(where).order_by(OutboxEvent.id)))
    deliveries: dict[int, list[DeliveryView]] = {}
    if events:
        rows = session.scalars(
            select(OutboxDelivery)
            .where(OutboxDelivery.event_id.in_([e.id for e in events]))
            .order_by(OutboxDelivery.connector)
        )
        for row in rows:
            deliveries.setdefault(row.event_id, []).append(delivery_view(row))
    return tuple(
        EventView(
            e.id, e.kind, e.idempotency_key, e.created_at, e.lpn, tuple(deliveries.get(e.id, ()))
        )
        for e in events
    )


def backlog(station: Station) -> Backlog:
    with station.db.read() as session:
        waiting, oldest = session.execute(
            select(func.count(), func.min(OutboxEvent.created_at))
            .select_from(OutboxDelivery)
            .join(OutboxEvent, OutboxEvent.id == OutboxDelivery.event_id)
            .where(OutboxDelivery.state.in_(("pending", "delivering", "dead")))
        ).one()
        dead = session.scalar(
            select(func.count()).select_from(OutboxDelivery).where(OutboxDelivery.state == "dead")
        )
        return Backlog(waiting=(waiting or 0) - (dead or 0), dead=dead or 0, oldest_at=oldest)


@dataclass(frozen=True)
class Listed:
    event: EventView
    delivery: DeliveryView


def listing(station: Station, *, states: tuple[str, ...] = (), limit: int = 100) -> list[Listed]:
    """Deliveries, oldest event first, in the given states (all if none)."""
    with station.db.read() as session:
        query = (
            select(OutboxDelivery, OutboxEvent)
            .join(OutboxEvent, OutboxEvent.id == OutboxDelivery.event_id)
            .order_by(OutboxDelivery.event_id, OutboxDelivery.connector)
            .limit(limit)
        )
        if states:
            query = query.where(OutboxDelivery.state.in_(states))
        return [
            Listed(
                EventView(e.id, e.kind, e.idempotency_key, e.created_at, e.lpn, ()),
                delivery_view(d),
            )
            for d, e in session.execute(query).all()
        ]
