"""One worker thread for every database and disk task, results delivered on the UI thread.

The bench never waits on I/O: a widget hands a core service call to :class:`TaskRunner`, and
gets the result (or the error) back through a queued signal. Tasks run one at a time, in the
order given, so two actions of one worker can never overtake each other.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from inspect_station.app.errors import KnownError
from inspect_station.people.auth import SignedOut

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[KnownError], None]


class TaskRunner(QObject):
    """Runs callables on one background thread.

    Signals:
        busy_changed(bool): a task started while idle, or the last task finished.
        crashed(str): a task raised something that is not a KnownError (a bug).
        signed_out(str): a write was refused because the signed-in user was revoked.
    """

    busy_changed = Signal(bool)
    crashed = Signal(str)
    signed_out = Signal(str)
    _finished = Signal(object, object, object, object)  # on_done, on_error, result, error

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-task")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._on_finished)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        **kwargs: Any,
    ) -> None:
        if self._closed:  # the window is closing: late follow-up work is dropped
            log.debug("task %r dropped after shutdown", fn)
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._deliver(f, on_done, on_error))

    def _deliver(self, future: Future[Any], on_done: Done | None, on_error: Failed | None) -> None:
        # Runs on the worker thread; the queued signal carries the outcome to the UI thread.
        error = future.exception()
        result = None if error else future.result()
        self._finished.emit(on_done, on_error, result, error)

    @Slot(object, object, object, object)
    def _on_finished(
        self, on_done: Done | None, on_error: Failed | None, result: Any, error: Any
    ) -> None:
        self._pending -= 1
        try:
            if isinstance(error, SignedOut):  # whatever the task, the station locks
                self.signed_out.emit(str(error))
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif isinstance(error, KnownError) and on_error is not None:
                on_error(error)
            else:
                text = "".join(traceback.format_exception(error))
                log.error("task failed:\n%s", text)
                self.crashed.emit(text)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self) -> None:
        """Wait for queued work (a finished inspection must reach the database) and stop."""
        self._closed = True
        self._pool.shutdown(wait=True)
