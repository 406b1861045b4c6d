"""Background work with a typed hand-back: the operation runs on a worker, its result comes back
on the UI thread.

The bench never waits on I/O: a widget hands a core service call to :meth:`TaskRunner.run` as an
operation that takes nothing and returns a ``T`` (``partial(service, station, …)`` or a lambda),
with the ``success`` that takes that ``T``; mypy checks that the two agree. Tasks run one at a
time, in the order given, so two actions of one worker can never overtake each other.

What a task can end in, and who hears of it:

- a result: ``success(result)``;
- a :class:`KnownError` (the person can act on it): ``failure(error)`` when the caller gave one,
  else the runner's ``refused`` signal, which the window shows calmly on its message line;
- :class:`SignedOut` (the guard refused a write of a revoked user): ``signed_out`` always (the
  station locks and says why), and the caller's ``failure`` too, so it can let go of what it
  was waiting for; never "Internal error";
- anything else is a bug: ``crashed`` with the traceback (logged; the window says "Internal
  error").

Every outcome travels through a queued connection, also when the task finished before
:meth:`TaskRunner.run` returned: a callback never runs inside ``run()``, always later, from the
UI thread's event loop.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from inspect_station.app.errors import KnownError
from inspect_station.people.auth import SignedOut

log = logging.getLogger(__name__)

T = TypeVar("T")

Failure = Callable[[KnownError], object]


@dataclass(frozen=True)
class _Outcome(Generic[T]):
    """What a finished task carries back to the UI thread."""

    success: Callable[[T], object]
    failure: Failure | None
    future: Future[T]


class TaskRunner(QObject):
    """Runs operations on one background thread, one at a time.

    Signals:
        busy_changed(bool): a task started while idle, or the last task finished.
        refused(str): a task's KnownError that its caller left to the window (its message).
        signed_out(str): a write was refused because the signed-in user was revoked.
        crashed(str): a task raised something that is not a KnownError (a bug; traceback).
    """

    busy_changed = Signal(bool)
    refused = Signal(str)
    signed_out = Signal(str)
    crashed = Signal(str)
    _finished = Signal(object)  # an _Outcome, emitted on the worker thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-task")
        self._pending = 0
        self._closed = False
        # Queued, never direct: a task that is done before run() returns still reports later,
        # from the event loop, like every other.
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        op: Callable[[], T],
        success: Callable[[T], object],
        *,
        failure: Failure | None = None,
    ) -> None:
        """Run ``op`` on the worker; ``success`` (or ``failure``) follows on the UI thread.

        ``failure`` gets the KnownErrors this caller handles itself; without it they are
        said through ``refused``.
        """
        if self._closed:  # the window is closing: late follow-up work is dropped
            log.debug("task %r dropped after shutdown", op)
            return
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        future = self._pool.submit(op)
        future.add_done_callback(lambda done: self._finished.emit(_Outcome(success, failure, done)))

    @Slot(object)
    def _on_finished(self, outcome: _Outcome[Any]) -> None:
        self._pending -= 1
        try:
            self._deliver(outcome)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _deliver(self, outcome: _Outcome[Any]) -> None:
        error = outcome.future.exception()
        if error is None:
            outcome.success(outcome.future.result())
            return
        if isinstance(error, SignedOut):  # whatever the task, the station locks
            self.signed_out.emit(str(error))
            if outcome.failure is not None:
                outcome.failure(error)
        elif isinstance(error, KnownError):
            if outcome.failure is not None:
                outcome.failure(error)
            else:
                log.info("refused: %s", error)
                self.refused.emit(str(error))
        else:
            text = "".join(traceback.format_exception(error))
            log.error("task failed:\n%s", text)
            self.crashed.emit(text)

    def shutdown(self) -> None:
        """Wait for queued work (a finished inspection must reach the database) and stop."""
        self._closed = True
        self._pool.shutdown(wait=True)
