"""Sign-in and the audit chain: Argon2 cost, appends per second, verifying a long chain.

- *PIN check*: Argon2id verify at the station's parameters (19 MiB, t=2), and a whole
  ``auth.sign_in`` (Argon2 plus its audit rows) on SQLite, beside a plain SHA-256 of the
  same input (the peer: what an unhashed store would cost).
- *Audit append*: one ``trail.audit`` row per committed write, the way services write, on a
  chain already ``N`` rows long (1 M, 100 k with ``--quick``): SQLite, then PostgreSQL, one
  bench and then 20 benches (20 processes, as on 20 machines) appending at once. The peer is
  the same 20 processes writing the same row with no chain at all. The target is 50 finished
  inspections/s over 20 benches; an inspection writes about 6 audit rows (opened, 3 photos,
  finished, label sent), so 300 appends/s.
- *Verify*: ``verification.verify`` over the whole chain (every row hashed again, every link).

The long chains are generated here (correct hashes, bulk insert / COPY) and removed after.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg
from sqlalchemy import insert

from benchmarks.load_pg import conninfo
from benchmarks.measure import summarize
from benchmarks.report import Section, table
from db.audit_chain import GENESIS, link_hash
from db.engine import Database
from db.models.audit import AuditEvent, AuditSeal
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.audit import trail
from inspect_station.people import auth, pins, users

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

TARGET_APPENDS = 300.0  # 50 inspections/s × ~6 audit rows each
BENCHES = 20
EVENT_COLUMNS = ("id", "at", "bench", "actor", "action", "entity", "entity_id", "detail")
LINK_COLUMNS = ("seq", "event_id", "sealed_by", "prev_hash", "hash")


def chain_rows(count: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """``count`` audit events as benches write them, each with its link in the chain."""
    start = datetime(2026, 1, 5, 7, 0, tzinfo=UTC)
    prev = GENESIS
    for n in range(1, count + 1):
        event: dict[str, Any] = {
            "id": n,
            "at": start + timedelta(seconds=n * 0.4),
            "bench": f"BENCH-{n % 100:03d}",
            "actor": f"worker{n % 400}",
            "action": ("unit.opened", "photo.added", "inspection.finished", "label.sent")[n % 4],
            "entity": "inspection",
            "entity_id": f"00000000-0000-4000-8000-{n:012d}",
            "detail": {"lpn": f"LP{n:014d}", "grade": "B", "route": "resale"},
        }
        sealer = str(event["bench"])
        digest = link_hash(event, seq=n, sealed_by=sealer, prev_hash=prev)
        yield (
            event,
            {"seq": n, "event_id": n, "sealed_by": sealer, "prev_hash": prev, "hash": digest},
        )
        prev = digest


def _station(url: str, folder: Path, bench: str, database: Database | None = None) -> Station:
    settings = Settings(
        bench=bench,
        database_url=url,
        photo_dir=str(folder / "photos"),
        labels_dir=str(folder / "labels"),
        pepper_file=str(folder / "pin-pepper"),
    )
    return open_station(settings, database=database or open_database(url))


def _append_times(station: Station, count: int) -> list[float]:
    times = []
    for n in range(count):
        began = time.perf_counter()
        with station.db.write() as session:
            trail.audit(station, session, "bench.append", "inspection", n, grade="B")
        times.append((time.perf_counter() - began) * 1000)
    return times


def _pin_rows(folder: Path, runs: int) -> list[list[str]]:
    station = _station(f"sqlite:///{folder / 'pins.sqlite3'}", folder, "BENCH-PIN")
    try:
        users.seed(station, [users.check_new_user("pat", "B-PAT", "operator", "246813")])
        pepper = pins.load_pepper(station.settings.resolved_pepper_file, create=False)
        stored = pepper.hash("246813")
        verify, sign_in, sha = [], [], []
        for _ in range(runs):
            t0 = time.perf_counter()
            pepper.verify(stored, "246813")
            t1 = time.perf_counter()
            auth.sign_in(station, "B-PAT", "246813")
            t2 = time.perf_counter()
            hashlib.sha256(b"246813").hexdigest()
            t3 = time.perf_counter()
            verify.append((t1 - t0) * 1000)
            sign_in.append((t2 - t1) * 1000)
            sha.append((t3 - t2) * 1000)
    finally:
        station.close()
    base = summarize(verify).p50
    rows = []
    for what, values in (
        ("Argon2id verify (19 MiB, t=2)", verify),
        ("auth.sign_in on SQLite (verify + audit rows)", sign_in),
        ("SHA-256 of the PIN (peer: no key stretching)", sha),
    ):
        s = summarize(values)
        rows.append([what, str(s.count), f"{s.p50:.2f}", f"{s.p95:.2f}", f"{s.p50 / base:.3f}"])
    return rows


def _sqlite_rows(folder: Path, length: int, appends: int) -> list[list[str]]:
    path = folder / "audit.sqlite3"
    url = f"sqlite:///{path}"
    # The schema first and the chain loaded before any station opens: a station's start
    # writes audit rows of its own (the rules it loaded), which then follow the chain.
    database = open_database(url)
    began = time.perf_counter()
    with database.engine.begin() as conn:
        events: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for event, link in chain_rows(length):
            events.append(event)
            links.append(link)
            if len(events) == 10_000:
                conn.execute(insert(AuditEvent), events)
                conn.execute(insert(AuditSeal), links)
                events, links = [], []
        if events:
            conn.execute(insert(AuditEvent), events)
            conn.execute(insert(AuditSeal), links)
    load_s = time.perf_counter() - began
    station = _station(url, folder, "BENCH-AUDIT", database=database)
    try:
        times = _append_times(station, appends)
        return [
            _append_row("SQLite", length, times, load_s),
            _verify_row("SQLite", station.db, length + appends),
        ]
    finally:
        station.close()
        for leftover in folder.glob("audit.sqlite3*"):
            leftover.unlink()


def _append_row(where: str, length: int, times: list[float], load_s: float) -> list[str]:
    s = summarize(times)
    per_s = 1000 / (sum(times) / len(times))
    return [
        f"append, {where}, 1 bench",
        f"{length:,}",
        str(s.count),
        f"{s.p50:.2f}",
        f"{s.p99:.2f}",
        f"{per_s:.0f}/s",
        f"{per_s / TARGET_APPENDS:.2f}",
        f"chain built in {load_s:.0f} s",
    ]


def _verify_row(where: str, database: Database, rows: int) -> list[str]:
    from inspect_station.audit import verification

    began = time.perf_counter()
    result = verification.verify(database)
    took = time.perf_counter() - began
    state = "intact" if result.ok else f"{len(result.problems)} problem(s)"
    if result.pending:
        state += f", {result.pending} pending"
    return [
        f"verify, {where}",
        f"{result.links:,}",
        "1",
        f"{took * 1000:.0f}",
        "",
        f"{rows / took:,.0f} rows/s",
        "",
        state,
    ]


def _pg_rows(url: str, folder: Path, length: int, seconds: float) -> list[list[str]]:
    with psycopg.connect(conninfo(url), autocommit=True) as conn:
        open_database(url).dispose()  # the schema at head
        _empty_audit_tables(conn)
        began = time.perf_counter()
        links = []
        event_columns, link_columns = ", ".join(EVENT_COLUMNS), ", ".join(LINK_COLUMNS)
        with conn.cursor().copy(f"COPY audit_events ({event_columns}) FROM STDIN") as copy:
            for event, link in chain_rows(length):
                event["detail"] = json.dumps(event["detail"])
                copy.write_row([event[c] for c in EVENT_COLUMNS])
                links.append([link[c] for c in LINK_COLUMNS])
        with conn.cursor().copy(f"COPY audit_chain ({link_columns}) FROM STDIN") as copy:
            for row in links:
                copy.write_row(row)
        # New events take ids after the loaded ones.
        conn.execute("SELECT setval('audit_events_id_seq', (SELECT max(id) FROM audit_events))")
        conn.execute("ANALYZE audit_events")
        conn.execute("ANALYZE audit_chain")
        load_s = time.perf_counter() - began
    station = _station(url, folder / "b0", "AUDIT-00")
    try:
        single = _append_times(station, 200)
        rows = [_append_row("PostgreSQL", length, single, load_s)]
        print(f"  {BENCHES} benches appending at once, chained and not …", flush=True)
        chained = _concurrent_row(url, folder, length, seconds, chained=True)
        rows.append(chained)
        rows.append(_verify_row("PostgreSQL", station.db, length))
        peer = _concurrent_row(url, folder, length, seconds, chained=False)
        rows.append(peer)
        ratio = float(chained[5].removesuffix("/s")) / float(peer[5].removesuffix("/s"))
        chained[-1] += f"; {ratio:.2f} × the peer's rate"
        return rows
    finally:
        station.close()
        with psycopg.connect(conninfo(url), autocommit=True) as conn:
            _empty_audit_tables(conn)


def _empty_audit_tables(conn: psycopg.Connection[Any]) -> None:
    conn.execute("TRUNCATE audit_pending, audit_chain, audit_events")


def _bench_process(
    url: str, folder: str, bench: str, chained: bool, go: Any, ready: Any, seconds: float
) -> list[float]:
    """One bench in a process of its own, as on its own machine: append for ``seconds``."""
    station = _station(url, Path(folder), bench)
    try:
        ready.put(bench)
        go.wait()
        stop = time.perf_counter() + seconds
        times = []
        n = 0
        while time.perf_counter() < stop:
            began = time.perf_counter()
            with station.db.write() as session:
                if chained:
                    trail.audit(station, session, "bench.append", "inspection", n, grade="B")
                else:  # the peer: the same row written with no chain at all
                    session.add(
                        AuditEvent(
                            at=station.clock(),
                            bench=bench,
                            actor=station.operator,
                            action="bench.append",
                            entity="inspection",
                            entity_id=str(n),
                            detail={"grade": "B"},
                        )
                    )
            times.append((time.perf_counter() - began) * 1000)
            n += 1
        return times
    finally:
        station.close()


def _concurrent_row(
    url: str, folder: Path, length: int, seconds: float, chained: bool
) -> list[str]:
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager, context.Pool(BENCHES) as pool:
        go, ready = manager.Event(), manager.Queue()
        jobs = [
            pool.apply_async(
                _bench_process,
                (url, str(folder / f"p{n}"), f"AUDIT-{n:02d}", chained, go, ready, seconds),
            )
            for n in range(BENCHES)
        ]
        for _ in range(BENCHES):
            ready.get(timeout=300)
        go.set()
        every = [x for job in jobs for x in job.get(timeout=seconds + 300)]
    s = summarize(every)
    per_s = len(every) / seconds
    what = "chained" if chained else "no chain (peer)"
    return [
        f"append, PostgreSQL, {BENCHES} bench processes, {what}",
        f"{length:,}",
        str(s.count),
        f"{s.p50:.2f}",
        f"{s.p99:.2f}",
        f"{per_s:.0f}/s",
        f"{per_s / TARGET_APPENDS:.2f}",
        f"max {s.max:.0f} ms",
    ]


def run(context: Context) -> Section:
    folder = context.tmp / "auth"
    folder.mkdir(parents=True, exist_ok=True)
    length = 100_000 if context.quick else 1_000_000
    lines = ["PIN check (ratio: p50 over the Argon2id verify's)", ""]
    header = ["What", "runs", "p50 ms", "p95 ms", "p50 / Argon2"]
    lines += table(header, _pin_rows(folder, 10 if context.quick else 30))
    print(f"  audit chain of {length:,} rows on SQLite …", flush=True)
    rows = _sqlite_rows(folder, length, 200 if context.quick else 1000)
    if context.pg_url:
        print(f"  audit chain of {length:,} rows on PostgreSQL …", flush=True)
        rows += _pg_rows(context.pg_url, folder, length, 5 if context.quick else 15)
    header = ["Audit chain", "rows in chain", "n", "p50 ms", "p99 ms", "rate"]
    lines += ["", *table([*header, "rate / 300 per s", "note"], rows)]
    if not context.pg_url:
        lines.append(f"- PostgreSQL skipped: {context.pg_skipped}")
    return Section("Sign-in and the audit chain", lines)
