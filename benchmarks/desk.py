"""The supervisor's desk over the 1 M-inspection data set, on SQLite and PostgreSQL.

Targets: history's first page < 200 ms, any single filter < 300 ms, the dashboard for a day
< 500 ms, 100 k rows exported to CSV < 10 s. Each case is the real service call on a station
opened with ``open_station``; the first run (cold caches) is shown beside the median of the
runs after it. ``python -m benchmarks.desk --explain`` prints every history filter's plan.
"""

from __future__ import annotations

import statistics
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.orm import Session

from benchmarks import load_pg, load_sqlite, report
from benchmarks.dataset import BUSY_DAY, END, DataSet
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.desk import dashboard, desk_config, exports, history
from inspect_station.desk.history import HistoryQuery
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals, unit_detail

UTC_ZONE = ZoneInfo("UTC")
EXPORT_ROWS = 100_000
QUEUE_SHOWN = 500  # the desk's approval queue shows this many at most
TARGETS = {"page": 200.0, "filter": 300.0, "dashboard": 500.0, "export": 10_000.0}


@dataclass
class Case:
    what: str
    kind: str  # a key of TARGETS, or "" for a figure without a target
    run: Callable[[], object]


def _station(url: str, tmp: Path) -> Station:
    settings = Settings(
        bench="DESK-BENCHMARK",
        operator="sup01",
        database_url=url,
        photo_dir=str(tmp / "photos"),
        labels_dir=str(tmp / "labels"),
    )
    station = open_station(settings, database=open_database(url))
    station.change_shift(user=User("sup01", Role.SUPERVISOR))
    return station


def _samples(station: Station) -> dict[str, str]:
    """Codes that exist in the data set (the same rows on both databases)."""
    with station.db.read() as session:
        lpn, sku = session.execute(
            text(
                "SELECT lpn, sku FROM inspections WHERE expected_return_id = 123456"
                " ORDER BY lpn LIMIT 1"
            )
        ).one()
        rma, order, tracking = session.execute(
            text("SELECT rma, order_number, tracking_number FROM expected_returns WHERE id = 4242")
        ).one()
        ean = session.execute(
            text("SELECT ean FROM expected_return_lines WHERE sku = :sku"), {"sku": "AP-00000"}
        ).scalar()
    return {
        "lpn": lpn,
        "sku": "AP-00000",
        "ean": str(ean),
        "rma": rma,
        "order": order,
        "tracking": tracking,
        "other_sku": sku,
    }


def _export_range(station: Station) -> HistoryQuery:
    """The fewest most recent days holding at least ``EXPORT_ROWS`` units (binary search)."""
    last = END.date()

    def query(days: int) -> HistoryQuery:
        return HistoryQuery(date_from=last - timedelta(days=days - 1), date_to=last, tz=UTC_ZONE)

    def enough(days: int) -> bool:
        return history.count(station, query(days), cap=EXPORT_ROWS) >= EXPORT_ROWS

    low, high = 1, 1024
    if not enough(high):
        raise RuntimeError("the data set holds fewer units than an export should write")
    while low < high:
        middle = (low + high) // 2
        low, high = (low, middle) if enough(middle) else (middle + 1, high)
    return query(low)


