"""The tables, one module per aggregate over the declarative base in ``base``; they may import
``db.types`` and ``db.models.base`` only, and name another aggregate's table by string. Importing
any of them runs this file, which imports them all, so ``Base.metadata`` always holds every table
(Alembic and ``row_counts`` read it whole)."""

from db.models import (  # noqa: F401
    audit,
    grading,
    inspections,
    offline,
    outbox,
    people,
    printing,
    returns,
)
