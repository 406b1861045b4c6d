"""The bench's background link to the shared database: it sends the journal as soon as the
database answers, and refreshes the local copy while nothing waits to be sent.

One thread of its own (``start()``/``stop()``, never started by a constructor), waking every
half second. It never touches the screen: the status bar reads :attr:`SyncWorker.sent` and the
offline bench's count.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from typing import TYPE_CHECKING

from inspect_station.app.errors import DatabaseUnavailable, KnownError
from inspect_station.app.health import Reach
from inspect_station.sync import sending

if TYPE_CHECKING:
    from inspect_station.app.context import Station

log = logging.getLogger(__name__)

TICK_S = 0.5


class SyncWorker:
    """Sends the journal and refreshes the local copy on a thread of its own."""

    def __init__(self, station: Station) -> None:
        self._station = station
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="offline-sync", daemon=True)
        self.sent = 0  # units sent since start
        self.failure: str | None = None  # why sending stopped (a bug), for the status bar

    def start(self) -> None:
        if self._station.offline is not None:
            self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def _run(self) -> None:
        while not self._stopping.wait(TICK_S):
            try:
                self.tick()
            except Exception as exc:  # a bug: said on the status bar, tried again later
                log.exception("sending the offline journal failed")
                self.failure = f"{type(exc).__name__}: {exc}"
                self._stopping.wait(10)

    def tick(self) -> None:
        """One round: send what is ready, or refresh the copy when it is due."""
        station = self._station
        bench = station.offline
        if bench is None or bench.forced:
            return
        bench.count()
        if station.health.snapshot().reach is Reach.UNREACHABLE:
            return
        try:
            if bench.last_count:
                self.sent += len(sending.send_all(station, stop=self._stopping.is_set))
                bench.count()
                self.failure = None
            if not bench.last_count and self._copy_due():
                settings = station.settings
                bench.refresh(
                    station.db,
                    days=settings.offline_copy_days,
                    limit=settings.offline_copy_limit,
                    now=station.clock(),
                    bench=station.bench,
                )
        except DatabaseUnavailable as exc:
            log.info("the database went away again: %s", exc)
        except KnownError as exc:
            log.warning("offline copy not refreshed: %s", exc)

    def _copy_due(self) -> bool:
        bench = self._station.offline
        assert bench is not None
        copied = bench.copied_at()
        if copied is None:
            return True
        every = timedelta(minutes=self._station.settings.offline_refresh_minutes)
        return self._station.clock() - copied >= every
