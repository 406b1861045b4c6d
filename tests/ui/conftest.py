from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from tests.helpers import seed_people, sign_in_as
from ui.app import camera_for
from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

MakeWindow = Callable[..., MainWindow]


def task_runners() -> dict[str, TaskRunner]:
    """The window's three task runners, as ``ui.app.build_window`` makes them."""
    return {"tasks": TaskRunner(), "print_tasks": TaskRunner(), "long_tasks": TaskRunner()}


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, station: Station) -> Iterator[MakeWindow]:
    """Build and start main windows on ``station``; each is shut down after the test."""
    made: list[tuple[MainWindow, dict[str, TaskRunner], object]] = []

    def make(*, idle_clock: Callable[[], float] = time.monotonic) -> MainWindow:
        scanner = WedgeScanner()
        scanner.install(qapp)
        runners = task_runners()
        camera = camera_for(station.settings)
        win = MainWindow(
            station=station, **runners, camera=camera, scanner=scanner, idle_clock=idle_clock
        )
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        win.start()
        made.append((win, runners, camera))
        return win

    yield make
    for win, runners, camera in made:
        # A dialog a test left open would stay on screen (a window of its own) and, modal,
        # turn every later test's scans away.
        for dialog in win.findChildren(QDialog):
            dialog.reject()
        win.shutdown()
        # No thread may outlive its test: the camera worker and the task pools are stopped.
        assert not camera._thread.isRunning()  # type: ignore[attr-defined]
        assert [runner.pending for runner in runners.values()] == [0, 0, 0]


@pytest.fixture
def window(make_window: MakeWindow, station: Station) -> MainWindow:
    """The main window with the test operator (maria) signed in."""
    seed_people(station, ("maria",))
    sign_in_as(station, "maria")
    return make_window()
