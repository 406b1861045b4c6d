"""Offline benches: the units sent after an outage that did not fit (offline_conflicts)

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "offline_conflicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("bench", sa.String(length=40), nullable=False),
        sa.Column("operator", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("lpn", sa.String(length=20), nullable=False),
        sa.Column("rma", sa.String(length=40), nullable=True),
        sa.Column("other_bench", sa.String(length=40), nullable=True),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("resolved_by", sa.String(length=80), nullable=True),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('claimed_elsewhere', 'received_elsewhere', 'decided_differently')",
            name=op.f("ck_offline_conflicts_kind"),
        ),
        sa.CheckConstraint(
            "state IN ('open', 'dismissed')", name=op.f("ck_offline_conflicts_state")
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_offline_conflicts_inspection_id_inspections"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offline_conflicts")),
    )
    op.create_index(
        "ix_offline_conflicts_state_at", "offline_conflicts", ["state", "at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_offline_conflicts_state_at", table_name="offline_conflicts")
    op.drop_table("offline_conflicts")
