"""The outbox: events written with the change they tell of, their deliveries to the shop
connectors, and the returns pulled in from a shop

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shop_cursors",
        sa.Column("connector", sa.String(length=40), nullable=False),
        sa.Column("cursor", sa.String(length=400), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("connector", name=op.f("pk_shop_cursors")),
    )
    op.create_table(
        "outbox_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("idempotency_key", sa.String(length=120), nullable=False),
        sa.Column("lpn", sa.String(length=20), nullable=True),
        sa.Column("inspection_id", sa.Uuid(), nullable=True),
        sa.Column("expected_return_id", sa.Integer(), nullable=True),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("bench", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.CheckConstraint(
            "kind IN ('unit.finished', 'unit.overridden', 'recommendation.decided', 'parcel.unexpected', 'quarantine.placed', 'return.decided')",
            name=op.f("ck_outbox_events_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["expected_return_id"],
            ["expected_returns.id"],
            name=op.f("fk_outbox_events_expected_return_id_expected_returns"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_events")),
        sa.UniqueConstraint("event_id", name=op.f("uq_outbox_events_event_id")),
        sa.UniqueConstraint("idempotency_key", name=op.f("uq_outbox_events_idempotency_key")),
    )
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outbox_events_expected_return_id"), ["expected_return_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_outbox_events_inspection_id"), ["inspection_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_outbox_events_lpn"), ["lpn"], unique=False)

    op.create_table(
        "shop_returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expected_return_id", sa.Integer(), nullable=False),
        sa.Column("connector", sa.String(length=40), nullable=False),
        sa.Column("shop_return_id", sa.String(length=120), nullable=False),
        sa.Column("shop_order_id", sa.String(length=120), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("pulled_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["expected_return_id"],
            ["expected_returns.id"],
            name=op.f("fk_shop_returns_expected_return_id_expected_returns"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_returns")),
        sa.UniqueConstraint("connector", "shop_return_id", name=op.f("uq_shop_returns_connector")),
        sa.UniqueConstraint("expected_return_id", name=op.f("uq_shop_returns_expected_return_id")),
    )
    op.create_table(
        "outbox_deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("connector", sa.String(length=40), nullable=False),
        sa.Column("order_key", sa.String(length=120), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("lease_until", UTCDateTime(timezone=True), nullable=True),
        sa.Column("claimed_by", sa.String(length=120), nullable=True),
        sa.Column("last_status", sa.Integer(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_attempt_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("delivered_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("receipt", sa.JSON(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'delivering', 'delivered', 'dead', 'skipped')",
            name=op.f("ck_outbox_deliveries_state"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["outbox_events.id"],
            name=op.f("fk_outbox_deliveries_event_id_outbox_events"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_deliveries")),
        sa.UniqueConstraint("event_id", "connector", name=op.f("uq_outbox_deliveries_event_id")),
    )
    with op.batch_alter_table("outbox_deliveries", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_deliveries_order", ["connector", "order_key", "event_id"], unique=False
        )
        batch_op.create_index(
            "ix_outbox_deliveries_state_due", ["state", "next_attempt_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox_deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_deliveries_state_due")
        batch_op.drop_index("ix_outbox_deliveries_order")

    op.drop_table("outbox_deliveries")
    op.drop_table("shop_returns")
    with op.batch_alter_table("outbox_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_events_lpn"))
        batch_op.drop_index(batch_op.f("ix_outbox_events_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_outbox_events_expected_return_id"))

    op.drop_table("outbox_events")
    op.drop_table("shop_cursors")
