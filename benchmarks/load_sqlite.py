"""The SQLite copy of the data set, generated once and cached under ``benchmarks/.data``.

The schema comes from the station's own migrations; the rows go in through SQLAlchemy Core
``insert()`` executemany, in one transaction on a load-only connection with the journal and
fsyncs off (the file is built under a temporary name and renamed only when complete).
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, insert

from benchmarks.dataset import DataSet
from db import migrate
from db.models.base import Base
from inspect_station.app.startup import open_database

DATA_DIR = Path(__file__).resolve().parent / ".data"


@dataclass(frozen=True)
class Prepared:
    path: Path
    generated_s: float | None  # None: taken from the cache
    rows: dict[str, int]


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def cached_path(dataset: DataSet) -> Path:
    return DATA_DIR / f"scan-{dataset.key(migrate.head_revision())}.sqlite3"


def prepare(dataset: DataSet, *, log: bool = True) -> Prepared:
    """The cached file for this data set, generating it first if needed."""
    path = cached_path(dataset)
    if path.is_file():
        return Prepared(path, None, {})
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    for stale in DATA_DIR.glob("scan-*.sqlite3*"):
        stale.unlink()  # an older generator or schema: never used again
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    started = time.perf_counter()
    if log:
        print(f"generating the SQLite data set in {path.name} …", flush=True)
    open_database(sqlite_url(partial)).dispose()  # schema by the station's migrations
    rows = _load(partial, dataset, log=log)
    _flush_to_disk(partial)
    partial.rename(path)
    elapsed = time.perf_counter() - started
    if log:
        print(f"  SQLite data set ready in {elapsed:.0f} s", flush=True)
    return Prepared(path, elapsed, rows)


def _load(path: Path, dataset: DataSet, *, log: bool) -> dict[str, int]:
    engine = create_engine(sqlite_url(path))  # a plain engine: none of the station's pragmas
    tables = Base.metadata.tables
    counts: dict[str, int] = {}
    try:
        with engine.connect() as conn:
            for pragma in (
                "journal_mode=OFF",
                "synchronous=OFF",
                "foreign_keys=OFF",
                "cache_size=-1000000",
                "temp_store=MEMORY",
            ):
                conn.exec_driver_sql(f"PRAGMA {pragma}")
            conn.commit()  # pysqlite opens its own transaction at the first INSERT
            with conn.begin():
                for name, rows in dataset.batches():
                    if not rows:
                        continue
                    conn.execute(insert(tables[name]), rows)
                    counts[name] = counts.get(name, 0) + len(rows)
                    if log and name != "photos" and counts[name] % 200_000 == 0:
                        print(f"  {name}: {counts[name]:,} rows", flush=True)
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")  # as the station keeps it
    finally:
        engine.dispose()
    return counts


def working_copy(source: Path, target_dir: Path) -> Path:
    """A private copy per run, so the scans' claims never change the cached file."""
    target = target_dir / "inspect-station.sqlite3"
    shutil.copyfile(source, target)
    _flush_to_disk(target)
    return target


def _flush_to_disk(path: Path) -> None:
    """Write the file out now, so its write-back does not stall the commits being timed."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
