from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db import migrate
from db.engine import Database
from inspect_station.app.errors import SchemaTooNew
from inspect_station.app.startup import open_database


# These two open an empty database themselves: the ``database`` fixture is a template's copy.
def test_a_new_database_is_brought_to_the_newest_schema(database_url: str) -> None:
    database = open_database(database_url)
    try:
        assert migrate.current_revision(database.engine) == migrate.head_revision()
        assert migrate.upgrade(database.engine) is None  # nothing left to do
    finally:
        database.dispose()


def test_a_schema_from_a_newer_station_is_refused(database_url: str) -> None:
    db = open_database(database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    with pytest.raises(SchemaTooNew, match="newer than this station knows"):
        open_database(database_url)


def test_sqlite_is_set_up_for_durability(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 's.sqlite3'}")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_sqlite_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    backup = migrate._backup_sqlite(db.engine, "0001", tmp_path / "backups")
    db.dispose()
    assert backup is not None
    copy = Database.from_url(f"sqlite:///{backup}")
    assert migrate.current_revision(copy.engine) == migrate.head_revision()
    copy.dispose()


def test_an_older_sqlite_database_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command

    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    db = Database.from_url(url)
    config = migrate._config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    backup = migrate.upgrade(db.engine, backup_dir=tmp_path / "backups")
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    db.dispose()
    assert backup is not None
    old = Database.from_url(f"sqlite:///{backup}")
    assert migrate.current_revision(old.engine) == "0001"
    old.dispose()


def test_the_migrations_build_exactly_the_models(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models.base import Base

    database = open_database(database_url)
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.dispose()
