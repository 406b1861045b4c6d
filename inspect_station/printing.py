"""Printers: where a rendered label goes.

A printer takes a finished label (PDF and ZPL rendered from the same layout) and delivers it.
Failures are :class:`PrinterError`: the job stays queued and the bench says why.
The embedded default writes both files to a labels folder.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from inspect_station.errors import BadInput, PrinterError


@dataclass(frozen=True)
class RenderedLabel:
    job_id: uuid.UUID
    lpn: str
    pdf: bytes
    zpl: str
    copies: int = 1


class Printer(Protocol):
    name: str

    def describe(self) -> str: ...

    def check(self) -> str | None:
        """None when ready, else a short human reason ("folder not writable")."""

    def send(self, label: RenderedLabel) -> str:
        """Deliver the label; return where it went. Raises PrinterError."""


class FolderPrinter:
    """Writes ``<LPN>-<job>.pdf`` and ``.zpl`` into a folder, atomically."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = f"files:{folder}"

    def describe(self) -> str:
        return f"labels folder {self.folder}"

    def check(self) -> str | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return f"labels folder cannot be created: {exc.strerror or exc}"
        if not os.access(self.folder, os.W_OK | os.X_OK):
            return f"labels folder {self.folder} is not writable"
        return None

    def send(self, label: RenderedLabel) -> str:
        problem = self.check()
        if problem:
            raise PrinterError(problem)
        stem = f"{label.lpn}-{label.job_id.hex[:8]}"
        pdf_path = self.folder / f"{stem}.pdf"
        _write_atomic(pdf_path, label.pdf)
        _write_atomic(self.folder / f"{stem}.zpl", label.zpl.encode("utf-8"))
        return str(pdf_path)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".tmp-{uuid.uuid4().hex}{path.suffix}")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise PrinterError(f"Cannot write label to {path.parent}: {exc.strerror or exc}") from exc


def make_printer(spec: str, labels_dir: Path) -> Printer:
    """Build the printer named in the settings. ``files`` (the default) or ``files:/path``."""
    if spec == "files":
        return FolderPrinter(labels_dir)
    if spec.startswith("files:"):
        return FolderPrinter(Path(spec.removeprefix("files:")))
    raise BadInput(f"Unknown printer {spec!r}; use 'files' or 'files:/folder'.")
