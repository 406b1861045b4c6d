"""``python -m benchmarks.explain [CODE ...]``: what one scan costs, statement by statement.

Runs ``scanning.scan`` for each code on the benchmark data set (a copy of the cached SQLite file,
and PostgreSQL when ``INSPECT_STATION_BENCH_PG_URL`` is set), records every SQL statement the
scan sends with its time, and prints each SELECT's plan: ``EXPLAIN QUERY PLAN`` on SQLite,
``EXPLAIN (ANALYZE, BUFFERS)`` on PostgreSQL. Only read-only outcomes are meant here (a licence
plate, an unknown code, a product code several open returns expect); the default code is the
catalogue's most returned product.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import event

from benchmarks import load_pg, load_sqlite
from benchmarks.dataset import DataSet
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import scanning
from inspect_station.identify.identifiers import gtin_check_digit

TOP_PRODUCT = "420000000000" + str(gtin_check_digit("420000000000"))


class Capture:
    """Every statement the engine sends, with its parameters and time in ms."""

    def __init__(self, station: Station) -> None:
        self.statements: list[tuple[str, Any, float]] = []
        engine = station.db.engine
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(
        self, conn: Any, _cur: Any, _stmt: str, _params: Any, _ctx: Any, _many: Any
    ) -> None:
        conn.info["benchmark_started"] = time.perf_counter()

    def _after(self, conn: Any, _cur: Any, stmt: str, params: Any, _ctx: Any, _many: Any) -> None:
        took = (time.perf_counter() - conn.info.pop("benchmark_started")) * 1000
        self.statements.append((stmt, params, took))


def _plan(station: Station, statement: str, params: Any) -> list[str]:
    sqlite = station.db.dialect == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
    with station.db.engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, params).all()
        conn.rollback()
    if sqlite:
        depth: dict[int, int] = {0: 0}
        lines = []
        for node, parent, _unused, detail in rows:
            depth[node] = depth.get(parent, 0) + 1
            lines.append("  " * depth[node] + str(detail))
        return lines
    return [str(row[0]) for row in rows]


def explain(label: str, url: str, codes: list[str], tmp: Path) -> None:
    settings = Settings(
        bench="BENCHMARK-explain",
        photo_dir=str(tmp / "photos"),
        labels_dir=str(tmp / "labels"),
        database_url=url,
    )
    station = open_station(settings, database=open_database(url))
    capture = Capture(station)
    try:
        for code in codes:
            scanning.scan(station, code)  # once to warm caches and compile the statements
            capture.statements.clear()
            started = time.perf_counter()
            outcome = scanning.scan(station, code)
            total = (time.perf_counter() - started) * 1000
            sql_ms = sum(ms for _s, _p, ms in capture.statements)
            print(f"\n=== {label}: scan {code} → {type(outcome).__name__} in {total:.1f} ms")
            print(
                f"    {len(capture.statements)} statements, {sql_ms:.1f} ms in the database calls"
            )
            seen: dict[str, list[float]] = {}
            for statement, _params, ms in capture.statements:
                seen.setdefault(statement, []).append(ms)
            for statement, params, _ms in capture.statements:
                times = seen.pop(statement, None)
                if times is None:
                    continue
                head = " ".join(statement.split())[:150]
                print(f"\n  {len(times)} × {sum(times):.2f} ms: {head}")
                if statement.lstrip().upper().startswith("SELECT"):
                    for line in _plan(station, statement, params):
                        print(f"      {line}")
    finally:
        station.close()


def main(argv: list[str]) -> int:
    codes = argv or [TOP_PRODUCT]
    prepared = load_sqlite.prepare(DataSet())
    with tempfile.TemporaryDirectory(prefix="inspect-explain-") as folder:
        tmp = Path(folder)
        copy = load_sqlite.working_copy(prepared.path, tmp)
        explain("SQLite", load_sqlite.sqlite_url(copy), codes, tmp)
        pg_url = os.environ.get("INSPECT_STATION_BENCH_PG_URL")
        if pg_url:
            load_pg.prepare(pg_url, DataSet())
            explain("PostgreSQL", pg_url, codes, tmp)
        else:
            print("\nPostgreSQL skipped: INSPECT_STATION_BENCH_PG_URL is not set")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
