"""Schema upgrades at start-up.

The station upgrades its database to the newest schema it knows, backs up a SQLite file first,
and refuses to run against a schema written by a newer station (it would not understand it).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from db.timeouts import unhurried

MIGRATIONS = Path(__file__).with_name("migrations")


class SchemaNewerThanStation(Exception):
    """The database carries a revision this station's migrations do not contain."""


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_known(engine: Engine) -> str | None:
    """Return the database's revision; raise if a newer station wrote it."""
    revision = current_revision(engine)
    if revision is None:
        return None
    scripts = ScriptDirectory.from_config(_config())
    known = {script.revision for script in scripts.walk_revisions()}
    if revision not in known:
        raise SchemaNewerThanStation(
            f"The database schema ({revision}) is newer than this station knows "
            f"(newest {head_revision()}). Update the station before using this database."
        )
    return revision


def upgrade(engine: Engine, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to head. Returns the path of the SQLite backup made, if any."""
    revision = check_known(engine)
    if revision == head_revision():
        return None
    backup = None
    if revision is not None and engine.dialect.name == "sqlite":
        backup = _backup_sqlite(engine, revision, backup_dir)
    run(engine, "head")
    return backup


def run(engine: Engine, revision: str, *, down: bool = False) -> None:
    """Upgrade (or downgrade) the schema to ``revision`` in one transaction.

    SQLite alters a table by copying it, dropping the original and renaming the copy; with
    foreign keys enforced the drop of a table other rows point at fails (or, deferred, leaves
    the rows counted as orphans). So they are off during the change, as SQLite's own
    procedure for altering a table says, and every reference is checked before the commit.
    """
    config = _config()
    with engine.connect() as conn:
        sqlite = engine.dialect.name == "sqlite"
        if sqlite:  # outside a transaction: SQLite ignores the pragma inside one
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        try:
            with conn.begin(), unhurried(conn):
                config.attributes["connection"] = conn
                (command.downgrade if down else command.upgrade)(config, revision)
                if sqlite:
                    _check_references(conn)
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]


def _check_references(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
    if broken:
        table, rowid, parent, _key = broken[0]
        raise RuntimeError(
            f"The schema change left {len(broken)} rows pointing nowhere "
            f"(first: {table} row {rowid} → {parent}); nothing was changed."
        )


def _backup_sqlite(engine: Engine, revision: str, backup_dir: Path | None) -> Path | None:
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target_dir = backup_dir or source.parent / "backups"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{source.stem}-{revision}-{stamp}{source.suffix}"
    # The SQLite backup API copies a consistent snapshot, WAL included.
    raw = engine.raw_connection()
    try:
        import sqlite3

        dest = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(dest)  # type: ignore[union-attr]
        finally:
            dest.close()
    finally:
        raw.close()
    shutil.copymode(source, target)
    return target
