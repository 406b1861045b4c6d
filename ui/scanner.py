"""Keyboard-wedge scans captured application-wide, whatever widget has the focus.

An event filter on the QApplication passes printable keys to the Qt-free
:class:`~inspect_station.wedge.WedgeDetector`. A burst ending in Enter/Tab becomes one
``scanned`` signal and never reaches the focused widget; anything slower is replayed to the
widget it was meant for, a few milliseconds late.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from inspect_station.wedge import WedgeDetector

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class _HeldKey:
    target: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class WedgeScanner(QObject):
    """Signals:
    scanned(str): one complete scan from a keyboard-wedge scanner.
    """

    scanned = Signal(str)

    def __init__(
        self,
        *,
        gap_ms: int = 30,
        min_length: int = 4,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        kwargs = {"clock": clock} if clock else {}
        self._detector: WedgeDetector[_HeldKey] = WedgeDetector(
            gap_s=gap_ms / 1000, min_length=min_length, **kwargs
        )
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(gap_ms + 5)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._timer.stop()
        self._replay(self._detector.release())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or event.modifiers() & _COMMAND_MODIFIERS:
            return self._flush_then(False)
        text = event.text()
        if text and text.isprintable():
            held = _HeldKey(watched, event.key(), event.modifiers(), text)
            self._detector.key(text, held)
            self._timer.start()
            return True
        if event.key() in _TERMINATORS and self._detector.holding:
            code = self._detector.terminator()
            if code is not None:
                self._timer.stop()
                self.scanned.emit(code)
                return True
        return self._flush_then(False)

    def _flush_then(self, result: bool) -> bool:
        if self._detector.holding:
            self._timer.stop()
            self._replay(self._detector.release())
        return result

    def _on_timer_timeout(self) -> None:
        released = self._detector.expire()
        if released:
            self._replay(released)
        elif self._detector.holding:
            self._timer.start()

    def _replay(self, keys: list[_HeldKey]) -> None:
        self._replaying = True
        try:
            for held in keys:
                press = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
                QApplication.sendEvent(held.target, press)
        finally:
            self._replaying = False
