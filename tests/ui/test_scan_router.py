"""Where a scan goes, and what happens to scans that cannot be read whole."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.identify.wedge import WedgeRules, rules_from
from inspect_station.people.roles import Role, User
from tests.helpers import row_counts
from tests.ui.bench.test_bench_screen import WAIT
from ui.devices.wedge_scanner import WedgeScanner, start_key_code
from ui.main_window import MainWindow


def post(target: QObject, keys: list[tuple[int, str]], start_ms: int, gaps_ms: list[int]) -> None:
    """Key presses as the window system delivers them, each with its timestamp."""
    ms = start_ms
    for (key, text), gap in zip(keys, gaps_ms, strict=True):
        event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
        event.setTimestamp(ms)
        QApplication.postEvent(target, event)
        ms += gap


def chars(text: str) -> list[tuple[int, str]]:
    return [(Qt.Key.Key_Return, "\r") if c == "\r" else (ord(c.upper()), c) for c in text]


def _add_user_dialog(qtbot: QtBot, window: MainWindow, station: Station) -> QLineEdit:
    station.change_shift(user=User("ada", Role.ADMIN))
    window.show_users()
    window.users.add_user()
    dialog = window.users.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog.badge


def test_a_badge_scanned_into_the_add_user_dialog_goes_into_its_badge_field(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    badge = _add_user_dialog(qtbot, window, station)
    badge.setFocus()
    qtbot.waitUntil(badge.hasFocus, timeout=WAIT)
    post(badge, chars("B-NEW-01\r"), int(time.monotonic() * 1000), [2] * 9)
    qtbot.waitUntil(lambda: badge.text() == "B-NEW-01", timeout=WAIT)
    assert window.users.dialog is not None
    assert window.users.dialog.name.text() == ""
    assert window.stack.currentWidget() is window.users  # never the bench
    assert window.bench.inspection is None


def test_a_scan_in_a_modal_dialogs_other_field_is_refused_and_types_nothing(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    _add_user_dialog(qtbot, window, station)
    dialog = window.users.dialog
    assert dialog is not None
    dialog.name.setFocus()
    qtbot.waitUntil(dialog.name.hasFocus, timeout=WAIT)
    before = row_counts(station.db)
    heard: list[str] = []
    window.feedback.sounded.connect(heard.append)
    post(dialog.name, chars("RMA-2026-000001\r"), int(time.monotonic() * 1000), [2] * 16)
    qtbot.waitUntil(lambda: heard == ["refused"], timeout=WAIT)
    assert "close it first" in window.users.message.text()
    assert (dialog.name.text(), dialog.badge.text()) == ("", "")
    assert dialog.isVisible()
    assert row_counts(station.db) == before


def test_a_burst_with_no_end_key_is_refused_whole_and_no_key_acts(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    before = row_counts(station.db)
    bench = window.bench
    stamp = int(time.monotonic() * 1000)
    post(bench, chars("ABC123XO"), stamp, [5] * 8)  # grade letters, defects, O for a file
    qtbot.waitUntil(lambda: "without its end key" in bench.message.text(), timeout=WAIT)
    assert bench.message.property("level") == "error"
    assert bench.grade is None
    assert QApplication.activeModalWidget() is None  # O opened no file dialog
    assert bench.scan_field.text() == ""
    assert row_counts(station.db) == before


@pytest.mark.parametrize(("mode", "start"), [("prefix", "F13"), ("aim", "")])
def test_framed_modes_read_a_scan_whatever_its_timing_and_let_keys_act_at_once(
    qtbot: QtBot, qapp: QApplication, mode: str, start: str
) -> None:
    scanner = WedgeScanner(rules=WedgeRules(mode=mode), start_key=start)
    scanner.install(qapp)
    line = QLineEdit()
    qtbot.addWidget(line)
    line.show()
    line.setFocus()
    try:
        post(line, chars("ok"), 1_000, [5, 5])  # a person's keys: at once, not held
        qtbot.waitUntil(lambda: line.text() == "ok", timeout=WAIT)
        code = "RMA-2026-000001" if mode == "prefix" else "]C10104006381333931"
        keys = [(Qt.Key.Key_F13, "")] if mode == "prefix" else []
        keys += chars(code + "\r")
        # Slower than any burst (AIM: the identifier itself comes at the scanner's speed).
        gaps = [120] * len(keys) if mode == "prefix" else [5, 5] + [120] * (len(keys) - 2)
        with qtbot.waitSignal(scanner.scanned, timeout=WAIT) as scan:
            post(line, keys, 2_000, gaps)
        assert scan.args == [code]
        assert line.text() == "ok"
    finally:
        scanner.uninstall(qapp)


def test_the_scanner_settings_are_checked() -> None:
    assert start_key_code("Tools") == Qt.Key.Key_Tools.value
    assert start_key_code("") == 0
    with pytest.raises(ValueError, match="not a key Qt knows"):
        start_key_code("F13 of course")
    with pytest.raises(BadInput, match="scanner_mode"):
        rules_from(Settings(scanner_mode="guess"))
    with pytest.raises(BadInput, match="scan_start_key"):
        rules_from(Settings(scanner_mode="prefix"))
    with pytest.raises(BadInput, match="scan_gap_ms"):
        rules_from(Settings(scan_gap_ms=1))
    assert rules_from(Settings()).gap_s == 0.05
