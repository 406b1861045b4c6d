"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 11:34:02.473564
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('audit_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('bench', sa.String(length=40), nullable=False),
    sa.Column('actor', sa.String(length=80), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_events'))
    )
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_events_at'), ['at'], unique=False)

    op.create_table('expected_returns',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('rma', sa.String(length=40), nullable=False),
    sa.Column('order_number', sa.String(length=40), nullable=False),
    sa.Column('tracking_number', sa.String(length=40), nullable=True),
    sa.Column('carrier', sa.String(length=40), nullable=True),
    sa.Column('customer_email', sa.String(length=254), nullable=True),
    sa.Column('return_type', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('claimed_by_bench', sa.String(length=40), nullable=True),
    sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint("return_type IN ('refund', 'exchange', 'warranty')", name=op.f('ck_expected_returns_return_type')),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'received')", name=op.f('ck_expected_returns_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expected_returns')),
    sa.UniqueConstraint('rma', name=op.f('uq_expected_returns_rma'))
    )
    with op.batch_alter_table('expected_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expected_returns_order_number'), ['order_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_expected_returns_tracking_number'), ['tracking_number'], unique=False)

    op.create_table('expected_return_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('expected_return_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=False),
    sa.Column('ean', sa.String(length=14), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['expected_return_id'], ['expected_returns.id'], name=op.f('fk_expected_return_lines_expected_return_id_expected_returns')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_expected_return_lines')),
    sa.UniqueConstraint('expected_return_id', 'line_no', name=op.f('uq_expected_return_lines_expected_return_id'))
    )
    with op.batch_alter_table('expected_return_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expected_return_lines_ean'), ['ean'], unique=False)

    op.create_table('units',
    sa.Column('lpn', sa.String(length=20), nullable=False),
    sa.Column('expected_return_id', sa.Integer(), nullable=True),
    sa.Column('line_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_bench', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['expected_return_id'], ['expected_returns.id'], name=op.f('fk_units_expected_return_id_expected_returns')),
    sa.ForeignKeyConstraint(['line_id'], ['expected_return_lines.id'], name=op.f('fk_units_line_id_expected_return_lines')),
    sa.PrimaryKeyConstraint('lpn', name=op.f('pk_units'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_expected_return_id'), ['expected_return_id'], unique=False)

    op.create_table('inspections',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('lpn', sa.String(length=20), nullable=False),
    sa.Column('expected_return_id', sa.Integer(), nullable=True),
    sa.Column('scanned_code', sa.String(length=100), nullable=False),
    sa.Column('unexpected', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('bench', sa.String(length=40), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.Column('sku', sa.String(length=40), nullable=True),
    sa.Column('category', sa.String(length=40), nullable=True),
    sa.Column('description', sa.String(length=200), nullable=True),
    sa.Column('value', sa.Numeric(precision=12, scale=2), nullable=True),
    sa.Column('grade', sa.String(length=4), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('route', sa.String(length=32), nullable=True),
    sa.Column('rule_id', sa.String(length=40), nullable=True),
    sa.Column('rules_version', sa.String(length=64), nullable=True),
    sa.Column('rule_explanation', sa.String(length=300), nullable=True),
    sa.CheckConstraint("status IN ('open', 'finished', 'cancelled')", name=op.f('ck_inspections_status')),
    sa.ForeignKeyConstraint(['expected_return_id'], ['expected_returns.id'], name=op.f('fk_inspections_expected_return_id_expected_returns')),
    sa.ForeignKeyConstraint(['lpn'], ['units.lpn'], name=op.f('fk_inspections_lpn_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inspections'))
    )
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.create_index('ix_inspections_bench_status', ['bench', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_expected_return_id'), ['expected_return_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_finished_at'), ['finished_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_inspections_lpn'), ['lpn'], unique=False)

    op.create_table('photos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('inspection_id', sa.Uuid(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('width', sa.Integer(), nullable=False),
    sa.Column('height', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('original_name', sa.String(length=255), nullable=True),
    sa.Column('taken_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('bench', sa.String(length=40), nullable=False),
    sa.Column('operator', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_photos_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_photos')),
    sa.UniqueConstraint('inspection_id', 'sha256', name=op.f('uq_photos_inspection_id'))
    )
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_photos_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_photos_sha256'), ['sha256'], unique=False)

    op.create_table('print_jobs',
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('inspection_id', sa.Uuid(), nullable=False),
    sa.Column('bench', sa.String(length=40), nullable=False),
    sa.Column('printer', sa.String(length=200), nullable=False),
    sa.Column('stock', sa.String(length=16), nullable=False),
    sa.Column('dpi', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.String(length=500), nullable=True),
    sa.Column('output', sa.String(length=500), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
    sa.CheckConstraint("state IN ('queued', 'sent', 'failed')", name=op.f('ck_print_jobs_state')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspections.id'], name=op.f('fk_print_jobs_inspection_id_inspections')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_jobs'))
    )
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.create_index('ix_print_jobs_bench_state', ['bench', 'state'], unique=False)
        batch_op.create_index(batch_op.f('ix_print_jobs_inspection_id'), ['inspection_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('print_jobs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_print_jobs_inspection_id'))
        batch_op.drop_index('ix_print_jobs_bench_state')

    op.drop_table('print_jobs')
    with op.batch_alter_table('photos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_photos_sha256'))
        batch_op.drop_index(batch_op.f('ix_photos_inspection_id'))

    op.drop_table('photos')
    with op.batch_alter_table('inspections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inspections_lpn'))
        batch_op.drop_index(batch_op.f('ix_inspections_finished_at'))
        batch_op.drop_index(batch_op.f('ix_inspections_expected_return_id'))
        batch_op.drop_index('ix_inspections_bench_status')

    op.drop_table('inspections')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_expected_return_id'))

    op.drop_table('units')
    with op.batch_alter_table('expected_return_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expected_return_lines_ean'))

    op.drop_table('expected_return_lines')
    with op.batch_alter_table('expected_returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expected_returns_tracking_number'))
        batch_op.drop_index(batch_op.f('ix_expected_returns_order_number'))

    op.drop_table('expected_returns')
    with op.batch_alter_table('audit_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_events_at'))

    op.drop_table('audit_events')
