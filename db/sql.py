"""Time arithmetic in SQL that reads the same on SQLite and PostgreSQL.

SQLite keeps timestamps as ISO text and has no interval type; PostgreSQL subtracts timestamps
into intervals. These constructs compile to each dialect's own form, so aggregates over time
(seconds per unit, units per hour) run in the database on both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Integer, Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ColumnElement, FunctionElement

Expr = ColumnElement[Any] | InstrumentedAttribute[Any]


class whole_hours_between(FunctionElement[int]):  # noqa: N801 - reads as a SQL function
    """Whole hours from ``earlier`` to ``later`` (rounded down; ``later >= earlier``)."""

    type = Integer()
    name = "whole_hours_between"
    inherit_cache = True

    def __init__(self, later: Expr, earlier: Expr) -> None:
        super().__init__(later, earlier)


def _args(element: FunctionElement[Any], compiler: SQLCompiler, **kw: Any) -> list[str]:
    return [compiler.process(arg, **kw) for arg in element.clauses]


@compiles(whole_hours_between, "sqlite")
def _hours_sqlite(element: whole_hours_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    # CAST truncates toward zero, which is rounding down for a non-negative span.
    return f"CAST((julianday({later}) - julianday({earlier})) * 24 AS INTEGER)"


@compiles(whole_hours_between, "postgresql")
def _hours_pg(element: whole_hours_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"CAST(FLOOR(EXTRACT(EPOCH FROM ({later} - {earlier})) / 3600) AS INTEGER)"


class microseconds_between(FunctionElement[int]):  # noqa: N801
    """``later - earlier`` in whole microseconds, exactly (an integer: no float rounding).

    SQLite: the stored text ``YYYY-MM-DD HH:MM:SS.ffffff`` (SQLAlchemy's format, always with
    six digits) as whole epoch seconds (``strftime('%s')``) and the microsecond digits.
    """

    type = BigInteger()
    name = "microseconds_between"
    inherit_cache = True

    def __init__(self, later: Expr, earlier: Expr) -> None:
        super().__init__(later, earlier)


class joined_integers(FunctionElement[str]):  # noqa: N801
    """An aggregate: the group's integers as one comma-separated text, in no set order."""

    type = Text()
    name = "joined_integers"
    inherit_cache = True

    def __init__(self, value: Expr) -> None:
        super().__init__(value)


@compiles(microseconds_between, "sqlite")
def _micro_sqlite(element: microseconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return (
        f"((CAST(strftime('%s', {later}) AS INTEGER) - CAST(strftime('%s', {earlier}) AS INTEGER))"
        f" * 1000000 + CAST(substr({later}, 21, 6) AS INTEGER)"
        f" - CAST(substr({earlier}, 21, 6) AS INTEGER))"
    )


@compiles(microseconds_between, "postgresql")
def _micro_pg(element: microseconds_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = _args(element, compiler, **kw)
    return f"CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) * 1000000 AS BIGINT)"


@compiles(joined_integers, "sqlite")
def _joined_sqlite(element: joined_integers, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = _args(element, compiler, **kw)
    return f"group_concat({value}, ',')"


@compiles(joined_integers, "postgresql")
def _joined_pg(element: joined_integers, compiler: SQLCompiler, **kw: Any) -> str:
    (value,) = _args(element, compiler, **kw)
    return f"string_agg(CAST({value} AS TEXT), ',')"
