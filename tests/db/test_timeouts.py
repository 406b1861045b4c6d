"""Timeouts on the way to the database, and which driver errors mean "out of reach"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import exc, text

from db.engine import Database
from db.outage import Outage, classify
from db.timeouts import NoAnswer, Timeouts


@pytest.mark.parametrize(("connect", "statement"), [(0, 10), (3, 0.5), (121, 10), (3, 4000)])
def test_timeouts_out_of_range_are_refused(connect: float, statement: float) -> None:
    with pytest.raises(ValueError, match="timeout must be"):
        Timeouts(connect, statement)


def test_postgres_connections_carry_every_limit() -> None:
    args = Timeouts(connect=3, statement=10).postgres_connect_args()
    assert args["connect_timeout"] == 3
    assert "statement_timeout=10000" in args["options"]
    assert "idle_in_transaction_session_timeout=60000" in args["options"]
    assert (args["keepalives"], args["tcp_user_timeout"]) == (1, 10000)
    # psycopg waits at least 2 s for a connection, whatever is asked.
    assert Timeouts(connect=1, statement=10).postgres_connect_args()["connect_timeout"] == 2


@pytest.mark.parametrize(
    ("connect", "statement", "ping"), [(3, 10, 3), (3, 4, 1), (2, 2, 0.5), (1, 10, 1)]
)
def test_a_ping_and_a_new_connection_fit_in_one_statement_timeout(
    connect: float, statement: float, ping: float
) -> None:
    assert Timeouts(connect, statement).ping == ping


def _wrapped(orig: BaseException, *, invalidated: bool = False) -> exc.DBAPIError:
    return exc.OperationalError("SELECT 1", {}, orig, connection_invalidated=invalidated)


@pytest.mark.parametrize(
    ("error", "outage"),
    [
        (_wrapped(psycopg.OperationalError("connection refused")), Outage.UNREACHABLE),
        (_wrapped(NoAnswer("the server did not answer within 10 s")), Outage.UNREACHABLE),
        (_wrapped(errors.AdminShutdown("terminating connection")), Outage.UNREACHABLE),
        (_wrapped(errors.QueryCanceled("canceling statement")), Outage.SLOW),
        (_wrapped(sqlite3.OperationalError("database is locked")), Outage.BUSY),
        (_wrapped(sqlite3.OperationalError("unable to open database file")), Outage.UNREACHABLE),
        (_wrapped(ValueError("anything"), invalidated=True), Outage.UNREACHABLE),
        (exc.TimeoutError("QueuePool limit reached"), Outage.BUSY),
        # What is not an outage stays what it is: a bug, or a refusal of the data.
        (_wrapped(sqlite3.OperationalError("no such table: units")), None),
        (_wrapped(errors.DeadlockDetected("deadlock detected")), None),
        (exc.IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE")), None),
        (RuntimeError("not a database error"), None),
    ],
)
def test_which_errors_are_outages(error: BaseException, outage: Outage | None) -> None:
    assert classify(error) is outage


def test_a_sqlite_file_held_by_another_writer_is_busy_after_the_statement_timeout(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'held.sqlite3'}"
    database = Database.from_url(url, timeouts=Timeouts(connect=2, statement=1))
    seen: list[tuple[Outage, BaseException]] = []
    database.on_outage = lambda outage, error: seen.append((outage, error))
    other = sqlite3.connect(tmp_path / "held.sqlite3", isolation_level=None)
    other.execute("CREATE TABLE t (x)")
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(exc.OperationalError), database.write() as session:
            session.execute(text("INSERT INTO t VALUES (1)"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        database.dispose()
    assert [outage for outage, _error in seen] == [Outage.BUSY]
