"""The application-wide scanner filter: order of keys, shortcuts, capitals, GS1."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow

WAIT = 10_000


def press(widget: object, key: int, text: str = "", mods=Qt.KeyboardModifier.NoModifier) -> None:
    QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))


def test_shift_presses_and_the_gs1_separator_stay_inside_one_scan(
    qtbot: QtBot, qapp: QApplication
) -> None:
    scanner = WedgeScanner()
    scanner.install(qapp)
    field = QLineEdit()
    qtbot.addWidget(field)
    try:
        with qtbot.waitSignal(scanner.scanned, timeout=WAIT) as scan:
            for char in "0104006381333931":
                press(field, Qt.Key.Key_0 + int(char), char)
            press(field, Qt.Key.Key_Control, "", Qt.KeyboardModifier.ControlModifier)
            press(field, Qt.Key.Key_BracketRight, "\x1d", Qt.KeyboardModifier.ControlModifier)
            for char in "10LOT":
                if char.isalpha():
                    press(field, Qt.Key.Key_Shift, "", Qt.KeyboardModifier.ShiftModifier)
                press(field, ord(char), char, Qt.KeyboardModifier.ShiftModifier)
            press(field, Qt.Key.Key_Return)
        assert scan.args == ["0104006381333931\x1d10LOT"]
        assert field.text() == ""
    finally:
        scanner.uninstall(qapp)


def test_keys_typed_before_a_shortcut_arrive_before_it(qtbot: QtBot, window: MainWindow) -> None:
    bench = window.bench
    wedge = window._scanner
    qtbot.keyClicks(bench, "NOPAPERS-1")
    qtbot.keyClick(bench, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.unexpected_button.isVisible(), timeout=WAIT)
    qtbot.wait(60)
    qtbot.keyClick(bench, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: bench.inspection is not None, timeout=WAIT)
    notes = bench.grading.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "scratched")  # quick typing, then at once F10
    assert wedge.holding
    qtbot.keyClick(notes, Qt.Key.Key_F10)
    assert notes.toPlainText() == "scratched"  # the held keys went in before F10 acted
