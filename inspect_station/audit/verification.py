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

from db.audit_chain import EVENT_FIELDS, GENESIS, link_hash
from db.audit_head import Anchor, AnchorLog, Head, HeadFile, HeadRecord, matching
from db.engine import Database
from db.models.audit import AuditEvent, AuditPending, AuditSeal
from inspect_station.app.i18n import _

BATCH = 10_000
# The links migration 0007 made for audit rows older than the chain.
MIGRATION_SEALER = "upgrade 0003"
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
    anchors_kept: int = 0  # lines in this bench's anchor log
    anchors_checked: int = 0  # anchors (kept and given) found in the chain as recorded

    @property
    def ok(self) -> bool:
        return not self.problems


def head_file_for(database: Database) -> HeadFile | None:
    return database.audit_chain.head_file


def anchor_log_for(database: Database) -> AnchorLog | None:
    return database.audit_chain.anchors


@dataclass(frozen=True)
class _HeadToCheck:
    source: str
    record: HeadRecord
    single_writer: bool  # SQLite: one station writes, so any link after its head is foreign

    @property
    def thresholds(self) -> set[int]:
        seqs = {p.seq for p in self.record.pending}
        return seqs | {self.record.confirmed.seq if self.record.confirmed else 0}


def verify(
    database: Database,
    extra_heads: Sequence[Path] = (),
    *,
    bench: str = "",
    anchors: Sequence[Anchor] = (),
) -> Verification:
    """Check the whole chain, then this station's head file (``bench`` names this station),
    any ``extra_heads`` of other benches, the anchor log and the given ``anchors``."""
    result = Verification()
    single_writer = database.dialect == "sqlite"
    heads = _heads(database, extra_heads, result, single_writer)
    anchored = _anchors(database, anchors, result)
    wanted = {a.seq for a in anchored}
    for head in heads:
        wanted |= head.thresholds
    seen: dict[int, tuple[str, str]] = {}
    sealers: set[str] = set()
    # The first link after each point a head names, sealed in that head's bench's name.
    after: dict[tuple[str, int], int] = {}
    watch = [(h.record.bench, t, h.single_writer) for h in heads for t in h.thresholds]

    def note(seq: int, sealed_by: str) -> None:
        sealers.add(sealed_by)
        for owner, threshold, anyone in watch:
            if seq > threshold and (anyone or sealed_by == owner):
                after.setdefault((owner, threshold), seq)

    with database.read() as session:
        links = session.execute(
            select(*_LINK, *_EVENT)
            .outerjoin(AuditEvent, AuditEvent.id == AuditSeal.event_id)
            .order_by(AuditSeal.seq)
            .execution_options(yield_per=BATCH)
        )
        _walk(links, result, wanted, seen, note)
        _unsealed(session, result)
    for head in heads:
        _check_head(head, result, seen, after)
    _check_own_head(database, bench, sealers, result)
    for anchor in anchored:
        _check_anchor(anchor, result, seen)
    return result


def _heads(
    database: Database, extra: Sequence[Path], result: Verification, single_writer: bool
) -> list[_HeadToCheck]:
    own = head_file_for(database)
    files = [(own, single_writer)] if own is not None else []
    files += [(HeadFile(p), False) for p in extra]
    heads = []
    for head_file, alone in files:
        try:
            record = head_file.read_record()
        except ValueError as exc:
            result.problems.append(Problem(None, None, str(exc)))
            continue
        if record.confirmed is None and not record.pending:
            if head_file is not own:
                result.problems.append(
                    Problem(
                        None, None, _("head file {path} is missing").format(path=head_file.path)
                    )
                )
            continue
        heads.append(_HeadToCheck(str(head_file.path), record, alone))
    return heads


def _anchors(database: Database, given: Sequence[Anchor], result: Verification) -> list[Anchor]:
    log = anchor_log_for(database)
    kept: list[Anchor] = []
    if log is not None:
        kept, unreadable = log.read()
        result.problems += [Problem(None, None, what) for what in unreadable]
        result.anchors_kept = len(kept)
    return [*kept, *given]


