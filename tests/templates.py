"""Template databases: migrated (and seeded) once per test session, copied for each test.

Running the nine migrations for every test cost more than most tests themselves. A template
is built the first time a test needs it, the way the fixtures built each database before:
``open_database`` (every migration) and, for the ``station`` fixture, the demo seed dated on
the fake clock's day. Each test then gets its own copy:

- SQLite: the template file, closed and checkpointed (no ``-wal``/``-shm`` left beside it), is
  copied to the test's path, with its ``.audit-head`` file if it has one.
- PostgreSQL: the test's database is dropped and made again with
  ``CREATE DATABASE … TEMPLATE …`` (the test role has CREATEDB). The head file a bench keeps
  in its data folder (``audit-heads/``) is written for the copy as the template left it.

Tests that need an empty database (the migrations themselves, first run) take
``database_url`` without ``database`` and get one, as before.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url

from db.audit_chain import HeadFile
from db.engine import Database
from inspect_station.app.startup import audit_head_path, open_database
from inspect_station.demo import sample

DEMO_RETURNS = 40  # the station fixture's demo returns


@dataclass
class Templates:
    """The session's templates, built on first use: (backend, seeded) → a file or a database."""

    folder: Path
    seed_day: date
    _sqlite: dict[bool, Path] = field(default_factory=dict)
    _postgres: dict[tuple[str, bool], str] = field(default_factory=dict)
    _admin: Engine | None = None

    # -- copies ----------------------------------------------------------------------------
    def copy_to(self, url: str, *, seeded: bool) -> None:
        """Make the database at ``url`` a fresh copy of the template."""
        parsed = make_url(url)
        if parsed.get_backend_name() == "sqlite":
            assert parsed.database
            self._copy_sqlite(self._sqlite_template(seeded), Path(parsed.database))
        else:
            self._copy_postgres(url, seeded)

    def restore_head(self, database: Database, *, seeded: bool) -> None:
        """A PostgreSQL copy's head file in the data folder, as the template's build left it
        (SQLite keeps its head file beside the database file, copied with it)."""
        if database.dialect == "sqlite":
            return
        url = database.engine.url.render_as_string(hide_password=False)
        head = HeadFile(self._postgres_head_path(url, seeded)).read()
        if head is not None:
            HeadFile(audit_head_path(database)).write(head)

    def close(self) -> None:
        if self._admin is None:
            return
        with self._admin.connect() as conn:
            for name in self._postgres.values():
                _drop_database(conn, name)
        self._admin.dispose()

    # -- SQLite ----------------------------------------------------------------------------
    def _sqlite_template(self, seeded: bool) -> Path:
        if seeded not in self._sqlite:
            path = self.folder / ("seeded" if seeded else "migrated") / "station.sqlite3"
            database = open_database(f"sqlite:///{path}")
            try:
                self._fill(database, seeded)
            finally:
                database.dispose()
            _checkpoint(path)
            self._sqlite[seeded] = path
        return self._sqlite[seeded]

    @staticmethod
    def _copy_sqlite(template: Path, target: Path) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm", ".audit-head"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        head = Path(f"{template}.audit-head")
        if head.exists():
            shutil.copyfile(head, Path(f"{target}.audit-head"))

    # -- PostgreSQL ------------------------------------------------------------------------
    def _copy_postgres(self, url: str, seeded: bool) -> None:
        template = self._postgres_template(url, seeded)
        name = make_url(url).database
        with self._admin_engine(url).connect() as conn:
            _drop_database(conn, name)
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))

    def _postgres_template(self, url: str, seeded: bool) -> str:
        key = (url, seeded)
        if key not in self._postgres:
            base = make_url(url)
            name = f"{base.database}_template_{'seeded' if seeded else 'migrated'}"[:63]
            with self._admin_engine(url).connect() as conn:
                _drop_database(conn, name)
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            template_url = base.set(database=name).render_as_string(hide_password=False)
            empty_public_schema(template_url)  # as postgres_url() leaves the test database
            database = open_database(template_url)
            # Any audit head the build writes goes to the session's folder, not a test's home.
            database.audit_chain.head_file = HeadFile(self._postgres_head_path(url, seeded))
            try:
                self._fill(database, seeded)
            finally:
                database.dispose()
            self._postgres[key] = name
        return self._postgres[key]

    def _postgres_head_path(self, url: str, seeded: bool) -> Path:
        name = make_url(url).database
        return self.folder / "postgres-heads" / f"{name}-{'seeded' if seeded else 'migrated'}.json"

    def _admin_engine(self, url: str) -> Engine:
        if self._admin is None:
            maintenance = make_url(url).set(database="postgres")
            self._admin = create_engine(maintenance, isolation_level="AUTOCOMMIT")
        return self._admin

    # -- both ------------------------------------------------------------------------------
    def _fill(self, database: Database, seeded: bool) -> None:
        if seeded:
            sample.seed(database, today=self.seed_day, count=DEMO_RETURNS)


def _drop_database(conn: Connection, name: str) -> None:
    """Drop ``name`` even if a failed test left a session of ours open on it. DROP DATABASE
    stops an autovacuum worker itself; ``WITH (FORCE)`` would refuse to, as the worker runs
    as no role the test role may signal."""
    conn.execute(
        text(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = :name AND usename = current_user AND pid <> pg_backend_pid()"
        ),
        {"name": name},
    )
    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


def _checkpoint(path: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, f"{wal} still holds pages"


def empty_public_schema(url: str) -> None:
    """The test database as its tests expect it: an empty ``public`` schema owned by us."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
