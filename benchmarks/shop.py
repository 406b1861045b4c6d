"""The outbox and the shops: what survives failures (finish → refund in Medusa is
``benchmarks/shop_refund.py``, ``--only refund``).

- *Receiver killed at random*: outcomes (each single-unit return makes two events) delivered to
  a webhook receiver process (``benchmarks/shop_receiver.py``) that is ``kill -9``-ed every
  0.3–1.5 s and restarted 0.2–1 s later; afterwards every event must be applied exactly once.
  The peer is the same delivery with the receiver never killed.
- *Drain after an outage*: the receiver is stopped while the bench finishes units for
  ``OUTAGE_S`` seconds (10 minutes; 30 s with ``--quick``), then started again; the backlog it
  built, the wait until the first retry reached it (the backoff's), and the rate at which it
  drained, with the station's default backoff (2 s doubling to 300 s).
"""

from __future__ import annotations

import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from benchmarks.report import Section, table
from benchmarks.shop_receiver import SECRET
from db.models.outbox import OutboxDelivery, OutboxEvent
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

FAST = Policy(max_attempts=1000, base_s=0.2, max_s=2.0)


def run(context: Context) -> Section:
    lines: list[str] = []
    _killed_receiver(context, lines)
    _drain(context, lines)
    return Section("Outcomes to the shops", lines)


def _station(context: Context, name: str, hook: dict[str, Any] | None) -> Station:
    home = context.tmp / name
    settings = Settings(
        bench="BENCH-SHOP",
        operator="bench",
        database_url=f"sqlite:///{home / 'station.sqlite3'}",
        photo_dir=str(home / "photos"),
        labels_dir=str(home / "labels"),
        require_shots=False,
        camera_scanning="off",
        connectors={"wms": hook} if hook else {},
    )
    return open_station(settings)


def _returns(station: Station, prefix: str, count: int) -> list[str]:
    rmas = [f"RMA-{prefix}-{n:06d}" for n in range(count)]
    rows = [
        {"rma": rma, "order_number": f"SO-{n:08d}", "sku": "JKT-1", "category": "apparel",
         "quantity": "1", "unit_price": "40.00", "delivered_on": "2026-11-20"}
        for n, rma in enumerate(rmas)
    ]  # fmt: skip
    store(station.db, parse_rows(rows))
    return rmas


def _finish(station: Station, rma: str) -> float:
    opened = scanning.scan(station, rma)
    assert isinstance(opened, scanning.Opened), opened
    began = time.perf_counter()
    inspection.finish(station, opened.inspection, grade="A")
    return time.perf_counter() - began


# -- webhooks ----------------------------------------------------------------------------------
class ReceiverProcess:
    def __init__(self, log: Path) -> None:
        self.log = log
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.proc: subprocess.Popen[bytes] | None = None
        self.kills = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.shop_receiver", str(self.port), str(self.log)]
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.02)
        raise RuntimeError("the receiver did not start")

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.proc = None
            self.kills += 1

    def applied(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.log.read_text().splitlines() if self.log.exists() else []:
            event_id = line.split()[0]
            counts[event_id] = counts.get(event_id, 0) + 1
        return counts


def _hook(url: str) -> dict[str, Any]:
    return {"kind": "webhook", "url": url, "secret_env": "BENCH_SHOP_SECRET", "timeout_s": 2}


def _deliver(
    context: Context, name: str, returns: int, chaos: bool
) -> tuple[int, int, int, int, float]:
    import os

    os.environ["BENCH_SHOP_SECRET"] = SECRET
    receiver = ReceiverProcess(context.tmp / f"{name}.log")
    receiver.start()
    station = _station(context, name, _hook(receiver.url))
    for rma in _returns(station, name.upper()[:4], returns):
        _finish(station, rma)
    deliverer = Deliverer(
        station, connectors.from_settings(station.settings), policy=FAST, idle_s=0.2
    )
    stop = threading.Event()
    rng = random.Random(17)

    def havoc() -> None:
        while not stop.wait(rng.uniform(0.3, 1.5)):
            receiver.kill()
            if stop.wait(rng.uniform(0.2, 1.0)):
                break
            receiver.start()

    chaos_thread = threading.Thread(target=havoc, name="receiver-killer") if chaos else None
    began = time.perf_counter()
    deliverer.start()
    if chaos_thread is not None:
        chaos_thread.start()
    total = 2 * returns
    while _delivered(station) < total and time.perf_counter() - began < 900:
        time.sleep(0.1)
    took = time.perf_counter() - began
    stop.set()
    if chaos_thread is not None:
        chaos_thread.join()
    deliverer.stop()
    if receiver.proc is None:
        receiver.start()
    receiver.kill()
    applied = receiver.applied()
    with station.db.read() as session:
        ids = [str(e) for e in session.scalars(select(OutboxEvent.event_id))]
    station.close()
    lost = sum(1 for e in ids if applied.get(e, 0) == 0)
    twice = sum(1 for e in ids if applied.get(e, 0) > 1)
    return total, lost, twice, receiver.kills - 1, took


def _delivered(station: Station) -> int:
    with station.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(OutboxDelivery)
                .where(OutboxDelivery.state == "delivered")
            )
            or 0
        )


