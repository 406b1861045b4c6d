"""Small helpers the tests share (not fixtures)."""

from __future__ import annotations

from sqlalchemy import func, select

from db.engine import Database
from db.models import Base


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table: the "nothing was written" check."""
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }
