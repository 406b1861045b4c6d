"""The audit trail as a hash chain, appended at commit time.

Each row's ``hash`` is SHA-256 over its canonical content (every column, ``id`` included) and
the hash of the row before it (``prev_hash``), so an edited, removed, inserted or reordered row
breaks the chain. ``id`` is the row's place in the chain: it is given under a lock, so ids run
1, 2, 3 … in commit order with no gap.

Services queue their rows with :func:`append`; the rows are chained in the session's
``before_commit`` hook, as the last thing the transaction does, so the chain lock is held only
from there to the commit:

- SQLite: every write transaction already holds the database's write lock (``BEGIN
  IMMEDIATE``), so appends are serialized by it.
- PostgreSQL: ``pg_advisory_xact_lock`` on one fixed key, released by the commit itself. The
  next writer's read of the last row starts after that commit is visible (READ COMMITTED).

The hash of the newest row is also written outside the database, to a head file (see
:class:`HeadFile`), before the commit; if the commit then fails, the previous head is put back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEvent

log = logging.getLogger(__name__)

GENESIS = "0" * 64  # the "previous hash" of the first row
FORMAT = 1  # version of the canonical form, part of every hash
# Key of the PostgreSQL advisory lock that serializes appends ("audit" in ASCII).
LOCK_KEY = 0x6175646974
_QUEUE = "audit_chain.queue"
_WRITES = "audit_chain.writes"
_OLD_HEAD = "audit_chain.old_head"

# A write session carries this in ``Session.info`` (``Database`` sets it): only those commit.
WRITE_SESSION_INFO = {_WRITES: True}


def canonical(
    *,
    id: int,
    at: datetime,
    bench: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    detail: dict[str, Any],
    prev_hash: str,
) -> bytes:
    """The bytes a row's hash covers: every column but ``hash``, in a fixed JSON form."""
    when = at.astimezone(UTC).isoformat(timespec="microseconds")
    fields = [FORMAT, id, when, bench, actor, action, entity, entity_id, detail, prev_hash]
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def row_hash(**columns: Any) -> str:
    return hashlib.sha256(canonical(**columns)).hexdigest()


def event_hash(event: AuditEvent) -> str:
    return row_hash(
        id=event.id,
        at=event.at,
        bench=event.bench,
        actor=event.actor,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        detail=event.detail,
        prev_hash=event.prev_hash,
    )


def plain_detail(detail: dict[str, object]) -> dict[str, Any]:
    """``detail`` as it reads back from a JSON column (UUIDs, dates and the like as text), so
    the hash taken now matches the hash taken when the row is read."""
    loaded: dict[str, Any] = json.loads(json.dumps(detail, default=str, allow_nan=False))
    return loaded


def append(session: Session, event: AuditEvent) -> None:
    """Queue ``event``; it is numbered, chained and inserted when ``session`` commits."""
    if not session.info.get(_WRITES):
        raise RuntimeError("audit rows are written in a write session (Database.write())")
    event.detail = plain_detail(event.detail)
    session.info.setdefault(_QUEUE, []).append(event)


@dataclass(frozen=True)
class Head:
    id: int
    hash: str
    bench: str = ""  # who wrote it: rows after it from this bench are not its rows


class HeadFile:
    """The newest row this station appended, kept outside the database.

    Someone able to rewrite the audit table can recompute every hash after the row they
    changed; they cannot also reach the head file on each bench's disk. ``audit verify``
    checks that the chain still holds this row with this hash.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> Head | None:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return Head(int(raw["id"]), str(raw["hash"]), str(raw.get("bench", "")))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"audit head file {self.path} is unreadable: {exc}") from exc

    def write(self, head: Head | None) -> None:
        if head is None:
            self.path.unlink(missing_ok=True)
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        record = {"id": head.id, "hash": head.hash, "bench": head.bench}
        tmp.write_text(json.dumps(record), encoding="utf-8")
        # No fsync: after a power cut the file may lag the database, never lead it, and a
        # lagging head still anchors every row up to it.
        os.replace(tmp, self.path)


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def last_row(session: Session) -> Head | None:
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return Head(row.id, row.hash) if row else None


class Chainer:
    """The session hooks of one database: chain the queued rows, keep the head file."""

    def __init__(self, head_file: HeadFile | None) -> None:
        self.head_file = head_file

    def before_commit(self, session: Session) -> None:
        queue: list[AuditEvent] | None = session.info.pop(_QUEUE, None)
        if not queue:
            return
        # The service's own rows go first: if one of them fails, no audit row is written.
        session.flush()
        _lock(session)
        last = last_row(session)
        position, prev = (last.id, last.hash) if last else (0, GENESIS)
        for event in queue:
            position += 1
            event.id = position
            event.prev_hash = prev
            event.hash = prev = event_hash(event)
            session.add(event)
        session.flush()
        if self.head_file is not None:
            self._write_head(session, Head(position, prev, queue[-1].bench))

    def _write_head(self, session: Session, head: Head) -> None:
        assert self.head_file is not None
        try:
            old = self.head_file.read()
        except ValueError as exc:  # a damaged file is replaced; verify reports the chain
            log.warning("%s", exc)
            old = None
        try:
            self.head_file.write(head)
        except OSError as exc:
            # The head is a witness: failing to update it must not stop the bench's work.
            log.warning("audit head file %s not updated: %s", self.head_file.path, exc)
            return
        session.info[_OLD_HEAD] = (old,)

    def after_commit(self, session: Session) -> None:
        session.info.pop(_OLD_HEAD, None)

    def after_rollback(self, session: Session) -> None:
        session.info.pop(_QUEUE, None)
        old = session.info.pop(_OLD_HEAD, None)
        if old is not None and self.head_file is not None:
            self.head_file.write(old[0])
