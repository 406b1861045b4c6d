"""Users who sign in with badge and PIN; the audit trail as a hash chain

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27

Audit rows written before this revision are numbered 1, 2, 3 … in their old order and
chained as they stand.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.audit_chain import GENESIS, row_hash
from db.types import UTCDateTime

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("badge", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("pepper_id", sa.String(length=16), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "role IN ('operator', 'supervisor', 'admin')", name=op.f("ck_users_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("badge", name=op.f("uq_users_badge")),
        sa.UniqueConstraint("name", name=op.f("uq_users_name")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_rows()
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)


def _chain_existing_rows() -> None:
    events = sa.table(
        "audit_events",
        sa.column("id", sa.Integer),
        sa.column("at", UTCDateTime),
        sa.column("bench", sa.String),
        sa.column("actor", sa.String),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.String),
        sa.column("detail", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    conn = op.get_bind()
    rows = conn.execute(sa.select(events).order_by(events.c.id)).mappings().all()
    prev = GENESIS
    # New ids never exceed old ones and earlier rows already moved below, so no clash.
    for position, row in enumerate(rows, start=1):
        columns = {
            name: row[name]
            for name in ("at", "bench", "actor", "action", "entity", "entity_id", "detail")
        }
        digest = row_hash(id=position, prev_hash=prev, **columns)
        conn.execute(
            events.update()
            .where(events.c.id == row["id"])
            .values(id=position, prev_hash=prev, hash=digest)
        )
        prev = digest


def downgrade() -> None:
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
    op.drop_table("users")