def cases(station: Station, tmp: Path, quick: bool) -> list[Case]:
    s = _samples(station)
    q = HistoryQuery(tz=UTC_ZONE)

    def first_page(query: HistoryQuery) -> Callable[[], object]:
        return lambda: history.page(station, query)

    def second_page(query: HistoryQuery) -> Callable[[], object]:
        first = history.page(station, query)
        return lambda: history.page(station, query, after=first[-1])

    week = BUSY_DAY - timedelta(days=6)
    filters: list[tuple[str, HistoryQuery]] = [
        ("date: the peak day", HistoryQuery(date_from=BUSY_DAY, date_to=BUSY_DAY, tz=UTC_ZONE)),
        ("date: a week", HistoryQuery(date_from=week, date_to=BUSY_DAY, tz=UTC_ZONE)),
        ("bench", HistoryQuery(bench="BENCH-042", tz=UTC_ZONE)),
        ("grader", HistoryQuery(grader="op042", tz=UTC_ZONE)),
        ("grade", HistoryQuery(grade="C", tz=UTC_ZONE)),
        ("route", HistoryQuery(route="repair", tz=UTC_ZONE)),
        ("category", HistoryQuery(category="electronics", tz=UTC_ZONE)),
        ("SKU (most returned)", HistoryQuery(product=s["sku"], tz=UTC_ZONE)),
        ("EAN (most returned)", HistoryQuery(product=s["ean"], tz=UTC_ZONE)),
        ("stated reason", HistoryQuery(reason="Too small", tz=UTC_ZONE)),
        ("overridden: yes", HistoryQuery(overridden=True, tz=UTC_ZONE)),
        ("overridden: no", HistoryQuery(overridden=False, tz=UTC_ZONE)),
        ("find: licence plate", HistoryQuery(search=s["lpn"], tz=UTC_ZONE)),
        ("find: RMA", HistoryQuery(search=s["rma"], tz=UTC_ZONE)),
        ("find: order number", HistoryQuery(search=s["order"], tz=UTC_ZONE)),
        ("find: tracking number", HistoryQuery(search=s["tracking"], tz=UTC_ZONE)),
    ]
    config = desk_config.load(station.settings)
    typical = date(2026, 6, 16)
    out = [
        Case("history, first page (100 rows)", "page", first_page(q)),
        Case("history, second page (keyset)", "page", second_page(q)),
        Case(
            "history sorted by grade, first page", "page", first_page(q.sorted_by("grade", False))
        ),
        Case(
            "history sorted by bench, second page", "page", second_page(q.sorted_by("bench", True))
        ),
        *(Case(f"filter {name}", "filter", first_page(query)) for name, query in filters),
        Case("count, up to 10,000", "", lambda: history.count(station, q)),
        Case("filter lists (distinct values)", "", lambda: history.filter_choices(station)),
        Case(
            f"approval queue, the oldest {QUEUE_SHOWN} waiting",
            "",
            lambda: approvals.pending(station, limit=QUEUE_SHOWN),
        ),
        Case("approval queue, how many wait", "", lambda: approvals.pending_count(station)),
        Case(
            "a unit's detail (assessment, recommendation, timeline)",
            "",
            lambda: unit_detail.unit_detail(station, _assessed_unit(station)),
        ),
    ]
    for label, day, shift in (
        ("dashboard, the peak day", BUSY_DAY, None),
        ("dashboard, the peak day's late shift", BUSY_DAY, "late"),
        ("dashboard, a typical day", typical, None),
    ):
        period = desk_config.period(config, day, shift, tz=UTC_ZONE)
        out.append(
            Case(label, "dashboard", lambda p=period: dashboard.dashboard(station, config, p))
        )
    export_query = _export_range(station)
    out.append(
        Case(
            f"export CSV, the last {(export_query.date_to - export_query.date_from).days + 1}"  # type: ignore[operator]
            " days",
            "export",
            lambda: exports.export(station, export_query, tmp / "export.csv"),
        )
    )
    if not quick:
        out.append(
            Case(
                "export XLSX, the same rows",
                "",
                lambda: exports.export(station, export_query, tmp / "export.xlsx"),
            )
        )
    return out


def _assessed_unit(station: Station) -> uuid.UUID:
    with station.db.read() as session:
        found = session.execute(
            text("SELECT inspection_id FROM recommendations ORDER BY created_at DESC LIMIT 1")
        ).scalar_one()
    return uuid.UUID(str(found))


