from __future__ import annotations

from pathlib import Path

import pytest

from db import migrate
from inspect_station.cli import main
from tests.inspect_station.test_importer import GOOD, write


def test_db_upgrade_then_import_returns(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert f"schema at {migrate.head_revision()}" in capsys.readouterr().out
    assert main(["import-returns", str(write(tmp_path, GOOD))]) == 0
    assert "2 expected returns imported (3 lines), 0 already known" in capsys.readouterr().out
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out.strip() == migrate.head_revision()


def test_a_bad_manifest_is_a_clear_error_not_a_traceback(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = write(tmp_path, [GOOD[0].replace("4006381333931", "123")])
    assert main(["import-returns", str(bad)]) == 2
    assert "Row 2: EAN 123 has a wrong check digit" in capsys.readouterr().err


def test_demo_prepares_a_station_without_touching_real_settings(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "expected returns: 200" in out
    demo_dir = station_home / "demo"
    assert (demo_dir / "bench-camera.avi").stat().st_size > 0
    assert (demo_dir / "inspect-station.sqlite3").exists()
    assert not (station_home / "settings.toml").exists()


def test_a_newer_schema_is_a_message_not_a_traceback(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from db.engine import Database
    from inspect_station.settings import Settings

    assert main(["db", "upgrade"]) == 0
    db = Database.from_url(Settings().resolved_database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    assert main(["db", "upgrade"]) == 2
    assert "newer than this station knows" in capsys.readouterr().err
