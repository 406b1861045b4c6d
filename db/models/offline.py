"""What a bench sent after working without the shared database, and did not fit.

A bench that worked offline sends its units in order when the database is back; a unit whose
parcel another bench took (or received in full) meanwhile, or whose label the database would
route differently, is never merged silently: it is recorded here for a supervisor.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, Integer, String, Uuid
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow

CONFLICT_KINDS = ("claimed_elsewhere", "received_elsewhere", "decided_differently")
CONFLICT_STATES = ("open", "dismissed")


class OfflineConflict(Base):
    """One unit a bench finished offline that did not fit what the database knew by then.

    ``id`` is the unit's inspection id as the bench made it, so sending it again records
    nothing new. ``inspection_id`` is the unit as the database holds it now (in quarantine,
    for a parcel another bench took), or None when nothing could be recorded.
    """

    __tablename__ = "offline_conflicts"
    __table_args__ = (
        CheckConstraint(f"kind IN {CONFLICT_KINDS}", name="kind"),
        CheckConstraint(f"state IN {CONFLICT_STATES}", name="state"),
        Index("ix_offline_conflicts_state_at", "state", "at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    bench: Mapped[str] = mapped_column(String(40))
    operator: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(32))
    lpn: Mapped[str] = mapped_column(String(20))
    rma: Mapped[str | None] = mapped_column(String(40))
    other_bench: Mapped[str | None] = mapped_column(String(40))
    inspection_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("inspections.id"))
    # What the bench decided and printed offline: grade, route, rule, tote, finished_at,
    # photos, receipt; and what the database decided, when it differs.
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(16), default="open")
    resolved_by: Mapped[str | None] = mapped_column(String(80))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
