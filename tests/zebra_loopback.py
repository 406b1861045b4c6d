"""A Zebra printer on the loopback interface, for tests and benchmarks.

It speaks the printer's side of raw TCP 9100: keeps every complete ``^XA…^XZ`` format it
receives (that is what a real printer prints), answers ``~HS`` with the three status strings,
and misbehaves on request: paper out, head open, paused (reported in ``~HS``, or, like newer
firmware, by not answering at all), a connection reset right after a label or in the middle of
one, or no answer ever.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
from collections import Counter
from types import TracebackType

# What the loopback printer does with the next connection(s).
NORMAL = "normal"
SILENT = "silent"  # accepts and reads, never answers
RESET_AFTER_LABEL = "reset_after_label"  # takes a whole label, then resets the connection
RESET_MID_LABEL = "reset_mid_label"  # resets once part of a label arrived: nothing prints

_BARCODE = re.compile(r"\^BC[^^]*\^FH\^FD(.*?)\^FS")
_QR = re.compile(r"\^BQ[^^]*\^FD[LMQH]A,(.*?)\^FS")
_COPIES = re.compile(r"\^PQ(\d+)")


class LoopbackZebra:
    def __init__(self) -> None:
        self.paper_out = False
        self.head_open = False
        self.paused = False
        self.silent_when_faulty = False
        self.mode = NORMAL
        self.formats: list[str] = []
        self.connections = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self._thread = threading.Thread(target=self._serve, name="loopback-zebra", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.getsockname()[1])

    def __enter__(self) -> LoopbackZebra:
        self._thread.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def printed(self) -> Counter[str]:
        """Labels that came out, by the plate in their barcode (copies counted)."""
        counts: Counter[str] = Counter()
        with self._lock:
            formats = list(self.formats)
        for fmt in formats:
            copies = _COPIES.search(fmt)
            counts[plate_of(fmt)] += int(copies.group(1)) if copies else 1
        return counts

    # -- the printer's side -------------------------------------------------------------
    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            with conn:
                self.connections += 1
                self._talk(conn)

    def _talk(self, conn: socket.socket) -> None:
        conn.settimeout(0.05)
        buffer = ""
        while not self._stop.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            buffer += chunk.decode("ascii", "replace")
            buffer, done = self._handle(conn, buffer)
            if done:
                return

    def _handle(self, conn: socket.socket, buffer: str) -> tuple[str, bool]:
        """Act on what has arrived; returns what is left and whether the connection ended."""
        while True:
            status_at = buffer.find("~HS")
            start = buffer.find("^XA")
            if start != -1 and (status_at == -1 or start < status_at):
                if self.mode == RESET_MID_LABEL:
                    _reset(conn)
                    return "", True
                end = buffer.find("^XZ", start)
                if end == -1:
                    return buffer, False  # the rest of the format is on its way
                with self._lock:
                    self.formats.append(buffer[start : end + 3])
                buffer = buffer[end + 3 :]
                if self.mode == RESET_AFTER_LABEL:
                    _reset(conn)
                    return "", True
            elif status_at != -1:
                buffer = buffer[status_at + 3 :]
                if self._answers():
                    conn.sendall(self._status())
            else:
                return buffer, False

    def _answers(self) -> bool:
        if self.mode == SILENT:
            return False
        faulty = self.paper_out or self.head_open
        return not (faulty and self.silent_when_faulty)

    def _status(self) -> bytes:
        paper, pause, head = (int(flag) for flag in (self.paper_out, self.paused, self.head_open))
        with self._lock:
            waiting = len(self.formats)
        one = f"030,{paper},{pause},1218,000,0,0,0,000,0,0,0"
        two = f"000,0,{head},0,0,2,6,0,{waiting:08d},1,000"
        three = "1234,0"
        return b"".join(f"\x02{line}\x03\r\n".encode("ascii") for line in (one, two, three))


def plate_of(fmt: str) -> str:
    """The plate a format's barcode carries (Code 128 invocation codes removed)."""
    found = _BARCODE.search(fmt)
    if found:
        return re.sub(r">[5679:;]", "", found.group(1))
    qr = _QR.search(fmt)
    return qr.group(1) if qr else ""


def _reset(conn: socket.socket) -> None:
    # Linger 0: close() sends RST, as a printer that crashes or drops off the network does.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()
