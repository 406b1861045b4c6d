"""Every key after every dialog, also in a kiosk session with no window manager.

Without a window manager nobody hands the input focus back when a dialog closes: Qt gave the
dialog the X focus itself (``XSetInputFocus`` with revert-to-parent), so when it unmaps the X
server reverts the focus to the root window. Keys still reach the main window (the pointer is
over it), but Qt has no focus window: ``QApplication.activeWindow()`` is None and no shortcut
fires (F1–F11, Ctrl+Enter, Ctrl+Del…). Nor does any window of ours get the focus at start
in a session whose focus follows the pointer.

So: when one of our top-level windows hides and, a moment later, no window of ours has the
focus, the modal dialog still open (else the main window) asks for activation; the main
window asks once at start. With a window manager it has already focused our window by then
and nothing happens; a person who switched to another program (no window of ours hid) is
left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

SETTLE_MS = 50  # long enough for a window manager to have given the focus itself


def _main_window() -> QMainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            return widget
    return None


class KioskFocus(QObject):
    """Installed on the application by the composition root (``ui.app.build_window``)."""

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)
        QTimer.singleShot(SETTLE_MS, self, self.reactivate)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)

    def reactivate(self) -> None:
        """Give the focus back to our modal dialog or main window if no window has it."""
        if QGuiApplication.focusWindow() is not None:
            return
        target = QApplication.activeModalWidget() or _main_window()
        if target is not None:
            target.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            QTimer.singleShot(SETTLE_MS, self, self.reactivate)
        return False
