"""Zebra-class thermal printers on raw TCP (port 9100), speaking ZPL.

Before a label is sent the printer is asked for its host status (``~HS``): paper out, head
open or paused means nothing is sent and the job waits. After the label, ``~HS`` is asked again
on the same connection: TCP delivers in order, so an answer proves the label arrived. Anything
that goes wrong between the first byte of the label and that answer leaves the outcome unknown.
"""

from __future__ import annotations

import re
import socket
import time
from dataclasses import dataclass

from inspect_station.app.errors import PrinterError, PrintOutcomeUnknown
from inspect_station.app.i18n import _
from inspect_station.printing.base import Format, RenderedLabel

DEFAULT_PORT = 9100
_FRAME = re.compile(rb"\x02([^\x02\x03]*)\x03")


@dataclass(frozen=True)
class HostStatus:
    """The parts of the ``~HS`` answer that decide whether a label can print."""

    paper_out: bool
    paused: bool
    head_open: bool
    ribbon_out: bool
    buffer_full: bool
    under_temperature: bool
    over_temperature: bool
    formats_in_buffer: int
    labels_remaining: int

    def problems(self) -> list[str]:
        flags = (
            (self.paper_out, _("paper out")),
            (self.head_open, _("head open")),
            (self.ribbon_out, _("ribbon out")),
            (self.paused, _("paused")),
            (self.buffer_full, _("receive buffer full")),
            (self.under_temperature, _("head too cold")),
            (self.over_temperature, _("head too hot")),
        )
        return [text for flag, text in flags if flag]


def parse_host_status(raw: bytes) -> HostStatus:
    """Read the three ``<STX>…<ETX><CR><LF>`` strings of a ``~HS`` answer.

    String 1 is ``aaa,b,c,dddd,eee,f,g,h,iii,j,k,l`` (b paper out, c pause, eee formats in the
    receive buffer, f buffer full, k/l under/over temperature); string 2 is
    ``mmm,n,o,p,q,r,s,t,uuuuuuuu,v,www`` (o head up, p ribbon out, uuuuuuuu labels remaining).
    Raises ValueError for anything else.
    """
    frames = [frame.decode("ascii", "replace").split(",") for frame in _FRAME.findall(raw)]
    if len(frames) < 3 or len(frames[0]) < 12 or len(frames[1]) < 11:
        raise ValueError(f"not a ~HS answer: {raw[:120]!r}")
    one, two = frames[0], frames[1]
    try:
        return HostStatus(
            paper_out=one[1].strip() == "1",
            paused=one[2].strip() == "1",
            head_open=two[2].strip() == "1",
            ribbon_out=two[3].strip() == "1",
            buffer_full=one[5].strip() == "1",
            under_temperature=one[10].strip() == "1",
            over_temperature=one[11].strip() == "1",
            formats_in_buffer=int(one[4]),
            labels_remaining=int(two[8]),
        )
    except ValueError as exc:
        raise ValueError(f"not a ~HS answer: {raw[:120]!r}") from exc


class ZebraPrinter:
    """A ZPL printer at ``host:port``; every wait is bounded by ``timeout`` seconds."""

    formats: frozenset[Format] = frozenset({"zpl"})

    def __init__(
        self,
        host: str,
        port: int = DEFAULT_PORT,
        *,
        name: str = "",
        stock: str = "4x6",
        dpi: int = 203,
        timeout: float = 5.0,
        font: str = "",
    ) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.name = name or f"zpl:{host}:{port}"
        self.stock, self.dpi = stock, dpi
        self.colour = False
        self.font = font

    def describe(self) -> str:
        return _("ZPL printer {host}:{port}").format(host=self.host, port=self.port)

    def status(self) -> HostStatus:
        """Ask the printer how it is. Raises PrinterError when it cannot be asked."""
        with self._connect() as sock:
            return self._status(sock)

    def check(self) -> str | None:
        try:
            problems = self.status().problems()
        except PrinterError as exc:
            return str(exc)
        return ", ".join(problems) if problems else None

    def send(self, label: RenderedLabel) -> str:
        payload = label.need_zpl().encode("ascii") + b"~HS"
        with self._connect() as sock:
            problems = self._status(sock).problems()
            if problems:
                raise PrinterError(f"{self.describe()}: {', '.join(problems)}")
            try:
                sock.sendall(payload)
                self._status(sock)
            except (OSError, PrinterError) as exc:
                raise PrintOutcomeUnknown(
                    _(
                        "{self}: the connection broke after the label was sent ({reason}); "
                        "it may or may not have printed"
                    ).format(self=self.describe(), reason=_reason(exc))
                ) from exc
        return f"{self.host}:{self.port}"

    def _connect(self) -> socket.socket:
        try:
            socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise PrinterError(
                _(
                    "Printer host {host!r} does not resolve ({strerror}); check the printer's "
                    "address in the settings"
                ).format(host=self.host, strerror=exc.strerror)
            ) from exc
        try:
            return socket.create_connection((self.host, self.port), timeout=self.timeout)
        except TimeoutError as exc:
            raise PrinterError(
                _(
                    "{self} does not answer (no connection within {timeout:g} s): is it "
                    "switched on and on the network?"
                ).format(self=self.describe(), timeout=self.timeout)
            ) from exc
        except ConnectionRefusedError as exc:
            raise PrinterError(
                _("{self} refused the connection: is it on?").format(self=self.describe())
            ) from exc
        except OSError as exc:
            raise PrinterError(
                _("{self} cannot be reached: {reason}").format(
                    self=self.describe(), reason=_reason(exc)
                )
            ) from exc

    def _status(self, sock: socket.socket) -> HostStatus:
        try:
            sock.sendall(b"~HS")
            raw = _read_frames(sock, 3, time.monotonic() + self.timeout)
        except TimeoutError as exc:
            raise PrinterError(
                _(
                    "{self} accepted the connection but did not answer within {timeout:g} s "
                    "(a Zebra stays silent when out of paper or with its head open)"
                ).format(self=self.describe(), timeout=self.timeout)
            ) from exc
        except OSError as exc:
            raise PrinterError(
                _("{self}: connection lost ({reason})").format(
                    self=self.describe(), reason=_reason(exc)
                )
            ) from exc
        try:
            return parse_host_status(raw)
        except ValueError as exc:
            raise PrinterError(
                _("{self} gave a status that makes no sense").format(self=self.describe())
            ) from exc


def _read_frames(sock: socket.socket, count: int, deadline: float) -> bytes:
    data = b""
    while data.count(b"\x03") < count:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        sock.settimeout(left)
        chunk = sock.recv(4096)
        if not chunk:
            raise ConnectionAbortedError(_("the printer closed the connection"))
        data += chunk
    return data


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
