"""Keyboard-wedge scans captured application-wide, whatever widget has the focus.

An event filter on the QApplication sorts every key into a start key, a character, an end
key or anything else, and hands it to the Qt-free
:class:`~inspect_station.identify.wedge.KeyAssembler`, which decides per scanner mode what is a
scan, what is typing and what is refused. A scan becomes one ``scanned`` signal and never
reaches a widget; a scan that cannot be read whole becomes one ``refused`` signal and nothing
of it is typed; typing is replayed to the widget each key was meant for (or, if that widget
is gone, to the one with the focus now). While keys are held or a frame is open no shortcut
fires: their ``ShortcutOverride`` is taken here.

The decision the assembler's deadline asks for is taken one event-loop pass after the timer
fires, and only if no key came meanwhile: keys the window system queued while the UI thread
was busy are delivered first, so a stall never splits a scan.

``origin`` is the widget that had the focus at the scan's first key — where the person was —
for the router to read while ``scanned`` is being emitted.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from inspect_station.identify.identifiers import GS
from inspect_station.identify.wedge import (
    KeyAssembler,
    Outcome,
    Refused,
    Scan,
    Typed,
    WedgeRules,
)

_TERMINATORS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
# A decision taken this late past its time means the UI thread was stalled (see _decide).
STALL_S = 0.015
_NOT_DATA = ("\r", "\n", "\t", "\x1b", "\x08", "\x7f")  # Enter, Tab, Esc, Backspace, Delete
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


def _kind(event: QKeyEvent, start: int) -> str:
    """start, end, char (text a scan may carry) or other."""
    mods = event.modifiers()
    if (
        start
        and (event.keyCombination().toCombined() & ~int(Qt.KeyboardModifier.KeypadModifier.value))
        == start
    ):
        return "start"
    if event.key() in _TERMINATORS and not mods & _COMMAND_MODIFIERS:
        return "end"
    text = event.text()
    # Not told apart by isAutoRepeat(): X marks a key pressed again at once after its release
    # (same timestamp) as a repeat, and a scanner types doubled characters exactly so.
    if not text or len(text) != 1 or text in _NOT_DATA:
        return "other"
    if text == GS or ord(text) < 32:
        return "char"  # a control character: part of a scan, or left to its widget
    return "char" if text.isprintable() and not mods & _COMMAND_MODIFIERS else "other"


def text_entry(widget: QWidget) -> bool:
    """A widget a person types text into, not marked as a code field (ui.style.code_field)."""
    if not isValid(widget) or widget.property("scanTarget"):
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return isinstance(widget, QAbstractSpinBox) or (
        isinstance(widget, QComboBox) and widget.isEditable()
    )


def start_key_code(text: str) -> int:
    """The combined key code of a start key written as Qt writes it ("F13", "Tools",
    "Ctrl+Shift+F12"); 0 for none. Raises ValueError for a name Qt does not know."""
    if not text.strip():
        return 0
    sequence = QKeySequence(text.strip())
    combo: QKeyCombination | None = (
        sequence[0] if sequence.count() == 1 else None  # type: ignore[index]  # not in stubs
    )
    if combo is None or combo.key() == Qt.Key.Key_unknown:
        raise ValueError(
            QCoreApplication.translate(
                "WedgeScanner", "{text!r} is not a key Qt knows (e.g. F13, Tools, Ctrl+Shift+F12)"
            ).format(text=text)
        )
    return int(combo.toCombined())


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
    stamp: int  # the window system's timestamp (ms), kept when the key is replayed


class WedgeScanner(QObject):
    """Signals:
    scanned(str): one whole scan from a keyboard-wedge scanner (``origin``: where it went).
    refused(str): keys that were a scan but could not be read whole; the reason.
    """

    scanned = Signal(str)
    refused = Signal(str)

    def __init__(
        self,
        *,
        rules: WedgeRules | None = None,
        start_key: str = "",
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.rules = rules or WedgeRules()
        self._start = start_key_code(start_key) if self.rules.mode == "prefix" else 0
        self._clock = clock or time.monotonic
        self._asm: KeyAssembler[_HeldKey] = KeyAssembler(self.rules, clock=self._clock)
        self._origin: QObject | None = None
        self._replaying = False
        self._keys_seen = 0  # a key that came since the timer fired defers its decision
        self._due = 0.0  # clock time the timer was armed for
        self._extended = False  # the decision was put off once for a stalled loop
        self._syncing = False  # asking the window system for keys it has already stamped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timer_timeout)

    def describe(self) -> str:
        """One line for the status bar."""
        if self.rules.mode == "prefix":
            return f"scanner: prefix {QKeySequence(self._start).toString() or '(no start key)'}"
        if self.rules.mode == "aim":
            return "scanner: AIM prefix"
        return f"scanner: timing {self.rules.gap_s * 1000:.0f} ms"

    @property
    def origin(self) -> QWidget | None:
        """The widget that had the focus at the current scan's first key, if it still exists."""
        origin = self._origin
        return origin if isinstance(origin, QWidget) and isValid(origin) else None

    @property
    def holding(self) -> bool:
        return self._asm.holding

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)

    def uninstall(self, app: QApplication) -> None:
        app.removeEventFilter(self)
        self._timer.stop()
        self._apply(self._asm.settle(force=True))

    # -- keys -----------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or event.type() not in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in _MODIFIER_KEYS:  # a scanner presses Shift for capitals
            return False
        kind = _kind(event, self._start)
        if event.type() == QEvent.Type.ShortcutOverride:
            return self._on_shortcut_override(event, kind)
        self._keys_seen += 1
        self._extended = False
        at = _timestamp(event)
        if kind == "other":
            swallow, outcomes = self._asm.other(at)
        else:
            if kind == "char":  # typing before it may move the focus (an end key waits)
                self._apply(self._asm.before(at))
            focus = watched if isinstance(watched, QWidget) else QApplication.focusWidget()
            held = _HeldKey(
                focus or watched, event.key(), event.modifiers(), event.text(), event.timestamp()
            )
            if kind == "start":
                swallow, outcomes = self._asm.start(held, at)
            elif kind == "end":
                swallow, outcomes = self._asm.end(held, at)
            else:
                swallow, outcomes = self._asm.char(event.text(), held, at)
        self._apply(outcomes)
        self._arm()
        return swallow

    def _on_shortcut_override(self, event: QKeyEvent, kind: str) -> bool:
        """Qt asks whether a key is a shortcut before delivering it. Keys that belong to a
        scan (or may) are no shortcut; any other key acts after what was typed before it."""
        if kind == "other" and not self._asm.framed:
            self._apply(self._asm.other(_timestamp(event))[1])
            return False
        takes = (
            self._asm.holding
            or kind == "start"
            or (kind == "char" and self._would_hold(event.text()))
        )
        if takes:
            event.accept()  # the key press follows; no shortcut fires on it
            return True
        return False

    def _would_hold(self, text: str) -> bool:
        if not text.isprintable() and text != GS:
            return False  # a lone control character (Ctrl+letter) stays a shortcut
        if self.rules.mode == "timing":
            return True
        return self.rules.mode == "aim" and text == "]"

    # -- time -----------------------------------------------------------------------------
    def _arm(self) -> None:
        due = self._asm.deadline()
        if due is None:
            self._timer.stop()
            return
        self._due = due
        self._timer.start(max(1, round((due - self._clock()) * 1000)))

    def _on_timer_timeout(self) -> None:
        # Keys already queued behind a busy UI are delivered before a zero timer: decide one
        # pass later, and only if none came.
        seen = self._keys_seen
        QTimer.singleShot(0, self, lambda: self._decide(seen))

    def _decide(self, seen: int) -> None:
        if seen != self._keys_seen or self._syncing:
            return  # a key came: it re-armed the timer
        if self._asm.holding and QGuiApplication.platformName() == "xcb":
            # A key the X server stamped before now may still sit in the connection, unread
            # by a loop the machine held up. A round trip to the server delivers every event
            # it made before the answer; a key among them belongs to what is held.
            self._syncing = True
            try:
                QGuiApplication.sync()
            finally:
                self._syncing = False
            if seen != self._keys_seen:
                return
        if not self._extended and self._clock() - self._due > STALL_S and self._asm.holding:
            # The loop ran late: the window system's reader may have been held up too, with
            # the scan's next keys still on their way. Wait one more gap, once.
            self._extended = True
            self._timer.start(max(1, round(self.rules.gap_s * 1000)))
            return
        self._apply(self._asm.settle())
        self._arm()

    # -- outcomes -------------------------------------------------------------------------
    def _apply(self, outcomes: list[Outcome[_HeldKey]]) -> None:
        for outcome in outcomes:
            if isinstance(outcome, Typed):
                self._replay(outcome.keys)
            elif isinstance(outcome, Scan):
                self._origin = outcome.origin.target if outcome.origin else None
                try:
                    self.scanned.emit(outcome.code)
                finally:
                    self._origin = None
            elif isinstance(outcome, Refused):
                origin = outcome.origin.target if outcome.origin else None
                if outcome.unended and isinstance(origin, QWidget) and text_entry(origin):
                    self._replay(outcome.keys)  # a fast typist in a text field, no scan
                else:
                    self.refused.emit(outcome.reason)

    def _replay(self, keys: tuple[_HeldKey, ...]) -> None:
        self._replaying = True
        try:
            for held in keys:
                target: QObject | None = held.target
                if not isValid(target) or (isinstance(target, QWidget) and not target.isVisible()):
                    target = QApplication.focusWidget()  # its widget closed meanwhile
                if target is None:
                    continue
                press = QKeyEvent(QEvent.Type.KeyPress, held.key, held.modifiers, held.text)
                press.setTimestamp(held.stamp)
                QApplication.sendEvent(target, press)
        finally:
            self._replaying = False
