"""``python -m benchmarks.decode_ui CLIP SECONDS MODE``: is the UI thread free while the camera
decodes?

Builds what the bench builds (offscreen Qt): the camera worker reading a video file into the
live preview (``ui/devices/camera_preview.py``, sized as on a 1366×768 screen), and, in
``decode`` mode, the camera decoder with its outline over the preview
(``ui/devices/scan_sources.py``, the station's own wiring). Meanwhile a 2 ms timer on the UI
thread notes how late each tick comes; a late tick is time the UI thread could not answer
(target: never more than 16 ms). ``camera`` runs the camera and preview without decoding,
``idle`` only the timer: the peers that show what the decoder adds and how late ticks come on
this machine with no camera at all.

Where the kernel tells (Linux: ``/proc/thread-self/schedstat``), each tick late by more than
the budget is taken apart: the UI thread's own running time (its work), its time waiting for
a CPU (the machine's load), and the rest, when it could run but did not: waiting for the
interpreter lock or another lock held by the camera or decoder threads. Prints one JSON line;
a process of its own, so the benchmark process never loads Qt.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from inspect_station.app.settings import Settings
from inspect_station.photos.camera import CameraSource
from ui.devices.camera import Camera
from ui.devices.camera_preview import CameraPreview
from ui.devices.scan_sources import ScanSources

TICK_MS = 2
BUDGET_MS = 16.0
MODES = ("idle", "camera", "decode")
_WARM_UP_TICKS = 10  # start-up: the window shown, the first frame read
_SCHEDSTAT = Path("/proc/thread-self/schedstat")


class _Schedstat:
    """This thread's running and runnable-but-waiting milliseconds so far (Linux)."""

    def __init__(self) -> None:
        self._fd = os.open(_SCHEDSTAT, os.O_RDONLY) if _SCHEDSTAT.exists() else None

    def read(self) -> tuple[float, float] | None:
        if self._fd is None:
            return None
        os.lseek(self._fd, 0, os.SEEK_SET)
        running, waiting, _ = os.read(self._fd, 128).split()
        return int(running) / 1e6, int(waiting) / 1e6


def main(clip: str, seconds: float, mode: str) -> int:
    if mode not in MODES:
        raise SystemExit(f"mode must be one of {', '.join(MODES)}")
    app = QApplication(sys.argv[:1])
    preview = CameraPreview()
    preview.resize(640, 360)
    preview.show()
    camera = Camera(CameraSource(clip))
    camera.frame_ready.connect(preview.show_frame)
    camera.state_changed.connect(preview.show_state)
    camera.set_preview_size(preview.size())
    sources = ScanSources(
        settings=Settings(camera_scanning="scan" if mode == "decode" else "off"),
        camera=camera,
        preview=preview,
        accept_camera=lambda: True,
    )
    scans: list[str] = []
    sources.scanned.connect(scans.append)
    schedstat = _Schedstat()
    late: list[float] = []
    split: list[tuple[float, float, float, float]] = []  # late, ran, waited for a CPU, blocked
    last = [time.perf_counter(), *(schedstat.read() or (0.0, 0.0))]

    def tick() -> None:
        now = time.perf_counter()
        lateness = max(0.0, (now - last[0]) * 1000 - TICK_MS)
        late.append(lateness)
        stat = schedstat.read()
        if stat is not None:
            ran, waited = stat[0] - last[1], stat[1] - last[2]
            if lateness > BUDGET_MS and len(late) > _WARM_UP_TICKS:
                split.append((lateness, ran, waited, max(0.0, lateness - ran - waited)))
            last[1:] = stat
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(tick)
    if mode != "idle":
        camera.start()
        sources.start()
    heartbeat.start()
    QTimer.singleShot(round(seconds * 1000), app.quit)
    started = time.perf_counter()
    app.exec()
    took = time.perf_counter() - started
    heartbeat.stop()
    sources.stop()
    camera.stop()
    late = sorted(late[_WARM_UP_TICKS:])
    paint = sorted(preview.ui_ms)
    decoded = sources.camera.frames_decoded if sources.camera is not None else 0
    print(
        json.dumps(
            {
                "mode": mode,
                "seconds": took,
                "frames_shown": preview.frames_shown,
                "frames_decoded": decoded,
                "scans": len(scans),
                "ticks": len(late),
                "p99_late_ms": late[int(len(late) * 0.99)] if late else None,
                "max_late_ms": late[-1] if late else None,
                "over_16_ms": sum(1 for ms in late if ms > BUDGET_MS),
                "over_16_split": split,
                "paint_p99_ms": paint[int(len(paint) * 0.99)] if paint else None,
                "load_average": os.getloadavg()[0],
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "decode"))
