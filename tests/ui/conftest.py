from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspect_station.station import Station
from ui.app import camera_for
from ui.main_window import MainWindow
from ui.scanner import WedgeScanner
from ui.tasks import TaskRunner


@pytest.fixture
def window(qtbot: QtBot, qapp: QApplication, station: Station) -> Iterator[MainWindow]:
    scanner = WedgeScanner(gap_ms=30, min_length=4)
    scanner.install(qapp)
    tasks = TaskRunner()
    camera = camera_for(station.settings)
    win = MainWindow(station=station, tasks=tasks, camera=camera, scanner=scanner)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    yield win
    win.shutdown()
    # No thread may outlive its test: the camera worker and the task pool are stopped.
    assert not camera._thread.isRunning()
    assert tasks.pending == 0
