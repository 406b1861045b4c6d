"""What the screenshot scripts share: the application as the station styles it, waiting while
Qt works, and signing in as at the bench."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from inspect_station.app import i18n
from ui import translations
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET


def application(language: str = "en") -> QApplication:
    """The application as the station styles it, speaking ``language`` (its messages, its
    window, Qt's own buttons)."""
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    translations.install(app, i18n.activate(language))
    return app


def wait(ms: int) -> None:
    """Let Qt run for ``ms`` milliseconds (tasks finish, windows paint)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def sign_in(window: MainWindow, badge: str, pin: str) -> None:
    """As at the bench: the badge scanned, the PIN typed, Enter."""
    window.sign_in.handle_badge(badge)
    window.sign_in.pin.setText(pin)
    window.sign_in.pin.returnPressed.emit()
    wait(800)
