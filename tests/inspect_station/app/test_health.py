"""The database's one health state: what feeds it, what it says, and when it refuses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import Database
from db.outage import Outage
from inspect_station.app.errors import DatabaseUnavailable
from inspect_station.app.health import (
    SLOW_AFTER,
    UNREACHABLE_AFTER,
    DatabaseHealth,
    Probe,
    Reach,
    unavailable,
)
from tests.conftest import FakeClock


class Ticks:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def database(tmp_path: Path) -> Database:
    db = Database.from_url(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    yield db
    db.dispose()


def test_sessions_feed_the_state(database: Database, clock: FakeClock) -> None:
    health = DatabaseHealth(database, clock=clock)
    health.install()
    assert health.snapshot().reach is Reach.UNKNOWN
    with database.read() as session:
        session.execute(text("SELECT 1"))
    assert (health.snapshot().reach, health.snapshot().last_answer) == (Reach.REACHABLE, clock())
    clock.advance(90)
    with pytest.raises(DatabaseUnavailable) as raised:
        health.failed(Outage.UNREACHABLE)
    shown = health.snapshot()
    assert (shown.reach, shown.since) == (Reach.UNREACHABLE, clock())
    local = datetime(2026, 11, 26, 10, 0, tzinfo=UTC).astimezone().strftime("%H:%M")
    # The time the database last answered, not the time the failure was seen.
    assert str(raised.value) == (
        f"The database on this computer has not answered since {local}. Units are kept at "
        "this bench and sent when it is back."
    )
    assert shown.words() == f"SQLite h.sqlite3 unreachable since {local}"


def test_a_probe_that_waits_turns_slow_then_unreachable(
    database: Database, clock: FakeClock
) -> None:
    ticks = Ticks()
    health = DatabaseHealth(database, clock=clock, monotonic=ticks)
    health.answered(0.002)
    assert health.snapshot().reach is Reach.REACHABLE
    # A probe on its way: nothing is known until it has waited too long.
    health._probe_started, health._probe_started_at = ticks.now, clock()
    ticks.now += SLOW_AFTER + 0.01
    assert health.snapshot().reach is Reach.SLOW
    ticks.now += UNREACHABLE_AFTER
    shown = health.snapshot()
    assert (shown.reach, shown.since) == (Reach.UNREACHABLE, clock())
    health._probe_started = None
    health.answered(0.5)  # it came back, late
    assert (health.snapshot().reach, health.snapshot().words()) == (
        Reach.SLOW,
        "SQLite h.sqlite3 slow (0.5 s)",
    )


def test_the_gate_refuses_at_once_only_while_the_probe_says_unreachable(
    database: Database, clock: FakeClock
) -> None:
    health = DatabaseHealth(database, clock=clock)
    health.install()
    health.note_failure(Outage.UNREACHABLE)
    with database.read() as session:  # no probe running: the session tries, and answers
        session.execute(text("SELECT 1"))
    assert health.snapshot().reach is Reach.REACHABLE
    # While a probe runs (here one that is made but never asks, so nothing races the test),
    # a session is refused before it waits for anything.
    health._probe = Probe(health)
    health.note_failure(Outage.UNREACHABLE)
    with pytest.raises(DatabaseUnavailable, match="has not answered since"), database.read():
        pass
    health.answered(0.001)
    with database.read() as session:
        session.execute(text("SELECT 1"))


def test_probe_once_answers_on_sqlite(database: Database, clock: FakeClock) -> None:
    shown = DatabaseHealth(database, clock=clock).probe_once()
    assert shown.reach is Reach.REACHABLE
    assert shown.latency_s is not None
    assert shown.latency_s < 5


@pytest.mark.parametrize(
    ("outage", "words"),
    [
        (Outage.SLOW, "took longer than 10 s to answer and stopped the work; nothing was saved"),
        (Outage.BUSY, "is held by another program for longer than 10 s; nothing was saved"),
    ],
)
def test_slow_and_busy_are_said_in_plain_words(outage: Outage, words: str) -> None:
    assert words in unavailable("db1", None, outage, 10.0)
