"""Keyboard-wedge scans captured application-wide, whatever widget has the focus.

An event filter on the QApplication passes printable keys to the Qt-free
:class:`~inspect_station.identify.wedge.WedgeDetector`. A burst ending in Enter/Tab becomes one
``scanned`` signal and never reaches the focused widget; anything slower is replayed to the
widget it was meant for, a few milliseconds late. Gaps are measured between the key events'
own timestamps, so a busy UI does not split a scan. The scan's text is passed on as typed,
AIM symbology prefix (``]C1``, ``]d2``…) and GS1 separators included: the resolver reads them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from inspect_station.identify.identifiers import GS
from inspect_station.identify.wedge import WedgeDetector

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
_TERMINATOR_TEXT = ("\r", "\n", "\t", "\x1b")
_MODIFIER_KEYS = (
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _holdable(event: QKeyEvent, *, in_burst: bool) -> bool:
    """A key that may be part of a scan: printable text, or the GS1 group separator (which
    arrives as Ctrl+]), typed without Ctrl/Alt/Meta and not by auto-repeat. Inside a burst a
    stray control character (a NUL from a misconfigured scanner) is held too, so the whole
    scan is refused with a message instead of half of it being typed into a field."""
    text = event.text()
    if event.isAutoRepeat() or not text:
        return False
    if text == GS:
        return True
    if in_burst and len(text) == 1 and ord(text) < 32 and text not in _TERMINATOR_TEXT:
        return True
    return text.isprintable() and not event.modifiers() & _COMMAND_MODIFIERS


def _timestamp(event: QKeyEvent) -> float | None:
    """When the window system saw the key, in seconds; None for synthetic events."""
    stamp = event.timestamp()
    return stamp / 1000 if stamp else None


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
        self._detector: WedgeDetector[_HeldKey] = WedgeDetector(
            gap_s=gap_ms / 1000, min_length=min_length, clock=clock or time.monotonic
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
        if self._replaying:
            return False
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.key() in _MODIFIER_KEYS:  # a scanner presses Shift for capitals
                return False
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            # A shortcut (F10, Esc, F2…) may fire before its key press is delivered: keys
            # typed before it go first. Keys a scan is made of, and its Enter, do not count.
            holdable = _holdable(event, in_burst=self._detector.holding)
            if not holdable and event.key() not in _TERMINATORS:
                return self._flush_then(False)
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        text = event.text()
        if _holdable(event, in_burst=self._detector.holding):
            # From the window system a key reaches the window first: it is meant for the widget
            # with the focus. Sent straight to a widget, it is meant for that widget.
            focus: QObject | None = (
                watched if isinstance(watched, QWidget) else QApplication.focusWidget()
            )
            target = focus or watched
            held = _HeldKey(target, event.key(), event.modifiers(), text)
            self._detector.key(text, held, _timestamp(event))
            self._timer.start()
            return True
        if event.key() in _TERMINATORS and self._detector.holding and not event.isAutoRepeat():
            code = self._detector.terminator(_timestamp(event))
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
