from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db import migrate
from db.engine import Database
from inspect_station.errors import SchemaTooNew
from inspect_station.station import open_database


def test_a_new_database_is_brought_to_the_newest_schema(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    assert migrate.upgrade(database.engine) is None  # nothing left to do


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
    assert migrate.current_revision(copy.engine) == "0001"
    copy.dispose()
