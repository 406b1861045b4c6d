"""How long the station waits for its database, and what it does about a server that hangs.

Three limits, from the settings (``database_connect_timeout``, ``database_statement_timeout``):

- **connecting**: psycopg's ``connect_timeout`` (enforced by psycopg itself, so a postmaster that
  accepts the TCP connection and then says nothing is given up on too; at least 2 s, as libpq);
- **a statement**: the server's own ``statement_timeout`` cancels a statement that runs too long
  (a lock held by a bench that hung, a slow plan), and :class:`PromptConnection` gives up on the
  client side after the same time without an answer: a server that is stopped with SIGSTOP, or
  a network that swallows packets, cannot cancel anything itself, and TCP keepalives do not help
  against a frozen process whose kernel still acknowledges every packet;
- **the network**: TCP keepalives and ``tcp_user_timeout`` close a connection whose peer is gone
  (a cable pulled, a machine off) instead of leaving it to the kernel's two-hour defaults.

SQLite waits for another writer's lock as long as the statement limit (``busy_timeout``).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import psycopg
from psycopg import errors
from psycopg.abc import PQGen
from sqlalchemy import Connection, text

RV = TypeVar("RV")

# psycopg raises this (an OperationalError) when ``Connection.wait(timeout=)`` runs out.
_WAIT_TIMEOUT: type[Exception] = getattr(errors, "_WaitTimeout", psycopg.OperationalError)


@dataclass(frozen=True)
class Timeouts:
    """Seconds to wait for a connection and for the answer to one statement."""

    connect: float = 3.0
    statement: float = 10.0

    def __post_init__(self) -> None:
        if not 1 <= self.connect <= 120:
            raise ValueError(f"the connect timeout must be 1–120 s, not {self.connect}")
        if not 1 <= self.statement <= 3600:
            raise ValueError(f"the statement timeout must be 1–3600 s, not {self.statement}")

    @property
    def ping(self) -> float:
        """How long the pool's ping of a pooled connection may take: a ping that times out is
        followed by a new connection's own timeout, and both together stay within one
        statement's."""
        connecting = max(2, math.ceil(self.connect))  # psycopg waits at least 2 s
        return max(0.5, min(self.connect, self.statement - connecting))

    @property
    def statement_ms(self) -> int:
        return round(self.statement * 1000)

    def postgres_connect_args(self) -> dict[str, Any]:
        """libpq parameters for one bench's connections."""
        # A transaction left open by a bench that hung holds its locks until this runs out;
        # the station's own transactions are never idle that long.
        idle_ms = max(60_000, 6 * self.statement_ms)
        return {
            "connect_timeout": max(2, math.ceil(self.connect)),
            "options": (
                f"-c statement_timeout={self.statement_ms} "
                f"-c idle_in_transaction_session_timeout={idle_ms}"
            ),
            "keepalives": 1,
            "keepalives_idle": 5,
            "keepalives_interval": 2,
            "keepalives_count": 3,
            # Data sent and not acknowledged for this long: the peer is gone.
            "tcp_user_timeout": self.statement_ms,
        }


class NoAnswer(psycopg.OperationalError):
    """The server did not answer within the statement timeout; the connection was closed."""


class PromptConnection(psycopg.Connection[Any]):
    """A psycopg connection that stops waiting for a server that does not answer.

    Every exchange with the server (a statement, fetching rows, commit, rollback, the pool's
    ping) goes through :meth:`wait`; after ``answer_within`` seconds without its answer the
    connection is closed and :class:`NoAnswer` raised, which SQLAlchemy reads as a
    disconnection (the pool drops the connection). A commit cut off this way may or may not
    have been applied: every write the station repeats carries its own id, so repeating it is
    safe.
    """

    answer_within: float | None = None
    # While the pool pings a connection it hands out again, the ping gets this long instead:
    # a ping that times out is followed by a new connection's own timeout, and the two
    # together must stay within one statement's.
    ping_within: float | None = None
    pinging = False

    def wait(
        self,
        gen: PQGen[RV],
        interval: float = 0.1,
        timeout: float | None = None,
    ) -> RV:
        limit = self.answer_within
        if self.pinging and limit is not None and self.ping_within is not None:
            limit = min(limit, self.ping_within)
        if limit is None or timeout is not None:
            return super().wait(gen, interval=interval, timeout=timeout)
        try:
            return super().wait(gen, interval=interval, timeout=limit)
        except _WAIT_TIMEOUT as exc:
            # The answer may still come later, to a request nobody waits for: this connection
            # is in an unknown state and cannot be used again.
            self.pgconn.finish()
            raise NoAnswer(f"the server did not answer within {limit:g} s") from exc


@contextmanager
def unhurried(connection: Connection) -> Iterator[None]:
    """No statement limit on ``connection`` for a while (schema upgrades: building an index
    over millions of rows may take minutes). Inside a transaction."""
    raw: object = connection.connection.dbapi_connection
    if not isinstance(raw, PromptConnection):
        yield
        return
    connection.execute(text("SET LOCAL statement_timeout = 0"))
    limit, raw.answer_within = raw.answer_within, None
    try:
        yield
    finally:
        raw.answer_within = limit