def _killed_receiver(context: Context, lines: list[str]) -> None:
    returns = 100 if context.quick else 500
    rows = []
    for name, chaos in (("calm", False), ("killed", True)):
        total, lost, twice, kills, took = _deliver(context, name, returns, chaos)
        rows.append(
            (
                name,
                str(total),
                str(kills),
                str(lost),
                str(twice),
                f"{took:.1f} s",
                f"{total / took:.0f}/s",
            )
        )
    lines += [
        f"Webhook outcomes ({returns} returns of one unit: {2 * returns} events) to a receiver "
        "process, calm and killed at random (kill -9 every 0.3–1.5 s, back 0.2–1 s later):",
        "",
        *table(
            ("receiver", "events", "kills", "lost", "applied twice", "all delivered in", "rate"),
            rows,
        ),
        "",
    ]


def _drain(context: Context, lines: list[str]) -> None:
    import os

    outage = 30.0 if context.quick else 600.0
    os.environ["BENCH_SHOP_SECRET"] = SECRET
    receiver = ReceiverProcess(context.tmp / "outage.log")
    station = _station(context, "outage", _hook(receiver.url))
    deliverer = Deliverer(station, connectors.from_settings(station.settings), idle_s=1.0)
    rmas = _returns(station, "OUTA", int(outage * 2) + 10)
    deliverer.start()  # the receiver is down from the start: the shop's outage
    finish_s: list[float] = []
    began = time.perf_counter()
    n = 0
    while time.perf_counter() - began < outage:
        finish_s.append(_finish(station, rmas[n]))
        n += 1
        time.sleep(max(0.0, began + n * 0.5 - time.perf_counter()))
    backlog = 2 * n
    receiver.start()
    back = time.perf_counter()
    first = last = None
    while time.perf_counter() - back < 900:
        done = _delivered(station)
        now = time.perf_counter()
        if done and first is None:
            first = now
        if done >= backlog:
            last = now
            break
        time.sleep(0.05)
    deliverer.stop()
    receiver.kill()
    station.close()
    if first is None or last is None:
        lines.append(
            f"Drain after a {outage:.0f} s outage: the backlog of {backlog} did not drain "
            "in 15 min."
        )
        return
    rate = backlog / max(last - first, 1e-3)
    lines += [
        f"Drain after a {outage / 60:.1f}-minute outage (the receiver stopped; the bench "
        "finished a unit every 0.5 s meanwhile; default backoff 2 s doubling to 300 s):",
        "",
        *table(
            (
                "backlog",
                "wait for the first retry",
                "drained in",
                "drain rate",
                "finish p50 during the outage",
            ),
            [
                (
                    f"{backlog} events",
                    f"{first - back:.1f} s",
                    f"{last - first:.1f} s",
                    f"{rate:.0f} events/s",
                    f"{statistics.median(finish_s) * 1000:.0f} ms",
                )
            ],
        ),
        "",
    ]
