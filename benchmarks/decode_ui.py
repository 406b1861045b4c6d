"""``python -m benchmarks.decode_ui CLIP SECONDS [idle]``: is the UI thread free while the camera
decodes?

Runs the station's real camera worker on a video file, the camera decoder thread and the code
outline over a preview label (offscreen Qt), as the bench does, and meanwhile a 2 ms timer on
the UI thread notes how late each of its ticks comes. A late tick is time the UI thread could
not answer: the target is never more than 16 ms. With ``idle`` only the timer runs: the peer
that shows how late ticks come on this machine with no camera at all. Prints one JSON line.
A subprocess of its own, so the benchmark process never loads Qt.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from inspect_station.camera import CameraSource
from inspect_station.decoding import station_decoder
from ui.camera import Camera
from ui.camera_decoder import CameraDecoder
from ui.code_overlay import CodeOverlay

TICK_MS = 2


def main(clip: str, seconds: float, *, idle: bool = False) -> int:
    app = QApplication(sys.argv[:1])
    preview = QLabel()
    preview.resize(960, 540)
    preview.show()
    camera = Camera(CameraSource(clip))
    camera.frame_ready.connect(lambda image: preview.setPixmap(QPixmap.fromImage(QImage(image))))
    decoder = CameraDecoder(camera=camera, decoder=station_decoder(thorough=False))
    overlay = CodeOverlay(preview=preview)
    decoder.codes_seen.connect(overlay.show_codes)
    scans: list[str] = []
    decoder.scanned.connect(scans.append)
    late: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, (now - last[0]) * 1000 - TICK_MS))
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(TICK_MS)
    heartbeat.timeout.connect(tick)
    if not idle:
        camera.start()
        decoder.start()
    heartbeat.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    heartbeat.stop()
    decoder.stop()
    camera.stop()
    late = late[10:]  # start-up: window, first frame
    late.sort()
    print(
        json.dumps(
            {
                "seconds": seconds,
                "frames_decoded": decoder.frames_decoded,
                "scans": len(scans),
                "ticks": len(late),
                "p99_late_ms": late[int(len(late) * 0.99)] if late else None,
                "max_late_ms": late[-1] if late else None,
                "over_16_ms": sum(1 for ms in late if ms > 16),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], float(sys.argv[2]), idle=sys.argv[3:] == ["idle"]))
