"""Identify parcels by serial number and customer e-mail; quarantine for unexpected returns

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("expected_return_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("serial_number", sa.String(length=40), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_expected_return_lines_serial_number"), ["serial_number"], unique=False
        )
    # Addresses are matched lower-case from now on; the index serves the look-up.
    op.execute(
        "UPDATE expected_returns SET customer_email = lower(customer_email) "
        "WHERE customer_email IS NOT NULL"
    )
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expected_returns_customer_email"), ["customer_email"], unique=False
        )
    op.create_table(
        "unexpected_returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lpn", sa.String(length=20), nullable=False),
        sa.Column("scanned_code", sa.String(length=100), nullable=False),
        sa.Column("reading", sa.String(length=200), nullable=False),
        sa.Column("carrier", sa.String(length=80), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("bench", sa.String(length=40), nullable=False),
        sa.Column("operator", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("expected_return_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=80), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state IN ('waiting', 'attached', 'created')",
            name=op.f("ck_unexpected_returns_state"),
        ),
        sa.ForeignKeyConstraint(
            ["expected_return_id"],
            ["expected_returns.id"],
            name=op.f("fk_unexpected_returns_expected_return_id_expected_returns"),
        ),
        sa.ForeignKeyConstraint(
            ["lpn"], ["units.lpn"], name=op.f("fk_unexpected_returns_lpn_units")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unexpected_returns")),
        sa.UniqueConstraint("lpn", name=op.f("uq_unexpected_returns_lpn")),
    )
    with op.batch_alter_table("unexpected_returns", schema=None) as batch_op:
        batch_op.create_index(
            "ix_unexpected_returns_state_received", ["state", "received_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("unexpected_returns", schema=None) as batch_op:
        batch_op.drop_index("ix_unexpected_returns_state_received")
    op.drop_table("unexpected_returns")
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expected_returns_customer_email"))
    with op.batch_alter_table("expected_return_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expected_return_lines_serial_number"))
        batch_op.drop_column("serial_number")