def _walk(
    rows: Iterable[Any],
    result: Verification,
    wanted: set[int],
    seen: dict[int, tuple[str, str]],
    note: Callable[[int, str], None],
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
            seen[seq] = (stored, sealed_by)
        note(seq, sealed_by)
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
    head: _HeadToCheck,
    result: Verification,
    seen: dict[int, tuple[str, str]],
    after: dict[tuple[str, int], int],
) -> None:
    """The confirmed link must be there as it was; each pending link either is there as it
    was (committed just before a crash) or never came (the crash came before the commit)."""
    record, source = head.record, head.source
    last_seq = result.last.seq if result.last else 0
    confirmed = record.confirmed
    described = f"link {confirmed.seq}" if confirmed else _("no confirmed link")
    if record.pending:
        described += _(", {count} pending").format(count=len(record.pending))
    result.heads_checked.append(f"{source} ({described})")
    known = 0
    if confirmed is not None:
        if confirmed.seq not in seen:
            result.problems.append(
                Problem(
                    None,
                    None,
                    _(
                        "head file {source} recorded link {seq}, but the chain ends at link "
                        "{last_seq}: links were removed from the end"
                    ).format(source=source, seq=confirmed.seq, last_seq=last_seq),
                )
            )
            return
        if seen[confirmed.seq][0] != confirmed.hash:
            result.problems.append(
                Problem(
                    confirmed.seq,
                    None,
                    _(
                        "differs from the head recorded in {source}: the chain was rewritten up "
                        "to here (hashes recomputed)"
                    ).format(source=source),
                )
            )
        known = confirmed.seq
    for seq in sorted({p.seq for p in record.pending}):
        if seq not in seen:
            continue  # sealed, but its transaction never committed (a crash before it)
        digest, sealed_by = seen[seq]
        if matching(record.pending, seq, digest):
            known = max(known, seq)
        elif head.single_writer or sealed_by == record.bench:
            result.problems.append(
                Problem(
                    seq,
                    None,
                    _(
                        "differs from the link {source} marked before its commit: the chain was "
                        "rewritten up to here (hashes recomputed)"
                    ).format(source=source),
                )
            )
    late = after.get((record.bench, known))
    if late is not None:
        result.problems.append(
            Problem(
                late,
                None,
                _(
                    "sealed after the last link {bench} sealed ({source}), yet in its name: "
                    "added outside the station"
                ).format(bench=record.bench or "this station", source=source),
            )
        )


def _check_own_head(
    database: Database, bench: str, sealers: set[str], result: Verification
) -> None:
    """No head file, yet links this station sealed: it was deleted (or the database was
    restored without it), and the end of the chain has nothing outside the database to be
    checked against."""
    head_file = head_file_for(database)
    if head_file is None:
        return
    try:
        record = head_file.read_record()
    except ValueError:
        return  # reported as unreadable
    if record.confirmed is not None or record.pending:
        return
    single_writer = database.dialect == "sqlite"
    ours = sealers - {MIGRATION_SEALER} if single_writer else sealers & {bench}
    if ours:
        result.problems.append(
            Problem(
                None,
                None,
                _(
                    "head file {path} is missing, yet the chain holds links sealed by {ours}: it "
                    "was deleted, or the database was restored without it; links removed from "
                    "the end could not be seen"
                ).format(path=head_file.path, ours=", ".join(sorted(ours))),
            )
        )


def _check_anchor(anchor: Anchor, result: Verification, seen: dict[int, tuple[str, str]]) -> None:
    last_seq = result.last.seq if result.last else 0
    if anchor.seq not in seen:
        result.problems.append(
            Problem(
                None,
                None,
                _(
                    "anchor '{source}' recorded link {seq}, but the chain ends at link "
                    "{last_seq}: links were removed from the end"
                ).format(source=anchor.source, seq=anchor.seq, last_seq=last_seq),
            )
        )
    elif not seen[anchor.seq][0].startswith(anchor.hash):
        result.problems.append(
            Problem(
                anchor.seq,
                None,
                _("differs from anchor '{source}': the chain was rewritten up to here").format(
                    source=anchor.source
                ),
            )
        )
    else:
        result.anchors_checked += 1
