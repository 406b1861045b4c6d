"""``./station bench --only crash``: the crash harness (``harness.py``) with 1,000 kills, half
on SQLite, half on PostgreSQL (a private cluster on a loopback port, so the shared benchmark
database is never touched). ``--quick``: 50 + 50."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.crash.harness import Counts, Harness
from benchmarks.report import Section, table
from tests.pg_cluster import PgCluster, binaries

if TYPE_CHECKING:
    from benchmarks.__main__ import Context


def run(context: Context) -> Section:
    kills = 50 if context.quick else 500
    counts: list[Counts] = []
    folder = context.tmp / "crash-sqlite"
    folder.mkdir(parents=True)
    print(f"  {kills} kills on SQLite …", flush=True)
    counts.append(_harness(f"sqlite:///{folder / 'station.sqlite3'}", folder, kills))
    notes = []
    if binaries() is None:
        notes.append("- PostgreSQL skipped: no PostgreSQL binaries for a private cluster")
    else:
        with PgCluster() as cluster:
            print(f"  {kills} kills on PostgreSQL (private cluster, port {cluster.port}) …")
            folder = context.tmp / "crash-pg"
            folder.mkdir(parents=True)
            counts.append(_harness(cluster.url, folder, kills))
    header = [
        "Database", "kills", "units finished", "sent from the journal", "resumed (photos)",
        "lost", "doubled", "photos missing", "integrity", "false alarms", "orphans",
        "set aside", "time",
    ]  # fmt: skip
    rows = [
        [
            c.database,
            str(c.kills),
            str(c.finished),
            str(c.sent),
            f"{c.resumed} ({c.resumed_photos})",
            str(c.lost),
            str(c.duplicates),
            str(c.photos_missing),
            str(c.integrity),
            str(c.false_alarms),
            str(c.orphans),
            str(c.set_aside),
            f"{c.took_s:.0f} s",
        ]
        for c in counts
    ]
    lines = [*table(header, rows), "", *notes]
    for c in counts:
        lines += [f"- {c.database}: {problem}" for problem in c.problems[:10]]
    return Section("Crashes: kill -9 at random moments", lines)


def _harness(url: str, folder: Path, kills: int) -> Counts:
    harness = Harness(url, folder, returns=max(60, kills), seed=2026)
    harness.prepare()
    return harness.run(kills)
