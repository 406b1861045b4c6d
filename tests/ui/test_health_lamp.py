"""The status bar's database label follows the health state within a tick, without I/O."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from db.outage import Outage
from inspect_station.app.context import Station
from inspect_station.app.health import Health, Reach
from ui.health_lamp import HealthLamp, words

WHEN = datetime(2026, 11, 26, 10, 42, tzinfo=UTC)
LOCAL = WHEN.astimezone().strftime("%H:%M")


def _health(reach: Reach, latency: float | None = 0.002) -> Health:
    return Health(reach, "db1", "PostgreSQL db1/returns", WHEN, WHEN, latency)


def test_what_the_label_says() -> None:
    assert words(_health(Reach.REACHABLE), 0) == ("Database: PostgreSQL db1/returns", "ok")
    assert words(_health(Reach.SLOW, 0.42), 0) == ("Database slow (0.4 s)", "warn")
    assert words(_health(Reach.UNREACHABLE), 3) == (
        f"Database unreachable since {LOCAL} · 3 to send",
        "bad",
    )
    assert words(_health(Reach.REACHABLE), 2) == (
        "Database: PostgreSQL db1/returns · 2 to send",
        "warn",
    )
    assert words(_health(Reach.REACHABLE), 0, "OperationalError: boom")[1] == "bad"


def test_the_lamp_says_when_the_database_goes_and_comes_back(
    qtbot: QtBot, station: Station
) -> None:
    lamp = HealthLamp(station=station, interval_ms=20)
    seen: list[tuple[str, str]] = []
    lamp.changed.connect(lambda text, level, _why: seen.append((text, level)))
    station.health.answered(0.001)
    lamp.start()
    try:
        shown = f"Database: {station.db.describe()}"
        qtbot.waitUntil(lambda: seen[-1:] == [(shown, "ok")], timeout=2000)
        with qtbot.waitSignal(lamp.went_away, timeout=2000) as away:
            station.health.note_failure(Outage.UNREACHABLE)
        assert "has not answered since" in away.args[0]
        assert seen[-1][1] == "bad"
        with qtbot.waitSignal(lamp.came_back, timeout=2000) as back:
            station.health.answered(0.001)
        assert back.args[0] == f"The database on {station.db.host} answers again."
        assert seen[-1] == (shown, "ok")
    finally:
        lamp.stop()
