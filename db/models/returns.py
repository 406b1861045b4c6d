"""Expected returns, their lines, and parcels received without one (quarantine)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import UTCDateTime, utcnow

RETURN_TYPES = ("refund", "exchange", "warranty")
RETURN_STATUSES = ("open", "in_progress", "received")
QUARANTINE_STATES = ("waiting", "attached", "created")
# How the consumer told the shop of the withdrawal, and what proves the goods were sent back.
WITHDRAWAL_CHANNELS = ("button", "email", "letter", "phone")
PROOFS_OF_SENDING = ("drop-off", "first-scan")


class ExpectedReturn(Base):
    """A return the shop told us to expect (from the returns portal or a manifest)."""

    __tablename__ = "expected_returns"
    __table_args__ = (
        CheckConstraint(f"return_type IN {RETURN_TYPES}", name="return_type"),
        CheckConstraint(f"status IN {RETURN_STATUSES}", name="status"),
        # A product code is matched against the returns still waiting, oldest delivery first;
        # received returns (most of them, over time) stay out of that index.
        Index(
            "ix_expected_returns_waiting_by_delivery",
            "delivered_on",
            postgresql_where=text("status <> 'received'"),
            sqlite_where=text("status <> 'received'"),
        ),
        # The desk filters history by stated reason and lists the reasons in use.
        Index("ix_expected_returns_reason", "reason"),
        CheckConstraint(
            f"withdrawal_channel IS NULL OR withdrawal_channel IN {WITHDRAWAL_CHANNELS}",
            name="withdrawal_channel",
        ),
        CheckConstraint(
            f"sent_proof IS NULL OR sent_proof IN {PROOFS_OF_SENDING}", name="sent_proof"
        ),
        CheckConstraint(
            "delivery_paid >= 0 AND delivery_cheapest >= 0 AND delivery_cheapest <= delivery_paid",
            name="delivery_costs",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rma: Mapped[str] = mapped_column(String(40), unique=True)
    order_number: Mapped[str] = mapped_column(String(40), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(40), index=True)
    carrier: Mapped[str | None] = mapped_column(String(40))
    # Stored lower-case, so an address typed at the bench is found through the index.
    customer_email: Mapped[str | None] = mapped_column(String(254), index=True)
    customer_name: Mapped[str | None] = mapped_column(String(120))
    return_type: Mapped[str] = mapped_column(String(16), default="refund")
    reason: Mapped[str] = mapped_column(String(200), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="open")
    claimed_by_bench: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The consumer's notice of withdrawal (rules/withdrawal.py): its day in its own time zone
    # (the refund deadline counts from it), the instant in UTC and the zone it was given in
    # (an IANA name or a fixed offset; older rows have the day only), how it came, and the id
    # of the shop's acknowledgement.
    withdrawal_notified_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawal_zone: Mapped[str | None] = mapped_column(String(64))
    withdrawal_channel: Mapped[str | None] = mapped_column(String(16))
    withdrawal_ack_id: Mapped[str | None] = mapped_column(String(100))
    # Proof that the consumer sent the goods back (carrier drop-off or first scan).
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_zone: Mapped[str | None] = mapped_column(String(64))
    sent_proof: Mapped[str | None] = mapped_column(String(16))
    # Whether the consumer was informed of the right of withdrawal (None: not known).
    consumer_informed: Mapped[bool | None] = mapped_column(Boolean)
    # The delivery cost paid, and the cheapest standard delivery the shop offered.
    delivery_paid: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    delivery_cheapest: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))

    lines: Mapped[list[ExpectedReturnLine]] = relationship(
        back_populates="expected_return", order_by="ExpectedReturnLine.line_no"
    )


class ExpectedReturnLine(Base):
    __tablename__ = "expected_return_lines"
    __table_args__ = (UniqueConstraint("expected_return_id", "line_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expected_return_id: Mapped[int] = mapped_column(ForeignKey("expected_returns.id"))
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    ean: Mapped[str | None] = mapped_column(String(14), index=True)
    # The unit's own serial number, when the shop knows which unit went out (GS1 AI 21).
    serial_number: Mapped[str | None] = mapped_column(String(40), index=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(40), default="general")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal] = mapped_column(Numeric(12, 2), default=Decimal("0"))

    expected_return: Mapped[ExpectedReturn] = relationship(back_populates="lines")


class UnexpectedReturn(Base):
    """A parcel received without an expected return: it waits in quarantine until a
    supervisor attaches it to an expected return or makes one from its contents."""

    __tablename__ = "unexpected_returns"
    __table_args__ = (
        CheckConstraint(f"state IN {QUARANTINE_STATES}", name="state"),
        Index("ix_unexpected_returns_state_received", "state", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    lpn: Mapped[str] = mapped_column(ForeignKey("units.lpn"), unique=True)
    scanned_code: Mapped[str] = mapped_column(String(100))
    reading: Mapped[str] = mapped_column(String(200))  # what the code looked like
    carrier: Mapped[str | None] = mapped_column(String(80))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    bench: Mapped[str] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(80))
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    expected_return_id: Mapped[int | None] = mapped_column(ForeignKey("expected_returns.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
