"""What every printer back end shares: the label it is handed and the protocol it follows.

The back ends are raw TCP 9100 (ZPL, ``zebra``), CUPS queues (``cups``) and a folder of files
(``folder``); ``printers`` builds them from the settings. Each one takes a :class:`RenderedLabel`
and delivers it, or raises :class:`~inspect_station.app.errors.PrinterError` (nothing reached the
printer: the job stays queued) or :class:`~inspect_station.app.errors.PrintOutcomeUnknown` (it
may have printed).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Literal, Protocol

Format = Literal["pdf", "zpl"]


@dataclass(frozen=True)
class RenderedLabel:
    """One label in the formats the printer asked for (the others are None)."""

    job_id: uuid.UUID
    lpn: str
    pdf: bytes | None
    zpl: str | None
    copies: int = 1

    def need_pdf(self) -> bytes:
        if self.pdf is None:
            raise ValueError("this printer was handed a label without its PDF")
        return self.pdf

    def need_zpl(self) -> str:
        if self.zpl is None:
            raise ValueError("this printer was handed a label without its ZPL")
        return self.zpl


@dataclass(frozen=True)
class PrinterState:
    """What a printer says about itself before a label is sent."""

    ready: bool
    text: str  # "ready", "paper out", "CUPS queue 'X' does not exist", …


class Printer(Protocol):
    """A label printer. ``stock`` and ``dpi`` are what it is loaded with and prints at."""

    name: str
    stock: str
    dpi: int
    formats: frozenset[Format]  # what ``send`` needs rendered
    colour: bool  # may the PDF carry the destination's colour
    font: str  # ZPL: the printer's own font for other scripts (E:ANMDJ.TTF); "": as graphics

    def describe(self) -> str: ...

    def check(self) -> str | None:
        """None when ready, else a short human reason ("paper out", "host does not resolve")."""

    def send(self, label: RenderedLabel) -> str:
        """Deliver the label; return where it went.

        Raises PrinterError when nothing reached the printer, PrintOutcomeUnknown when some or
        all of it may have.
        """
