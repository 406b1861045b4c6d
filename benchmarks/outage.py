"""``./station bench --only outage``: a bench whose PostgreSQL stops or hangs.

A private cluster on a loopback port (``tests/pg_cluster.py``), a station on it with the
settings' default timeouts (3 s to connect, 10 s per statement), its health probe running:

- **time until "unreachable" shows**: the server stopped (a fast shutdown) or hung (SIGSTOP on
  every server process), until the station's health state says unreachable; the status bar
  reads that state every 100 ms (``ui/health_lamp.py``), which adds up to 0.1 s;
- **the longest block while the server hangs** (15 s): a service call in a loop on a worker
  thread, as the window's task runner makes them; with the probe running (the window) and
  without it (a command), each call's time until it returned or raised;
- **sending rate**: 1,000 units (``--quick``: 200) finished at the bench while the database was
  away (a photo each, label printed at the bench), then sent in order when it is back; on the
  cluster, and on a SQLite database file for comparison.
"""

from __future__ import annotations

import contextlib
import statistics
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import select

from benchmarks.report import Section, table
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import DatabaseUnavailable
from inspect_station.app.health import Reach
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.demo import sample
from inspect_station.printing import queue
from inspect_station.sync import sending
from tests.pg_cluster import PgCluster, binaries

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

HANG_S = 15.0


def run(context: Context) -> Section:
    if binaries() is None:
        return Section("Outages", ["- skipped: no PostgreSQL binaries for a private cluster"])
    reps = 3 if context.quick else 10
    units = 200 if context.quick else 1000
    lines: list[str] = []
    with PgCluster() as cluster:
        station = _station(cluster.url, context.tmp / "outage-pg", units)
        try:
            print(f"  stop and hang, {reps} times each …", flush=True)
            stop = _detect(station, cluster.stop, cluster.start, reps)
            hang = _detect(station, cluster.hang, cluster.resume, reps)
            lines += table(
                ["Until the state says unreachable", "n", "median", "max"],
                [_row("server stopped", stop), _row("server hung (SIGSTOP)", hang)],
            )
            print(f"  a {HANG_S:.0f} s hang, calls in a loop …", flush=True)
            with_probe = _blocks(station, cluster, probe=True)
            without = _blocks(station, cluster, probe=False)
            lines += ["", *table(
                ["Service calls during a 15 s hang", "calls", "longest", "median", "target"],
                [
                    _block_row("with the probe (the window)", with_probe),
                    _block_row("without it (a command)", without),
                ],
            )]  # fmt: skip
            print(f"  {units} units offline, then sent …", flush=True)
            pg_rate = _sending(station, units)
        finally:
            station.close()
    sqlite_folder = context.tmp / "outage-sqlite"
    lite = _station(f"sqlite:///{sqlite_folder / 'station.sqlite3'}", sqlite_folder, units)
    try:
        lite_rate = _sending(lite, units)
    finally:
        lite.close()
    lines += ["", *table(
        ["Sending the journal", "units", "worked offline", "sent in", "units/s"],
        [["PostgreSQL", *pg_rate], ["SQLite", *lite_rate]],
    )]  # fmt: skip
    return Section("Outages: the database stopped, hung, and back", lines)


def _station(url: str, folder: Path, units: int) -> Station:
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(
        bench="BENCH-OUTAGE",
        operator="bench",
        database_url=url,
        photo_dir=str(folder / "photos"),
        labels_dir=str(folder / "labels"),
        require_shots=False,
        offline_bench="on",
        camera_scanning="off",
    )
    station = open_station(settings)
    sample.seed(station.db, today=date.today(), count=units + 50)
    assert station.offline is not None
    station.offline.refresh(station.db, days=365, limit=100_000, now=station.clock())
    return station


def _wait(predicate: Callable[[], bool], timeout: float) -> float:
    began = time.monotonic()
    while not predicate():
        if time.monotonic() - began > timeout:
            raise TimeoutError(f"not within {timeout} s")
        time.sleep(0.005)
    return time.monotonic() - began


def _reach(station: Station, reach: Reach) -> Callable[[], bool]:
    return lambda: station.health.snapshot().reach is reach


def _detect(
    station: Station, fault: Callable[[], None], mend: Callable[[], None], reps: int
) -> list[float]:
    station.health.start()
    seen = []
    try:
        for _ in range(reps):
            _wait(_reach(station, Reach.REACHABLE), 30)
            time.sleep(0.5)
            began = time.monotonic()
            fault()
            _wait(_reach(station, Reach.UNREACHABLE), 30)
            seen.append(time.monotonic() - began)
            mend()
    finally:
        station.health.stop()
    return seen


def _blocks(station: Station, cluster: PgCluster, *, probe: bool) -> list[float]:
    """Each call's time while the server hangs for :data:`HANG_S` seconds."""
    if probe:
        station.health.start()
        _wait(_reach(station, Reach.REACHABLE), 30)
    durations: list[float] = []
    stop = threading.Event()

    def calls() -> None:
        while not stop.is_set():
            began = time.monotonic()
            with contextlib.suppress(DatabaseUnavailable):
                inspection.resume(station)
            durations.append(time.monotonic() - began)
            time.sleep(0.05)

    worker = threading.Thread(target=calls, name="bench-calls")
    worker.start()
    time.sleep(1)
    cluster.hang()
    time.sleep(HANG_S)
    cluster.resume()
    time.sleep(1)
    stop.set()
    worker.join()
    station.health.stop()
    return durations


def _sending(station: Station, units: int) -> list[str]:
    bench = station.offline
    assert bench is not None
    with station.db.read() as session:
        rmas = list(session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)))
    bench.forced = True
    began = time.monotonic()
    done = 0
    rng = np.random.default_rng(16)
    for rma in rmas:
        if done == units:
            break
        opened = scanning.scan(station, rma)
        if not isinstance(opened, scanning.Opened):
            continue
        frame = rng.integers(40, 200, (240, 320, 3), dtype=np.uint8)
        inspection.add_camera_photo(station, opened.inspection.id, frame, shot="front")
        current = inspection.resume(station) or opened.inspection
        inspection.finish(station, current, grade="B")
        queue.dispatch(station)
        done += 1
    offline_s = time.monotonic() - began
    bench.forced = False
    began = time.monotonic()
    sent = sending.send_all(station)
    took = time.monotonic() - began
    return [str(len(sent)), f"{offline_s:.0f} s", f"{took:.1f} s", f"{len(sent) / took:.0f}"]


def _row(what: str, values: list[float]) -> list[str]:
    return [what, str(len(values)), f"{statistics.median(values):.2f} s", f"{max(values):.2f} s"]


def _block_row(what: str, values: list[float]) -> list[str]:
    return [
        what,
        str(len(values)),
        f"{max(values):.2f} s",
        f"{statistics.median(values) * 1000:.0f} ms",
        "≤ 10 s (statement timeout)",
    ]
