"""Percentiles, child processes with a watchdog, and peak memory.

Peak memory is the kernel's ``VmHWM`` of the process itself. ``getrusage``/``wait4`` would not
do for a child: Linux carries the parent's peak over the fork and exec, so every child of this
(large) process would seem to be at least as large as its parent.
"""

from __future__ import annotations

import math
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO


@dataclass(frozen=True)
class Summary:
    count: int
    p50: float
    p95: float
    p99: float
    max: float


def percentile(sorted_values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(pct / 100 * len(sorted_values)))
    return sorted_values[rank - 1]


def summarize(values: Sequence[float]) -> Summary:
    ordered = sorted(values)
    return Summary(
        count=len(ordered),
        p50=percentile(ordered, 50),
        p95=percentile(ordered, 95),
        p99=percentile(ordered, 99),
        max=ordered[-1] if ordered else math.nan,
    )


@dataclass
class Child:
    """A child process; ``finish()`` reaps it and reads its peak RSS."""

    proc: subprocess.Popen[str]
    stderr_path: Path
    timed_out: bool = False
    returncode: int | None = None
    _watchdog: threading.Timer | None = field(default=None, repr=False)

    @property
    def stdout(self) -> IO[str]:
        assert self.proc.stdout is not None
        return self.proc.stdout

    def start_watchdog(self, seconds: float) -> None:
        def expire() -> None:
            self.timed_out = True
            self.proc.kill()

        self._watchdog = threading.Timer(seconds, expire)
        self._watchdog.daemon = True
        self._watchdog.start()

    def finish(self) -> int:
        """Read the rest of the output and wait for the child to exit."""
        self.stdout.read()  # until the child closes it (or the watchdog kills it)
        self.returncode = self.proc.wait()
        if self._watchdog is not None:
            self._watchdog.cancel()
        self.stdout.close()
        return self.returncode

    def stderr_tail(self, lines: int = 15) -> str:
        text = self.stderr_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def start_child(
    argv: Sequence[str],
    *,
    env: dict[str, str] | None,
    stderr_path: Path,
    deadline_s: float,
    cwd: Path | None = None,
) -> Child:
    """Start ``argv``; a watchdog kills it after ``deadline_s`` so a hang cannot stall the run."""
    with stderr_path.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            list(argv),
            stdout=subprocess.PIPE,
            stderr=err,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
            cwd=cwd,
        )
    child = Child(proc, stderr_path)
    child.start_watchdog(deadline_s)
    return child


def peak_rss_mb(pid: int | str = "self") -> float | None:
    """The process's peak resident memory so far (``VmHWM``), in MiB; None if unreadable."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return None
