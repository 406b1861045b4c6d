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

from db.audit_chain import GENESIS, link_hash
from db.engine import Database
from db.models.audit import AuditEvent, AuditSeal
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.audit import trail, verification
from tests.conftest import FakeClock

EVENT_COLUMNS = ("id", "at", "bench", "actor", "action", "entity", "entity_id", "detail")
LINK_COLUMNS = ("seq", "event_id", "sealed_by", "prev_hash", "hash")
EVENTS = AuditEvent.__table__
LINKS = AuditSeal.__table__


def write_rows(station: Station, count: int, *, per_commit: int = 1) -> None:
    for n in range(0, count, per_commit):
        with station.db.write() as session:
            for k in range(n, min(n + per_commit, count)):
                trail.audit(
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
def started(station: Station) -> int:
    """Audit events the station's own start wrote (the rule file loaded) before the test's."""
    return verification.verify(station.db).events


@pytest.fixture
def chain(station: Station, started: int) -> Station:
    write_rows(station, 4)
    write_rows(station, 6, per_commit=3)  # several events in one transaction
    with station.db.engine.begin() as conn:  # as an owner bent on tampering would, first
        if station.db.dialect == "postgresql":
            for table, fk in (
                ("audit_chain", "fk_audit_chain_event_id_audit_events"),
                ("audit_pending", "fk_audit_pending_event_id_audit_events"),
            ):
                conn.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT {fk}"))
    return station


Snapshot = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def snapshot(db: Database) -> Snapshot:
    with db.engine.connect() as conn:
        events = [dict(r) for r in conn.execute(select(EVENTS).order_by(EVENTS.c.id)).mappings()]
        links = [dict(r) for r in conn.execute(select(LINKS).order_by(LINKS.c.seq)).mappings()]
    return events, links


def tamper(db: Database, *statements: Any) -> None:
    """Change the tables behind the station's back, as someone with database access could."""
    if db.dialect == "sqlite":
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        finally:
            raw.close()
    with db.engine.begin() as conn:
        if db.dialect == "sqlite":
            conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        for statement in statements:
            conn.execute(statement)


def restore(db: Database, state: Snapshot) -> None:
    events, links = state
    statements: list[Any] = [delete(LINKS), delete(EVENTS)]
    if events:
        statements.append(insert(EVENTS).values(events))
    if links:
        statements.append(insert(LINKS).values(links))
    tamper(db, *statements)


def mutated(column: str, value: Any) -> Any:
    if column in ("id", "event_id", "seq"):
        return 1000
    if column == "at":
        return value + timedelta(microseconds=1)
    if column == "detail":
        return {**value, "n": -1}
    if column in ("prev_hash", "hash"):
        return ("1" if value[0] != "1" else "2") + value[1:]
    return value + "x"


def names(problems: list[verification.Problem]) -> set[tuple[int | None, int | None]]:
    return {(p.link, p.event) for p in problems}


def test_a_clean_chain_verifies_and_links_run_in_order(chain: Station, started: int) -> None:
    result = verification.verify(chain.db)
    assert result.ok, result.problems
    total = started + 10
    assert (result.links, result.events, result.pending) == (total, total, 0)
    events, links = snapshot(chain.db)
    assert [link["seq"] for link in links] == list(range(1, total + 1))
    assert [link["event_id"] for link in links] == [e["id"] for e in events]
    assert links[0]["prev_hash"] == GENESIS
    assert all(b["prev_hash"] == a["hash"] for a, b in itertools.pairwise(links))
    head = verification.head_file_for(chain.db).read()  # type: ignore[union-attr]
    assert head is not None
    assert (head.seq, head.hash, head.bench) == (total, links[-1]["hash"], "BENCH-07")


def test_every_column_of_every_event_and_link_edited_is_caught_and_named(
    chain: Station,
) -> None:
    original = snapshot(chain.db)
    events, links = original
    tried = caught = 0
    for event, link in zip(events, links, strict=True):
        for table, key, row, columns in (
            (EVENTS, EVENTS.c.id, event, EVENT_COLUMNS),
            (LINKS, LINKS.c.seq, link, LINK_COLUMNS),
        ):
            for column in columns:
                tried += 1
                first = row["id"] if table is EVENTS else row["seq"]
                value = mutated(column, row[column])
                tamper(chain.db, update(table).where(key == first).values({column: value}))
                found = names(verification.verify(chain.db).problems)
                # The problem names the changed link, or its event, or the link after it.
                if {p for p in found if p[0] in (link["seq"], link["seq"] + 1, 1000)} or {
                    p for p in found if p[1] in (event["id"], 1000)
                }:
                    caught += 1
                restore(chain.db, original)
    assert (caught, tried) == (len(events) * 13, len(events) * 13)
    assert verification.verify(chain.db).ok


def test_every_removal_is_caught_the_last_link_by_the_head_file(chain: Station) -> None:
    original = snapshot(chain.db)
    events, links = original
    for event, link in zip(events, links, strict=True):
        for statements, expect in (
            ([delete(EVENTS).where(EVENTS.c.id == event["id"])], "its event was removed"),
            (
                [delete(LINKS).where(LINKS.c.seq == link["seq"])],
                "removed" if link["seq"] < len(links) else "removed from the end",
            ),
            (
                [
                    delete(LINKS).where(LINKS.c.seq == link["seq"]),
                    delete(EVENTS).where(EVENTS.c.id == event["id"]),
                ],
                "removed",
            ),
        ):
            tamper(chain.db, *statements)
            problems = verification.verify(chain.db).problems
            assert expect in " ".join(p.what for p in problems), (link["seq"], problems)
            restore(chain.db, original)


def test_swapped_events_and_swapped_links_are_caught(chain: Station) -> None:
    original = snapshot(chain.db)
    events, links = original
    for i, j in itertools.combinations(range(len(events)), 2):
        for rows, key in ((events, "id"), (links, "seq")):
            swapped = [dict(r) for r in rows]
            keep = {key} | ({"event_id"} if key == "seq" else set())
            for column in set(rows[0]) - keep:
                swapped[i][column], swapped[j][column] = rows[j][column], rows[i][column]
            state = (swapped, links) if key == "id" else (events, swapped)
            restore(chain.db, state)
            found = {p.link for p in verification.verify(chain.db).problems}
            assert {links[i]["seq"], links[j]["seq"]} <= found, (key, i, j)
    restore(chain.db, original)


def forge(events: list[dict[str, Any]], links: list[dict[str, Any]], sealed_by: str) -> None:
    """Append a made-up event and a correct link for it, as a forger with the formula would."""
    event = {**events[-1], "id": events[-1]["id"] + 100, "actor": "mallory"}
    prev = links[-1]
    seq = prev["seq"] + 1
    digest = link_hash(event, seq=seq, sealed_by=sealed_by, prev_hash=prev["hash"])
    events.append(event)
    links.append(
        {
            "seq": seq,
            "event_id": event["id"],
            "sealed_by": sealed_by,
            "prev_hash": prev["hash"],
            "hash": digest,
        }
    )


def test_added_events_and_links_are_caught_even_with_hashes_made_right(chain: Station) -> None:
    original = snapshot(chain.db)
    events, links = (list(x) for x in original)
    # An event with no link.
    tamper(chain.db, insert(EVENTS).values({**events[-1], "id": 999}))
    assert "not sealed" in str(verification.verify(chain.db).problems)
    restore(chain.db, original)
    # An event with a correct link at the end, in this bench's name: the head file knows.
    forge(events, links, "BENCH-07")
    restore(chain.db, (events, links))
    assert "added outside the station" in str(verification.verify(chain.db).problems)
    # One slipped into the middle, every later link renumbered and re-hashed.
    events, links = (list(x) for x in original)
    events.insert(4, {**events[4], "id": 500, "actor": "mallory"})
    relinked = []
    prev = GENESIS
    for seq, event in enumerate(events, start=1):
        digest = link_hash(event, seq=seq, sealed_by="BENCH-07", prev_hash=prev)
        relinked.append(
            {
                "seq": seq,
                "event_id": event["id"],
                "sealed_by": "BENCH-07",
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    restore(chain.db, (events, relinked))
    problems = verification.verify(chain.db).problems
    assert any("differs from the head" in p.what for p in problems), problems
    restore(chain.db, original)
    assert verification.verify(chain.db).ok


def test_an_edit_with_every_later_hash_recomputed_is_caught_by_the_head_file(
    chain: Station, started: int
) -> None:
    events, links = snapshot(chain.db)
    events[2]["detail"] = {**events[2]["detail"], "price": 0}
    prev = links[1]["hash"]
    for event, link in zip(events[2:], links[2:], strict=True):
        link["prev_hash"] = prev
        link["hash"] = prev = link_hash(
            event, seq=link["seq"], sealed_by=link["sealed_by"], prev_hash=prev
        )
    restore(chain.db, (events, links))
    problems = verification.verify(chain.db).problems
    assert [p.link for p in problems] == [started + 10]
    assert "chain was rewritten" in problems[0].what


def test_audit_rows_need_a_write_session(station: Station) -> None:
    with station.db.read() as session, pytest.raises(RuntimeError, match="write session"):
        trail.audit(station, session, "x", "y", 1)


def test_a_write_that_fails_at_commit_adds_no_audit_row_and_leaves_the_head(
    station: Station, started: int
) -> None:
    from sqlalchemy.exc import IntegrityError

    from db.models.returns import ExpectedReturn

    write_rows(station, 2)
    head_file = verification.head_file_for(station.db)
    assert head_file is not None
    head = head_file.read()
    with station.db.read() as session:
        taken = session.scalars(select(ExpectedReturn.rma)).first()

    def clashing_write() -> None:
        with station.db.write() as session:
            trail.audit(station, session, "test.event", "x", 1)
            session.add(ExpectedReturn(rma=taken, order_number="SO-1"))  # flushed at commit

    with pytest.raises(IntegrityError):
        clashing_write()
    assert head_file.read() == head
    result = verification.verify(station.db)
    assert (result.ok, result.links, result.events) == (True, started + 2, started + 2)


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
    started = verification.verify(benches[0].db).events  # the first start loaded the rule file
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
    during = verification.verify(benches[0].db)  # events may wait for the next sealer meanwhile
    assert during.ok, during.problems[:5]
    assert during.links + during.pending == started + 240
    for b in benches:
        b.close()  # a closing station seals what still waits
    database = open_database(url)
    result = verification.verify(database)
    database.dispose()
    assert result.ok, result.problems[:5]
    total = started + 240
    assert (result.links, result.events, result.pending) == (total, total, 0)


def write_rows_fast(station: Station, count: int) -> None:
    for k in range(count):
        with station.db.write() as session:
            trail.audit(station, session, "test.event", "bench", station.bench, n=k)


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
    result = verification.verify(old_database)
    assert result.ok, result.problems
    _events, links = snapshot(old_database)
    assert [(link["seq"], link["event_id"]) for link in links] == [(1, 3), (2, 7), (3, 8)]
