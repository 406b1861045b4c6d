"""CUPS queues, through the ``lp`` and ``lpstat`` commands every CUPS install has.

A queue takes the label as PDF (an office printer, a PDF writer, a thermal printer with a
driver) or as raw ZPL (``-o raw``, a thermal printer without one). ``lp`` returns once the
scheduler has the job, so its answer says the job was accepted, not that it has printed.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence

from inspect_station.app.errors import PrinterError, PrintOutcomeUnknown
from inspect_station.app.i18n import _
from inspect_station.labels.layout import STOCKS
from inspect_station.printing.base import Format, RenderedLabel

_REQUEST_ID = re.compile(r"request id is (\S+)")


class CupsPrinter:
    def __init__(
        self,
        queue: str,
        *,
        name: str = "",
        stock: str = "4x6",
        dpi: int = 203,
        data_format: Format = "pdf",
        server: str = "",
        colour: bool = False,
        timeout: float = 30.0,
        font: str = "",
    ) -> None:
        self.queue, self.server, self.timeout = queue, server, timeout
        self.font = font
        self.name = name or f"cups:{queue}"
        self.stock, self.dpi = stock, dpi
        self.data_format: Format = data_format
        self.formats: frozenset[Format] = frozenset({data_format})
        self.colour = colour and data_format == "pdf"

    def describe(self) -> str:
        where = f" on {self.server}" if self.server else ""
        return _("CUPS queue {queue}{where} ({data_format})").format(
            queue=self.queue, where=where, data_format=self.data_format.upper()
        )

    def check(self) -> str | None:
        try:
            shown = self._run(["lpstat", "-p", self.queue], timeout=10)
            accepting = self._run(["lpstat", "-a", self.queue], timeout=10)
        except subprocess.TimeoutExpired:
            return _("the CUPS scheduler does not answer")
        if shown.returncode != 0:
            return self._explain(shown.stderr or shown.stdout)
        if "disabled" in shown.stdout:
            return _("CUPS queue {queue!r} is paused (cupsenable {queue})").format(queue=self.queue)
        if "not accepting" in accepting.stdout:
            return _("CUPS queue {queue!r} is rejecting jobs (cupsaccept {queue})").format(
                queue=self.queue
            )
        return None

    def send(self, label: RenderedLabel) -> str:
        args = ["lp", "-d", self.queue, "-t", f"{label.lpn} {label.job_id.hex[:8]}"]
        if self.data_format == "zpl":
            data = label.need_zpl().encode("ascii")
            args += ["-o", "raw"]  # the copies travel inside the ZPL (^PQ)
        else:
            data = label.need_pdf()
            # The page is the label: without a media size CUPS centres it on A4 or Letter.
            stock = STOCKS.get(self.stock)
            if stock is not None:
                args += ["-o", f"media=Custom.{stock.width_mm:g}x{stock.height_mm:g}mm"]
            args += ["-n", str(label.copies)]
        try:
            done = self._run(args, data=data, timeout=self.timeout)
        except subprocess.TimeoutExpired as exc:
            raise PrintOutcomeUnknown(
                _(
                    "{self}: lp did not finish within {timeout:g} s; the job may or may not "
                    "have been accepted"
                ).format(self=self.describe(), timeout=self.timeout)
            ) from exc
        if done.returncode != 0:
            raise PrinterError(self._explain(done.stderr or done.stdout))
        found = _REQUEST_ID.search(done.stdout)
        return f"cups:{found.group(1) if found else self.queue}"

    def _run(
        self, args: Sequence[str], *, data: bytes | None = None, timeout: float
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ)
        if self.server:
            env["CUPS_SERVER"] = self.server
        try:
            done = subprocess.run(
                list(args), input=data, capture_output=True, timeout=timeout, env=env, check=False
            )
        except FileNotFoundError as exc:
            raise PrinterError(
                _("CUPS is not installed here ({args} is missing): install cups-client").format(
                    args=args[0]
                )
            ) from exc
        return subprocess.CompletedProcess(
            done.args,
            done.returncode,
            done.stdout.decode("utf-8", "replace"),
            done.stderr.decode("utf-8", "replace"),
        )

    def _explain(self, message: str) -> str:
        text = " ".join(message.split())
        lowered = text.lower()
        if "does not exist" in lowered or "invalid destination" in lowered:
            return _("CUPS queue {queue!r} does not exist (lpstat -p lists the queues)").format(
                queue=self.queue
            )
        if "scheduler is not running" in lowered or "unable to connect" in lowered:
            return _("the CUPS scheduler is not running ({text})").format(text=text)
        return f"{self.describe()}: {text or 'lp failed'}"
