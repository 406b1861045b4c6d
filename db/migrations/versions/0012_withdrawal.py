"""Withdrawal: the notice's instant, zone, channel and acknowledgement, proof of sending, whether
the consumer was informed, delivery costs; deductions refused and delivery refunded; the defect a
photo shows

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNELS = "('button', 'email', 'letter', 'phone')"
PROOFS = "('drop-off', 'first-scan')"


def upgrade() -> None:
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("withdrawal_notified_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("withdrawal_zone", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("withdrawal_channel", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("withdrawal_ack_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("sent_zone", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("sent_proof", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("consumer_informed", sa.Boolean(), nullable=True))
        batch_op.add_column(
            sa.Column("delivery_paid", sa.Numeric(precision=12, scale=2), nullable=True)
        )
        batch_op.add_column(
            sa.Column("delivery_cheapest", sa.Numeric(precision=12, scale=2), nullable=True)
        )
        batch_op.create_check_constraint(
            "withdrawal_channel",
            f"withdrawal_channel IS NULL OR withdrawal_channel IN {CHANNELS}",
        )
        batch_op.create_check_constraint(
            "sent_proof", f"sent_proof IS NULL OR sent_proof IN {PROOFS}"
        )
        batch_op.create_check_constraint(
            "delivery_costs",
            "delivery_paid >= 0 AND delivery_cheapest >= 0 AND delivery_cheapest <= delivery_paid",
        )
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        # Existing rows have no refused deduction: the server default fills them, then goes.
        batch_op.add_column(
            sa.Column("refused_deductions", sa.JSON(), nullable=False, server_default="[]")
        )
        batch_op.add_column(
            sa.Column("delivery_refund", sa.Numeric(precision=12, scale=2), nullable=True)
        )
        batch_op.add_column(sa.Column("notice_on", sa.Date(), nullable=True))
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.alter_column("refused_deductions", server_default=None)
        batch_op.create_index(
            "ix_recommendations_status_notice", ["status", "notice_on", "created_at"], unique=False
        )
    # Recommendations made before: the notice day of their return.
    op.execute(
        "UPDATE recommendations SET notice_on = (SELECT er.withdrawal_notified_on "
        "FROM inspections i JOIN expected_returns er ON er.id = i.expected_return_id "
        "WHERE i.id = recommendations.inspection_id)"
    )
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.add_column(sa.Column("defect", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("photos", schema=None) as batch_op:
        batch_op.drop_column("defect")
    with op.batch_alter_table("recommendations", schema=None) as batch_op:
        batch_op.drop_index("ix_recommendations_status_notice")
        batch_op.drop_column("notice_on")
        batch_op.drop_column("delivery_refund")
        batch_op.drop_column("refused_deductions")
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.drop_constraint("delivery_costs", type_="check")
        batch_op.drop_constraint("sent_proof", type_="check")
        batch_op.drop_constraint("withdrawal_channel", type_="check")
        for column in (
            "delivery_cheapest",
            "delivery_paid",
            "consumer_informed",
            "sent_proof",
            "sent_zone",
            "sent_at",
            "withdrawal_ack_id",
            "withdrawal_channel",
            "withdrawal_zone",
            "withdrawal_notified_at",
        ):
            batch_op.drop_column(column)
