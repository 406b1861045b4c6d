"""The deliverer while the station's database is away: the outage said once with its reason, no
traceback per round, pauses that grow, a try as soon as the health state says the database
answers, and its return said once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator

import pytest

from db.outage import Outage
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.shop import config, delivery
from inspect_station.shop.runner import Deliverer
from tests.conftest import FakeClock, need_service
from tests.pg_cluster import PgCluster, binaries, wait_until

RUNNER = "inspect_station.shop.runner"


class _Shop:
    """A connector that is always ready and never called: the rounds only ask the database."""

    config = config.ConnectorConfig(
        name="shop", kind="webhook", url="http://127.0.0.1:9", secret="whsec_test"
    )

    def check(self) -> None: ...

    def deliver(self, event: dict[str, object]) -> dict[str, object]:
        raise AssertionError("nothing is in the outbox")

    def close(self) -> None: ...


@pytest.fixture(scope="module")
def cluster() -> Iterator[PgCluster]:
    if binaries() is None:
        need_service("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    with PgCluster() as pg:
        yield pg


@pytest.mark.postgres
def test_a_database_that_refuses_connections_is_said_once_and_its_return_once(
    cluster: PgCluster, settings: Settings, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    config_ = settings.replace(
        bench="BENCH-OUT", database_url=cluster.url, database_connect_timeout=2.0
    )
    station = open_station(config_, clock=clock)
    deliverer = Deliverer(station, {"shop": _Shop()}, idle_s=0.05)  # type: ignore[dict-item]
    caplog.set_level(logging.INFO)
    try:
        cluster.stop()
        station.db.engine.dispose()  # no pooled connection left: every round must connect
        deliverer.start()
        wait_until(lambda: deliverer.database_out, 30)
        first = deliverer.rounds
        wait_until(lambda: deliverer.rounds >= first + 4, 30)  # pauses 0.1, 0.2, 0.4, 0.8 s
        assert deliverer.database_out
    finally:
        cluster.start()
    try:
        wait_until(lambda: not deliverer.database_out, 30)
    finally:
        deliverer.stop()
        station.close()
    said = [(r.levelname, r.getMessage()) for r in caplog.records if r.name == RUNNER]
    assert len(said) == 2, said
    (out_level, out), (back_level, back) = said
    assert out_level == "WARNING"
    assert out.startswith("outbox waits: the database is out of reach (connection failed: ")
    assert "Connection refused" in out
    assert "\n" not in out
    assert back_level == "INFO"
    assert back.startswith("outbox resumes: the database answers again after ")
    assert [r for r in caplog.records if r.exc_info] == []  # no traceback, from anyone


def test_while_the_database_is_away_the_deliverer_follows_its_health_state(
    station: Station, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # The database refuses while ``down``; a refusal and the way back are each done under one
    # lock, so the health state cannot be set back to unreachable behind the test's answer.
    lock = threading.Lock()
    down = {"now": True, "refused": 0}
    real_due = delivery.due

    def due(*args: object, **kwargs: object) -> object:
        with lock:
            if down["now"]:
                down["refused"] += 1
                station.health.failed(Outage.UNREACHABLE, ConnectionRefusedError("refused"))
        return real_due(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(delivery, "due", due)
    caplog.set_level(logging.INFO, logger=RUNNER)
    deliverer = Deliverer(station, {"shop": _Shop()}, idle_s=0.25)  # type: ignore[dict-item]
    deliverer.start()
    try:
        # Pauses of 0.5, 1 and 2 s after the first three refusals; 4 s after the fourth.
        wait_until(lambda: down["refused"] >= 4, 30)
        with lock:  # the database answers, and the window's probe says so
            down["now"] = False
            station.health.answered()
        waited = wait_until(lambda: not deliverer.database_out, 30)
    finally:
        deliverer.stop()
    assert waited < 3.0  # the next try came with the health state, not after the 4 s pause
    said = [r.getMessage() for r in caplog.records if r.name == RUNNER]
    assert said[0] == "outbox waits: the database is out of reach (refused)"
    assert said[1].startswith("outbox resumes: the database answers again after ")
    assert len(said) == 2
