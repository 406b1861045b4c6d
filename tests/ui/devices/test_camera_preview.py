"""What the UI thread does per camera frame: paint a ready picture, once.

The camera worker hands over the picture already scaled and in the screen's own format, so the
UI thread only copies it; the code outline rides along with each frame's paint instead of
painting the whole preview a second time for every decoded frame.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from inspect_station.identify.decoding import Decoded
from inspect_station.photos.camera import CameraSource
from ui.devices.camera import Camera, _preview_image
from ui.devices.camera_preview import CameraPreview
from ui.devices.code_overlay import CodeOverlay


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def code(x: int, text: str = "4006381333931") -> Decoded:
    corners = ((x, 100), (x + 400, 100), (x + 400, 300), (x, 300))
    return Decoded("EAN-13", text, "zxing-cpp", "]E0", corners)


def test_the_preview_picture_is_scaled_in_the_screen_format_with_its_colours() -> None:
    frame = np.zeros((1080, 1920, 3), np.uint8)
    frame[:, :960] = (255, 0, 0)  # blue on the left (OpenCV's order is BGR)
    frame[:, 960:] = (0, 0, 255)  # red on the right
    image = _preview_image(frame, QSize(640, 400))
    assert image.format() == QImage.Format.Format_RGB32  # painted without a conversion
    assert (image.width(), image.height()) == (640, 360)
    assert QColor(image.pixel(10, 10)) == QColor(0, 0, 255)
    assert QColor(image.pixel(630, 350)) == QColor(255, 0, 0)


def test_the_outline_follows_a_code_without_repainting_the_preview_itself(
    qtbot: QtBot,
) -> None:
    preview = CameraPreview()
    qtbot.addWidget(preview)
    preview.resize(640, 360)
    counter = PaintCounter()
    preview.installEventFilter(counter)
    preview.show()
    qtbot.waitExposed(preview)
    overlay = CodeOverlay(preview=preview)
    frame = QSize(1920, 1080)
    preview.show_state("video bench.avi", True)
    preview.show_frame(_preview_image(np.full((1080, 1920, 3), 90, np.uint8), frame))
    qtbot.waitUntil(lambda: counter.paints > 0)
    qtbot.wait(50)
    paints = counter.paints

    overlay.show_codes([code(600)], frame)  # a code comes into view: outlined at once
    qtbot.waitUntil(lambda: counter.paints == paints + 1)
    first = overlay.outlines()[0].boundingRect()

    overlay.show_codes([code(660)], frame)  # the same code, moved with the parcel
    qtbot.wait(50)
    assert counter.paints == paints + 1  # no paint of its own: the next camera frame carries it
    moved = overlay.outlines()[0].boundingRect()
    assert moved.left() == first.left() + 20  # 60 frame pixels at a third of the size

    preview.show_frame(_preview_image(np.zeros((1080, 1920, 3), np.uint8), frame))
    qtbot.waitUntil(lambda: counter.paints == paints + 2)  # the frame paints the outline too

    overlay.show_codes([code(660, "4006381333948")], frame)  # another code: outlined at once
    qtbot.waitUntil(lambda: counter.paints == paints + 3)


def test_the_newest_frame_is_handed_out_read_only_without_a_copy(
    qtbot: QtBot, demo_video: Path
) -> None:
    camera = Camera(CameraSource(str(demo_video)))
    seen: list[np.ndarray] = []
    camera.add_frame_listener(seen.append)
    camera.start()
    try:
        qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10_000)
        frame = camera.latest_frame()
        assert frame is not None
        assert not frame.flags.writeable  # shared by photo, decoder and preview: never changed
        # The very frame the decoder is handed, not a copy of it.
        qtbot.waitUntil(lambda: any(listened is frame for listened in seen), timeout=10_000)
    finally:
        camera.remove_frame_listener(seen.append)
        camera.stop()
