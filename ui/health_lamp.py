"""The database's state on the status bar, kept live without touching the database.

:class:`HealthLamp` reads, every 100 ms on the UI thread, what the core keeps up to date on
other threads: the health state (``station.health``, fed by the probe and by every session)
and the number of units waiting to be sent (``station.offline.last_count``, counted by the
services and the sync worker). Reading them is a lock and a few attributes, never I/O, so the
window never waits for the database to learn that it does not answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from db.outage import Outage
from db.types import utcnow as health_now
from inspect_station.app.health import Health, Reach, unavailable

if TYPE_CHECKING:
    from inspect_station.app.context import Station
    from inspect_station.sync.worker import SyncWorker

INTERVAL_MS = 100


class HealthLamp(QObject):
    """Says when the database's state, or the count of units to send, changes.

    Signals:
        changed(str, str, str): the status bar's text, its level ("ok", "warn" or "bad") and the
        whole story for the tooltip.
        went_away(str): the database stopped answering: what the bench says, in words.
        came_back(str): it answers again.
    """

    changed = Signal(str, str, str)
    went_away = Signal(str)
    came_back = Signal(str)

    def __init__(
        self,
        *,
        station: Station,
        sync: SyncWorker | None = None,
        interval_ms: int = INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._sync = sync
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._shown: tuple[str, str] | None = None
        self._away = False

    def start(self) -> None:
        self._timer.start()
        self._on_timer_timeout()

    def stop(self) -> None:
        self._timer.stop()

    @Slot()
    def _on_timer_timeout(self) -> None:
        health = self._station.health.snapshot()
        bench = self._station.offline
        waiting = bench.last_count if bench is not None else 0
        failure = self._sync.failure if self._sync is not None else None
        shown = words(health, waiting, failure)
        if shown != self._shown:
            self._shown = shown
            self.changed.emit(*shown, f"{health.words()}" + _count(waiting))
        away = health.reach is Reach.UNREACHABLE
        if away and not self._away:
            since = health.last_answer or health.since
            limit = self._station.db.timeouts.statement
            self.went_away.emit(unavailable(health.host, since, Outage.UNREACHABLE, limit))
        elif self._away and not away:
            self.came_back.emit(_back(health, waiting))
        self._away = away


def words(health: Health, waiting: int, failure: str | None = None) -> tuple[str, str]:
    """The status bar's text and level for this state: short, so the state and the count fit
    the bar (which database it is stays in the tooltip)."""
    level = {Reach.UNREACHABLE: "bad", Reach.SLOW: "warn"}.get(health.reach, "ok")
    if health.reach is Reach.UNREACHABLE:
        since = (health.last_answer or health.since or health_now()).astimezone()
        text = QCoreApplication.translate(
            "HealthLamp", "Database unreachable since {since:%H:%M}"
        ).format(since=since)
    elif health.reach is Reach.SLOW:
        late = f" ({health.latency_s:.1f} s)" if health.latency_s is not None else ""
        text = QCoreApplication.translate("HealthLamp", "Database slow{late}").format(late=late)
    else:
        text = QCoreApplication.translate("HealthLamp", "Database: {where}").format(
            where=health.where
        )
    if waiting:
        text += QCoreApplication.translate("HealthLamp", " · {waiting} to send").format(
            waiting=waiting
        )
        level = "bad" if level == "bad" else "warn"
    if failure:
        text += QCoreApplication.translate("HealthLamp", " · sending stopped")
        level = "bad"
    return text, level


def _count(waiting: int) -> str:
    return (
        QCoreApplication.translate(
            "HealthLamp", " · {waiting} unit(s) finished here wait to be sent"
        ).format(waiting=waiting)
        if waiting
        else ""
    )


def _back(health: Health, waiting: int) -> str:
    if waiting:
        return QCoreApplication.translate(
            "HealthLamp",
            "The database on {host} answers again: {waiting} unit(s) finished here are being sent.",
        ).format(host=health.host, waiting=waiting)
    return QCoreApplication.translate("HealthLamp", "The database on {host} answers again.").format(
        host=health.host
    )
