"""Users who sign in with badge and PIN; the audit trail as a hash chain

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27

Audit rows written before this revision are sealed into the chain in their id order.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.audit_chain import GENESIS, link_hash
from db.types import UTCDateTime

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SEALED_BY = "upgrade 0003"


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
    op.create_table(
        "audit_chain",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("sealed_by", sa.String(length=40), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["audit_events.id"],
            name=op.f("fk_audit_chain_event_id_audit_events"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_chain")),
        sa.UniqueConstraint("event_id", name=op.f("uq_audit_chain_event_id")),
    )
    op.create_table(
        "audit_pending",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["audit_events.id"],
            name=op.f("fk_audit_pending_event_id_audit_events"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_audit_pending")),
    )
    _seal_existing_events()


def _seal_existing_events() -> None:
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
    )
    chain = sa.table(
        "audit_chain",
        sa.column("seq", sa.Integer),
        sa.column("event_id", sa.Integer),
        sa.column("sealed_by", sa.String),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    conn = op.get_bind()
    prev = GENESIS
    links = []
    rows = conn.execute(sa.select(events).order_by(events.c.id)).mappings()
    for seq, row in enumerate(rows, start=1):
        digest = link_hash(dict(row), seq=seq, sealed_by=SEALED_BY, prev_hash=prev)
        links.append(
            {"seq": seq, "event_id": row["id"], "sealed_by": SEALED_BY, "prev_hash": prev, "hash": digest}
        )
        prev = digest
    if links:
        conn.execute(sa.insert(chain), links)


def downgrade() -> None:
    op.drop_table("audit_pending")
    op.drop_table("audit_chain")
    op.drop_table("users")
