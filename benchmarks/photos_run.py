"""Photo measurements that need a process of their own, printing one JSON line each:

``python -m benchmarks.photos_run preview VIDEO SECONDS DECODE`` — the real camera worker and
preview widget (offscreen Qt) on a video file for SECONDS, with the bench's camera decoding
(decoder thread and outline) when DECODE is 1: frames read, previews shown, decodes per second,
and the UI thread's milliseconds per shown frame.

``python -m benchmarks.photos_run bomb FOLDER`` — decompression bombs handed to the photo
store: time to refuse each, and the process's peak memory before and after.
"""

from __future__ import annotations

import json
import os
import struct
import sys
import time
import zlib
from pathlib import Path

RESULT_PREFIX = "PHOTOS-RESULT "


def preview(video: Path, seconds: float, decode: bool) -> dict[str, object]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from inspect_station.app.settings import Settings
    from inspect_station.photos.camera import CameraSource
    from ui.devices.camera import Camera
    from ui.devices.camera_preview import CameraPreview
    from ui.devices.scan_sources import ScanSources

    app = QApplication.instance() or QApplication([])
    view = CameraPreview()
    view.resize(640, 360)  # the preview's size on a 1366×768 bench screen
    view.show()
    camera = Camera(CameraSource(str(video)))
    camera.frame_ready.connect(view.show_frame)
    camera.state_changed.connect(view.show_state)
    camera.set_preview_size(view.size())
    # The bench's own camera decoding: its decoder thread and the outline over the preview.
    sources = ScanSources(
        settings=Settings(camera_scanning="scan" if decode else "off"),
        camera=camera,
        preview=view,
        accept_camera=lambda: True,
    )

    def decoded() -> int:
        return sources.camera.frames_decoded if sources.camera is not None else 0

    def wait(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    camera.start()
    sources.start()
    wait(1500)  # warm-up: the file opened, first frames through
    view.ui_ms.clear()
    read0, shown0, decodes0 = camera.frames_read, view.frames_shown, decoded()
    started = time.perf_counter()
    wait(int(seconds * 1000))
    took = time.perf_counter() - started
    read, shown, decodes = (
        camera.frames_read - read0,
        view.frames_shown - shown0,
        decoded() - decodes0,
    )
    ui_ms = sorted(view.ui_ms)
    sources.stop()
    camera.stop()
    del app
    return {
        "read_fps": read / took,
        "shown_fps": shown / took,
        "decodes_per_s": decodes / took,
        "ui_ms": ui_ms,
    }


def _png_bomb(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    # A few kilobytes of zlib that would inflate into rows of black: the classic bomb.
    rows = zlib.compressobj(9)
    data = rows.compress(bytes(4 * 1024 * 1024)) + rows.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    )


def _jpeg_bomb(width: int, height: int) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (128, 128, 128)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def bomb(folder: Path) -> dict[str, object]:
    from benchmarks.measure import peak_rss_mb
    from inspect_station.app.errors import PhotoRejected
    from inspect_station.photos.store import PhotoStore

    folder.mkdir(parents=True, exist_ok=True)
    store = PhotoStore(folder / "photos")
    results: dict[str, object] = {"rss_before_mb": peak_rss_mb()}
    for name, data in (
        ("PNG 50,000 × 50,000", _png_bomb(50_000, 50_000)),
        ("JPEG claiming 60,000 × 60,000", _jpeg_bomb(60_000, 60_000)),
    ):
        path = folder / "bomb"
        path.write_bytes(data)
        started = time.perf_counter()
        try:
            store.save_file(path)
            outcome = "STORED"
        except PhotoRejected as error:
            outcome = str(error)
        results[name] = {
            "ms": (time.perf_counter() - started) * 1000,
            "outcome": outcome,
            "bytes": len(data),
        }
    results["rss_after_mb"] = peak_rss_mb()
    return results


def main() -> int:
    what = sys.argv[1]
    if what == "preview":
        result = preview(Path(sys.argv[2]), float(sys.argv[3]), sys.argv[4] == "1")
    elif what == "bomb":
        result = bomb(Path(sys.argv[2]))
    else:
        raise SystemExit(f"unknown measurement {what!r}")
    print(RESULT_PREFIX + json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
