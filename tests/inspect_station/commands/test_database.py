"""``inspect-station db check``: the database's health on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import migrate
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.demo import sample
from tests.conftest import FakeClock
from tests.helpers import run_cli


def test_db_check_on_the_embedded_database(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _err = run_cli(monkeypatch, capsys, ["db", "check"])
    assert status == 0
    assert out.startswith("The database on this computer answers in ")
    assert "SQLite inspect-station.sqlite3, an empty database (this station upgrades it to" in out
    open_station(Settings()).close()
    status, out, _err = run_cli(monkeypatch, capsys, ["db", "check"])
    assert (status, f"schema {migrate.head_revision()}." in out) == (0, True)


def test_db_check_counts_the_units_waiting_to_be_sent(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clock: FakeClock,
) -> None:
    config = Settings(offline_bench="on", require_shots=False)
    station = open_station(config, clock=clock)
    try:
        sample.seed(station.db, today=clock().date(), count=5)
        bench = station.offline
        assert bench is not None
        bench.refresh(station.db, days=60, limit=100, now=clock())
        bench.forced = True
        opened = scanning.scan(station, f"RMA-{clock().year}-000001")
        assert isinstance(opened, scanning.Opened)
        inspection.finish(station, opened.inspection, grade="B")
    finally:
        station.close()
    (station_home / "settings.toml").write_text('offline_bench = "on"\n', encoding="utf-8")
    status, out, _err = run_cli(monkeypatch, capsys, ["db", "check"])
    assert status == 0
    assert out.startswith("1 unit(s) finished at this bench wait to be sent.\n")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("database_statement_timeout = 0", "statement timeout must be 1–3600 s"),
        ("database_connect_timeout = 500", "connect timeout must be 1–120 s"),
        ("database_connect_timeout = 'soon'", "'database_connect_timeout' must be float"),
    ],
)
def test_db_check_refuses_bad_timeouts(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    content: str,
    message: str,
) -> None:
    station_home.mkdir(parents=True, exist_ok=True)
    (station_home / "settings.toml").write_text(content + "\n", encoding="utf-8")
    status, _out, err = run_cli(monkeypatch, capsys, ["db", "check"])
    assert status == 2
    assert message in err
