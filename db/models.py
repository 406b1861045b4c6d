"""SQLAlchemy 2 typed models.

Identifiers that a bench creates itself (inspections, print jobs) are client-made UUIDs, so a
replayed write never duplicates a row. Rows that a supervisor may change carry a version
counter: an update made on stale data fails instead of silently winning.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.types import UTCDateTime, utcnow

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

RETURN_TYPES = ("refund", "exchange", "warranty")
RETURN_STATUSES = ("open", "in_progress", "received")
INSPECTION_STATUSES = ("open", "finished", "cancelled")
# queued → sending → sent → confirmed; "unknown" when the connection broke after the label
# left (the bench asks whether it printed); "failed" when the label cannot be made at all.
PRINT_STATES = ("queued", "sending", "sent", "unknown", "confirmed", "failed")
PRINT_KINDS = ("label", "reprint")
# States in which a job may still reach the printer: one at most per inspection.
PRINT_PENDING = ("queued", "sending", "unknown")
QUARANTINE_STATES = ("waiting", "attached", "created")
ROLES = ("operator", "supervisor", "admin")
# Columns of ``inspections`` the desk's history filters on (one index each, with finish time).
HISTORY_INDEXED = ("bench", "operator", "grade", "route", "category", "sku")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


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
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    rma: Mapped[str] = mapped_column(String(40), unique=True)
    order_number: Mapped[str] = mapped_column(String(40), index=True)
    tracking_number: Mapped[str | None] = mapped_column(String(40), index=True)
    carrier: Mapped[str | None] = mapped_column(String(40))
    # Stored lower-case, so an address typed at the bench is found through the index.
    customer_email: Mapped[str | None] = mapped_column(String(254), index=True)
    return_type: Mapped[str] = mapped_column(String(16), default="refund")
    reason: Mapped[str] = mapped_column(String(200), default="")
    delivered_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="open")
    claimed_by_bench: Mapped[str | None] = mapped_column(String(40))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The customer's notice of withdrawal: the refund is due a fixed number of days after it.
    withdrawal_notified_on: Mapped[date | None] = mapped_column(Date)

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
    # Retention: the file is gone, the record that it existed stays.
    purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PrintJob(Base):
    """A label on its way to a printer. A job is never lost: it stays queued until sent, and
    is never sent twice unless someone asks for it (a reprint, or "it did not print")."""

    __tablename__ = "print_jobs"
    __table_args__ = (
        CheckConstraint(f"state IN {PRINT_STATES}", name="state"),
        CheckConstraint(f"kind IN {PRINT_KINDS}", name="kind"),
        Index("ix_print_jobs_bench_state", "bench", "state"),
        # Two labels for one unit on their way at once would be a duplicate in the making.
        Index(
            "ix_print_jobs_one_pending_per_inspection",
            "inspection_id",
            unique=True,
            postgresql_where=text(f"state IN {PRINT_PENDING}"),
            sqlite_where=text(f"state IN {PRINT_PENDING}"),
        ),
        # Reprints and override labels (the jobs with a reason) by time, for the desk's costs.
        Index(
            "ix_print_jobs_extra_by_time",
            "created_at",
            postgresql_where=text("reason IS NOT NULL"),
            sqlite_where=text("reason IS NOT NULL"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    inspection_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inspections.id"), index=True)
    bench: Mapped[str] = mapped_column(String(40))
    printer: Mapped[str] = mapped_column(String(200))
    stock: Mapped[str] = mapped_column(String(16))
    dpi: Mapped[int] = mapped_column(Integer)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(500))
    output: Mapped[str | None] = mapped_column(String(500))
    reason: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(16), default="label")
    requested_by: Mapped[str] = mapped_column(String(80), default="")
    # Backoff: the queue leaves the job alone until then (None: send at the next chance).
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    confirmed_how: Mapped[str | None] = mapped_column(String(16))  # "scan" or "answer"


class AuditEvent(Base):
    """One audited change. Each row is sealed into the hash chain (``AuditSeal``) in the
    transaction that writes it (SQLite) or just after its commit (PostgreSQL)."""

    __tablename__ = "audit_events"
    # A unit's timeline on the desk: every event of one entity.
    __table_args__ = (Index("ix_audit_events_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    bench: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class AuditSeal(Base):
    """A link of the audit chain: ``hash`` covers the event's content, this link's place
    (``seq``, 1, 2, 3 … without gaps), who sealed it and the previous link's hash."""

    __tablename__ = "audit_chain"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), unique=True)
    sealed_by: Mapped[str] = mapped_column(String(40))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditPending(Base):
    """Events committed but not sealed yet (PostgreSQL): the sealer's work queue."""

    __tablename__ = "audit_pending"

    event_id: Mapped[int] = mapped_column(ForeignKey("audit_events.id"), primary_key=True)


class User(Base):
    """A person who signs in at a station with a badge and a PIN.

    Users are disabled, never deleted: audit rows and inspections keep their names.
    """

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(f"role IN {ROLES}", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    badge: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    # Argon2id of HMAC-SHA256(pepper, PIN); the pepper lives outside the database.
    pin_hash: Mapped[str] = mapped_column(String(200))
    # Which pepper the PIN was hashed with (a fingerprint, not the pepper): a bench holding
    # another pepper file is told so instead of counting wrong PINs.
    pepper_id: Mapped[str] = mapped_column(String(16))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


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


# Grading, rule versions, recommendations and the catalogue live in their own module; importing
# it here puts their tables on the same metadata.
import db.grading_models  # noqa: E402, F401
