"""Finish at the bench → refund recorded in Medusa, and where that time goes.

A customer's return of one unit is requested in the real Medusa of ``tools/medusa`` and pulled in
(not timed); the clock runs from just before the bench's ``finish`` to the moment Medusa answers
the refund call (its workflow has committed it; the order is read back afterwards to make sure),
with the deliverer on its own thread and poked after the finish, as the window does. Target
p95 < 5 s on loopback. The refund is the delivery's last call (after the receive: Medusa books a
refund on an order that owes nothing as a credit line), so this is also the whole delivery.
Nothing polls Medusa meanwhile.

Each run is split: the finish itself (the bench's transaction), the wait until the deliverer
took the delivery (its wake-up, or a pull of the shop's returns it was in the middle of), and
the deliverer's calls to Medusa's admin API, each timed and summed per kind.
"""

from __future__ import annotations

import re
import statistics
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from benchmarks.report import Section, table
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.shop import connectors
from inspect_station.shop.connector import Connector, Pulled
from inspect_station.shop.runner import Deliverer

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

REFUND_TARGET_S = 5.0
_ID = re.compile(r"/[a-z]+_[0-9A-Z]{20,}")


@dataclass
class _Clock:
    """When the deliverer's calls to Medusa began and ended (perf_counter), by what they were."""

    calls: list[tuple[str, float, float]] = field(default_factory=list)
    pulls: list[tuple[float, float]] = field(default_factory=list)
    delivers: list[tuple[float, float]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


class _TimedHttp:
    def __init__(self, http: Any, clock: _Clock) -> None:
        self._http, self._clock = http, clock

    def call(self, method: str, path: str, **kw: Any) -> Any:
        began = time.perf_counter()
        try:
            return self._http.call(method, path, **kw)
        finally:
            with self._clock.lock:
                what = f"{method} {_ID.sub('/:id', path)}"
                self._clock.calls.append((what, began, time.perf_counter()))

    def close(self) -> None:
        self._http.close()


class _Timed:
    """The Medusa connector with its calls timed (the deliverer sees the same interface)."""

    def __init__(self, inner: Any, clock: _Clock) -> None:
        inner._http = _TimedHttp(inner._http, clock)
        self._inner, self._clock = inner, clock
        self.config = inner.config

    def check(self) -> None:
        self._inner.check()

    def pull(self, cursor: str | None) -> Pulled:
        began = time.perf_counter()
        try:
            return self._inner.pull(cursor)  # type: ignore[no-any-return]
        finally:
            self._clock.pulls.append((began, time.perf_counter()))

    def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        began = time.perf_counter()
        try:
            return self._inner.deliver(event)  # type: ignore[no-any-return]
        finally:
            self._clock.delivers.append((began, time.perf_counter()))

    def close(self) -> None:
        self._inner.close()


@dataclass(frozen=True)
class _Run:
    total: float  # finish → Medusa answered the refund (its workflow committed)
    finish: float
    wait: float
    to_refund: float
    pulling: bool  # the deliverer was pulling the shop's returns when the finish poked it
    calls: tuple[tuple[str, float], ...]


def run(context: Context) -> Section:
    import pytest

    from tests import medusa_shop

    lines: list[str] = []
    try:
        shop = medusa_shop.start()
    except (pytest.skip.Exception, pytest.fail.Exception) as why:
        lines.append(f"Finish → refund in Medusa: not measured ({why}).")
        return Section("Finish → refund in Medusa", lines)
    try:
        runs = _measure(context, shop)
    finally:
        medusa_shop.stop(shop)
    _report(runs, lines)
    return Section("Finish → refund in Medusa", lines)


def _measure(context: Context, shop: Any) -> list[_Run]:
    from tests import medusa_shop

    count = 5 if context.quick else 20
    home = context.tmp / "medusa"
    key = context.tmp / "medusa.key"
    key.write_text(shop.api_key)
    key.chmod(0o600)
    dock = shop.seed["location_id"]
    table_ = {"kind": "medusa", "url": shop.url, "secret_file": str(key), "location": dock,
              "timeout_s": 60, "poll_seconds": 2, "categories": {"JKT-": "apparel"}}  # fmt: skip
    station = open_station(
        Settings(
            bench="BENCH-SHOP",
            operator="bench",
            database_url=f"sqlite:///{home / 'station.sqlite3'}",
            photo_dir=str(home / "photos"),
            labels_dir=str(home / "labels"),
            require_shots=False,
            camera_scanning="off",
            connectors={"shop": table_},
        )
    )
    clock = _Clock()
    made: dict[str, Connector] = {
        name: _Timed(c, clock) for name, c in connectors.from_settings(station.settings).items()
    }
    api = shop.api()
    medusa = medusa_shop.tool()
    deliverer = Deliverer(station, made, idle_s=1.0)
    deliverer.start()  # as in the window: its own thread; the bench pokes it after a finish
    runs: list[_Run] = []
    for _ in range(count):
        order = medusa.place_order(
            api, shop.seed, [("JKT-TRAIL-M", 1)], shop.seed["customer_email"]
        )
        made_return = api.post(
            "/store/returns",
            {
                "order_id": order["order_id"],
                "return_shipping": {"option_id": shop.seed["return_shipping_option_id"]},
                "items": [{"id": order["items"]["JKT-TRAIL-M"], "quantity": 1}],
            },
            auth="store",
        )
        rma = made_return["return"]["id"]
        opened = None
        deadline = time.monotonic() + 120
        while not isinstance(opened, scanning.Opened) and time.monotonic() < deadline:
            time.sleep(0.5)  # until the deliverer's pull brings it in
            opened = scanning.scan(station, rma)
        assert isinstance(opened, scanning.Opened), opened
        time.sleep(1.0)  # the finish comes a while after the scan, as at a bench
        began = time.perf_counter()
        inspection.finish(station, opened.inspection, grade="A")
        finished = time.perf_counter()
        deliverer.poke()
        runs.append(_one(clock, began, finished))
        if not _refunds(api, order["order_id"]):  # what the delivery said is what Medusa has
            raise RuntimeError(f"no refund in Medusa for {rma}")
    deliverer.stop()
    station.close()
    return runs


def _one(clock: _Clock, began: float, finished: float) -> _Run:
    """The run's parts, once its delivery is over (the deliverer's thread appends it)."""
    deadline = time.perf_counter() + 60
    while not any(s >= began for s, _ in clock.delivers):
        if time.perf_counter() > deadline:
            raise RuntimeError("no delivery to Medusa after 60 s")
        time.sleep(0.01)
    d_start, d_end = next((s, e) for s, e in clock.delivers if s >= began)
    with clock.lock:
        calls = [(what, s, e) for what, s, e in clock.calls if s >= d_start and e <= d_end]
    refunded = next(e for what, _s, e in calls if what.endswith("/refund"))
    return _Run(
        total=refunded - began,
        finish=finished - began,
        wait=max(0.0, d_start - finished),  # it may start before finish() has returned
        to_refund=refunded - max(d_start, finished),
        pulling=any(s <= finished <= e or finished <= s <= d_start for s, e in clock.pulls),
        calls=tuple((what, e - s) for what, s, e in calls),
    )


def _refunds(api: Any, order_id: str) -> list[Any]:
    order = api.get(
        f"/admin/orders/{order_id}",
        query={"fields": "id,payment_collections.payments.refunds.amount"},
    )["order"]
    return [r for pc in order["payment_collections"] for p in pc["payments"] for r in p["refunds"]]


def _p(values: list[float], q: float) -> float:
    return sorted(values)[max(0, round(q * len(values)) - 1)]


def _report(runs: list[_Run], lines: list[str]) -> None:
    totals = [r.total for r in runs]
    lines += [
        f"Finish at the bench → refund recorded in Medusa ({len(runs)} returns of one unit; the "
        "deliverer on its own thread, poked after the finish as the window does; the refund, the "
        "delivery's last call after the receive, counts when Medusa answers it, read back from "
        "the order afterwards):",
        "",
        *table(
            ("p50", "p95", "max", "target p95"),
            [
                (
                    f"{statistics.median(totals):.2f} s",
                    f"{_p(totals, 0.95):.2f} s",
                    f"{max(totals):.2f} s",
                    f"< {REFUND_TARGET_S:.0f} s",
                )
            ],
        ),
        "",
    ]
    lines += [
        "Where the time went (median and max per run; the deliverer "
        f"was in a pull of the shop's returns when poked in {sum(r.pulling for r in runs)} of "
        f"{len(runs)} runs), and each of Medusa's calls, in the order sent:",
        "",
    ]
    parts = [
        ("finish at the bench", [r.finish for r in runs]),
        ("wait for the deliverer", [r.wait for r in runs]),
        ("deliverer → refund answered", [r.to_refund for r in runs]),
    ]
    per_call: dict[str, list[float]] = defaultdict(list)
    for r in runs:
        summed: dict[str, float] = defaultdict(float)
        for what, seconds in r.calls:
            summed[what] += seconds
        for what, seconds in summed.items():
            per_call[what].append(seconds)
    rows = [(name, f"{statistics.median(v):.2f} s", f"{max(v):.2f} s") for name, v in parts]
    rows += [
        (f"  {what}", f"{statistics.median(v):.2f} s", f"{max(v):.2f} s")
        for what, v in per_call.items()  # first seen first: the order of the calls
    ]
    lines += [*table(("part", "median", "max"), rows), ""]
