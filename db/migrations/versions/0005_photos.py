"""Photos: shot type, quality figures, decoded barcode, purge mark, index by time taken;
inspections: the required photos a unit was finished without, and why

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.types import TypeEngine

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS: tuple[tuple[str, TypeEngine[Any]], ...] = (
    ("shot", sa.String(length=32)),
    ("sharpness", sa.Float()),
    ("brightness", sa.Float()),
    ("clipped_pct", sa.Float()),
    ("dark_pct", sa.Float()),
    ("quality_issues", sa.String(length=300)),
    ("code_format", sa.String(length=32)),
    ("code_text", sa.String(length=200)),
    ("purged_at", sa.DateTime(timezone=True)),
)
INSPECTION_COLUMNS: tuple[tuple[str, TypeEngine[Any]], ...] = (
    ("shots_missing", sa.String(length=300)),
    ("shots_missing_reason", sa.String(length=300)),
)


def upgrade() -> None:
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        for name, kind in INSPECTION_COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
    with op.batch_alter_table("photos", schema=None) as batch_op:
        for name, kind in COLUMNS:
            batch_op.add_column(sa.Column(name, kind, nullable=True))
        batch_op.create_index(batch_op.f("ix_photos_taken_at"), ["taken_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_photos_taken_at"))
        for name, _kind in reversed(COLUMNS):
            batch_op.drop_column(name)
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        for name, _kind in reversed(INSPECTION_COLUMNS):
            batch_op.drop_column(name)
