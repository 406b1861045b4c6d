from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db import migrate
from db.engine import Database
from db.models.audit import AuditEvent
from inspect_station.app.settings import Settings
from inspect_station.cli import main
from tests.helpers import as_person, run_cli, seed_command_line_people
from tests.inspect_station.bench.test_manifest import GOOD, write


def test_db_upgrade_then_import_returns(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["db", "upgrade"]) == 0
    assert f"schema at {migrate.head_revision()}" in capsys.readouterr().out
    seed_command_line_people()
    manifest = str(write(tmp_path, GOOD))
    maria, pin = as_person("maria")
    status, _, err = run_cli(monkeypatch, capsys, ["import-returns", manifest, *maria], pin)
    assert (status, "needs the supervisor role; maria is signed in as operator" in err) == (2, True)
    sam, pin = as_person("sam")
    status, out, _ = run_cli(monkeypatch, capsys, ["import-returns", manifest, *sam], pin)
    assert status == 0
    assert "2 expected returns imported (3 lines), 0 already known" in out
    database = Database.from_url(Settings().resolved_database_url)
    with database.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "returns.imported")
        ).one()
        assert (event.actor, event.detail["created"], event.detail["lines"]) == ("sam", 2, 3)
    database.dispose()
    assert main(["db", "current"]) == 0
    assert capsys.readouterr().out.strip() == migrate.head_revision()


def test_a_bad_manifest_is_a_clear_error_not_a_traceback(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_command_line_people()
    bad = write(tmp_path, [GOOD[0].replace("4006381333931", "123")])
    sam, pin = as_person("sam")
    status, _, err = run_cli(monkeypatch, capsys, ["import-returns", str(bad), *sam], pin)
    assert status == 2
    assert "Row 2, column ean: 123 has a wrong check digit" in err


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
    from inspect_station.app.settings import Settings

    assert main(["db", "upgrade"]) == 0
    db = Database.from_url(Settings().resolved_database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    db.dispose()
    assert main(["db", "upgrade"]) == 2
    assert "newer than this station knows" in capsys.readouterr().err


def test_import_returns_help_lists_every_column(capsys: pytest.CaptureFixture[str]) -> None:
    from inspect_station.bench.manifest_csv import COLUMNS

    with pytest.raises(SystemExit) as done:
        main(["import-returns", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for column in COLUMNS:
        assert f"  {column} " in out, column
    assert "2026-06-19T14:03[Europe/Berlin]" in out


def test_demo_option_runs_a_command_against_the_demo_station(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, _, err = run_cli(monkeypatch, capsys, ["--demo", "users", "list", "--as", "X"])
    assert status == 2
    assert "no demo station" in err
    assert "inspect-station demo --no-gui" in err
    assert not (station_home / "demo" / "inspect-station.sqlite3").exists()  # nothing made
    assert main(["demo", "--no-gui"]) == 0
    capsys.readouterr()
    status, out, _ = run_cli(
        monkeypatch, capsys, ["--demo", "users", "list", "--as", "DEMO-ADMIN"], "3333\n"
    )
    assert status == 0
    assert "DEMO-OPERATOR" in out
    assert "Olga Operator" in out
    # The user's own station was not touched: no database was created beside the demo.
    assert not (station_home / "inspect-station.sqlite3").exists()


def test_demo_and_config_are_one_or_the_other(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--demo", "--config", str(tmp_path / "s.toml"), "printers"])
    assert exit_.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_help_says_how_to_choose_the_station(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "--config FILE" in out
    assert "--demo" in out
    assert "--demo users list --as" in out


def test_users_add_help_says_how_the_pin_is_given(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["users", "add", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "asked twice, without echo" in out
    assert "read from standard input, one line each" in out
