"""One health state for the station's database: reachable, slow or unreachable, and since when.

Two things feed it: every session the station opens (``Database.on_answer`` and
``Database.on_outage``), and, while the window runs, a light probe on a thread of its own
(:class:`Probe`: ``SELECT 1`` five times a second on its own connection). A probe that has not
answered after :data:`UNREACHABLE_AFTER` makes the state unreachable while the probe is still
waiting, so a server that hangs shows within a second; a server that stopped shows at the next
probe. While the probe runs and says unreachable, a session is refused at once
(``Database.gate``) instead of waiting for its own timeout.

An outage reaches the person as :class:`~inspect_station.app.errors.DatabaseUnavailable` in plain
words, never as the driver's message.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Engine

from db.engine import Database, create
from db.outage import Outage, classify
from db.timeouts import Timeouts
from inspect_station.app.errors import DatabaseUnavailable
from inspect_station.app.i18n import N_, _

log = logging.getLogger(__name__)

PROBE_INTERVAL = 0.2  # seconds between probes
SLOW_AFTER = 0.3  # a probe (or its answer) this late: slow
UNREACHABLE_AFTER = 0.6  # a probe still waiting after this: unreachable
# The probe's own connection gives up sooner than the services' (it only has to notice).
PROBE_TIMEOUTS = Timeouts(connect=2.0, statement=2.0)


class Reach(StrEnum):
    UNKNOWN = "unknown"  # nothing asked yet
    REACHABLE = "reachable"
    SLOW = "slow"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Health:
    """The database's state as the status bar and ``db check`` say it."""

    reach: Reach
    host: str
    where: str  # "PostgreSQL db.example/inspect", "SQLite station.sqlite3"
    since: datetime | None  # when the present state began
    last_answer: datetime | None  # the last time the database answered anything
    latency_s: float | None  # the last probe's round trip

    @property
    def ok(self) -> bool:
        return self.reach in (Reach.REACHABLE, Reach.UNKNOWN)

    def words(self) -> str:
        """One line for the status bar."""
        if self.reach is Reach.UNREACHABLE:
            return _("{where} unreachable since {clock}").format(
                where=self.where, clock=_clock(self.last_answer or self.since)
            )
        if self.reach is Reach.SLOW:
            late = f" ({self.latency_s:.1f} s)" if self.latency_s is not None else ""
            return f"{self.where} slow{late}"
        return self.where


AT_BENCH = N_("Units are kept at this bench and sent when it is back.")
STARTING = N_("The station starts when it answers again.")
ON_COMMAND = N_("Try again when it is back.")


def unavailable(
    host: str, since: datetime | None, outage: Outage, limit_s: float, *, then: str = AT_BENCH
) -> str:
    """The message for an outage, in the words the bench shows; ``then`` says what follows
    from an unreachable database where the message is read."""
    if outage is Outage.SLOW:
        return _(
            "The database on {host} took longer than {limit_s:g} s to answer and stopped the "
            "work; nothing was saved. Try again in a moment."
        ).format(host=host, limit_s=limit_s)
    if outage is Outage.BUSY:
        return _(
            "The database on {host} is held by another program for longer than {limit_s:g} "
            "s; nothing was saved. Try again in a moment."
        ).format(host=host, limit_s=limit_s)
    return _("The database on {host} has not answered since {clock}. {then}").format(
        host=host, clock=_clock(since), then=_(then)
    )


def _clock(when: datetime | None) -> str:
    return when.astimezone().strftime("%H:%M") if when is not None else _("now")


