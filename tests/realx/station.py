"""The station under test: launched by a configurable command in a fresh data home, observed
through its SQLite database, its log (tracebacks), screenshots and the optional probe.

Only ``launch`` knows how the station starts; after the repo's restructure only that list
(or the ``--station-cmd`` option) changes.
"""

from __future__ import annotations

import json
import os
import shlex
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .x import XServer

HERE = Path(__file__).resolve().parent


def default_launch(*, probe: bool = True) -> list[str]:
    """The demo station in this interpreter, with the probe armed."""
    if probe:
        return [sys.executable, str(HERE / "probe_launch.py"), "inspect-station", "demo"]
    return [sys.executable, "-m", "inspect_station", "demo"]


@dataclass
class Event:
    raw: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        try:
            return self.raw[name]
        except KeyError as exc:
            raise AttributeError(name) from exc


class Station:
    def __init__(
        self,
        x: XServer,
        *,
        repo: Path,
        launch: list[str] | None = None,
        home: Path | None = None,
        probe: bool = True,
        window_title: str = "^Inspect Station",
        env: dict[str, str] | None = None,
    ) -> None:
        self.x = x
        self.repo = repo
        self.home = home or Path(tempfile.mkdtemp(prefix="xharness-home-"))
        self.probe = probe
        self.launch = launch or default_launch(probe=probe)
        self.window_title = window_title
        self.extra_env = env or {}
        self.proc: subprocess.Popen[bytes] | None = None
        self.window: int | None = None
        self.log_path = self.home / "station.log"
        self.probe_log = self.home / "probe.jsonl"
        # Unix socket paths are limited to 107 bytes: keep it short, outside the home.
        self.probe_socket = f"/tmp/xh{x.number}-{os.getpid()}.sock"
        self._offset = 0
        self._cache: list[Event] = []

    # -- life -----------------------------------------------------------------------------
    def start(self, timeout: float = 60) -> float:
        """Start and wait for the window; returns seconds from launch to a visible window."""
        self.home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            **self.x.env(),
            "INSPECT_STATION_HOME": str(self.home),
            "QT_QPA_PLATFORM": "xcb",
            **self.extra_env,
        }
        if self.probe:
            env["INSPECT_STATION_PROBE_LOG"] = str(self.probe_log)
            env["INSPECT_STATION_PROBE_SOCKET"] = self.probe_socket
        t0 = time.monotonic()
        self.proc = subprocess.Popen(
            self.launch,
            cwd=self.repo,
            env=env,
            stdout=open(self.log_path, "ab"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.window = self.x.find_window(self.window_title, timeout=timeout)
        if self.probe:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if any(e.ev == "probe" and e.state == "listening" for e in self.events()):
                    break
                time.sleep(0.05)
            else:
                raise TimeoutError("the probe did not start")
        return time.monotonic() - t0

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        Path(self.probe_socket).unlink(missing_ok=True)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def point_at_window(self) -> None:
        """Without a window manager X focus follows the pointer (PointerRoot): keep the
        pointer over the station's window, as a kiosk's would rest."""
        self.x.xdotool("mousemove", "683", "384")

    # -- observation: log -----------------------------------------------------------------
    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def tracebacks(self) -> list[str]:
        text = self.log_text()
        blocks = []
        lines = text.splitlines()
        for i, line in enumerate(lines):
            if line.startswith("Traceback"):
                end = i + 1
                while end < len(lines) and (lines[end].startswith(" ") or not lines[end]):
                    end += 1
                blocks.append("\n".join(lines[i : min(end + 1, len(lines))]))
        return blocks

    # -- observation: database ------------------------------------------------------------
    def database_path(self) -> Path:
        found = sorted(self.home.rglob("*.sqlite3"))
        if not found:
            raise FileNotFoundError(f"no SQLite database under {self.home}")
        return found[0]

    def query(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        uri = f"file:{self.database_path()}?mode=ro"
        with sqlite3.connect(uri, uri=True, timeout=5) as con:
            return list(con.execute(sql, args))

    # -- observation: probe ---------------------------------------------------------------
    def events(self, since: float | None = None) -> list[Event]:
        """Probe events (read incrementally), those at or after ``since`` if given."""
        if not self.probe_log.exists():
            return []
        with open(self.probe_log) as fh:
            fh.seek(self._offset)
            chunk = fh.read()
        end = chunk.rfind("\n") + 1  # a line still being written waits for the next read
        self._offset += len(chunk[:end].encode())
        for line in chunk[:end].splitlines():
            try:
                self._cache.append(Event(json.loads(line)))
            except json.JSONDecodeError:
                continue
        if since is None:
            return list(self._cache)
        # events are appended in time order: bisect on t
        lo, hi = 0, len(self._cache)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._cache[mid].raw.get("t", 0) < since:
                lo = mid + 1
            else:
                hi = mid
        return self._cache[lo:]

    def request(self, line: str, timeout: float = 5) -> dict[str, Any]:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(timeout)
            s.connect(self.probe_socket)
            s.sendall((line + "\n").encode())
            buf = b""
            while not buf.endswith(b"\n"):
                chunk = s.recv(65536)
                if not chunk:
                    break
                buf += chunk
        return json.loads(buf)

    def count(self) -> int:
        """How many probe events so far (read incrementally, nothing copied)."""
        self.events(float("inf"))
        return len(self._cache)

    def snap(self, timeout: float = 30) -> dict[str, Any]:
        """The window's state, answered by the probe on the UI thread (at load 14, one
        answer after a function key had switched screens took longer than 5 s)."""
        return self.request("snap", timeout)

    def mark(self, text: str) -> None:
        if self.probe:
            self.request(f"mark {text}")

    def wait_for(
        self, pred: Any, since: float, timeout: float = 5, poll: float = 0.02
    ) -> Event | None:
        """The first probe event after ``since`` for which ``pred(event)`` holds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for e in self.events(since):
                if pred(e):
                    return e
            time.sleep(poll)
        return None

    def iter_messages(self, since: float) -> Iterator[str]:
        for e in self.events(since):
            if e.ev == "msg":
                yield e.text

    def screenshot(self, name: str) -> Path:
        path = self.home / f"{name}.png"
        return self.x.screenshot(path)


def shell_launch(cmd: str) -> list[str]:
    return shlex.split(cmd)
