"""A database that stops or hangs: said at once in plain words, nothing waits past its timeout,
and work resumes by itself when it is back.

Each test runs against a private PostgreSQL cluster on a loopback port (``tests/pg_cluster.py``)
that it stops (a fast shutdown) or hangs (SIGSTOP on every server process).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import DatabaseUnavailable
from inspect_station.app.health import Reach
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.cli import main
from inspect_station.demo import sample
from tests.conftest import FakeClock, need_service
from tests.pg_cluster import PgCluster, binaries, wait_until

pytestmark = pytest.mark.postgres

STATEMENT_S = 3.0  # short, so that a test of a hang stays short
SLACK_S = 2.0  # what a busy machine may add to a timeout (not a measurement: benchmarks/)


@pytest.fixture(scope="module")
def cluster() -> Iterator[PgCluster]:
    if binaries() is None:
        need_service("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    with PgCluster() as pg:
        yield pg


@pytest.fixture
def outage_station(cluster: PgCluster, settings: Settings, clock: FakeClock) -> Iterator[Station]:
    cluster.resume()
    if not (cluster.data / "postmaster.pid").exists():
        cluster.start()
    config = settings.replace(
        bench="BENCH-OUT",
        database_url=cluster.url,
        database_connect_timeout=2.0,
        database_statement_timeout=STATEMENT_S,
    )
    station = open_station(config, clock=clock)
    sample.seed(station.db, today=clock().date(), count=80)
    yield station
    cluster.resume()
    station.close()


def _rmas(station: Station) -> list[str]:
    with station.db.read() as session:
        return list(session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)))


def test_a_stopped_server_is_said_in_plain_words_and_work_resumes(
    cluster: PgCluster, outage_station: Station
) -> None:
    rmas = _rmas(outage_station)
    cluster.stop()
    try:
        with pytest.raises(DatabaseUnavailable) as raised:
            scanning.scan(outage_station, rmas[0])
        assert str(raised.value).startswith("The database on 127.0.0.1 has not answered since ")
        assert str(raised.value).endswith("Units are kept at this bench and sent when it is back.")
        assert outage_station.health.snapshot().reach is Reach.UNREACHABLE
    finally:
        cluster.start()
    # Back: the next call works, nothing to restart.
    opened = scanning.scan(outage_station, rmas[0])
    assert isinstance(opened, scanning.Opened)
    assert outage_station.health.snapshot().reach is Reach.REACHABLE


def test_a_hung_server_blocks_no_call_past_the_statement_timeout(
    cluster: PgCluster, outage_station: Station
) -> None:
    outage_station.health.start()
    try:
        wait_until(lambda: outage_station.health.snapshot().reach is Reach.REACHABLE, 5)
        cluster.hang()
        shown = wait_until(
            lambda: outage_station.health.snapshot().reach is Reach.UNREACHABLE, 3 + SLACK_S
        )
        assert shown < 3 + SLACK_S
        # The probe knows: a call is refused at once instead of waiting.
        began = time.monotonic()
        with pytest.raises(DatabaseUnavailable, match="has not answered since"):
            inspection.resume(outage_station)
        assert time.monotonic() - began < 1
    finally:
        outage_station.health.stop()
    # Without the probe, a call on a pooled connection gives up within the statement timeout.
    began = time.monotonic()
    with pytest.raises(DatabaseUnavailable, match="has not answered since"):
        inspection.resume(outage_station)
    assert time.monotonic() - began < STATEMENT_S + SLACK_S
    cluster.resume()
    inspection.resume(outage_station)  # answers again
    assert outage_station.health.snapshot().reach is Reach.REACHABLE


def test_db_check_says_the_same_and_exits_non_zero(
    cluster: PgCluster, outage_station: Station, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(
        f'bench = "BENCH-OUT"\ndatabase_url = "{cluster.url}"\n'
        "database_connect_timeout = 2.0\ndatabase_statement_timeout = 3.0\n",
        encoding="utf-8",
    )
    assert main(["--config", str(config), "db", "check"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("The database on 127.0.0.1 answers in ")
    assert "PostgreSQL 127.0.0.1/station, schema " in out
    cluster.stop()
    try:
        assert main(["--config", str(config), "db", "check"]) == 1
        out = capsys.readouterr().out
        assert "The database on 127.0.0.1 has not answered since " in out
        assert "Try again when it is back." in out
    finally:
        cluster.start()
    cluster.hang()
    try:
        began = time.monotonic()
        assert main(["--config", str(config), "db", "check"]) == 1
        assert time.monotonic() - began < 3 + SLACK_S
        assert "has not answered since" in capsys.readouterr().out
    finally:
        cluster.resume()


def _finish_units(station: Station, rmas: list[str]) -> list[str]:
    """Scan and finish the next parcels in ``rmas`` (taking them off the list); their plates."""
    plates = []
    while rmas and len(plates) < 3:
        opened = scanning.scan(station, rmas.pop(0))
        if not isinstance(opened, scanning.Opened):
            continue
        current = inspection.resume(station) or opened.inspection
        inspection.finish(station, current, grade="B")
        plates.append(opened.inspection.lpn)
    return plates


def _finished_once(station: Station, plates: list[str]) -> None:
    """Every plate finished exactly once on the shared database, with one routing label."""
    from db.models.inspections import Inspection
    from db.models.printing import PrintJob

    with station.db.read() as session:
        rows = session.execute(
            select(Inspection.lpn, Inspection.status, Inspection.id).where(
                Inspection.lpn.in_(plates)
            )
        ).all()
        assert sorted((lpn, status) for lpn, status, _id in rows) == sorted(
            (lpn, "finished") for lpn in plates
        )
        for _lpn, _status, unit in rows:
            jobs = session.scalars(select(PrintJob.id).where(PrintJob.inspection_id == unit))
            assert len(list(jobs)) == 1


def test_a_bench_works_through_a_stop_a_hang_and_a_stop_while_sending(
    cluster: PgCluster, outage_station: Station, settings: Settings, clock: FakeClock
) -> None:
    """The outage CI runs: stopped for 10 s, hung for 15 s, stopped in the middle of sending;
    the bench keeps finishing units at each, and everything arrives once."""
    from inspect_station.sync.worker import SyncWorker

    outage_station.close()
    config = settings.replace(
        bench="BENCH-OUT",
        database_url=cluster.url,
        offline_bench="on",
        database_statement_timeout=10.0,
    )
    station = open_station(config)  # the wall clock: the worker refreshes and sends on time
    bench = station.offline
    assert bench is not None
    rmas = _rmas(station)[20:]
    assert len(rmas) == 60
    worker = SyncWorker(station)
    station.health.start()
    worker.start()
    plates: list[str] = []
    try:
        wait_until(lambda: bench.copied_at() is not None, 10)  # the local copy, made online
        # Stopped for 10 s: the bench says so at once and keeps working.
        cluster.stop()
        began = time.monotonic()
        wait_until(lambda: station.health.snapshot().reach is Reach.UNREACHABLE, 3)
        plates += _finish_units(station, rmas)
        assert bench.count() == 3
        time.sleep(max(0.0, 10 - (time.monotonic() - began)))
        cluster.start()
        wait_until(lambda: bench.count() == 0, 60)  # sent by the worker, in order
        _finished_once(station, plates)
        # Hung for 15 s: no call waits past the statement timeout, the bench works on.
        cluster.hang()
        began = time.monotonic()
        wait_until(lambda: station.health.snapshot().reach is Reach.UNREACHABLE, 3)
        plates += _finish_units(station, rmas)
        assert time.monotonic() - began < 10 + SLACK_S
        time.sleep(max(0.0, 15 - (time.monotonic() - began)))
        cluster.resume()
        wait_until(lambda: bench.count() == 0, 60)
        _finished_once(station, plates)
        # Stopped in the middle of sending: what was not sent is sent later, once.
        bench.forced = True
        for _ in range(4):
            plates += _finish_units(station, rmas)
        waiting = bench.count()
        assert waiting == 12
        bench.forced = False
        wait_until(lambda: bench.count() < waiting, 60)
        cluster.stop()
        time.sleep(2)
        assert 0 < bench.count() < waiting  # cut off half-way
        cluster.start()
        wait_until(lambda: bench.count() == 0, 90)
        _finished_once(station, plates)
    finally:
        worker.stop()
        cluster.resume()
        station.close()
