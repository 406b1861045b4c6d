"""The people who sign in at a station."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base
from db.types import UTCDateTime, utcnow

ROLES = ("operator", "supervisor", "admin")


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
