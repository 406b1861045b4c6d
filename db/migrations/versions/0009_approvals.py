"""Approvals: what decided an override's route, and by which rule version

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rule_after", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("rule_version_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_overrides_rule_version_id_rule_versions"),
            "rule_versions",
            ["rule_version_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_overrides_rule_version_id_rule_versions"), type_="foreignkey"
        )
        batch_op.drop_column("rule_version_id")
        batch_op.drop_column("rule_after")
