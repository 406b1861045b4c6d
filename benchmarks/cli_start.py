"""Light commands: how long ``inspect-station --help``, ``decode IMAGE`` and ``resolve CODE``
take from the process's creation to its exit.

``./station bench --only cli``. Each run is a new process started as a user starts it (the
installed ``inspect-station`` script). The runs of every command take turns, so background load
falls on all alike; each is timed by wall clock and by the CPU time the kernel charged it
(``wait4``; waiting for a CPU on a loaded machine is not charged). Peers in the same run: the
bare interpreter, the interpreter importing the libraries ``decode`` cannot do without
(OpenCV, zxing-cpp, biip, Pillow), and the parser with every command registered, which is what
every command, ``--help`` included, imported before the registry became lazy. Targets:
``--help`` < 0.3 s, ``decode`` of one image < 0.8 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import zxingcpp

from benchmarks.report import Section, table

COMMAND = str(Path(sys.executable).parent / "inspect-station")
TARGETS = {"inspect-station --help": 0.3, "inspect-station decode IMAGE": 0.8}


def _runs(image: Path) -> dict[str, list[str]]:
    python = sys.executable
    return {
        "python -c pass (interpreter)": [python, "-c", "pass"],
        "python: import cv2, zxingcpp, biip, PIL.Image": [
            python,
            "-c",
            "import cv2, zxingcpp, biip, PIL.Image",
        ],
        "every command registered (the former --help)": [
            python,
            "-c",
            "from inspect_station.cli import _parser; _parser().format_help()",
        ],
        "inspect-station --help": [COMMAND, "--help"],
        "inspect-station decode IMAGE": [COMMAND, "decode", str(image)],
        "inspect-station resolve CODE": [COMMAND, "resolve", "1Z999AA10123456784"],
    }


def _once(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall s, CPU s, exit status) of one process."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_utime + usage.ru_stime, child.returncode


def _label_image(folder: Path) -> Path:
    code = zxingcpp.create_barcode("1Z999AA10123456784", zxingcpp.BarcodeFormat.Code128)
    image = np.pad(np.asarray(code.to_image(scale=4), np.uint8), 40, constant_values=255)
    path = folder / "label.png"
    cv2.imwrite(str(path), image)
    return path


def run(context: Any) -> Section:
    folder = Path(context.tmp) / "cli"
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, INSPECT_STATION_HOME=str(folder / "home"))
    runs = _runs(_label_image(folder))
    rounds = 5 if context.quick else 20
    wall: dict[str, list[float]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    failed: dict[str, int] = {}
    for argv in runs.values():  # warm the page cache once
        _once(argv, env)
    loads = []
    for _ in range(rounds):
        loads.append(os.getloadavg()[0])
        for name, argv in runs.items():
            took, charged, status = _once(argv, env)
            wall[name].append(took)
            cpu[name].append(charged)
            if status != 0:
                failed[name] = status
    rows = []
    for name in runs:
        median = statistics.median(wall[name])
        target = TARGETS.get(name)
        rows.append(
            [
                name,
                str(len(wall[name])),
                f"{median:.3f}",
                f"{sorted(wall[name])[int(0.95 * (len(wall[name]) - 1))]:.3f}",
                f"{max(wall[name]):.3f}",
                f"{statistics.median(cpu[name]):.3f}",
                f"{median / target:.2f}" if target else "",
                ("met" if median < target else "NOT met") if target else "",
                f"exit {failed[name]}" if name in failed else "",
            ]
        )
    lines = [
        f"Each command {rounds}× (after one warm-up run), the commands taking turns; load "
        f"average during the runs {min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} cores. "
        "Wall: process creation to exit; CPU: user + system time the kernel charged it.",
        "",
        *table(
            [
                "Command",
                "runs",
                "wall median s",
                "wall p95 s",
                "wall max s",
                "CPU median s",
                "median / target",
                "target",
                "",
            ],
            rows,
        ),
    ]
    return Section("Light commands: start to exit", lines)
