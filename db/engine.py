"""Engine and session factory.

SQLite is the embedded default: WAL so readers never wait for the writer, ``synchronous=FULL``
so a finished inspection survives a power cut, foreign keys on, and ``BEGIN IMMEDIATE`` for
every write so two writers queue at the start of a transaction instead of failing half-way.
PostgreSQL (psycopg 3) serves many benches.

Every wait has a limit (``db/timeouts.py``): connecting, each statement, and a server that stops
answering. An error that means the database is out of reach (``db/outage.py``) is handed to
``Database.on_outage``, which the station sets to raise what the person at the bench reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from db.audit_chain import WRITE_SESSION_INFO, Chainer, HeadFile
from db.outage import Outage, classify
from db.timeouts import PromptConnection, Timeouts

_READ_ONLY = "inspect_station_read_only"


def create(url: str, *, timeouts: Timeouts | None = None, **kwargs: Any) -> Engine:
    """Create an engine for ``url``; ``sqlite:///path`` creates the parent folder."""
    timeouts = timeouts or Timeouts()
    parsed = make_url(url)
    # A connection free in the pool within the connect timeout, or the database is too busy.
    kwargs.setdefault("pool_timeout", timeouts.connect)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {})
        # The pool hands a connection to whichever thread checks it out next (the window has
        # several task runners); each connection serves one thread at a time.
        kwargs["connect_args"].setdefault("check_same_thread", False)
        kwargs["connect_args"].setdefault("timeout", timeouts.statement)
        engine = create_engine(url, **kwargs)
        _configure_sqlite(engine, timeouts)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
        url = parsed.render_as_string(hide_password=False)
    kwargs.setdefault("pool_pre_ping", True)
    engine = create_engine(url, **kwargs)
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() == "psycopg":
        _configure_postgres(engine, timeouts)
    return engine


def _configure_postgres(engine: Engine, timeouts: Timeouts) -> None:
    @event.listens_for(engine, "do_connect")
    def _on_do_connect(
        _dialect: Any, _record: Any, cargs: list[Any], cparams: dict[str, Any]
    ) -> PromptConnection:
        ours = timeouts.postgres_connect_args()
        params = {**ours, **cparams}
        if "options" in cparams:  # the URL's own options come after the station's
            params["options"] = f"{ours['options']} {cparams['options']}"
        connection = PromptConnection.connect(*cargs, **params)
        connection.answer_within = timeouts.statement
        connection.ping_within = timeouts.ping
        return connection

    # The pool pings a connection between its check-in and its next check-out.
    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, PromptConnection):
            dbapi_connection.pinging = True

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if isinstance(dbapi_connection, PromptConnection):
            dbapi_connection.pinging = False


def _configure_sqlite(engine: Engine, timeouts: Timeouts) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to the "begin" hook below (pysqlite's own is lazy).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={timeouts.statement_ms}")
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
    """The station's handle on its database: one session per user action.

    Hooks the station sets: ``guard`` (before each write; may refuse it), ``gate`` (before each
    session; may refuse at once while the database is known to be out of reach), ``on_outage``
    (an error that means the database is out of reach; it raises what the person reads) and
    ``on_answer`` (a session that reached the database and ended well).
    """

    def __init__(self, engine: Engine, *, timeouts: Timeouts | None = None) -> None:
        self.engine = engine
        self.timeouts = timeouts or Timeouts()
        self._write = sessionmaker(engine, expire_on_commit=False, info=dict(WRITE_SESSION_INFO))
        # Audit rows queued by a write are chained at its commit (db/audit_chain.py).
        self.audit_chain = Chainer(_default_head_file(engine))
        event.listen(self._write, "before_commit", self.audit_chain.before_commit)
        event.listen(self._write, "after_commit", self.audit_chain.after_commit)
        event.listen(self._write, "after_rollback", self.audit_chain.after_rollback)
        # Called before every guarded write; may refuse it by raising (e.g. the signed-in
        # user was disabled meanwhile). It writes, if it must, with ``write(guarded=False)``.
        self.guard: Callable[[], None] | None = None
        self.gate: Callable[[], None] | None = None
        self.on_outage: Callable[[Outage, BaseException], None] | None = None
        self.on_answer: Callable[[], None] | None = None
        self._read = sessionmaker(
            engine.execution_options(**{_READ_ONLY: True}), expire_on_commit=False
        )

    @classmethod
    def from_url(cls, url: str, *, timeouts: Timeouts | None = None, **kwargs: Any) -> Database:
        return cls(create(url, timeouts=timeouts, **kwargs), timeouts=timeouts)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def describe(self) -> str:
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return f"SQLite {Path(url.database or ':memory:').name}"
        return f"PostgreSQL {url.host or 'localhost'}/{url.database}"

    @property
    def host(self) -> str:
        """Where the database is, as a person names it: the server, or this computer."""
        url = self.engine.url
        if url.get_backend_name() == "sqlite":
            return "this computer"
        return url.host or "localhost"

    @contextmanager
    def write(self, *, guarded: bool = True) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        if self.gate is not None:
            self.gate()
        with self._outages():
            if guarded and self.guard is not None:
                self.guard()
            with self._write.begin() as session:
                yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        if self.gate is not None:
            self.gate()
        with self._outages(), self._read() as session:
            yield session

    @contextmanager
    def _outages(self) -> Iterator[None]:
        """Hand an error that means "out of reach" to ``on_outage``; note a good answer."""
        try:
            yield
        except (sa_exc.DBAPIError, sa_exc.TimeoutError) as error:
            kind = classify(error)
            if kind is not None and self.on_outage is not None:
                self.on_outage(kind, error)
            raise
        if self.on_answer is not None:
            self.on_answer()

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
