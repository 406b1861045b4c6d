"""The chain's head kept outside the database: the head file, and the log of anchors.

**The head file** holds the newest link this station sealed whose commit it has seen
(``seq``, ``hash``, ``bench``) and the links it sealed whose commit it has not seen yet
(``pending``). A link is marked pending, durably, before its transaction commits, and
confirmed after the commit; a transaction that rolls back takes its pending mark away. So the
file never claims a link whose commit did not happen, and whatever moment a crash (or a
``kill -9``) picks, the links it leaves are accounted for:

- killed before the commit: the pending link is not in the chain, nor anything after it;
- killed after the commit, before the confirmation: the pending link is in the chain with
  the hash the file names.

``audit verify`` reads it that way, and a station resolves its pending links against the chain
when it starts (:meth:`HeadFile.reconcile`). Threads and processes of one bench share the file
under a lock (``flock`` on a sibling ``.lock`` file).

**The anchor log** (:class:`AnchorLog`), one JSON line per anchor, keeps confirmed heads in
the bench's data folder: when the station starts and stops, every thousand links, and with
each daily report (which prints the same head on paper). Someone who rewrites the chain and
the head file to match still leaves the older anchors, and the printed ones, contradicting it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

if sys.platform != "win32":  # one bench's processes share the head file under flock
    import fcntl


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    bench: str = ""  # the bench that sealed it


@dataclass(frozen=True)
class HeadRecord:
    """What a head file holds: the confirmed head, and links sealed but not yet confirmed."""

    confirmed: Head | None = None
    pending: tuple[Head, ...] = ()

    @property
    def bench(self) -> str:
        return self.confirmed.bench if self.confirmed else next((p.bench for p in self.pending), "")

    def marked(self, head: Head) -> HeadRecord:
        return replace(self, pending=(*self.pending, head))

    def confirmed_up_to(self, head: Head) -> HeadRecord:
        """``head`` committed: it (or a newer confirmed head) is the head, and every pending
        link up to it is settled (committed with it, or never committed and replaced)."""
        confirmed = self.confirmed
        if confirmed is None or head.seq > confirmed.seq:
            confirmed = head
        pending = tuple(p for p in self.pending if p.seq > head.seq)
        return HeadRecord(confirmed, pending)

    def without(self, head: Head) -> HeadRecord:
        return replace(self, pending=tuple(p for p in self.pending if p != head))


class HeadFile:
    """The newest link this station sealed, kept outside the database.

    Someone able to rewrite the audit tables can recompute every hash after the row they
    changed; they cannot also reach the head file on each bench's disk. ``audit verify``
    checks that the chain still holds the confirmed link with its hash, and accounts for the
    pending ones.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> Head | None:
        """The confirmed head (None: no file, or nothing confirmed yet)."""
        return self.read_record().confirmed

    def read_record(self) -> HeadRecord:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            bench = str(raw.get("bench", ""))
            confirmed = Head(int(raw["seq"]), str(raw["hash"]), bench) if raw.get("seq") else None
            pending = tuple(
                Head(int(p["seq"]), str(p["hash"]), bench) for p in raw.get("pending", ())
            )
        except FileNotFoundError:
            return HeadRecord()
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"audit head file {self.path} is unreadable: {exc}") from exc
        return HeadRecord(confirmed, pending)

    def exists(self) -> bool:
        return self.path.exists()

    def write(self, head: Head | None) -> None:
        """Replace the file with ``head`` confirmed and nothing pending (None: remove it)."""
        with self._locked():
            if head is None:
                self.path.unlink(missing_ok=True)
            else:
                self._store(HeadRecord(head), durable=True)

    def mark_pending(self, head: Head) -> None:
        """Before the commit that makes ``head``: durable, so that a crash anywhere after it
        cannot leave a committed link the file does not account for."""
        with self._locked():
            self._store(self._current().marked(head), durable=True)

    def confirm(self, head: Head) -> None:
        """After the commit: no need to wait for the disk (the pending mark already is there,
        and it resolves to the same link)."""
        with self._locked():
            self._store(self._current().confirmed_up_to(head), durable=False)

    def drop_pending(self, head: Head) -> None:
        """The transaction rolled back: ``head`` will never be in the chain."""
        with self._locked():
            record = self._current()
            if head in record.pending:
                self._store(record.without(head), durable=False)

    def settle(self, record: HeadRecord) -> None:
        """Replace the file with ``record`` (resolved pending links, at start)."""
        with self._locked():
            self._store(record, durable=True)

    def _current(self) -> HeadRecord:
        try:
            return self.read_record()
        except ValueError:  # a damaged file is replaced; verify reports the chain
            return HeadRecord()

    def _store(self, record: HeadRecord, *, durable: bool) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data: dict[str, Any] = {"bench": record.bench}
        if record.confirmed is not None:
            data |= {"seq": record.confirmed.seq, "hash": record.confirmed.hash}
        if record.pending:
            data["pending"] = [{"seq": p.seq, "hash": p.hash} for p in record.pending]
        _replace(self.path, json.dumps(data).encode("utf-8"), durable=durable)

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        if sys.platform == "win32":  # one process per bench there
            yield
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing the descriptor lets go of the lock


