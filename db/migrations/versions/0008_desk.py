"""The supervisor's desk: overrides, history filter indexes, timeline index

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

HISTORY_INDEXED = ("bench", "operator", "grade", "route", "category", "sku")
OVERRIDDEN = sa.text("override_count > 0")
EXTRA_LABEL = sa.text("reason IS NOT NULL")


def upgrade() -> None:
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("override_count", sa.Integer(), server_default=sa.text("0"), nullable=False)
        )
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        for column in HISTORY_INDEXED:
            batch_op.create_index(
                f"ix_inspections_history_{column}", [column, "finished_at"], unique=False
            )
        batch_op.create_index(
            "ix_inspections_history_overridden",
            ["finished_at"],
            unique=False,
            postgresql_where=OVERRIDDEN,
            sqlite_where=OVERRIDDEN,
        )
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.create_index("ix_expected_returns_reason", ["reason"], unique=False)
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_print_jobs_extra_by_time",
            ["created_at"],
            unique=False,
            postgresql_where=EXTRA_LABEL,
            sqlite_where=EXTRA_LABEL,
        )

    op.create_table(
        "overrides",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("bench", sa.String(length=40), nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("seen_version", sa.Integer(), nullable=False),
        sa.Column("grade_before", sa.String(length=4), nullable=False),
        sa.Column("grade_after", sa.String(length=4), nullable=False),
        sa.Column("route_before", sa.String(length=32), nullable=False),
        sa.Column("route_after", sa.String(length=32), nullable=False),
        sa.Column("rule_before", sa.String(length=40), nullable=True),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("print_job_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspections.id"],
            name=op.f("fk_overrides_inspection_id_inspections"),
        ),
        sa.ForeignKeyConstraint(
            ["print_job_id"], ["print_jobs.id"], name=op.f("fk_overrides_print_job_id_print_jobs")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overrides")),
    )
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_overrides_inspection_id"), ["inspection_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("overrides", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_overrides_inspection_id"))
    op.drop_table("overrides")
    with op.batch_alter_table("print_jobs", schema=None) as batch_op:
        batch_op.drop_index("ix_print_jobs_extra_by_time")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_entity")
    with op.batch_alter_table("expected_returns", schema=None) as batch_op:
        batch_op.drop_index("ix_expected_returns_reason")
    with op.batch_alter_table("inspections", schema=None) as batch_op:
        batch_op.drop_index("ix_inspections_history_overridden")
        for column in HISTORY_INDEXED:
            batch_op.drop_index(f"ix_inspections_history_{column}")
        batch_op.drop_column("override_count")
