"""Print jobs: each label on its way to a printer, until it is confirmed."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow

# queued → sending → sent → confirmed; "unknown" when the connection broke after the label
# left (the bench asks whether it printed); "failed" when the label cannot be made at all.
PRINT_STATES = ("queued", "sending", "sent", "unknown", "confirmed", "failed")
PRINT_KINDS = ("label", "reprint")
# States in which a job may still reach the printer: one at most per inspection.
PRINT_PENDING = ("queued", "sending", "unknown")


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
