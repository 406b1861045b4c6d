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
from sqlalchemy import Engine

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
    config = _config()
    with engine.begin() as conn, unhurried(conn):
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    return backup


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
