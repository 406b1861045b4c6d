"""The audit trail as a hash chain.

Every ``AuditEvent`` is sealed by one ``AuditSeal`` link: ``seq`` is its place in the chain (1,
2, 3 … without gaps), ``hash`` is SHA-256 over the event's canonical content (every column, its
id included), ``seq``, ``sealed_by`` and the previous link's hash. An edited, removed,
inserted or reordered event or link breaks the chain. Both tables are append-only for the
benches' database role (``inspect_station/audit/grants.py``).

When links are made:

- SQLite: in the writing transaction itself (``before_commit``). Every write already holds the
  database's write lock (``BEGIN IMMEDIATE``), so sealing there costs no waiting.
- PostgreSQL: also in the writing transaction, if it gets the chain's advisory lock at once
  (``pg_try_advisory_xact_lock``, held to its commit); it then seals, with its own events,
  those other benches left in ``audit_pending``. A transaction that finds the lock taken does
  not wait: it puts its events in ``audit_pending`` for the next sealer and commits. So no
  bench ever queues behind another, commits go side by side (group commit), and under load
  one sealing transaction takes the events of many. Events left pending when writing stops
  are sealed when the station closes (``Database.dispose``), or by the next write anywhere.

The newest link is also kept outside the database, in a head file (``db/audit_head.py``):
marked pending before the sealing commit, confirmed after it, taken back if it rolls back.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, text
from sqlalchemy.orm import Session

from db.audit_head import AnchorLog, Head, HeadFile, HeadRecord, sweep_temporaries
from db.models.audit import AuditEvent, AuditPending, AuditSeal
from db.types import utcnow

__all__ = ["Chainer", "Head", "HeadFile", "append", "link_hash", "seal"]

log = logging.getLogger(__name__)

GENESIS = "0" * 64  # the "previous hash" of the first link
FORMAT = 1  # version of the canonical form, part of every hash
# Key of the PostgreSQL advisory lock taken while sealing ("audit" in ASCII).
LOCK_KEY = 0x6175646974
EVENT_FIELDS = ("id", "at", "bench", "actor", "action", "entity", "entity_id", "detail")
_QUEUE = "audit_chain.queue"
_WRITES = "audit_chain.writes"
_SEALED = "audit_chain.sealed"  # the head this transaction marked pending

# A write session carries this in ``Session.info`` (``Database`` sets it): only those commit.
WRITE_SESSION_INFO = {_WRITES: True}


def canonical(event: dict[str, Any], *, seq: int, sealed_by: str, prev_hash: str) -> bytes:
    """The bytes a link's hash covers, in a fixed JSON form."""
    when = event["at"].astimezone(UTC).isoformat(timespec="microseconds")
    fields = [FORMAT, seq, sealed_by, prev_hash, when]
    fields += [event[name] for name in EVENT_FIELDS if name != "at"]
    return json.dumps(
        fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def link_hash(event: dict[str, Any], *, seq: int, sealed_by: str, prev_hash: str) -> str:
    return hashlib.sha256(
        canonical(event, seq=seq, sealed_by=sealed_by, prev_hash=prev_hash)
    ).hexdigest()


def event_fields(event: AuditEvent) -> dict[str, Any]:
    return {name: getattr(event, name) for name in EVENT_FIELDS}


def plain_detail(detail: dict[str, object]) -> dict[str, Any]:
    """``detail`` as it reads back from a JSON column (UUIDs, dates and the like as text), so
    the hash taken now matches the hash taken when the row is read."""
    loaded: dict[str, Any] = json.loads(json.dumps(detail, default=str, allow_nan=False))
    return loaded


def append(session: Session, event: AuditEvent) -> None:
    """Add ``event``; it is sealed into the chain when ``session`` commits."""
    if not session.info.get(_WRITES):
        raise RuntimeError("audit rows are written in a write session (Database.write())")
    event.detail = plain_detail(event.detail)
    session.add(event)
    session.info.setdefault(_QUEUE, []).append(event)


def last_link(session: Session) -> Head | None:
    row = session.execute(
        select(AuditSeal.seq, AuditSeal.hash, AuditSeal.sealed_by)
        .order_by(AuditSeal.seq.desc())
        .limit(1)
    ).first()
    return Head(row.seq, row.hash, row.sealed_by) if row else None


def _take_pending(session: Session) -> list[AuditEvent]:
    """The events other benches committed while someone else was sealing."""
    ids = session.scalars(delete(AuditPending).returning(AuditPending.event_id)).all()
    if not ids:
        return []
    return list(session.scalars(select(AuditEvent).where(AuditEvent.id.in_(ids))))


def seal(session: Session, events: Sequence[AuditEvent], sealed_by: str) -> Head | None:
    """Link ``events`` (flushed, in id order) after the newest link. The caller holds the
    chain's lock (SQLite's write lock, or the advisory lock)."""
    last = last_link(session)
    seq, prev = (last.seq, last.hash) if last else (0, GENESIS)
    links = []
    for event in sorted(events, key=lambda e: e.id):
        seq += 1
        digest = link_hash(event_fields(event), seq=seq, sealed_by=sealed_by, prev_hash=prev)
        links.append(
            {
                "seq": seq,
                "event_id": event.id,
                "sealed_by": sealed_by,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    if not links:
        return None
    session.execute(insert(AuditSeal), links)
    return Head(seq, prev, sealed_by)


class Chainer:
    """The session hooks of one database: seal the events, keep the head file."""

    def __init__(self, head_file: HeadFile | None) -> None:
        self.head_file = head_file
        self.anchors: AnchorLog | None = None  # the station sets it (the bench's data folder)
        self.clock: Callable[[], datetime] = utcnow
        self.bench = ""  # the bench that last wrote through this database (seals in its name)
        self.left_pending = False  # this database queued events for another sealer

    def before_commit(self, session: Session) -> None:
        queue: list[AuditEvent] | None = session.info.pop(_QUEUE, None)
        if not queue:
            return
        # The service's own rows go first: if one of them fails, nothing is sealed.
        session.flush()
        bench = queue[-1].bench
        self.bench = bench
        events: list[AuditEvent] = list(queue)
        if session.get_bind().dialect.name == "postgresql":
            key = {"key": LOCK_KEY}
            if not session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), key):
                # Another bench is sealing: ours wait in the queue for the next sealer.
                session.execute(insert(AuditPending), [{"event_id": e.id} for e in queue])
                self.left_pending = True
                return
            events += _take_pending(session)
        head = seal(session, events, bench)
        session.flush()
        if head is not None:
            self._mark(session, head)

    def after_commit(self, session: Session) -> None:
        head: Head | None = session.info.pop(_SEALED, None)
        if head is not None:
            self._confirm(head)

    def after_rollback(self, session: Session) -> None:
        session.info.pop(_QUEUE, None)
        head: Head | None = session.info.pop(_SEALED, None)
        if head is not None and self.head_file is not None:
            try:
                self.head_file.drop_pending(head)
            except OSError as exc:  # a stale pending mark resolves at the next confirm
                log.warning("audit head file %s not updated: %s", self.head_file.path, exc)

    def seal_pending(self, engine: Engine, *, sealed_by: str) -> int:
        """Seal the events left pending (PostgreSQL), waiting for the lock if need be.
        Returns how many were sealed."""
        with Session(engine) as session:
            try:
                with session.begin():
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
                    events = _take_pending(session)
                    head = seal(session, events, sealed_by)
                    session.flush()
                    if head is not None:
                        self._mark(session, head)
            except Exception:
                self.after_rollback(session)
                raise
            self.after_commit(session)
            return len(events)

    def close(self, engine: Engine) -> None:
        """Seal what is still pending before the station stops (PostgreSQL), and anchor the
        head."""
        if engine.dialect.name == "postgresql" and self.left_pending:
            try:
                self.seal_pending(engine, sealed_by=self.bench)
            except Exception as exc:  # unreachable database: the next write anywhere seals them
                log.warning("audit events left pending at close: %s", exc)
        self.anchor("stopped")

    def reconcile(self, engine: Engine) -> HeadRecord | None:
        """At start: settle the links the head file marked pending against the chain.

        A pending link the chain holds with the same hash was committed (the crash came before
        its confirmation); one beyond the chain's end, or sealed there by another bench, never
        was. One whose place holds a different link sealed in this bench's name is left for
        ``audit verify`` to report."""
        if self.head_file is None:
            return None
        sweep_temporaries(self.head_file.path)
        try:
            record = self.head_file.read_record()
        except ValueError as exc:
            log.warning("%s", exc)
            return None
        if not record.pending:
            return record
        seqs = sorted({p.seq for p in record.pending})
        with Session(engine) as session:
            found = {
                row.seq: (row.hash, row.sealed_by)
                for row in session.execute(
                    select(AuditSeal.seq, AuditSeal.hash, AuditSeal.sealed_by).where(
                        AuditSeal.seq.in_(seqs)
                    )
                )
            }
        settled = record
        keep: list[Head] = []
        for head in record.pending:
            stored = found.get(head.seq)
            if stored is not None and stored[0] == head.hash:
                settled = settled.confirmed_up_to(head)
            elif (
                stored is not None
                and stored[1] == head.bench
                and not any(p.seq == head.seq and p.hash == stored[0] for p in record.pending)
            ):
                keep.append(head)  # suspicious: verify says so
        settled = HeadRecord(settled.confirmed, tuple(keep))
        self.head_file.settle(settled)
        return settled

    def anchor(self, source: str) -> None:
        """Append the confirmed head to the anchor log (the station starts or stops)."""
        if self.head_file is None or self.anchors is None:
            return
        try:
            head = self.head_file.read()
        except ValueError as exc:
            log.warning("audit anchor not written: %s", exc)
            return
        if head is not None:
            self.anchor_link(head, source)

    def anchor_link(self, head: Head, source: str) -> None:
        """Append ``head`` (any committed link, e.g. the chain's last one for a daily report)
        to the anchor log."""
        if self.anchors is None:
            return
        try:
            self.anchors.append(head, source, self.clock())
        except OSError as exc:
            log.warning("audit anchor not written: %s", exc)

    def _mark(self, session: Session, head: Head) -> None:
        if self.head_file is None:
            return
        try:
            self.head_file.mark_pending(head)
        except OSError as exc:
            # The head is a witness: failing to update it must not stop the bench's work.
            log.warning("audit head file %s not updated: %s", self.head_file.path, exc)
            return
        session.info[_SEALED] = head

    def _confirm(self, head: Head) -> None:
        if self.head_file is None:
            return
        try:
            self.head_file.confirm(head)
            if self.anchors is not None:
                self.anchors.passed(head, self.clock())
        except OSError as exc:  # the pending mark stands for it
            log.warning("audit head file %s not confirmed: %s", self.head_file.path, exc)
