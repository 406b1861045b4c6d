"""The PostgreSQL copy of the data set, kept in the benchmark database between runs.

The schema comes from the station's own migrations; the rows go in with COPY (psycopg 3).
A marker table records which data set is loaded, so a re-run with the same generator and
schema finds it and skips the load. The scan benchmark's own rows are removed afterwards
(``reset_bench``), which keeps re-runs comparable.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from typing import Any

import psycopg
from sqlalchemy import JSON
from sqlalchemy.engine import make_url

from benchmarks.dataset import DataSet
from db import migrate
from db.models.base import Base
from inspect_station.app.startup import open_database

MARKER = "benchmark_dataset"
BENCH_PREFIX = "BENCHMARK-"  # benches the scan benchmark invents; their rows are removed
TABLES = (
    "expected_returns",
    "expected_return_lines",
    "units",
    "inspections",
    "photos",
    "print_jobs",
    "overrides",
    "unit_assessments",
    "recommendations",
)


@dataclass(frozen=True)
class PgPrepared:
    generated_s: float | None  # None: the data set was already loaded
    server_version: str


def conninfo(url: str) -> str:
    """The SQLAlchemy URL as a libpq connection string for psycopg."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def server_version(url: str) -> str:
    with psycopg.connect(conninfo(url), connect_timeout=5) as conn:
        row = conn.execute("SHOW server_version").fetchone()
        return str(row[0]) if row else "?"


def _loaded_key(conn: psycopg.Connection[Any]) -> str | None:
    row = conn.execute("SELECT to_regclass(%s), to_regclass('alembic_version')", (MARKER,))
    found = row.fetchone()
    if not found or found[0] is None or found[1] is None:
        return None
    revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if not revision or revision[0] != migrate.head_revision():
        return None
    key = conn.execute(f"SELECT key FROM {MARKER}").fetchone()
    return str(key[0]) if key else None


def prepare(url: str, dataset: DataSet, *, log: bool = True) -> PgPrepared:
    """Make sure the benchmark database holds this data set; load it if not."""
    key = dataset.key(migrate.head_revision())
    version = server_version(url)
    with psycopg.connect(conninfo(url), connect_timeout=5) as conn:
        if _loaded_key(conn) == key:
            return PgPrepared(None, version)
    started = time.perf_counter()
    if log:
        print(f"loading the PostgreSQL data set ({key}) …", flush=True)
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    open_database(url).dispose()  # schema by the station's migrations
    with psycopg.connect(conninfo(url)) as conn:
        counts = _copy(conn, dataset, log=log)
        for table in ("expected_returns", "expected_return_lines", "photos"):
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table}"
            )
        conn.execute(f"CREATE TABLE {MARKER} (key text NOT NULL, loaded_at timestamptz NOT NULL)")
        conn.execute(f"INSERT INTO {MARKER} VALUES (%s, now())", (key,))
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE)")
    elapsed = time.perf_counter() - started
    if log:
        print(f"  PostgreSQL data set ready in {elapsed:.0f} s ({counts})", flush=True)
    return PgPrepared(elapsed, version)


def _copy(conn: psycopg.Connection[Any], dataset: DataSet, *, log: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    columns = {name: [c.name for c in Base.metadata.tables[name].columns] for name in TABLES}
    # JSON columns go to COPY as their JSON text (psycopg would send a list as an array).
    as_json = {
        name: {c.name for c in Base.metadata.tables[name].columns if isinstance(c.type, JSON)}
        for name in TABLES
    }
    # Columns the generator does not fill (added by later features) take the model's own
    # default, as an insert through SQLAlchemy would, or stay NULL.
    defaults = {
        name: {
            c.name: c.default.arg if c.default is not None and c.default.is_scalar else None
            for c in Base.metadata.tables[name].columns
        }
        for name in TABLES
    }
    with conn.cursor() as cur:
        for name, rows in dataset.batches():
            if not rows:
                continue
            cols = columns[name]
            with cur.copy(f"COPY {name} ({', '.join(cols)}) FROM STDIN") as copy:
                fill = defaults[name]
                for row in rows:
                    copy.write_row(
                        [
                            json.dumps(row[c])
                            if c in as_json[name] and c in row
                            else row.get(c, fill[c])
                            for c in cols
                        ]
                    )
            counts[name] = counts.get(name, 0) + len(rows)
            if log and name == "inspections" and counts[name] % 200_000 == 0:
                print(f"  {name}: {counts[name]:,} rows", flush=True)
    return counts


def reset_bench(url: str) -> int:
    """Undo what scan benchmarks did: their units, inspections, audit rows and claims."""
    with psycopg.connect(conninfo(url)) as conn:
        like = BENCH_PREFIX + "%"
        # Their audit events are the newest: with their links gone the chain still holds.
        events = "SELECT id FROM audit_events WHERE bench LIKE %s"
        conn.execute(f"DELETE FROM audit_pending WHERE event_id IN ({events})", (like,))
        conn.execute(f"DELETE FROM audit_chain WHERE event_id IN ({events})", (like,))
        conn.execute("DELETE FROM audit_events WHERE bench LIKE %s", (like,))
        conn.execute("DELETE FROM photos WHERE bench LIKE %s", (like,))
        conn.execute("DELETE FROM print_jobs WHERE bench LIKE %s", (like,))
        # What finishing a unit records beside it (assessment, recommendation, overrides).
        theirs = "SELECT id FROM inspections WHERE bench LIKE %s"
        for table in ("recommendations", "unit_assessments", "overrides"):
            conn.execute(f"DELETE FROM {table} WHERE inspection_id IN ({theirs})", (like,))
        conn.execute("DELETE FROM inspections WHERE bench LIKE %s", (like,))
        conn.execute("DELETE FROM units WHERE created_bench LIKE %s", (like,))
        reopened = conn.execute(
            "UPDATE expected_returns SET status = 'open', claimed_by_bench = NULL,"
            " claimed_at = NULL, version = 1 WHERE claimed_by_bench LIKE %s",
            (like,),
        ).rowcount
    return reopened
