"""Cold start to ready: the real ``inspect-station`` command, started as a user starts it.

Each run is a new process: ``QT_QPA_PLATFORM=offscreen inspect-station --config <file>
--exit-when-ready``, with the demo video as camera and a private ``INSPECT_STATION_HOME``.
The wall time runs from just before the process is created until its "ready in N ms" line is
read, so interpreter start and imports count; the app's own figure is kept beside it.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

from benchmarks.measure import peak_rss_mb, start_child

READY = re.compile(r"ready in (\d+) ms")
COMMAND = Path(sys.executable).parent / "inspect-station"


@dataclass
class StartRuns:
    label: str
    wall_ms: list[float] = field(default_factory=list)
    app_ms: list[float] = field(default_factory=list)
    exit_ms: list[float] = field(default_factory=list)  # until the process has exited
    peak_rss_mb: list[float] = field(default_factory=list)


def _settings_file(folder: Path, database: Path, video: Path) -> Path:
    settings = {
        "bench": "BENCH-001",  # a bench of the data set: its history is in the database
        "database_url": f"sqlite:///{database}",
        "camera_source": str(video),
        "camera_width": 0,
        "camera_height": 0,
        "photo_dir": str(folder / "photos"),
        "labels_dir": str(folder / "labels"),
    }
    path = folder / "settings.toml"
    path.write_text(tomli_w.dumps(settings), encoding="utf-8")
    return path


def one_start(folder: Path, database: Path, video: Path) -> tuple[float, float, float, float]:
    """(wall ms to ready, the app's own ms, wall ms to exit, peak RSS MB) of one start."""
    folder.mkdir(parents=True, exist_ok=True)
    config = _settings_file(folder, database, video)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", INSPECT_STATION_HOME=str(folder / "home"))
    argv = [str(COMMAND), "--config", str(config), "--exit-when-ready"]
    started = time.perf_counter()
    child = start_child(argv, env=env, stderr_path=folder / "stderr.txt", deadline_s=120)
    ready_at = None
    app_ms = None
    rss = None
    for line in child.stdout:
        if match := READY.search(line):
            ready_at = time.perf_counter()
            app_ms = float(match[1])
            rss = peak_rss_mb(child.proc.pid)  # read while it shuts down: its peak until ready
            break
    code = child.finish()
    exited_at = time.perf_counter()
    if ready_at is None or app_ms is None or code != 0:
        why = "timed out" if child.timed_out else f"exit {code}"
        raise RuntimeError(f"the station did not report ready ({why}):\n{child.stderr_tail()}")
    rss_mb = float("nan") if rss is None else rss
    return (ready_at - started) * 1000, app_ms, (exited_at - started) * 1000, rss_mb


def run(runs: int, folder: Path, video: Path, database: Path) -> list[StartRuns]:
    """``runs`` starts on a copy of the big database and as many on new empty files.

    The two kinds take turns, so whatever else the machine does at the time (PostgreSQL's
    autovacuum after the scan benchmark, disk write-back) falls on both alike.
    """
    big = StartRuns("SQLite, 1 M inspections")
    empty = StartRuns("SQLite, new empty file")
    for n in range(runs):
        for result, target in ((big, database), (empty, None)):
            run_dir = folder / f"start-{n}-{'big' if target else 'empty'}"
            wall, app, exited, rss = one_start(run_dir, target or run_dir / "new.sqlite3", video)
            result.wall_ms.append(wall)
            result.app_ms.append(app)
            result.exit_ms.append(exited)
            result.peak_rss_mb.append(rss)
            print(f"  {result.label}, start {n + 1}/{runs}: ready after {wall:.0f} ms", flush=True)
    return [big, empty]