class DatabaseHealth:
    """The health state of one :class:`~db.engine.Database`, shared by every thread."""

    def __init__(
        self,
        database: Database,
        *,
        clock: Callable[[], datetime],
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._database = database
        self._clock = clock
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._reach = Reach.UNKNOWN
        self._since: datetime | None = None
        self._last_answer: datetime | None = None
        self._latency: float | None = None
        self._probe_started: float | None = None  # monotonic, while a probe waits
        self._probe_started_at: datetime | None = None  # the same on the wall clock
        self._probe: Probe | None = None

    def install(self) -> None:
        """Let every session of the database report to this state."""
        self._database.on_answer = self.answered
        self._database.on_outage = self.failed
        self._database.gate = self.check_gate

    @property
    def host(self) -> str:
        return self._database.host

    # -- what reports here -----------------------------------------------------------------
    def answered(self, latency_s: float | None = None) -> None:
        """The database answered (a session ended well, or a probe came back)."""
        now = self._clock()
        with self._lock:
            self._last_answer = now
            if latency_s is not None:
                self._latency = latency_s
            slow = latency_s is not None and latency_s > SLOW_AFTER
            self._set(Reach.SLOW if slow else Reach.REACHABLE, now)

    def failed(self, outage: Outage, error: BaseException | None = None) -> None:
        """A session or the probe met ``outage``: note it and raise what the person reads."""
        self.note_failure(outage)
        raise self.error(outage) from error

    def note_failure(self, outage: Outage) -> None:
        now = self._clock()
        with self._lock:
            if outage is Outage.UNREACHABLE:
                self._set(Reach.UNREACHABLE, now)
            elif self._reach is not Reach.UNREACHABLE:
                self._set(Reach.SLOW, now)

    def error(self, outage: Outage = Outage.UNREACHABLE) -> DatabaseUnavailable:
        with self._lock:
            since = self._last_answer or self._since
        limit = self._database.timeouts.statement
        return DatabaseUnavailable(unavailable(self.host, since, outage, limit), outage=outage)

    def check_gate(self) -> None:
        """Refuse a session at once while the probe knows the database is out of reach."""
        if self._probe is not None and self.snapshot().reach is Reach.UNREACHABLE:
            raise self.error(Outage.UNREACHABLE)

    def _set(self, reach: Reach, now: datetime) -> None:
        if reach is not self._reach:
            log.info("database %s: %s", self._database.describe(), reach)
            self._reach, self._since = reach, now

    # -- what the status bar reads ---------------------------------------------------------
    def snapshot(self) -> Health:
        """The state now; a probe that has waited too long counts as an answer not coming."""
        with self._lock:
            reach = self._reach
            waiting = (
                self._monotonic() - self._probe_started if self._probe_started is not None else 0
            )
            since = self._since
            if waiting > UNREACHABLE_AFTER:
                reach = Reach.UNREACHABLE
            elif waiting > SLOW_AFTER and reach is Reach.REACHABLE:
                reach = Reach.SLOW
            if reach is not self._reach:  # it changed while the probe waits
                since = self._probe_started_at
            return Health(
                reach,
                self.host,
                self._database.describe(),
                since,
                self._last_answer,
                max(self._latency or 0.0, waiting) if waiting else self._latency,
            )

    # -- the probe ---------------------------------------------------------------------------
    def start(self) -> None:
        """Start probing on a thread of its own (the window does; commands ask once)."""
        if self._probe is None:
            self._probe = Probe(self)
            self._probe.start()

    def stop(self) -> None:
        if self._probe is not None:
            self._probe.stop()
            self._probe = None

    def probe_once(self) -> Health:
        """Ask the database once, here and now (``db check``)."""
        engine = self.probe_engine()
        try:
            self.probe(engine)
        finally:
            engine.dispose()
        return self.snapshot()

    def probe_engine(self) -> Engine:
        url = self._database.engine.url.render_as_string(hide_password=False)
        return create(url, timeouts=PROBE_TIMEOUTS, pool_size=1, max_overflow=0)

    def probe(self, engine: Engine) -> None:
        """Ask ``SELECT 1`` on ``engine`` (its own connection) and note what came of it."""
        started = self._monotonic()
        with self._lock:
            self._probe_started, self._probe_started_at = started, self._clock()
        try:
            with engine.connect() as connection:
                connection.exec_driver_sql("SELECT 1").scalar()
        except Exception as error:  # whatever it is, the probe got no answer
            with self._lock:
                self._probe_started = None
            self.note_failure(classify(error) or Outage.UNREACHABLE)
            log.debug("probe failed: %s", error)
            return
        with self._lock:
            self._probe_started = None
        self.answered(self._monotonic() - started)


class Probe:
    """Asks the database ``SELECT 1`` every :data:`PROBE_INTERVAL` seconds on its own thread."""

    def __init__(self, health: DatabaseHealth) -> None:
        self._health = health
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="database-probe", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()
        # A probe waiting on a hung server gives up within its own timeouts.
        self._thread.join(timeout=PROBE_TIMEOUTS.connect + PROBE_TIMEOUTS.statement + 1)

    def _run(self) -> None:
        engine = self._health.probe_engine()
        try:
            while not self._stopping.is_set():
                self._health.probe(engine)
                self._stopping.wait(PROBE_INTERVAL)
        finally:
            engine.dispose()
