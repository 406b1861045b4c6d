"""``python -m benchmarks [--quick] [--only NAME …] [--record]`` (``./station bench``).

``scan`` and ``start`` share the 1 M-inspection data set. Every other benchmark is a module
listed in ``MODULES``: ``run(context) -> report.Section`` measures and returns its figures.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import import_module
from pathlib import Path

from sqlalchemy.exc import OperationalError

from benchmarks import load_pg, load_sqlite, report, scan_bench, startup
from benchmarks.dataset import DataSet, check_lpns
from benchmarks.measure import peak_rss_mb
from inspect_station.demo.video import make_demo_video

PG_ENV = "INSPECT_STATION_BENCH_PG_URL"

# name → module with ``run(context: Context) -> report.Section``; run in this order.
MODULES: dict[str, str] = {
    "labels": "benchmarks.labels",
    "grading": "benchmarks.grading_bench",
    "photos": "benchmarks.photos",
    "decode": "benchmarks.decode",
    "images": "benchmarks.images",
    "cli": "benchmarks.cli_start",
    "auth": "benchmarks.auth",
    "desk": "benchmarks.desk",
    "crash": "benchmarks.crash.bench",
    "outage": "benchmarks.outage",
    "refund": "benchmarks.shop_refund",
    "shop": "benchmarks.shop",
    "evidence": "benchmarks.evidence_hook",
    "package": "benchmarks.package",
    "scanner": "benchmarks.scanner_keys",
}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer scans and starts")
    parser.add_argument(
        "--only",
        action="append",
        choices=("scan", "start", *MODULES),
        help="run only this benchmark (repeat for several)",
    )
    parser.add_argument("--record", action="store_true", help="append to docs/benchmarks.md")
    parser.add_argument(
        "--corpus", type=Path, help="decode: folder of ZXing photo sets (default: shared/corpus)"
    )
    return parser


@dataclass
class Context:
    """What a benchmark module gets: the run's options, a scratch folder, PostgreSQL if any."""

    quick: bool
    tmp: Path
    pg_url: str | None
    pg_skipped: str | None  # why PostgreSQL is not measured, when it is not
    corpus: Path | None = None  # decode: the photo sets, when not the default


def _postgres(url: str | None) -> tuple[str | None, str | None]:
    """(url, None) when PostgreSQL answers, else (None, why it is skipped)."""
    if not url:
        return None, f"{PG_ENV} is not set"
    try:
        load_pg.server_version(url)
    except Exception as exc:  # psycopg's OperationalError, a bad URL: anything means "skip"
        return None, f"PostgreSQL unreachable ({type(exc).__name__}: {str(exc).strip()[:200]})"
    return url, None


def _scan(result: report.Report, dataset: DataSet, sqlite: Path, count: int, tmp: Path) -> None:
    copy = load_sqlite.working_copy(sqlite, tmp)
    url = load_sqlite.sqlite_url(copy)
    plan = scan_bench.plan_codes(url, count)
    print(f"scanning on SQLite ({count} measured scans per kind) …", flush=True)
    result.scans.append(scan_bench.run("SQLite", url, plan, tmp))
    for path in tmp.glob(copy.name + "*"):
        path.unlink()
    pg_url, skipped = _postgres(os.environ.get(PG_ENV))
    if pg_url is None:
        print(f"PostgreSQL scan benchmark skipped: {skipped}", flush=True)
        result.notes.append(f"PostgreSQL skipped: {skipped}")
        return
    prepared = load_pg.prepare(pg_url, dataset)
    result.postgres_version = prepared.server_version
    result.notes.append(
        "PostgreSQL data set: "
        + (
            "already loaded in the benchmark database"
            if prepared.generated_s is None
            else f"generated and loaded (COPY) in {prepared.generated_s:.0f} s in this run"
        )
    )
    load_pg.reset_bench(pg_url)  # rows of an interrupted earlier run
    print(f"scanning on PostgreSQL ({count} measured scans per kind) …", flush=True)
    try:
        result.scans.append(scan_bench.run("PostgreSQL", pg_url, plan, tmp))
    finally:
        reopened = load_pg.reset_bench(pg_url)
        print(f"  PostgreSQL reset: {reopened} expected returns reopened", flush=True)


def _start(result: report.Report, sqlite: Path, runs: int, tmp: Path) -> None:
    video = make_demo_video(load_sqlite.DATA_DIR / "bench-camera.avi")
    copy = load_sqlite.working_copy(sqlite, tmp)
    print(f"cold starts ({runs} per database) …", flush=True)
    result.starts.extend(startup.run(runs, tmp / "start", video, copy))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    only = set(args.only or ())

    def wanted(name: str) -> bool:
        return not only or name in only

    began = time.perf_counter()
    when = datetime.now().astimezone()
    result = report.Report(quick=args.quick)
    with tempfile.TemporaryDirectory(prefix="inspect-bench-") as folder:
        tmp = Path(folder)
        # Stations opened here keep their files (audit head files, a PIN pepper) in the run's
        # folder, never in the user's data folder.
        os.environ.setdefault("INSPECT_STATION_HOME", str(tmp / "home"))
        try:
            if wanted("scan") or wanted("start"):
                _scan_and_start(result, args.quick, tmp, wanted)
            pg_url, pg_skipped = _postgres(os.environ.get(PG_ENV))
            context = Context(args.quick, tmp, pg_url, pg_skipped, args.corpus)
            for name, module in MODULES.items():
                if wanted(name):
                    print(f"{name} …", flush=True)
                    result.sections.append(import_module(module).run(context))
        except OperationalError as exc:
            print(f"benchmark failed on the database: {exc}", file=sys.stderr)
            return 1
    for scan in result.scans:
        if scan.peak_rss_mb is not None:
            result.notes.append(
                f"peak RSS of the scan process on {scan.database}: {scan.peak_rss_mb:.0f} MiB"
            )
    own = peak_rss_mb() or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    took = time.perf_counter() - began
    result.notes.append(f"this benchmark process: peak RSS {own:.0f} MiB, whole run {took:.0f} s")
    print()
    print("\n".join(report.render(result)))
    if args.record:
        print(f"\nrecorded in {report.record(result, when)}")
    return 0


def _scan_and_start(
    result: report.Report, quick: bool, tmp: Path, wanted: Callable[[str], bool]
) -> None:
    check_lpns()
    dataset = DataSet()
    prepared = load_sqlite.prepare(dataset)
    result.notes.append(
        "SQLite data set: "
        + (
            f"from the cache ({prepared.path.name})"
            if prepared.generated_s is None
            else f"generated (Core executemany) in {prepared.generated_s:.0f} s in this run"
        )
    )
    if wanted("scan"):
        _scan(result, dataset, prepared.path, 200 if quick else 1000, tmp)
    if wanted("start"):
        _start(result, prepared.path, 3 if quick else 10, tmp)


if __name__ == "__main__":
    sys.exit(main())
