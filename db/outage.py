"""Telling a database that cannot be reached from a bug.

SQLAlchemy wraps every driver error; some of them mean the database is out of reach or too slow
(a server stopped or hung, a connection cut, a SQLite file locked past the busy timeout), which
the person at the bench cannot fix and the station must say in plain words. :func:`classify`
names which; anything it does not recognise is left to surface as what it is.
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum

import psycopg
from psycopg import errors
from sqlalchemy import exc

from db.timeouts import NoAnswer


class Outage(StrEnum):
    UNREACHABLE = "unreachable"  # no connection, or the server stopped answering
    SLOW = "slow"  # the server answered, but cancelled a statement that ran too long
    BUSY = "busy"  # SQLite: another program held the write lock past the busy timeout


# SQLSTATE classes of errors about the connection itself: 08 (connection exception) and 57P
# (the server shutting down, crashed, or not yet accepting connections).
_CONNECTION_STATES = ("08", "57P")


def classify(error: BaseException) -> Outage | None:
    """Which outage ``error`` (an exception SQLAlchemy or a driver raised) means, if any."""
    if isinstance(error, exc.TimeoutError):  # no pooled connection came free in time
        return Outage.BUSY
    if not isinstance(error, exc.DBAPIError):
        return _driver(error)
    if error.connection_invalidated:
        return Outage.UNREACHABLE
    return _driver(error.orig)


def _driver(orig: BaseException | None) -> Outage | None:
    if isinstance(orig, NoAnswer):
        return Outage.UNREACHABLE
    if isinstance(orig, errors.QueryCanceled):  # statement_timeout
        return Outage.SLOW
    if isinstance(orig, psycopg.OperationalError):
        state = orig.sqlstate or ""
        if not state or state.startswith(_CONNECTION_STATES):
            return Outage.UNREACHABLE
        return None
    if isinstance(orig, psycopg.InterfaceError):  # a connection closed under it
        return Outage.UNREACHABLE
    if isinstance(orig, sqlite3.OperationalError):
        text = str(orig).lower()
        if "locked" in text or "busy" in text:
            return Outage.BUSY
        if "unable to open" in text or "disk i/o" in text:
            return Outage.UNREACHABLE
    return None
