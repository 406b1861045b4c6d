"""The outbox: events written in the same transaction as the change they tell of, and their
delivery to each shop connector; the returns a shop told the station about, and where its last
pull stopped."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow

EVENT_KINDS = (
    "unit.finished",
    "unit.overridden",
    "recommendation.decided",
    "parcel.unexpected",
    "quarantine.placed",
    "return.decided",
)
# pending: waits for its turn (or its next attempt); delivering: claimed by a deliverer until
# ``lease_until``; delivered; dead: given up (the receiver's words kept) until a supervisor
# retries or skips it; skipped: a supervisor decided it is not to be sent.
DELIVERY_STATES = ("pending", "delivering", "delivered", "dead", "skipped")
# States that hold back the later events of the same order key.
DELIVERY_OPEN = ("pending", "delivering", "dead")


class OutboxEvent(Base):
    """One outcome the station decided, as it was at the moment it was decided."""

    __tablename__ = "outbox_events"
    __table_args__ = (CheckConstraint(f"kind IN {EVENT_KINDS}", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, unique=True)
    kind: Mapped[str] = mapped_column(String(40))
    # Stable across restarts: the licence plate (or the RMA for a whole return) and the version
    # of the decision; the shops deduplicate on it.
    idempotency_key: Mapped[str] = mapped_column(String(120), unique=True)
    lpn: Mapped[str | None] = mapped_column(String(20), index=True)
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    expected_return_id: Mapped[int | None] = mapped_column(
        ForeignKey("expected_returns.id"), index=True
    )
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    bench: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))


class OutboxDelivery(Base):
    """One event on its way to one connector."""

    __tablename__ = "outbox_deliveries"
    __table_args__ = (
        CheckConstraint(f"state IN {DELIVERY_STATES}", name="state"),
        UniqueConstraint("event_id", "connector"),
        # The deliverer's question: what is due now?
        Index("ix_outbox_deliveries_state_due", "state", "next_attempt_at"),
        # Ordering: nothing of an order key goes before the older events of that key.
        Index("ix_outbox_deliveries_order", "connector", "order_key", "event_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("outbox_events.id"))
    connector: Mapped[str] = mapped_column(String(40))
    order_key: Mapped[str] = mapped_column(String(120))
    state: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(120))
    last_status: Mapped[int | None] = mapped_column(Integer)  # the receiver's HTTP status
    last_error: Mapped[str | None] = mapped_column(Text)  # the receiver's own words
    last_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    receipt: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # what the receiver did
    decided_by: Mapped[str | None] = mapped_column(String(80))  # a supervisor's retry or skip
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ShopReturn(Base):
    """An expected return that came from a shop: the shop's own ids, to answer it with."""

    __tablename__ = "shop_returns"
    __table_args__ = (UniqueConstraint("connector", "shop_return_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expected_return_id: Mapped[int] = mapped_column(ForeignKey("expected_returns.id"), unique=True)
    connector: Mapped[str] = mapped_column(String(40))
    shop_return_id: Mapped[str] = mapped_column(String(120))
    shop_order_id: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))
    # line_no → the shop's line id (and what else the shop needs to answer per line).
    lines: Mapped[dict[str, Any]] = mapped_column(JSON)
    pulled_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ShopCursor(Base):
    """Where a connector's last pull of returns stopped."""

    __tablename__ = "shop_cursors"

    connector: Mapped[str] = mapped_column(String(40), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(400))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
