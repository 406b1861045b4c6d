"""The camera worker over a real network stream that is unplugged and comes back."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import cv2
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from inspect_station.app.errors import CameraUnavailable
from inspect_station.photos.camera import CameraSource
from tests.mjpeg_camera import MjpegCamera
from tests.photo_helpers import demo_frames
from tests.ui.conftest import task_runners
from ui.devices.camera import Camera
from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow

WAIT = 10_000


@pytest.fixture
def network_camera(demo_video: Path) -> Iterator[MjpegCamera]:
    jpegs = [
        cv2.imencode(".jpg", cv2.resize(frame, (640, 360)))[1].tobytes()
        for frame in demo_frames(demo_video, count=4)
    ]
    camera = MjpegCamera(jpegs)
    camera.plug_in()
    yield camera
    camera.unplug()


def read_until_it_fails(source: CameraSource) -> None:
    """Frames already buffered still come; then the read fails."""
    for _ in range(50):
        source.read()


def test_a_stream_that_goes_away_fails_and_reopens_when_back(network_camera: MjpegCamera) -> None:
    source = CameraSource(network_camera.url)
    with source:
        assert source.read().shape == (360, 640, 3)
        network_camera.unplug()
        with pytest.raises(CameraUnavailable, match=r"127\.0\.0\.1:\d+/… stopped delivering"):
            read_until_it_fails(source)
        with pytest.raises(CameraUnavailable, match="could not be opened"):
            source.open()
        network_camera.plug_in()
        source.open()
        assert source.read().shape == (360, 640, 3)


def test_the_worker_says_the_camera_was_lost_counts_down_and_says_it_is_back(
    qtbot: QtBot, network_camera: MjpegCamera
) -> None:
    camera = Camera(CameraSource(network_camera.url), retry_ms=1500)
    states: list[tuple[str, bool]] = []
    frames: list[QImage] = []
    camera.state_changed.connect(lambda text, ok: states.append((text, ok)))
    camera.frame_ready.connect(frames.append)
    camera.start()
    try:
        qtbot.waitUntil(lambda: len(frames) >= 3, timeout=WAIT)
        assert states[0] == (f"http://127.0.0.1:{network_camera.port}/… 640×360", True)
        assert camera.latest_frame() is not None

        network_camera.unplug()  # mid-preview
        qtbot.waitUntil(lambda: not camera.delivering, timeout=WAIT)
        assert camera.state.startswith(f"Camera lost: http://127.0.0.1:{network_camera.port}/…")
        assert "stopped delivering frames · retrying in 2 s" in camera.state
        assert camera.latest_frame() is None  # no stale frame is ever taken as a photo
        # Still unplugged at the first retry: it says so and counts down again.
        qtbot.waitUntil(lambda: "could not be opened" in camera.state, timeout=WAIT)
        assert camera.state.startswith("Camera unavailable: ")

        network_camera.plug_in()
        shown = len(frames)
        qtbot.waitUntil(lambda: camera.delivering, timeout=WAIT)
        assert camera.state == f"Camera back: http://127.0.0.1:{network_camera.port}/… 640×360"
        qtbot.waitUntil(lambda: len(frames) > shown + 2, timeout=WAIT)
    finally:
        camera.stop()
    texts = [text for text, _ok in states]
    assert any(text.endswith("retrying in 1 s") for text in texts)
    assert any(text.endswith("retrying now") for text in texts)


def test_preview_frames_are_skipped_not_queued_while_the_ui_is_busy(
    qtbot: QtBot, demo_video: Path
) -> None:
    camera = Camera(CameraSource(str(demo_video)))
    shown: list[QImage] = []
    camera.frame_ready.connect(shown.append)
    camera.start()
    try:
        qtbot.waitUntil(lambda: len(shown) >= 2, timeout=WAIT)
        # The UI thread is held up for a second: the worker reads on but sends at most one
        # frame, which waits for the UI, instead of a backlog of 25.
        read_before, sent_before = camera.frames_read, camera.previews_sent
        time.sleep(1.0)  # the UI thread is busy: this is what the test is about
        assert camera.frames_read - read_before >= 5
        assert camera.previews_sent - sent_before <= 1
    finally:
        camera.stop()


def test_the_bench_preview_says_the_camera_was_lost_and_is_back(
    qtbot: QtBot, qapp: QApplication, station: Station, network_camera: MjpegCamera
) -> None:
    scanner = WedgeScanner()
    scanner.install(qapp)
    camera = Camera(CameraSource(network_camera.url), retry_ms=1000)
    window = MainWindow(station=station, **task_runners(), camera=camera, scanner=scanner)
    qtbot.addWidget(window)
    window.show()
    window.start()
    preview = window.bench.photos.preview
    try:
        qtbot.waitUntil(lambda: preview.frames_shown >= 3, timeout=WAIT)
        assert preview.text() == ""  # just the picture
        network_camera.unplug()
        qtbot.waitUntil(lambda: preview.text().startswith("Camera lost: "), timeout=WAIT)
        assert "retrying in 1 s" in preview.text()
        assert "Photos can still be added from a file: [O]" in preview.text()
        assert window.status.camera.toolTip().startswith("Camera lost: ")
        network_camera.plug_in()
        qtbot.waitUntil(lambda: preview.text().startswith("Camera back: "), timeout=WAIT)
        assert window.status.camera.toolTip().startswith("Camera back: ")
        qtbot.waitUntil(lambda: preview.text() == "", timeout=WAIT)  # the note goes after 3 s
    finally:
        window.shutdown()
