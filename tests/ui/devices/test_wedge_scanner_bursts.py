"""Scanner bursts through the real event filter: timestamps, stalls, floods, bad characters."""

from __future__ import annotations

import time
from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from tests.helpers import row_counts
from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow

WAIT = 10_000


class Keys:
    """Posts key events as a scanner's would arrive: each with its own timestamp."""

    def __init__(self, target: QObject, start_ms: int = 1_000) -> None:
        self.target = target
        self.ms = start_ms

    def post(self, text: str, gap_ms: int = 3) -> None:
        for char in text:
            key = Qt.Key.Key_Return if char == "\r" else _key_for(char)
            event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(self.ms)
            QApplication.postEvent(self.target, event)
            self.ms += gap_ms


def _key_for(char: str) -> int:
    return ord(char.upper()) if char.isascii() and char.isprintable() else Qt.Key.Key_unknown


@pytest.fixture
def field(qtbot: QtBot, qapp: QApplication) -> Iterator[tuple[WedgeScanner, QLineEdit]]:
    scanner = WedgeScanner()
    scanner.install(qapp)
    line = QLineEdit()
    qtbot.addWidget(line)
    line.show()
    line.setFocus()
    yield scanner, line
    scanner.uninstall(qapp)


def test_two_hundred_scans_in_ten_seconds_lose_none_and_never_hold_the_ui(
    qtbot: QtBot, field: tuple[WedgeScanner, QLineEdit]
) -> None:
    scanner, line = field
    codes = [f"1Z999AA1{n:09d}X" for n in range(200)]
    got: list[str] = []
    beats = [0]
    beats_at_scan: list[int] = []
    scanner.scanned.connect(lambda code: (got.append(code), beats_at_scan.append(beats[0])))
    heartbeat = QTimer()
    heartbeat.setInterval(0)
    heartbeat.timeout.connect(lambda: beats.__setitem__(0, beats[0] + 1))
    heartbeat.start()
    keys = Keys(line)
    pending = iter(codes)

    def next_scan() -> None:
        code = next(pending, None)
        if code is None:
            driver.stop()
            return
        keys.ms = 1_000 + len(got) * 50  # one scan every 50 ms: 200 scans in 10 s
        keys.post(code + "\r")

    driver = QTimer()
    driver.setInterval(0)
    driver.timeout.connect(next_scan)
    driver.start()
    try:
        qtbot.waitUntil(lambda: len(got) == len(codes), timeout=WAIT)
    finally:
        driver.stop()
        heartbeat.stop()
    assert got == codes
    assert line.text() == ""  # nothing leaked into the focused field
    # The event loop turned between every two scans: no scan held the UI thread.
    assert all(b > a for a, b in pairwise(beats_at_scan))


def test_a_ui_stall_mid_burst_does_not_split_the_scan(
    qtbot: QtBot, field: tuple[WedgeScanner, QLineEdit]
) -> None:
    scanner, line = field
    keys = Keys(line)
    with qtbot.waitSignal(scanner.scanned, timeout=WAIT) as scan:
        keys.post("]C1" + "00340433")
        QApplication.processEvents()
        time.sleep(0.25)  # the UI thread is busy; the scanner keeps typing meanwhile
        keys.post("836442636597\r")
    assert scan.args == ["]C1" + "00340433836442636597"]
    assert line.text() == ""


def test_slow_typing_still_reaches_the_field(
    qtbot: QtBot, field: tuple[WedgeScanner, QLineEdit]
) -> None:
    _scanner, line = field
    keys = Keys(line)
    for char in "note":
        keys.post(char, gap_ms=150)
        qtbot.wait(40)
    qtbot.waitUntil(lambda: line.text() == "note", timeout=WAIT)


@pytest.mark.parametrize(
    ("burst", "message"),
    [
        ("7" * 10_000, "10,000 characters"),
        ("RMA-2026-\x00000001", "control characters (U+0000)"),
        ("1Y999AA10123456784", "Y and Z swapped"),
        ("1Z999AA10123456785", "wrong check digit"),
    ],
)
def test_bad_bursts_get_a_clear_message_and_write_nothing(
    qtbot: QtBot, window: MainWindow, station: Station, burst: str, message: str
) -> None:
    before = row_counts(station.db)
    Keys(window.bench).post(burst + "\r", gap_ms=1)
    qtbot.waitUntil(lambda: message in window.bench.message.text(), timeout=WAIT)
    assert window.bench.message.property("level") == "error"
    assert window.bench.scan_field.text() == ""
    assert window.bench.inspection is None
    assert row_counts(station.db) == before


def test_a_doubled_character_the_window_system_calls_a_repeat_stays_in_the_scan(
    qtbot: QtBot, field: tuple[WedgeScanner, QLineEdit]
) -> None:
    # X marks a key pressed again right after its release, at the same timestamp, as an
    # auto-repeat: a scanner typing "66" 1 ms apart arrives so.
    scanner, line = field
    with qtbot.waitSignal(scanner.scanned, timeout=WAIT) as scan:
        for n, char in enumerate("RR781661147GB\r"):
            key = Qt.Key.Key_Return if char == "\r" else _key_for(char)
            repeat = n == 6  # the second 6
            event = QKeyEvent(
                QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, char, repeat
            )
            event.setTimestamp(5_000 + n * 4 - (1 if repeat else 0))
            QApplication.postEvent(line, event)
    assert scan.args == ["RR781661147GB"]
    assert line.text() == ""


def test_a_burst_whose_enter_comes_250_ms_late_is_one_scan(
    qtbot: QtBot, field: tuple[WedgeScanner, QLineEdit]
) -> None:
    scanner, line = field
    keys = Keys(line)
    with qtbot.waitSignal(scanner.scanned, timeout=WAIT) as scan:
        keys.post("RMA-2026-000158", gap_ms=8)
        keys.ms += 250 - 8
        keys.post("\r")
    assert scan.args == ["RMA-2026-000158"]
    assert line.text() == ""
