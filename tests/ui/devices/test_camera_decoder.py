"""The camera as a scanner: the demo clip's product code is outlined and scanned once."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from inspect_station.demo import sample
from tests.helpers import seed_people, sign_in_as
from tests.ui.conftest import task_runners
from ui.app import camera_for
from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow

WAIT = 15_000


def build(qtbot: QtBot, qapp: QApplication, station: Station, mode: str) -> MainWindow:
    station.settings = station.settings.replace(camera_scanning=mode)
    seed_people(station, ("maria",))
    sign_in_as(station, "maria")  # a locked station takes scans as badges, not parcels
    scanner = WedgeScanner()
    scanner.install(qapp)
    win = MainWindow(
        station=station, **task_runners(), camera=camera_for(station.settings), scanner=scanner
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.start()
    return win


@pytest.fixture
def scanning(qtbot: QtBot, qapp: QApplication, station: Station) -> Iterator[MainWindow]:
    win = build(qtbot, qapp, station, "scan")
    yield win
    win.shutdown()
    assert win.sources.camera is not None
    assert not win.sources.camera.running


def test_a_code_in_view_is_outlined_and_scanned_once(qtbot: QtBot, scanning: MainWindow) -> None:
    bench, sources = scanning.bench, scanning.sources
    assert sources.overlay is not None
    assert sources.camera is not None
    got: list[str] = []
    sources.scanned.connect(got.append)
    qtbot.waitUntil(lambda: len(got) == 1, timeout=WAIT)
    assert got == ["]E0" + sample.DEMO_EAN]  # as a scanner with AIM identifiers sends it
    qtbot.waitUntil(lambda: bench.message.text() != "Scan a parcel to start.", timeout=WAIT)
    outlines = sources.overlay.outlines()
    assert len(outlines) == 1
    box = outlines[0].boundingRect()
    assert sources.overlay.rect().toRectF().contains(box)
    assert box.width() > 40
    frames = sources.camera.frames_decoded
    qtbot.waitUntil(
        lambda: sources.camera is not None and sources.camera.frames_decoded > frames + 10,
        timeout=WAIT,
    )
    assert len(got) == 1  # held in view: still one scan
    assert "camera: zxing-cpp+pyzbar" in scanning.status.scanning.toolTip()


def test_highlight_only_outlines_and_never_scans(
    qtbot: QtBot, qapp: QApplication, station: Station
) -> None:
    win = build(qtbot, qapp, station, "highlight")
    try:
        assert win.sources.overlay is not None
        assert win.sources.camera is not None
        got: list[str] = []
        win.sources.scanned.connect(got.append)
        qtbot.waitUntil(lambda: len(win.sources.overlay.outlines()) == 1, timeout=WAIT)  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: win.sources.camera.frames_decoded > 5, timeout=WAIT)  # type: ignore[union-attr]
        assert got == []
        assert win.bench.message.text() == "Scan a parcel to start."
    finally:
        win.shutdown()


def test_without_libzbar_the_camera_decodes_with_zxing_and_says_so(
    qtbot: QtBot, qapp: QApplication, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)  # import now raises ImportError
    win = build(qtbot, qapp, station, "highlight")
    try:
        assert win.sources.overlay is not None
        qtbot.waitUntil(lambda: len(win.sources.overlay.outlines()) == 1, timeout=WAIT)  # type: ignore[union-attr]
        assert "zxing-cpp only (libzbar not found)" in win.status.scanning.toolTip()
    finally:
        win.shutdown()
