"""Index the returns still waiting, by delivery date, for product-code look-ups

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WAITING = sa.text("status <> 'received'")


def upgrade() -> None:
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.create_index(
            "ix_expected_returns_waiting_by_delivery",
            ["delivered_on"],
            unique=False,
            postgresql_where=WAITING,
            sqlite_where=WAITING,
        )


def downgrade() -> None:
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.drop_index("ix_expected_returns_waiting_by_delivery")
