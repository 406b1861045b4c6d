"""What the worker sees: the wrong item that came back, and the customer's name

Revision ID: 0013
Revises: 0011
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("unit_assessments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actual_code", sa.String(length=14), nullable=True))
        batch_op.add_column(sa.Column("actual_sku", sa.String(length=40), nullable=True))
        batch_op.add_column(
            sa.Column("actual_description", sa.String(length=200), nullable=True)
        )
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("customer_name", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.drop_column("customer_name")
    with op.batch_alter_table("unit_assessments", schema=None) as batch_op:
        batch_op.drop_column("actual_description")
        batch_op.drop_column("actual_sku")
        batch_op.drop_column("actual_code")
