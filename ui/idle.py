"""Idle lock: no key, click or scan for ``timeout_s`` seconds and the station locks.

The clock is injected (``time.monotonic`` by default), so a test moves time on instead of
waiting five minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

_ACTIVITY = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
)


class IdleWatch(QObject):
    """Signals:
    idle(): nothing happened for ``timeout_s`` seconds (emitted once per quiet spell).
    """

    idle = Signal()

    def __init__(
        self,
        *,
        timeout_s: float,
        clock: Callable[[], float] = time.monotonic,
        interval_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout_s = timeout_s
        self._last = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def install(self, app: QApplication) -> None:
        app.installEventFilter(self)
        self.touch()
        self._timer.start()

    def uninstall(self, app: QApplication) -> None:
        self._timer.stop()
        app.removeEventFilter(self)

    def touch(self) -> None:
        self._last = self._clock()
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.touch()
        return False

    @Slot()
    def check(self) -> None:
        if self.timeout_s <= 0 or self._fired:
            return
        if self._clock() - self._last >= self.timeout_s:
            self._fired = True
            self.idle.emit()
