"""Python's garbage collected on the window's thread only.

Python collects reference cycles in whichever thread happens to allocate when a generation's
threshold is crossed: often a worker thread of the task runners. A cycle holding a Qt object
then runs the object's C++ destructor in that thread, which locks Qt's connection mutex and
waits for the interpreter lock; if the window's thread holds the interpreter lock and waits for
that mutex (connecting a signal, building a widget), both wait for ever and the station
freezes. So the automatic collection is turned off and the same generational collection runs
from a timer on the window's thread, where destroying a Qt object is safe.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

__all__ = ["MainThreadCollector"]

INTERVAL_MS = 500


class MainThreadCollector(QObject):
    """Collects garbage on the thread it lives in (make it on the window's thread)."""

    def __init__(self, *, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)

    def install(self) -> None:
        """Turn Python's own collection off; collect from here from now on."""
        gc.disable()
        self._timer.start()

    def uninstall(self) -> None:
        self._timer.stop()
        gc.enable()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.collect_due()

    def collect_due(self) -> int:
        """Collect the generations whose thresholds were crossed, as Python would have; the
        number of unreachable objects found."""
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if young <= first:
            return 0
        found = gc.collect(0)
        if middle > second:
            found += gc.collect(1)
            if old > third:
                found += gc.collect(2)
        return found