@dataclass(frozen=True)
class Anchor:
    seq: int
    hash: str
    source: str  # "started", "stopped", "link 5000", "daily report 2026-11-26", a file's name
    at: str = ""
    bench: str = ""


@dataclass
class AnchorLog:
    """Confirmed heads appended to a file in the bench's data folder, never rewritten."""

    path: Path
    every: int = 1000  # also anchor the head each time it passes a multiple of this
    _last_seq: int = field(default=0, init=False)

    def append(self, head: Head, source: str, at: datetime) -> None:
        if head.seq <= 0:
            return
        line = json.dumps(
            {
                "seq": head.seq,
                "hash": head.hash,
                "bench": head.bench,
                "source": source,
                "at": at.isoformat(timespec="seconds"),
            }
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One write() of one line with O_APPEND: lines from several processes never interleave.
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, (line + "\n").encode("utf-8"))
        finally:
            os.close(fd)
        self._last_seq = max(self._last_seq, head.seq)

    def passed(self, head: Head, at: datetime) -> None:
        """Called with each confirmed head: anchor it when it crosses a multiple of ``every``."""
        if self._last_seq == 0:
            self._last_seq = head.seq - 1
        if head.seq // self.every > self._last_seq // self.every:
            self.append(head, f"link {head.seq}", at)
        self._last_seq = max(self._last_seq, head.seq)

    def read(self) -> tuple[list[Anchor], list[str]]:
        """The anchors, and the lines that could not be read (a line cut short by a crash while
        it was written is the last one and has no newline: it is skipped, not reported)."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return [], []
        lines = text.split("\n")
        complete, _torn = lines[:-1], lines[-1]
        anchors, bad = [], []
        for number, line in enumerate(complete, start=1):
            try:
                raw = json.loads(line)
                anchors.append(
                    Anchor(
                        int(raw["seq"]),
                        str(raw["hash"]),
                        str(raw.get("source", "")),
                        str(raw.get("at", "")),
                        str(raw.get("bench", "")),
                    )
                )
            except (ValueError, KeyError, TypeError):
                bad.append(f"{self.path} line {number} is unreadable")
        return anchors, bad


def parse_anchor(text: str, source: str) -> Anchor:
    """``SEQ:HASH`` as printed on a daily report (the hash, or at least its first 16 hex
    digits)."""
    seq, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not seq.strip().isdigit() or not 16 <= len(digest) <= 64:
        raise ValueError(f"{text!r} is not LINK:HASH (a link number, a colon, 16–64 hex digits)")
    if any(c not in "0123456789abcdef" for c in digest):
        raise ValueError(f"{text!r}: the hash has characters that are not hex digits")
    return Anchor(int(seq), digest, source)


def _replace(path: Path, data: bytes, *, durable: bool) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
        if durable:
            os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if durable and os.name != "nt":
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def sweep_temporaries(path: Path) -> None:
    """Temporary head files a crash left between writing and renaming (their process gone)."""
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        pid = leftover.name.rsplit(".", 2)[-2]
        if pid.isdigit() and _alive(int(pid)):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def matching(pending: Sequence[Head], seq: int, digest: str) -> bool:
    return any(p.seq == seq and p.hash == digest for p in pending)
