"""Photos stored but not yet recorded: one small record per photo, kept until its row exists.

Storing a photo and writing its row cannot be one atomic step: the file goes to disk, then the
row to the database. A crash in between used to leave a file that no row names, invisible to
``photos verify`` and out of reach of retention. Now, before the file is renamed into place, a
record of what it is (which unit, which shot, its quality figures, who took it and when) is
written to ``root/.pending/`` and flushed to disk; it is removed once the row is committed.

At start (``photos/recovery.py``) a record left behind is settled: the row was written after
all (the record goes), or the unit is still open (the photo is adopted: its row is written from
the record, so the unit resumes with it), or the file is moved aside to ``root/orphans/`` and
reported. A record is named after host and process, like the temporary files, so a bench
settles only its own records of processes that are gone, or anyone's older than an hour.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from inspect_station.photos.store import STALE_AFTER_S, host_name, process_alive

PENDING = ".pending"
_NAME = re.compile(
    r"(?P<host>[a-z0-9-]{1,40})-(?P<pid>[0-9]{1,10})-(?P<sha>[0-9a-f]{64})-[0-9a-f]{8}\.json"
)


@dataclass(frozen=True)
class PhotoIntent:
    """What a photo row will say, written down before the photo's file is in place."""

    inspection_id: str
    sha256: str
    size_bytes: int
    width: int
    height: int
    source: str  # "camera" or "file"
    original_name: str | None
    taken_at: str  # ISO 8601 with its offset
    bench: str
    operator: str
    shot: str | None
    sharpness: float | None
    brightness: float | None
    clipped_pct: float | None
    dark_pct: float | None
    quality_issues: str

    @property
    def taken(self) -> datetime:
        return datetime.fromisoformat(self.taken_at)

    @property
    def inspection(self) -> uuid.UUID:
        return uuid.UUID(self.inspection_id)


@dataclass(frozen=True)
class PendingPhoto:
    path: Path  # the record's own file
    intent: PhotoIntent | None  # None: the record could not be read
    own: bool  # written by this host's process that is gone (or by anyone, over an hour ago)


def write(root: Path, intent: PhotoIntent) -> Path:
    """Write ``intent`` durably under ``root/.pending``; returns the record's path."""
    folder = root / PENDING
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{host_name()}-{os.getpid()}-{intent.sha256}-{uuid.uuid4().hex[:8]}.json"
    target = folder / name
    temp = folder / f".{name}.tmp"
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    try:
        os.write(fd, json.dumps(asdict(intent)).encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(temp, target)
    _fsync(folder)
    return target


def settle(record: Path) -> None:
    """The row is committed: the record has done its job (no need to wait for the disk: a
    record that survives a crash resolves to the row)."""
    with contextlib.suppress(FileNotFoundError):
        record.unlink()


def records(root: Path, *, stale_after: float = STALE_AFTER_S) -> Iterator[PendingPhoto]:
    """Every record under ``root/.pending``, and whether this bench may settle it."""
    folder = root / PENDING
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    cutoff = time.time() - stale_after
    me = host_name()
    for name in names:
        path = folder / name
        match = _NAME.fullmatch(name)
        if match is None:
            if name.startswith(".") and name.endswith(".tmp") and _older(path, cutoff):
                with contextlib.suppress(OSError):
                    path.unlink()  # a record cut short before it was renamed into place
            continue
        gone = match["host"] == me and not process_alive(int(match["pid"]))
        yield PendingPhoto(path, _read(path), gone or _older(path, cutoff))


def records_for(root: Path, sha256: str) -> list[PendingPhoto]:
    """The records of one picture (any bench's)."""
    folder = root / PENDING
    return [
        PendingPhoto(path, _read(path), own=False)
        for path in sorted(folder.glob(f"*-{sha256}-*.json"))
        if _NAME.fullmatch(path.name)
    ]


def shas(root: Path) -> set[str]:
    """The pictures some record still stands for (any bench's, settled or not)."""
    return {p.intent.sha256 for p in records(root) if p.intent is not None}


def _read(path: Path) -> PhotoIntent | None:
    try:
        return PhotoIntent(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def _older(path: Path, cutoff: float) -> bool:
    try:
        return path.stat().st_mtime < cutoff
    except OSError:
        return False


def _fsync(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
