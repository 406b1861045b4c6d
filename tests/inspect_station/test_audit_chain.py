"""The hash-chained audit trail: every tampering is found and named; appends stay one chain."""

from __future__ import annotations

import itertools
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, insert, select, text, update

from db.audit_chain import GENESIS, HeadFile, row_hash
from db.engine import Database
from db.models import AuditEvent
from inspect_station import audit, records
from inspect_station.settings import Settings
from inspect_station.station import Station, open_database, open_station
from tests.conftest import FakeClock

COLUMNS = ("id", "at", "bench", "actor", "action", "entity", "entity_id", "detail", "prev_hash")


def write_rows(station: Station, count: int, *, per_commit: int = 1) -> None:
    for n in range(0, count, per_commit):
        with station.db.write() as session:
            for k in range(n, min(n + per_commit, count)):
                records.audit(
                    station,
                    session,
                    "test.event",
                    "inspection",
                    uuid.UUID(int=k),
                    n=k,
                    price=19.99 + k,
                    note=f"ünïcode “{k}”",
                    nested={"a": [1, 2, {"b": None}]},
                    when=station.clock().date(),
                )
        station.clock.advance(1)  # type: ignore[attr-defined]


@pytest.fixture
def chain(station: Station) -> Station:
    write_rows(station, 4)
    write_rows(station, 6, per_commit=3)  # several rows in one transaction
    return station


def snapshot(db: Database) -> list[dict[str, Any]]:
    with db.engine.connect() as conn:
        return [dict(r) for r in conn.execute(select(AuditEvent.__table__)).mappings()]


def restore(db: Database, rows: list[dict[str, Any]]) -> None:
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEvent.__table__))
        conn.execute(insert(AuditEvent.__table__), rows)


def tamper(db: Database, statement: Any) -> None:
    """Change the table behind the station's back, as someone with database access could."""
    with db.engine.begin() as conn:
        conn.execute(statement)


def mutated(column: str, value: Any) -> Any:
    if column == "id":
        return 1000
    if column == "at":
        return value + timedelta(microseconds=1)
    if column == "detail":
        return {**value, "n": -1}
    if column in ("prev_hash", "hash"):
        return ("1" if value[0] != "1" else "2") + value[1:]
    return value + "x"


def test_a_clean_chain_verifies_with_ids_in_commit_order(chain: Station) -> None:
    result = audit.verify(chain.db)
    assert result.ok, result.problems
    assert result.rows == 10
    rows = snapshot(chain.db)
    assert [r["id"] for r in rows] == list(range(1, 11))
    assert rows[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(rows))
    head = HeadFile(audit.head_file_for(chain.db).path).read()  # type: ignore[union-attr]
    assert head is not None
    assert (head.id, head.hash) == (10, rows[-1]["hash"])


def test_every_column_of_every_row_edited_is_caught_and_named(chain: Station) -> None:
    original = snapshot(chain.db)
    caught = 0
    for row in original:
        for column in (*COLUMNS, "hash"):
            value = mutated(column, row[column])
            tamper(
                chain.db,
                update(AuditEvent.__table__)
                .where(AuditEvent.id == row["id"])
                .values({column: value}),
            )
            problems = audit.verify(chain.db).problems
            where = 1000 if column == "id" else row["id"]
            assert any(p.row == where or p.row == where + 1 for p in problems), (column, row)
            caught += 1
            restore(chain.db, original)
    assert caught == len(original) * (len(COLUMNS) + 1)
    assert audit.verify(chain.db).ok


def test_every_deleted_row_is_caught_the_last_one_by_the_head_file(chain: Station) -> None:
    original = snapshot(chain.db)
    for row in original:
        tamper(chain.db, delete(AuditEvent.__table__).where(AuditEvent.id == row["id"]))
        result = audit.verify(chain.db)
        assert not result.ok, row["id"]
        if row["id"] == len(original):
            assert "rows were removed from the end" in str(result.problems)
        else:
            assert f"row {row['id']} removed" in str(result.problems)
        restore(chain.db, original)


def test_swapped_rows_are_caught(chain: Station) -> None:
    original = snapshot(chain.db)
    for i in range(len(original)):
        for j in range(i + 1, len(original)):
            a, b = original[i], original[j]
            swapped = [dict(r) for r in original]
            content = [c for c in (*COLUMNS, "hash") if c != "id"]
            swapped[i] = {"id": a["id"], **{c: b[c] for c in content}}
            swapped[j] = {"id": b["id"], **{c: a[c] for c in content}}
            restore(chain.db, swapped)
            rows = {p.row for p in audit.verify(chain.db).problems}
            assert {a["id"], b["id"]} <= rows, (a["id"], b["id"])
    restore(chain.db, original)


