"""Engine and session factory.

SQLite is the embedded default: WAL so readers never wait for the writer, ``synchronous=FULL``
so a finished inspection survives a power cut, foreign keys on, and ``BEGIN IMMEDIATE`` for
every write so two writers queue at the start of a transaction instead of failing half-way.
PostgreSQL (psycopg 3) serves many benches.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.audit_chain import WRITE_SESSION_INFO, Chainer, HeadFile

_READ_ONLY = "inspect_station_read_only"


def create(url: str, **kwargs: Any) -> Engine:
    """Create an engine for ``url``; ``sqlite:///path`` creates the parent folder."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {})
        # The pool hands a connection to whichever thread checks it out next (the window has
        # several task runners); each connection serves one thread at a time.
        kwargs["connect_args"].setdefault("check_same_thread", False)
        kwargs["connect_args"].setdefault("timeout", 30)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below (pysqlite's own is lazy).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        # 64 MiB of page cache per connection (the default is 2 MiB), taken only as pages are
        # read: the desk's reads over a year of units revisit the same index and table pages,
        # and the dashboard of a 50,000-unit day ran 20 % faster with it (docs/benchmarks.md).
        cursor.execute("PRAGMA cache_size=-65536")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        if conn.get_execution_options().get(_READ_ONLY):
            conn.exec_driver_sql("BEGIN")
        else:
            conn.exec_driver_sql("BEGIN IMMEDIATE")


class Database:
    """The station's handle on its database: one session per user action."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False, info=dict(WRITE_SESSION_INFO))
        # Audit rows queued by a write are chained at its commit (db/audit_chain.py).
        self.audit_chain = Chainer(_default_head_file(engine))
        event.listen(self._write, "before_commit", self.audit_chain.before_commit)
        event.listen(self._write, "after_commit", self.audit_chain.after_commit)
        event.listen(self._write, "after_rollback", self.audit_chain.after_rollback)
        # Called before every guarded write; may refuse it by raising (e.g. the signed-in
        # user was disabled meanwhile). It writes, if it must, with ``write(guarded=False)``.
        self.guard: Callable[[], None] | None = None
        self._read = sessionmaker(
            engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @classmethod
    def from_url(cls, url: str, **kwargs: Any) -> Database:
        return cls(create(url, **kwargs))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite {Path(url.database or ':memory:').name}"
        return f"PostgreSQL {url.host or 'localhost'}/{url.database}"

    @contextmanager
    def write(self, *, guarded: bool = True) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        if guarded and self.guard is not None:
            self.guard()
        with self._write.begin() as session:
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    def dispose(self) -> None:
        self.audit_chain.close(self.engine)
        self.engine.dispose()


def _default_head_file(engine: Engine) -> HeadFile | None:
    """A SQLite file's audit head lives next to it; other databases get theirs from the
    station (``Database.audit_chain.head_file``)."""
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return HeadFile(Path(url.database + ".audit-head"))
    return None