def measure(case: Case, runs: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = case.run()
        times.append((time.perf_counter() - started) * 1000)
    return times, result


def _detail(result: object) -> str:
    if isinstance(result, list):
        return f"{len(result)} rows"
    if isinstance(result, unit_detail.UnitDetail):
        return f"{len(result.timeline)} events"
    if isinstance(result, exports.Exported):
        return f"{result.rows:,} rows, {result.path.stat().st_size / 2**20:.0f} MiB"
    if isinstance(result, dashboard.Dashboard):
        return f"{result.team.units:,} units, {len(result.graders)} graders"
    if isinstance(result, int):
        return f"{result:,}"
    return ""


def run_database(label: str, url: str, tmp: Path, quick: bool) -> list[list[str]]:
    station = _station(url, tmp)
    rows = []
    try:
        for case in cases(station, tmp, quick):
            runs = 2 if case.kind == "export" or "XLSX" in case.what else (4 if quick else 8)
            times, result = measure(case, runs)
            warm = statistics.median(times[1:]) if len(times) > 1 else times[0]
            target = TARGETS.get(case.kind)
            rows.append(
                [
                    case.what,
                    label,
                    _detail(result),
                    f"{times[0]:.0f}",
                    f"{warm:.1f}" if warm < 100 else f"{warm:.0f}",
                    f"{max(times[1:] or times):.0f}",
                    f"{target:.0f}" if target else "",
                    f"{warm / target:.2f}" if target else "",
                ]
            )
            print(f"  {label}: {case.what}: median {warm:.1f} ms", flush=True)
    finally:
        station.close()
    return rows


def run(context: Any) -> report.Section:
    dataset = DataSet()
    prepared = load_sqlite.prepare(dataset)
    notes = [
        "SQLite data set: "
        + (
            f"from the cache ({prepared.path.name})"
            if prepared.generated_s is None
            else f"generated in {prepared.generated_s:.0f} s in this run"
        )
    ]
    copy = load_sqlite.working_copy(prepared.path, context.tmp)
    rows = run_database("SQLite", load_sqlite.sqlite_url(copy), context.tmp, context.quick)
    for path in context.tmp.glob(copy.name + "*"):
        path.unlink()
    if context.pg_url:
        pg = load_pg.prepare(context.pg_url, dataset)
        if pg.generated_s is not None:
            notes.append(f"PostgreSQL data set loaded (COPY) in {pg.generated_s:.0f} s")
        rows += run_database("PostgreSQL", context.pg_url, context.tmp, context.quick)
    else:
        notes.append(f"PostgreSQL skipped: {context.pg_skipped}")
    header = ["Desk", "Database", "result", "first ms", "median ms", "max ms", "target ms"]
    lines = report.table([*header, "median / target"], rows)
    lines += ["", *(f"- {note}" for note in notes)]
    return report.Section("The supervisor's desk over 1 M inspections", lines)


def explain(url: str) -> None:
    """Print the plan of each history filter's first page."""
    database = open_database(url)
    station = _station(url, Path("/tmp"))
    prefix = "EXPLAIN QUERY PLAN " if database.dialect == "sqlite" else "EXPLAIN "
    try:
        with database.engine.connect() as conn:
            for case_query in _plan_queries(station):
                name, query = case_query
                with Session(conn) as session:  # an EAN's SKUs looked up, as pages do
                    stmt = history.resolved(session, query).limit(history.PAGE_SIZE)
                sql = str(stmt.compile(conn, compile_kwargs={"literal_binds": True}))
                print(f"== {name}")
                for row in conn.exec_driver_sql(prefix + sql):
                    print("   ", row[-1])
    finally:
        station.close()
        database.dispose()


def _plan_queries(station: Station) -> list[tuple[str, HistoryQuery]]:
    s = _samples(station)
    return [
        ("no filter", HistoryQuery()),
        ("date", HistoryQuery(date_from=BUSY_DAY, date_to=BUSY_DAY, tz=UTC_ZONE)),
        ("bench", HistoryQuery(bench="BENCH-042")),
        ("grader", HistoryQuery(grader="op042")),
        ("grade", HistoryQuery(grade="C")),
        ("route", HistoryQuery(route="repair")),
        ("category", HistoryQuery(category="electronics")),
        ("sku", HistoryQuery(product=s["sku"])),
        ("ean", HistoryQuery(product=s["ean"])),
        ("reason", HistoryQuery(reason="Too small")),
        ("overridden", HistoryQuery(overridden=True)),
        ("not overridden", HistoryQuery(overridden=False)),
        ("find lpn", HistoryQuery(search=s["lpn"])),
        ("find rma", HistoryQuery(search=s["rma"])),
        ("sorted by grade", HistoryQuery(sort="grade", descending=False)),
    ]


if __name__ == "__main__":
    if "--explain" not in sys.argv[1:]:
        sys.exit("usage: python -m benchmarks.desk --explain [DATABASE_URL]")
    urls = [a for a in sys.argv[1:] if a != "--explain"]
    for url in urls or [load_sqlite.sqlite_url(load_sqlite.cached_path(DataSet()))]:
        print(f"# {url.split('@')[-1]}")
        explain(url)
