"""Units and their inspections: the photos taken and the supervisors' overrides.

Identifiers that a bench creates itself (inspections, print jobs) are client-made UUIDs, so a
replayed write never duplicates a row. Rows that a supervisor may change carry a version
counter: an update made on stale data fails instead of silently winning.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base
from db.types import UTCDateTime, utcnow

INSPECTION_STATUSES = ("open", "finished", "cancelled")
# Columns of ``inspections`` the desk's history filters on (one index each, with finish time).
HISTORY_INDEXED = ("bench", "operator", "grade", "route", "category", "sku")


class Unit(Base):
    """One physical item, known by its licence plate number from the first scan on."""

    __tablename__ = "units"

    lpn: Mapped[str] = mapped_column(String(20), primary_key=True)
    expected_return_id: Mapped[int | None] = mapped_column(
        ForeignKey("expected_returns.id"), index=True
    )
    line_id: Mapped[int | None] = mapped_column(ForeignKey("expected_return_lines.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_bench: Mapped[str] = mapped_column(String(40))


class Inspection(Base):
    __tablename__ = "inspections"
    __table_args__ = (
        CheckConstraint(f"status IN {INSPECTION_STATUSES}", name="status"),
        Index("ix_inspections_bench_status", "bench", "status"),
        # History on the desk: each filter walks its own index in finished order, so the
        # first page of a filter over millions of units reads about a page of rows.
        *(
            Index(f"ix_inspections_history_{column}", column, "finished_at")
            for column in HISTORY_INDEXED
        ),
        Index(
            "ix_inspections_history_overridden",
            "finished_at",
            postgresql_where=text("override_count > 0"),
            sqlite_where=text("override_count > 0"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    lpn: Mapped[str] = mapped_column(ForeignKey("units.lpn"), index=True)
    expected_return_id: Mapped[int | None] = mapped_column(
        ForeignKey("expected_returns.id"), index=True
    )
    scanned_code: Mapped[str] = mapped_column(String(100))
    unexpected: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="open")
    version: Mapped[int] = mapped_column(Integer, default=1)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    bench: Mapped[str] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(80))
    # What was inspected, copied from the expected return so history needs no joins.
    sku: Mapped[str | None] = mapped_column(String(40))
    category: Mapped[str | None] = mapped_column(String(40))
    description: Mapped[str | None] = mapped_column(String(200))
    value: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    grade: Mapped[str | None] = mapped_column(String(4))
    notes: Mapped[str] = mapped_column(Text, default="")
    route: Mapped[str | None] = mapped_column(String(32))
    rule_id: Mapped[str | None] = mapped_column(String(40))
    rules_version: Mapped[str | None] = mapped_column(String(64))
    rule_explanation: Mapped[str | None] = mapped_column(String(300))
    rule_why: Mapped[str | None] = mapped_column(String(80))  # the short reason on the label
    tote: Mapped[str | None] = mapped_column(String(20))
    # Required photos the unit was finished without (shot codes, comma-separated), and why.
    shots_missing: Mapped[str | None] = mapped_column(String(300))
    shots_missing_reason: Mapped[str | None] = mapped_column(String(300))
    # How often a supervisor changed grade or route afterwards (rows in ``overrides``).
    override_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))

    # SQLAlchemy bumps the version on every UPDATE and refuses one made on stale data.
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    photos: Mapped[list[Photo]] = relationship(order_by="Photo.taken_at")


class Photo(Base):
    __tablename__ = "photos"
    __table_args__ = (UniqueConstraint("inspection_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # "camera" or "file"
    original_name: Mapped[str | None] = mapped_column(String(255))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    bench: Mapped[str] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(80))
    # What the photo shows (a shot type from resources/shots.toml) and how good it is.
    shot: Mapped[str | None] = mapped_column(String(32))
    sharpness: Mapped[float | None] = mapped_column(Float)
    brightness: Mapped[float | None] = mapped_column(Float)
    clipped_pct: Mapped[float | None] = mapped_column(Float)
    dark_pct: Mapped[float | None] = mapped_column(Float)
    quality_issues: Mapped[str | None] = mapped_column(String(300))  # "" when none
    code_format: Mapped[str | None] = mapped_column(String(32))  # a barcode seen in the photo
    code_text: Mapped[str | None] = mapped_column(String(200))
    # The ticked defect this photo shows: the proof of a deduction for it.
    defect: Mapped[str | None] = mapped_column(String(40))
    # Retention: the file is gone, the record that it existed stays.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Override(Base):
    """A supervisor's change of a finished unit's grade or route, with the reason.

    ``seen_version`` is the inspection's version the supervisor was looking at; the change is
    applied only if nothing changed the unit since. The row keeps both sides of the change, so
    the grader's own grade stays known after a correction.
    """

    __tablename__ = "overrides"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    bench: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    seen_version: Mapped[int] = mapped_column(Integer)
    grade_before: Mapped[str] = mapped_column(String(4))
    grade_after: Mapped[str] = mapped_column(String(4))
    route_before: Mapped[str] = mapped_column(String(32))
    route_after: Mapped[str] = mapped_column(String(32))
    rule_before: Mapped[str | None] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(String(200))
    print_job_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("print_jobs.id"))
    # What routed the unit after the change: a rule of the version active at that moment, or
    # "override" when the supervisor chose the route (then no version).
    rule_after: Mapped[str | None] = mapped_column(String(40))
    rule_version_id: Mapped[int | None] = mapped_column(ForeignKey("rule_versions.id"))
