"""Grading benchmark: decision time per unit, and ``rules simulate`` over a million units.

*Decision per unit* is :func:`inspect_station.bench.assessment.assess` — checklist grade, routing
rules and the refund/exchange/warranty outcome — for generated drafts (defects ticked, some
sealed, overridden, wrong items, missing units), as the bench calls it on every key. The
routing rules alone (``RuleTable.decide``) are timed on the same units as its peer.

*Simulate* replays the 1 M-inspection data set (``benchmarks/dataset.py``) through the default
rule file with the real service (:func:`inspect_station.rules.simulate.simulate`): the last 30 days
and the whole history, on SQLite and PostgreSQL. The whole history is also taken apart:
reading the rows alone, and deciding every unit without grouping them by threshold (on a
sample), to show where the time goes.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks import load_pg, load_sqlite
from benchmarks.dataset import DataSet
from benchmarks.measure import summarize
from benchmarks.report import Section, table
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench.assessment import Draft, UnitContext, assess
from inspect_station.bench.views import InspectionView, LineView, ReturnView
from inspect_station.demo import sample
from inspect_station.rules.catalogue import SkuFlags
from inspect_station.rules.routing import Facts, load_rules
from inspect_station.rules.simulate import Replayer, fields_of, history_query, simulate
from inspect_station.rules.withdrawal import Moment, Withdrawal

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

BENCH = f"{load_pg.BENCH_PREFIX}GRADING"
CATEGORIES = ("apparel", "footwear", "electronics", "home", "beauty", "toys")
WHOLE = timedelta(days=5 * 366)


def run(context: Context) -> Section:
    lines: list[str] = []
    lines += _decisions(context)
    lines += ["", *_simulations(context)]
    return Section("Grading: decision per unit and rules simulate", lines)


# -- decision per unit -----------------------------------------------------------------------
def _units(station: Station, count: int, rng: random.Random) -> list[tuple[object, ...]]:
    units = []
    for n in range(count):
        category = rng.choice(CATEGORIES)
        gset = station.grading_sets.for_category(category)
        value = Decimal(rng.randrange(299, 60_000)) / 100
        return_type = rng.choices(("refund", "exchange", "warranty"), (70, 20, 10))[0]
        view = _view(n, category, value, return_type, rng)
        draft = Draft()
        for defect in rng.sample(gset.defects, rng.choice((0, 0, 1, 1, 2, 3))):
            draft = draft.toggle_defect(defect.id)
        roll = rng.random()
        if roll < 0.1:
            draft = draft.toggle_sealed()
        elif roll < 0.15:
            draft = draft.with_grade(rng.choice(station.grades.codes), "bench decided")
        elif roll < 0.17:
            draft = draft.with_receipt("wrong_item")
        elif roll < 0.2:
            draft = draft.with_missing(2, 1)
        if draft.key_grade is None and not draft.defects and not draft.sealed:
            draft = draft.with_grade(rng.choice(station.grades.codes))
        flags = SkuFlags(recall=rng.random() < 0.01, hazmat=rng.random() < 0.05)
        units.append((view, UnitContext(gset, flags), draft))
    return units


def _view(
    n: int, category: str, value: Decimal, return_type: str, rng: random.Random
) -> InspectionView:
    lines = (
        LineView(1, 1, f"SKU-{n}", None, "item", category, 1, value, 1),
        LineView(2, 2, f"SKU-{n}-2", None, "other", category, 1, value, 0),
    )
    delivered = date(2026, 11, 1) - timedelta(days=rng.randrange(0, 120))
    expected = ReturnView(
        id=n, rma=f"RMA-{n}", order_number="SO-1", tracking_number=None, carrier=None,
        return_type=return_type, reason=rng.choice(sample.REASONS[return_type]),
        delivered_on=delivered, days_since_delivery=(date(2026, 11, 27) - delivered).days,
        total_value=value * 2, status="in_progress", claimed_by_bench=BENCH, lines=lines,
        withdrawal=Withdrawal(
            notice=Moment(
                datetime.combine(delivered + timedelta(days=2), clock_time(10), UTC),
                "Europe/Berlin",
            )
        ),
    )  # fmt: skip
    return InspectionView(
        id=uuid.UUID(int=n), version=1, lpn=f"LP{n:013d}", status="open", scanned_code="x",
        unexpected=False, bench=BENCH, operator="benchmark",
        started_at=datetime(2026, 11, 27, tzinfo=UTC), finished_at=None, line_id=1,
        sku=f"SKU-{n}", category=category, description="item", value=value, grade=None,
        notes="", route=None, rule_id=None, rule_explanation=None, expected=expected,
        photos=(),
    )  # fmt: skip


def _decisions(context: Context) -> list[str]:
    count = 5_000 if context.quick else 30_000
    settings = Settings(
        bench=BENCH,
        database_url=f"sqlite:///{context.tmp / 'grading.sqlite3'}",
        photo_dir=str(context.tmp / "photos"),
        labels_dir=str(context.tmp / "labels"),
    )
    station = open_station(settings)
    try:
        units = _units(station, count, random.Random(20261127))
        print(f"  deciding {count:,} units …", flush=True)
        for view, ctx, draft in units[:500]:  # warm-up
            assess(station, view, ctx, draft)  # type: ignore[arg-type]
        whole: list[float] = []
        rules: list[float] = []
        routed = 0
        for view, ctx, draft in units:
            started = time.perf_counter_ns()
            result = assess(station, view, ctx, draft)  # type: ignore[arg-type]
            whole.append((time.perf_counter_ns() - started) / 1000)
            if result.facts is not None and result.decision is not None:
                started = time.perf_counter_ns()
                station.rules.decide(result.facts)
                rules.append((time.perf_counter_ns() - started) / 1000)
                routed += 1
    finally:
        station.close()
    a, r = summarize(whole), summarize(rules)
    rows = [
        ["grade + route + outcome (assess)", f"{a.count:,}", *_us(a), f"{1e6 / a.p50:,.0f}", ""],
        ["routing rules alone (peer)", f"{r.count:,}", *_us(r), f"{1e6 / r.p50:,.0f}",
         f"{a.p50 / r.p50:.1f}"],
    ]  # fmt: skip
    header = ["Decision per unit", "n", "p50 µs", "p95 µs", "p99 µs", "max µs", "per s (p50)"]
    return [
        "Decision per unit (the bench calls it on every key; no database)",
        "",
        *table([*header, "assess / rules"], rows),
    ]


def _us(s: object) -> list[str]:
    return [f"{getattr(s, k):.1f}" for k in ("p50", "p95", "p99", "max")]


# -- rules simulate --------------------------------------------------------------------------
def _simulations(context: Context) -> list[str]:
    dataset = DataSet()
    prepared = load_sqlite.prepare(dataset)
    copy = load_sqlite.working_copy(prepared.path, context.tmp)
    rows: list[list[str]] = []
    notes: list[str] = []
    sqlite = _station(load_sqlite.sqlite_url(copy), context.tmp)
    try:
        rows += _replays("SQLite", sqlite, notes, parts=not context.quick)
    finally:
        sqlite.close()
    if context.pg_url is None:
        notes.append(f"PostgreSQL skipped: {context.pg_skipped}")
    else:
        prepared_pg = load_pg.prepare(context.pg_url, dataset)
        notes.append(f"PostgreSQL {prepared_pg.server_version}")
        pg = _station(context.pg_url, context.tmp)
        try:
            rows += _replays("PostgreSQL", pg, notes, parts=False)
        finally:
            pg.close()
            load_pg.reset_bench(context.pg_url)
    header = ["rules simulate (default rules)", "Database", "units", "moved", "seconds"]
    out = ["rules simulate over the 1 M-inspection data set", ""]
    out += table([*header, "units / s"], rows)
    return [*out, "", *(f"- {n}" for n in notes)]


def _station(url: str, tmp: Path) -> Station:
    settings = Settings(
        bench=BENCH,
        operator="benchmark",
        database_url=url,
        photo_dir=str(tmp / "photos"),
        labels_dir=str(tmp / "labels"),
    )
    return open_station(settings, database=open_database(url))


def _replays(name: str, station: Station, notes: list[str], *, parts: bool) -> list[list[str]]:
    table_ = load_rules()
    rows = []
    for label, since in (("last 30 days", timedelta(days=30)), ("whole history", WHOLE)):
        print(f"  simulate on {name}, {label} …", flush=True)
        result = simulate(station, table_, since=since)
        rate = result.units / result.seconds if result.seconds else 0.0
        rows.append(
            [label, name, f"{result.units:,}", f"{result.moved_units:,}",
             f"{result.seconds:.2f}", f"{rate:,.0f}"]
        )  # fmt: skip
    if parts:
        notes += _parts(name, station)
    return rows


def _parts(name: str, station: Station) -> list[str]:
    """Where the whole-history replay spends its time, and what grouping saves."""
    since = station.clock() - WHOLE
    with station.db.read() as session:
        connection = session.connection().execution_options(yield_per=20_000)
        started = time.perf_counter()
        count = sum(1 for _ in connection.execute(history_query(since)))
        read_s = time.perf_counter() - started
        started = time.perf_counter()
        facts = [fields_of(row) for row in connection.execute(history_query(since))]
        facts_s = time.perf_counter() - started - read_s
    table_ = load_rules()
    replayer = Replayer(table_)
    started = time.perf_counter()
    for f in facts:
        replayer.route_fields(f)
    grouped_s = time.perf_counter() - started
    sample = facts[:: max(1, len(facts) // 100_000)]
    started = time.perf_counter()
    for f in sample:
        table_.decide(Facts(*f))
    each_us = (time.perf_counter() - started) / len(sample) * 1e6
    grouped_us = grouped_s / len(facts) * 1e6
    return [
        f"{name}, whole history taken apart: streaming {count:,} rows {read_s:.2f} s, "
        f"building their facts {facts_s:.2f} s more, deciding grouped by threshold "
        f"{grouped_s:.2f} s ({grouped_us:.2f} µs a unit); deciding each unit without grouping "
        f"{each_us:.1f} µs a unit on a {len(sample):,}-unit sample "
        f"({each_us / grouped_us:.0f}× the grouped cost)",
    ]
