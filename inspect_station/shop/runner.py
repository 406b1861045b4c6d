"""The deliverer: a thread of its own that sends the outbox and pulls the shops' returns, so the
bench never waits for a shop.

Started and stopped explicitly (:meth:`Deliverer.start`, :meth:`Deliverer.stop`), never from a
constructor: the window's composition root owns one, ``inspect-station outbox run`` another.
:meth:`Deliverer.poke` wakes it at once (after a finish); otherwise it looks for due deliveries
every ``idle_s`` seconds. A connector whose :meth:`check` fails is held (nothing of it is sent)
and checked again a minute later; one that stops answering is left alone for the rest of the
round, and its deliveries wait their own pauses.

While the station's database is out of reach the deliverer says so once (one line, with the
reason), then waits pauses that double up to :data:`OUTAGE_PAUSE_MAX_S`, trying again at once
when the database's health state says it answers (the window's probe notices first), and says
once when it is back.

A connector with ``attach_evidence`` gets the return's evidence PDF with its ``return.decided``
events: ``evidence`` (given by the composition root, which knows how a document is made) returns
it for an event's row, rendered at the first sending and kept with the event.
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from db.outage import classify
from inspect_station.app.errors import DatabaseUnavailable, KnownError
from inspect_station.app.health import Reach
from inspect_station.shop import delivery, inbound
from inspect_station.shop.config import EVIDENCE_EVENT
from inspect_station.shop.connector import Connector, DeliveryFailed, TryAgain
from inspect_station.shop.delivery import Policy

if TYPE_CHECKING:
    from inspect_station.app.context import Station

log = logging.getLogger(__name__)
RECHECK_S = 60.0
OUTAGE_PAUSE_MAX_S = 30.0  # the longest wait between two tries while the database is away


@dataclass(frozen=True)
class ConnectorState:
    """What the deliverer knows of one connector, for the status bar and ``outbox list``."""

    name: str
    ready: bool = False
    problem: str | None = None  # its check or its last pull, in the receiver's words
    last_pull_at: datetime | None = None
    pulled: int = 0


@dataclass
class _Book:
    states: dict[str, ConnectorState] = field(default_factory=dict)
    next_check: dict[str, float] = field(default_factory=dict)
    next_pull: dict[str, float] = field(default_factory=dict)


@dataclass
class _Outage:
    """The database out of reach: since when (monotonic) and how many rounds it refused."""

    since: float
    rounds: int = 1


def policy_from(station: Station) -> Policy:
    s = station.settings
    return Policy(
        max_attempts=s.outbox_max_attempts, base_s=s.outbox_retry_base_s, max_s=s.outbox_retry_max_s
    )


class Deliverer:
    """Sends ``station``'s outbox through ``connectors`` on its own thread."""

    def __init__(
        self,
        station: Station,
        connectors: Mapping[str, Connector],
        *,
        policy: Policy | None = None,
        idle_s: float = 1.0,
        batch: int = 100,
        on_change: Callable[[dict[str, ConnectorState]], None] | None = None,
        rng: random.Random | None = None,
        evidence: Callable[[int], dict[str, Any]] | None = None,
    ) -> None:
        wanting = [n for n, c in connectors.items() if c.config.attach_evidence]
        if wanting and evidence is None:
            raise ValueError(f"connectors {wanting} attach evidence: give the deliverer evidence=")
        self._evidence = evidence
        self._station = station
        self._connectors = dict(connectors)
        self._policy = policy or policy_from(station)
        self._idle_s = idle_s
        self._batch = batch
        self._on_change = on_change
        self._rng = rng or random.Random()
        self._owner = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._book = _Book({name: ConnectorState(name) for name in self._connectors})
        self._outage: _Outage | None = None
        self.rounds = 0

    @property
    def states(self) -> dict[str, ConnectorState]:
        return dict(self._book.states)

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="outbox-deliverer", daemon=True)
        self._thread.start()

    def poke(self) -> None:
        """Look for due deliveries now (a unit was just finished)."""
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the delivery in hand, then stop; the connectors' connections are closed."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        for connector in self._connectors.values():
            connector.close()

    @property
    def database_out(self) -> bool:
        """The last round found the database out of reach."""
        return self._outage is not None

    def _run(self) -> None:
        while not self._stop.is_set():
            busy = self._round()
            if self._outage is not None:
                self._wait_out(self._outage)
            elif not busy:
                self._wake.wait(self._idle_s)
                self._wake.clear()

    def _round(self) -> bool:
        """:meth:`run_once`, an outage of the database noted rather than raised."""
        try:
            busy = self.run_once()
        except Exception as error:
            if not isinstance(error, DatabaseUnavailable) and classify(error) is None:
                log.exception("outbox round failed")
            elif self._outage is None:
                self._outage = _Outage(time.monotonic())
                log.warning("outbox waits: the database is out of reach (%s)", _reason(error))
            else:
                self._outage.rounds += 1
            return False
        if self._outage is not None:
            away = time.monotonic() - self._outage.since
            log.info("outbox resumes: the database answers again after %.0f s", away)
            self._outage = None
        return busy

    def _wait_out(self, outage: _Outage) -> None:
        """Pause before the next try: twice as long each round, or until the database's health
        state says it answers again (or the deliverer stops)."""
        pause = min(OUTAGE_PAUSE_MAX_S, self._idle_s * 2 ** min(outage.rounds, 16))
        until = time.monotonic() + pause
        while not self._stop.is_set():
            left = until - time.monotonic()
            if left <= 0:
                return
            self._wake.wait(min(left, self._idle_s))  # at least this long between two tries
            self._wake.clear()
            if self._station.health.snapshot().reach is Reach.REACHABLE:
                return

    def run_once(self) -> bool:
        """One round: checks, pulls, then every delivery due now. True if anything was sent."""
        self.rounds += 1
        now = time.monotonic()
        ready = [name for name in self._connectors if self._ready(name, now)]
        sent = self._deliver_due(ready)
        for name in ready:  # after the deliveries: a refund waits for no pull
            self._pull(name, now)
        return sent

    def _deliver_due(self, ready: list[str]) -> bool:
        sent = False
        silent: set[str] = set()  # no answer this round: its other deliveries wait their turn
        while not self._stop.is_set():
            # A delivered event lets the next one of its return go: ask again until none moves.
            moved = False
            live = [name for name in ready if name not in silent]
            now_at = self._station.clock()
            for delivery_id, name in delivery.due(self._station.db, live, now_at, self._batch):
                if self._stop.is_set():
                    break
                if name in silent:
                    continue
                outcome = self._send(delivery_id, name)
                if outcome is None:
                    continue
                moved = moved or outcome.state == "delivered"
                failure = outcome.failure
                if isinstance(failure, TryAgain) and failure.status is None:
                    silent.add(name)
            sent = sent or moved
            if not moved:
                break
        return sent

    def _send(self, delivery_id: int, name: str) -> delivery.Outcome | None:
        return delivery.send_one(
            self._station.db,
            self._connectors[name],
            delivery_id,
            owner=self._owner,
            clock=self._station.clock,
            policy=self._policy,
            rng=self._rng,
            prepare=self._prepare,
        )

    def _prepare(self, claimed: delivery.Claimed) -> dict[str, Any]:
        """The event as this connector is sent it: with the evidence document if it takes one."""
        payload = {k: v for k, v in claimed.payload.items() if k != "evidence"}
        config = self._connectors[claimed.connector].config
        if config.attach_evidence and payload.get("type") == EVIDENCE_EVENT:
            assert self._evidence is not None  # checked when the deliverer was made
            payload["evidence"] = self._evidence(claimed.event_id)
        return payload

    def _ready(self, name: str, now: float) -> bool:
        state = self._book.states[name]
        if state.ready:
            return True
        if now < self._book.next_check.get(name, 0.0):
            return False
        try:
            self._connectors[name].check()
        except DeliveryFailed as error:
            self._book.next_check[name] = now + RECHECK_S
            self._set(ConnectorState(name, ready=False, problem=str(error)))
            return False
        self._set(ConnectorState(name, ready=True))
        return True

    def _pull(self, name: str, now: float) -> None:
        connector = self._connectors[name]
        if not connector.config.pull or now < self._book.next_pull.get(name, 0.0):
            return
        self._book.next_pull[name] = now + connector.config.poll_seconds
        state = self._book.states[name]
        try:
            result = inbound.pull(self._station, connector)
        except DatabaseUnavailable:
            raise  # the station's own database, not the shop: the round says it
        except KnownError as error:  # the shop unreachable, or a return the manifest refuses
            self._set(ConnectorState(name, True, str(error), state.last_pull_at, state.pulled))
            return
        at = self._station.clock()
        self._set(ConnectorState(name, True, None, at, state.pulled + result.created))

    def _set(self, state: ConnectorState) -> None:
        self._book.states[state.name] = state
        if self._on_change is not None:
            self._on_change(dict(self._book.states))


def _reason(error: BaseException) -> str:
    """What refused, in one line: the driver's words where there are some (a session that met
    the outage), else the station's (a session refused while the probe says unreachable)."""
    cause = error.__cause__ if isinstance(error, DatabaseUnavailable) else error
    text = str(getattr(cause, "orig", None) or cause or error)
    return " ".join(text.split())
