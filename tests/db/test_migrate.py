from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

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
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    db = Database.from_url(url)
    migrate.run(db.engine, "0001")
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


def _to(engine: Engine, revision: str, *, down: bool = False) -> None:
    migrate.run(engine, revision, down=down)


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value  # SQLite's JSON is text


def _columns(engine: Engine, table: str) -> set[str]:
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_withdrawal_migration_keeps_the_notice_day_on_recommendations_and_goes_back(
    database_url: str,
) -> None:
    """0012 copies each return's notice day onto its recommendations (the approval queue sorts
    by it through an index) and leaves a recommendation without a return without one; its
    downgrade removes what it added and the upgrade after it works again."""
    before = ScriptDirectory.from_config(migrate._config()).get_revision("0012").down_revision
    assert isinstance(before, str)
    db = Database.from_url(database_url)
    _to(db.engine, before)
    at = "2026-11-20 10:00:00"
    with db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO expected_returns (id, rma, order_number, return_type, reason,"
                " created_at, status, version, withdrawal_notified_on) VALUES (1, 'RMA-1',"
                " 'O-1', 'refund', '', :at, 'open', 1, '2026-11-18')"
            ),
            {"at": at},
        )
        for n, (lpn, er) in enumerate((("LPN-1", 1), ("LPN-2", None)), start=1):
            insp = f"{n:032x}"
            conn.execute(
                text("INSERT INTO units (lpn, created_at, created_bench) VALUES (:lpn, :at, 'B')"),
                {"lpn": lpn, "at": at},
            )
            conn.execute(
                text(
                    "INSERT INTO inspections (id, lpn, scanned_code, unexpected, status, version,"
                    " started_at, bench, operator, notes, expected_return_id) VALUES (:id, :lpn,"
                    " :lpn, false, 'finished', 1, :at, 'B', 'maria', '', :er)"
                ),
                {"id": insp, "lpn": lpn, "at": at, "er": er},
            )
            conn.execute(
                text(
                    "INSERT INTO recommendations (inspection_id, return_type, outcome, fallback,"
                    " deduction_percent, deductions, reason, photos, status, approval_reasons,"
                    " created_at, version) VALUES (:id, 'refund', 'refund', false, 0, '[]', '',"
                    " '[]', 'pending', '[]', :at, 1)"
                ),
                {"id": insp, "at": at},
            )
    _to(db.engine, "0012")
    with db.engine.connect() as conn:
        days = conn.execute(
            text("SELECT notice_on, refused_deductions FROM recommendations ORDER BY inspection_id")
        ).all()
    assert [(str(day) if day else None, _json(refused)) for day, refused in days] == [
        ("2026-11-18", []),
        (None, []),
    ]
    indexes = {index["name"] for index in inspect(db.engine).get_indexes("recommendations")}
    assert "ix_recommendations_status_notice" in indexes
    _to(db.engine, before, down=True)
    assert not {"notice_on", "refused_deductions", "delivery_refund"} & _columns(
        db.engine, "recommendations"
    )
    assert "sent_at" not in _columns(db.engine, "expected_returns")
    assert "defect" not in _columns(db.engine, "photos")
    _to(db.engine, "head")
    assert migrate.current_revision(db.engine) == migrate.head_revision()
    assert "notice_on" in _columns(db.engine, "recommendations")
    db.dispose()


def test_a_schema_change_that_would_leave_rows_pointing_nowhere_is_refused(
    tmp_path: Path,
) -> None:
    """SQLite's foreign keys are off while a table is copied; what points nowhere afterwards
    stops the change and nothing of it is kept."""
    db = Database.from_url(f"sqlite:///{tmp_path / 'station.sqlite3'}")
    migrate.run(db.engine, "0009")
    raw = db.engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        raw.driver_connection.execute(  # type: ignore[union-attr]
            "INSERT INTO expected_return_lines (id, expected_return_id, line_no, sku,"
            " description, category, quantity, unit_price) VALUES (1, 99, 1, 'S', 'd', 'c', 1, 1)"
        )
        raw.driver_connection.execute("PRAGMA foreign_keys=ON")  # type: ignore[union-attr]
    finally:
        raw.close()
    with pytest.raises(RuntimeError, match="pointing nowhere"):
        migrate.run(db.engine, "head")
    assert migrate.current_revision(db.engine) == "0009"
    db.dispose()
