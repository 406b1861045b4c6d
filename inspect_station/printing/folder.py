"""The embedded default: each label as a PDF and a ZPL file in a folder."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from inspect_station.app.errors import PrinterError
from inspect_station.app.i18n import _
from inspect_station.printing.base import Format, RenderedLabel


class FolderPrinter:
    """Writes ``<LPN>-<job>.pdf`` and ``.zpl`` into a folder, atomically.

    The ZPL carries the copies (``^PQ``); the PDF is the one label to look at.
    """

    formats: frozenset[Format] = frozenset({"pdf", "zpl"})

    def __init__(
        self, folder: Path, *, name: str = "", stock: str = "4x6", dpi: int = 203, font: str = ""
    ) -> None:
        self.folder = folder
        self.name = name or f"files:{folder}"
        self.stock, self.dpi = stock, dpi
        self.colour = False
        self.font = font

    def describe(self) -> str:
        return _("labels folder {folder}").format(folder=self.folder)

    def check(self) -> str | None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return _("labels folder cannot be created: {strerror}").format(
                strerror=exc.strerror or exc
            )
        if not os.access(self.folder, os.W_OK | os.X_OK):
            return _("labels folder {folder} is not writable").format(folder=self.folder)
        return None

    def send(self, label: RenderedLabel) -> str:
        problem = self.check()
        if problem:
            raise PrinterError(problem)
        stem = f"{label.lpn}-{label.job_id.hex[:8]}"
        pdf_path = self.folder / f"{stem}.pdf"
        _write_atomic(pdf_path, label.need_pdf())
        _write_atomic(self.folder / f"{stem}.zpl", label.need_zpl().encode("utf-8"))
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
        raise PrinterError(
            _("Cannot write label to {parent}: {strerror}").format(
                parent=path.parent, strerror=exc.strerror or exc
            )
        ) from exc
