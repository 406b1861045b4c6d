"""Print jobs: outcome unknown, confirmation, reprints, backoff

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATES = "state IN ('queued', 'sending', 'sent', 'unknown', 'confirmed', 'failed')"
OLD_STATES = "state IN ('queued', 'sent', 'failed')"
PENDING = sa.text("state IN ('queued', 'sending', 'unknown')")


def upgrade() -> None:
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_print_jobs_state"), type_="check")
        batch_op.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="label")
        )
        batch_op.add_column(
            sa.Column("requested_by", sa.String(length=80), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("next_attempt_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_at", UTCDateTime(), nullable=True))
        batch_op.add_column(sa.Column("confirmed_how", sa.String(length=16), nullable=True))
        batch_op.create_check_constraint("state", STATES)
        batch_op.create_check_constraint("kind", "kind IN ('label', 'reprint')")
        batch_op.create_index(
            "ix_print_jobs_one_pending_per_inspection",
            ["inspection_id"],
            unique=True,
            postgresql_where=PENDING,
            sqlite_where=PENDING,
        )
    # The defaults only filled the rows already there; the station always sets both.
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.alter_column("kind", server_default=None)
        batch_op.alter_column("requested_by", server_default=None)


def downgrade() -> None:
    op.execute("UPDATE print_jobs SET state = 'sent' WHERE state IN ('sending', 'unknown', 'confirmed')")
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_print_jobs_one_pending_per_inspection")
        batch_op.drop_constraint(batch_op.f("ck_print_jobs_kind"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_print_jobs_state"), type_="check")
        batch_op.drop_column("confirmed_how")
        batch_op.drop_column("confirmed_at")
        batch_op.drop_column("next_attempt_at")
        batch_op.drop_column("requested_by")
        batch_op.drop_column("kind")
        batch_op.create_check_constraint("state", OLD_STATES)
