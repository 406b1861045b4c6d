"""Alembic environment: runs on the connection the station hands over."""

from __future__ import annotations

from alembic import context

from db.models.base import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the station always passes its connection
    raise RuntimeError("run migrations through db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
