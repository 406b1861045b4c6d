"""The window's status bar says, within a second, that the database stopped answering, and the
bench says it in words; both follow when it answers again."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.outage import Outage
from inspect_station.app.context import Station
from tests.ui.bench.test_bench_screen import WAIT
from ui.main_window import MainWindow


def test_the_status_bar_and_the_bench_say_when_the_database_goes_and_comes_back(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    station.health.answered(0.001)
    label = window.status.database
    shown = station.db.describe()  # whole in the tooltip, the text may be elided
    qtbot.waitUntil(lambda: label.toolTip() == shown, timeout=WAIT)
    # As the probe would find it: no session of the window's own work may answer meanwhile.
    station.db.on_answer = None
    station.health.note_failure(Outage.UNREACHABLE)
    qtbot.waitUntil(lambda: label.text().startswith("Database unreachable since"), timeout=1000)
    assert label.toolTip().startswith(f"{station.db.describe()} unreachable since")
    assert "b3261e" in label.styleSheet()  # red
    message = window.bench.message.text()
    assert "has not answered since" in message
    assert message.endswith("Units are kept at this bench and sent when it is back.")
    station.health.install()
    station.health.answered(0.001)
    qtbot.waitUntil(lambda: "answers again" in window.bench.message.text(), timeout=1000)
    assert label.toolTip() == shown
