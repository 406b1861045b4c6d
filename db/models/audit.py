"""The audit trail: audited changes, the hash chain that seals them, events awaiting a seal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow


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
