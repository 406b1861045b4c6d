"""Grading: rule versions, unit assessments, recommendations, catalogue, withdrawal notice

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 06:51:04.342056
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('catalogue_items',
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('vendor', sa.String(length=80), nullable=True),
    sa.Column('return_to_vendor', sa.Boolean(), nullable=False),
    sa.Column('recall', sa.Boolean(), nullable=False),
    sa.Column('hazmat', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_catalogue_items'))
    )
    op.create_table('rule_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('rule_count', sa.Integer(), nullable=False),
    sa.Column('loaded_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('loaded_by', sa.String(length=80), nullable=False),
    sa.Column('bench', sa.String(length=40), nullable=False),
    sa.Column('activated_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('activated_by', sa.String(length=80), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rule_versions')),
    sa.UniqueConstraint('sha256', name=op.f('uq_rule_versions_sha256'))
    )
    with op.batch_alter_table('rule_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rule_versions_activated_at'), ['activated_at'], unique=False)

    op.create_table('recommendations',
    sa.Column('inspection_id', sa.Uuid(), nullable=False),
    sa.Column('return_type', sa.String(length=16), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('fallback', sa.Boolean(), nullable=False),
    sa.Column('refund_amount', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('deduction_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('deductions', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('photos', sa.JSON(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('approval_reasons', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=True),
    sa.Column('decision_note', sa.String(length=300), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('released', 'pending', 'approved', 'changed')", name=op.f('ck_recommendations_status')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_recommendations_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('inspection_id', name=op.f('pk_recommendations'))
    )
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.create_index('ix_recommendations_status_created', ['status', 'created_at'], unique=False)

    op.create_table('unit_assessments',
    sa.Column('inspection_id', sa.Uuid(), nullable=False),
    sa.Column('receipt', sa.String(length=16), nullable=False),
    sa.Column('grading_set', sa.String(length=40), nullable=False),
    sa.Column('defects', sa.JSON(), nullable=False),
    sa.Column('sealed', sa.Boolean(), nullable=False),
    sa.Column('computed_grade', sa.String(length=4), nullable=True),
    sa.Column('override_reason', sa.String(length=200), nullable=True),
    sa.Column('rule_version_id', sa.Integer(), nullable=True),
    sa.Column('return_type', sa.String(length=16), nullable=True),
    sa.Column('return_reason', sa.String(length=200), nullable=True),
    sa.Column('days_since_delivery', sa.Integer(), nullable=True),
    sa.Column('missing_items', sa.Integer(), nullable=False),
    sa.Column('recall', sa.Boolean(), nullable=False),
    sa.Column('hazmat', sa.Boolean(), nullable=False),
    sa.Column('return_to_vendor', sa.Boolean(), nullable=False),
    sa.CheckConstraint("receipt IN ('received', 'wrong_item', 'missing', 'empty_box')", name=op.f('ck_unit_assessments_receipt')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_unit_assessments_inspection_id_inspections')),
    sa.ForeignKeyConstraint(['rule_version_id'], ['rule_versions.id'], name=op.f('fk_unit_assessments_rule_version_id_rule_versions')),
    sa.PrimaryKeyConstraint('inspection_id', name=op.f('pk_unit_assessments'))
    )
    with op.batch_alter_table('expected_returns', schema=None) as batch_op:
        batch_op.add_column(sa.Column('withdrawal_notified_on', sa.Date(), nullable=True))

    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule_why', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('tote', sa.String(length=20), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_column('tote')
        batch_op.drop_column('rule_why')

    with op.batch_alter_table('expected_returns', schema=None) as batch_op:
        batch_op.drop_column('withdrawal_notified_on')

    op.drop_table('unit_assessments')
    with op.batch_alter_table('recommendations', schema=None) as batch_op:
        batch_op.drop_index('ix_recommendations_status_created')

    op.drop_table('recommendations')
    with op.batch_alter_table('rule_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rule_versions_activated_at'))

    op.drop_table('rule_versions')
    op.drop_table('catalogue_items')
