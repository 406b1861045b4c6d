"""Checking the audit trail: every row against its hash, every link, and the head files.

Rows are read in chain order (``id``) in batches, so a chain of millions of rows is checked in
constant memory. A problem names the row and what is wrong with it:

- *edited*: the row's content no longer gives its hash (any column changed, or the row was
  moved to another place: its place, ``id``, is part of what the hash covers);
- *missing*: the ids jump, rows between were removed;
- *out of place*: the row does not link to the row before it (a row inserted, removed or
  moved here);
- *head*: a head file names a row the table no longer holds as it was (rows removed from the
  end, or the chain rewritten from some row on, hashes recomputed).

A head file names the bench that wrote it. Rows after its row that claim to come from that
bench were not written by it: they were added outside the station. On SQLite only one station
writes, so any row after its head is such a row; on PostgreSQL other benches append after it,
which is normal, and their rows are checked against their own head files (``--head``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.audit_chain import GENESIS, Head, HeadFile, row_hash
from db.engine import Database
from db.models import AuditEvent

BATCH = 10_000
_COLUMNS = (
    AuditEvent.id,
    AuditEvent.at,
    AuditEvent.bench,
    AuditEvent.actor,
    AuditEvent.action,
    AuditEvent.entity,
    AuditEvent.entity_id,
    AuditEvent.detail,
    AuditEvent.prev_hash,
    AuditEvent.hash,
)


@dataclass(frozen=True)
class Problem:
    row: int | None
    what: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.what}" if self.row is not None else self.what


@dataclass
class Verification:
    rows: int = 0
    last: Head | None = None
    problems: list[Problem] = field(default_factory=list)
    heads_checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def head_file_for(database: Database) -> HeadFile | None:
    return database.audit_chain.head_file


def verify(database: Database, extra_heads: Sequence[Path] = ()) -> Verification:
    """Check the whole chain, then this station's head file and any ``extra_heads``."""
    result = Verification()
    seen: dict[int, str] = {}
    heads = _heads(database, extra_heads, result)
    wanted = {head.id for _source, head in heads}
    # Per head: the first row after it that claims the head's bench (or any bench on SQLite).
    single_writer = database.dialect == "sqlite"
    late: dict[Head, int] = {}

    def after_head(row_id: int, bench: str) -> None:
        for _source, head in heads:
            if row_id > head.id and head not in late and (single_writer or bench == head.bench):
                late[head] = row_id

    with database.read() as session:
        rows = session.execute(
            select(*_COLUMNS).order_by(AuditEvent.id).execution_options(yield_per=BATCH)
        )
        _walk(rows, result, wanted, seen, after_head if heads else None)
    for source, head in heads:
        _check_head(source, head, result, seen, late.get(head))
    return result


def _heads(
    database: Database, extra: Sequence[Path], result: Verification
) -> list[tuple[str, Head]]:
    files = [f for f in (head_file_for(database),) if f is not None]
    files += [HeadFile(p) for p in extra]
    heads = []
    for head_file in files:
        try:
            head = head_file.read()
        except ValueError as exc:
            result.problems.append(Problem(None, str(exc)))
            continue
        if head is None:
            if head_file.path in extra:
                result.problems.append(Problem(None, f"head file {head_file.path} is missing"))
            continue
        heads.append((str(head_file.path), head))
    return heads


def _walk(
    rows: Iterable[tuple[object, ...]],
    result: Verification,
    wanted: set[int],
    seen: dict[int, str],
    after_head: Callable[[int, str], None] | None,
) -> None:
    prev_id, prev_hash = 0, GENESIS
    for row in rows:
        (row_id, at, bench, actor, action, entity, entity_id, detail, stored_prev, stored) = row
        assert isinstance(row_id, int)
        result.rows += 1
        digest = row_hash(
            id=row_id,
            at=at,
            bench=bench,
            actor=actor,
            action=action,
            entity=entity,
            entity_id=entity_id,
            detail=detail,
            prev_hash=stored_prev,
        )
        if digest != stored:
            result.problems.append(
                Problem(row_id, "edited: its content no longer matches its hash")
            )
        if row_id != prev_id + 1:
            first, last = prev_id + 1, row_id - 1
            what = f"row {first}" if first == last else f"rows {first}–{last}"
            if row_id > prev_id:
                result.problems.append(Problem(row_id, f"missing before it: {what} removed"))
            else:
                result.problems.append(Problem(row_id, "numbered out of order"))
        elif stored_prev != prev_hash:
            result.problems.append(
                Problem(
                    row_id,
                    f"out of place: it does not follow row {prev_id} "
                    "(a row inserted, removed or moved here)",
                )
            )
        if row_id in wanted:
            seen[row_id] = str(stored)
        if after_head is not None:
            after_head(row_id, str(bench))
        prev_id, prev_hash = row_id, str(stored)
    if result.rows:
        result.last = Head(prev_id, prev_hash)


def _check_head(
    source: str, head: Head, result: Verification, seen: dict[int, str], late: int | None
) -> None:
    result.heads_checked.append(f"{source} (row {head.id})")
    last_id = result.last.id if result.last else 0
    if head.id not in seen:
        result.problems.append(
            Problem(
                None,
                f"head file {source} recorded row {head.id}, but the chain ends at row "
                f"{last_id}: rows were removed from the end",
            )
        )
        return
    if seen[head.id] != head.hash:
        result.problems.append(
            Problem(
                head.id,
                f"differs from the head recorded in {source}: the chain was rewritten "
                "up to here (hashes recomputed)",
            )
        )
    if late is not None:
        result.problems.append(
            Problem(
                late,
                f"written after the last row {head.bench or 'this station'} wrote ({source}), "
                "yet in its name: inserted outside the station",
            )
        )
