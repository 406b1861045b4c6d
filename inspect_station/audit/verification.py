"""Checking the audit trail: every link against its event, every link to the one before it,
every event sealed, and the head files.

Links are read in chain order (``seq``) with their events, in batches, so a chain of millions
of rows is checked in constant memory. A problem names the link and the event:

- *edited*: the event or the link no longer gives the link's hash (any column changed, or an
  event moved: its id is part of what the hash covers);
- *removed*: a link points at an event that is gone, or links are missing (``seq`` jumps);
- *out of place*: a link does not follow the one before it (inserted, removed or moved);
- *not sealed*: an event no link covers and none is waiting to (inserted outside the station,
  or its link removed); events waiting in ``audit_pending`` are counted, not faulted;
- *head*: a head file names a link the chain no longer holds as it was (links removed from the
  end, or the chain rewritten from some link on, hashes recomputed).

A head file also names the bench that sealed it. Links after it sealed in that bench's name
were not sealed by it: they were added outside the station. On SQLite one station writes, so
any link after its head is such a link; on PostgreSQL other benches seal after it, which is
normal, and their links are checked against their own head files (``--head``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit_chain import EVENT_FIELDS, GENESIS, Head, HeadFile, link_hash
from db.engine import Database
from db.models.audit import AuditEvent, AuditPending, AuditSeal
from inspect_station.app.i18n import _

BATCH = 10_000
_LINK = (
    AuditSeal.seq,
    AuditSeal.event_id,
    AuditSeal.sealed_by,
    AuditSeal.prev_hash,
    AuditSeal.hash,
)
_EVENT = tuple(getattr(AuditEvent, name) for name in EVENT_FIELDS)


@dataclass(frozen=True)
class Problem:
    link: int | None
    event: int | None
    what: str

    def __str__(self) -> str:
        where = []
        if self.link is not None:
            where.append(f"link {self.link}")
        if self.event is not None:
            where.append(f"event {self.event}")
        return f"{' '.join(where)}: {self.what}" if where else self.what


@dataclass
class Verification:
    links: int = 0
    events: int = 0
    pending: int = 0  # committed events waiting to be sealed (PostgreSQL)
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
    heads = _heads(database, extra_heads, result)
    wanted = {head.seq for _source, head in heads}
    seen: dict[int, str] = {}
    single_writer = database.dialect == "sqlite"
    late: dict[Head, int] = {}

    def after_head(seq: int, sealed_by: str) -> None:
        for _source, head in heads:
            if seq > head.seq and head not in late and (single_writer or sealed_by == head.bench):
                late[head] = seq

    with database.read() as session:
        links = session.execute(
            select(*_LINK, *_EVENT)
            .outerjoin(AuditEvent, AuditEvent.id == AuditSeal.event_id)
            .order_by(AuditSeal.seq)
            .execution_options(yield_per=BATCH)
        )
        _walk(links, result, wanted, seen, after_head if heads else None)
        _unsealed(session, result)
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
            result.problems.append(Problem(None, None, str(exc)))
            continue
        if head is None:
            if head_file.path in extra:
                result.problems.append(
                    Problem(
                        None, None, _("head file {path} is missing").format(path=head_file.path)
                    )
                )
            continue
        heads.append((str(head_file.path), head))
    return heads


def _walk(
    rows: Iterable[Any],
    result: Verification,
    wanted: set[int],
    seen: dict[int, str],
    after_head: Callable[[int, str], None] | None,
) -> None:
    prev_seq, prev_hash = 0, GENESIS
    for row in rows:
        seq, event_id, sealed_by, stored_prev, stored = row[:5]
        event = dict(zip(EVENT_FIELDS, row[5:], strict=True))
        result.links += 1
        if event["id"] is None:
            result.problems.append(Problem(seq, event_id, _("its event was removed")))
        elif stored != link_hash(event, seq=seq, sealed_by=sealed_by, prev_hash=stored_prev):
            result.problems.append(
                Problem(
                    seq, event_id, _("edited: the event or its link no longer matches the hash")
                )
            )
        if seq != prev_seq + 1:
            first, last = prev_seq + 1, seq - 1
            what = (
                _("link {first}").format(first=first)
                if first == last
                else _("links {first}–{last}").format(first=first, last=last)
            )
            text = (
                _("{what} removed before it").format(what=what)
                if seq > prev_seq
                else _("numbered out of order")
            )
            result.problems.append(Problem(seq, event_id, text))
        elif stored_prev != prev_hash:
            result.problems.append(
                Problem(
                    seq,
                    event_id,
                    _(
                        "out of place: it does not follow link {prev_seq} (a link inserted, "
                        "removed or moved here)"
                    ).format(prev_seq=prev_seq),
                )
            )
        if seq in wanted:
            seen[seq] = stored
        if after_head is not None:
            after_head(seq, sealed_by)
        prev_seq, prev_hash = seq, stored
    if result.links:
        result.last = Head(prev_seq, prev_hash)


def _unsealed(session: Session, result: Verification) -> None:
    """Events no link covers: waiting to be sealed, or added outside the station."""
    result.events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    if result.events == result.links:
        return
    # The pending id is NULL (None) for an event that is not waiting to be sealed.
    rows: Iterable[tuple[int, int | None]] = session.execute(
        select(AuditEvent.id, AuditPending.event_id)
        .outerjoin(AuditSeal, AuditSeal.event_id == AuditEvent.id)
        .outerjoin(AuditPending, AuditPending.event_id == AuditEvent.id)
        .where(AuditSeal.seq.is_(None))
        .order_by(AuditEvent.id)
    )
    for event_id, pending in rows:
        if pending is not None:
            result.pending += 1
        else:
            result.problems.append(
                Problem(
                    None,
                    event_id,
                    _(
                        "not sealed: no link covers it (added outside the station, or its link "
                        "removed)"
                    ),
                )
            )


def _check_head(
    source: str, head: Head, result: Verification, seen: dict[int, str], late: int | None
) -> None:
    result.heads_checked.append(_("{source} (link {seq})").format(source=source, seq=head.seq))
    last_seq = result.last.seq if result.last else 0
    if head.seq not in seen:
        result.problems.append(
            Problem(
                None,
                None,
                _(
                    "head file {source} recorded link {seq}, but the chain ends at link "
                    "{last_seq}: links were removed from the end"
                ).format(source=source, seq=head.seq, last_seq=last_seq),
            )
        )
        return
    if seen[head.seq] != head.hash:
        result.problems.append(
            Problem(
                head.seq,
                None,
                _(
                    "differs from the head recorded in {source}: the chain was rewritten up to "
                    "here (hashes recomputed)"
                ).format(source=source),
            )
        )
    if late is not None:
        result.problems.append(
            Problem(
                late,
                None,
                _(
                    "sealed after the last link {bench} sealed ({source}), yet in its name: "
                    "added outside the station"
                ).format(bench=head.bench or "this station", source=source),
            )
        )