def test_inserted_rows_are_caught_even_with_hashes_recomputed(chain: Station) -> None:
    original = snapshot(chain.db)
    # A row forged at the end, hash and link done right: only the head file knows.
    last = original[-1]
    forged = {**last, "id": last["id"] + 1, "actor": "mallory", "prev_hash": last["hash"]}
    forged["hash"] = row_hash(**{c: forged[c] for c in COLUMNS})
    tamper(chain.db, insert(AuditEvent.__table__).values(forged))
    assert "inserted outside the station" in str(audit.verify(chain.db).problems)
    # A row slipped into the middle: the rows after it renumbered and re-linked.
    rows = [dict(r) for r in original]
    rows.insert(4, {**rows[4], "actor": "mallory"})
    prev = GENESIS
    for position, row in enumerate(rows, start=1):
        row.update(id=position, prev_hash=prev)
        row["hash"] = prev = row_hash(**{c: row[c] for c in COLUMNS})
    restore(chain.db, rows)
    problems = audit.verify(chain.db).problems
    assert any("differs from the head" in p.what for p in problems), problems
    restore(chain.db, original)
    assert audit.verify(chain.db).ok


def test_an_edit_with_every_later_hash_recomputed_is_caught_by_the_head_file(
    chain: Station,
) -> None:
    rows = snapshot(chain.db)
    rows[2]["detail"] = {**rows[2]["detail"], "price": 0}
    prev = rows[1]["hash"]
    for row in rows[2:]:
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(**{c: row[c] for c in COLUMNS})
    restore(chain.db, rows)
    problems = audit.verify(chain.db).problems
    assert [p.row for p in problems] == [10]
    assert "chain was rewritten" in problems[0].what


def test_audit_rows_need_a_write_session(station: Station) -> None:
    with station.db.read() as session, pytest.raises(RuntimeError, match="write session"):
        records.audit(station, session, "x", "y", 1)


def test_a_write_that_fails_at_commit_adds_no_audit_row_and_leaves_the_head(
    station: Station,
) -> None:
    from sqlalchemy.exc import IntegrityError

    from db.models import ExpectedReturn

    write_rows(station, 2)
    head_file = audit.head_file_for(station.db)
    assert head_file is not None
    head = head_file.read()
    with station.db.read() as session:
        taken = session.scalars(select(ExpectedReturn.rma)).first()

    def clashing_write() -> None:
        with station.db.write() as session:
            records.audit(station, session, "test.event", "x", 1)
            session.add(ExpectedReturn(rma=taken, order_number="SO-1"))  # flushed at commit

    with pytest.raises(IntegrityError):
        clashing_write()
    assert head_file.read() == head
    result = audit.verify(station.db)
    assert (result.ok, result.rows) == (True, 2)


@pytest.mark.postgres
def test_concurrent_benches_on_postgresql_keep_one_valid_chain(
    settings: Settings, clock: FakeClock
) -> None:
    from tests.conftest import postgres_url

    url = postgres_url()
    benches = [
        open_station(
            settings.replace(bench=f"BENCH-{n:02d}"), database=open_database(url), clock=clock
        )
        for n in range(4)
    ]
    start = threading.Barrier(len(benches))
    errors: list[BaseException] = []

    def work(station: Station) -> None:
        try:
            start.wait()
            write_rows_fast(station, 60)
        except BaseException as exc:  # reported below, on the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(b,)) for b in benches]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    result = audit.verify(benches[0].db)
    for b in benches:
        b.close()
    assert result.ok, result.problems[:5]
    assert result.rows == 240


def write_rows_fast(station: Station, count: int) -> None:
    for k in range(count):
        with station.db.write() as session:
            records.audit(station, session, "test.event", "bench", station.bench, n=k)


@pytest.fixture
def old_database(tmp_path: Any) -> Iterator[Database]:
    from alembic import command

    from db import migrate

    db = Database.from_url(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = migrate._config()
    with db.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0002")
    yield db
    db.dispose()


def test_audit_rows_from_before_the_chain_are_numbered_and_chained(
    old_database: Database, clock: FakeClock
) -> None:
    from db import migrate

    with old_database.engine.begin() as conn:
        for n in (3, 7, 8):  # ids with gaps, as a sequence leaves them
            conn.execute(
                text(
                    "INSERT INTO audit_events (id, at, bench, actor, action, entity, entity_id,"
                    " detail) VALUES (:id, :at, 'B', 'maria', 'unit.opened', 'inspection',"
                    " :eid, :detail)"
                ),
                {"id": n, "at": "2026-11-20 10:00:00.000000", "eid": str(n), "detail": '{"n": 1}'},
            )
    migrate.upgrade(old_database.engine)
    result = audit.verify(old_database)
    assert result.ok, result.problems
    assert [r["id"] for r in snapshot(old_database)] == [1, 2, 3]
