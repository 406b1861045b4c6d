"""Tables for grading, routing rule versions, refund recommendations and the SKU catalogue."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow

RECEIPTS = ("received", "wrong_item", "missing", "empty_box")
RECOMMENDATION_STATUSES = ("released", "pending", "approved", "changed")


class RuleVersion(Base):
    """One routing rule file as it was loaded; its id is the version number.

    The active version is the one activated last; an older one can be activated again.
    """

    __tablename__ = "rule_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(500))
    text: Mapped[str] = mapped_column(Text)
    rule_count: Mapped[int] = mapped_column(Integer)
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    loaded_by: Mapped[str] = mapped_column(String(80))
    bench: Mapped[str] = mapped_column(String(40))
    activated_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    activated_by: Mapped[str | None] = mapped_column(String(80))


class UnitAssessment(Base):
    """How one unit was received and graded, and the facts its route was decided on.

    The facts are kept as the bench saw them, so ``rules simulate`` replays history exactly.
    """

    __tablename__ = "unit_assessments"
    __table_args__ = (CheckConstraint(f"receipt IN {RECEIPTS}", name="receipt"),)

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    receipt: Mapped[str] = mapped_column(String(16), default="received")
    grading_set: Mapped[str] = mapped_column(String(40))
    defects: Mapped[list[str]] = mapped_column(JSON, default=list)
    sealed: Mapped[bool] = mapped_column(Boolean, default=False)
    computed_grade: Mapped[str | None] = mapped_column(String(4))
    override_reason: Mapped[str | None] = mapped_column(String(200))
    rule_version_id: Mapped[int | None] = mapped_column(ForeignKey("rule_versions.id"))
    return_type: Mapped[str | None] = mapped_column(String(16))
    return_reason: Mapped[str | None] = mapped_column(String(200))
    days_since_delivery: Mapped[int | None] = mapped_column(Integer)
    missing_items: Mapped[int] = mapped_column(Integer, default=0)
    recall: Mapped[bool] = mapped_column(Boolean, default=False)
    hazmat: Mapped[bool] = mapped_column(Boolean, default=False)
    return_to_vendor: Mapped[bool] = mapped_column(Boolean, default=False)
    # A wrong item: its own product code as scanned, and the product it names (if known).
    actual_code: Mapped[str | None] = mapped_column(String(14))
    actual_sku: Mapped[str | None] = mapped_column(String(40))
    actual_description: Mapped[str | None] = mapped_column(String(200))


class Recommendation(Base):
    """The refund, exchange or warranty outcome recommended for one unit.

    ``pending`` ones wait in the supervisor approval queue; the others are released.
    """

    __tablename__ = "recommendations"
    __table_args__ = (
        CheckConstraint(f"status IN {RECOMMENDATION_STATUSES}", name="status"),
        Index("ix_recommendations_status_created", "status", "created_at"),
        # The approval queue: the refund due soonest first (by the notice's day), then oldest.
        Index("ix_recommendations_status_notice", "status", "notice_on", "created_at"),
    )

    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), primary_key=True)
    return_type: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(String(16))
    fallback: Mapped[bool] = mapped_column(Boolean, default=False)
    refund_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    deduction_percent: Mapped[Decimal] = mapped_column(Numeric(5, 2), default=Decimal(0))
    # Each: defect, label, percent, amount, the handling beyond testing, the photos showing it.
    deductions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # Deductions the law does not allow here (the consumer was not informed of the right of
    # withdrawal): named, with what they would have been, for the evidence.
    refused_deductions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    # The delivery cost owed (art. 13(2)): carried by one recommendation of the return.
    delivery_refund: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    reason: Mapped[str] = mapped_column(Text, default="")
    photos: Mapped[list[str]] = mapped_column(JSON, default=list)
    due_on: Mapped[date | None] = mapped_column(Date)
    # The day the shop was informed of the withdrawal, in the notice's zone (its return's, kept
    # here so the queue sorts without reading every return): the refund deadline counts from it.
    notice_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="released")
    approval_reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_note: Mapped[str | None] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, default=1)

    # A supervisor's decision made on a stale row fails instead of silently winning.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CatalogueItem(Base):
    """What the routing rules know about a SKU beyond the manifest line."""

    __tablename__ = "catalogue_items"

    sku: Mapped[str] = mapped_column(String(40), primary_key=True)
    vendor: Mapped[str | None] = mapped_column(String(80))
    return_to_vendor: Mapped[bool] = mapped_column(Boolean, default=False)
    recall: Mapped[bool] = mapped_column(Boolean, default=False)
    hazmat: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
