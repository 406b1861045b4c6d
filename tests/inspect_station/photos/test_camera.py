from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from inspect_station.app.errors import BadInput, CameraUnavailable
from inspect_station.demo.video import make_demo_video
from inspect_station.photos.camera import CameraSource, parse_source

SIZE = (640, 360)
FPS = 25
FRAMES = 25


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("camera")
    return make_demo_video(folder / "demo.avi", seconds=FRAMES / FPS, fps=FPS, size=SIZE)


@pytest.fixture
def camera(demo: Path) -> Iterator[CameraSource]:
    source = CameraSource(str(demo))
    source.open()
    yield source
    source.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0),
        (0, 0),
        (" 2 ", 2),
        (3, 3),
        ("rtsp://cam.local:554/live", "rtsp://cam.local:554/live"),
        ("http://10.0.0.5/video.mjpg", "http://10.0.0.5/video.mjpg"),
        ("HTTPS://cam.example/stream", "HTTPS://cam.example/stream"),
        ("/var/lib/demo.avi", "/var/lib/demo.avi"),
        ("videos/demo.avi", "videos/demo.avi"),
        ("0.avi", "0.avi"),
        ("~/demo.avi", os.path.expanduser("~/demo.avi")),
    ],
)
def test_parse_source(value: str | int, expected: int | str) -> None:
    assert parse_source(value) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("demo\x00.avi", "control characters"),
        ("cam\nera", "control characters"),
        ("demo\x7f", "control characters"),
        (-1, "negative"),
        ("rtsp://", "no host"),
        ("http:///path", "no host"),
        (True, "device number, URL or file path"),
    ],
)
def test_parse_source_refuses(value: str | int, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse_source(value)


def test_constructor_does_not_open(tmp_path: Path) -> None:
    source = CameraSource(str(tmp_path / "missing.avi"))
    assert not source.is_open
    assert source.describe == "video missing.avi"


def test_missing_file_is_unavailable_quickly(tmp_path: Path) -> None:
    missing = tmp_path / "missing.avi"
    source = CameraSource(str(missing))
    started = time.monotonic()
    with pytest.raises(CameraUnavailable, match="could not be opened") as caught:
        source.open()
    assert time.monotonic() - started < 2.0
    assert str(caught.value).startswith(f"Camera unavailable: {missing} could not be opened")
    assert not source.is_open


def test_missing_device_is_unavailable_quickly_and_quietly(
    capfd: pytest.CaptureFixture[str],
) -> None:
    source = CameraSource(99)
    started = time.monotonic()
    with pytest.raises(CameraUnavailable, match=r"^Camera unavailable: device 99 could not be"):
        source.open()
    assert time.monotonic() - started < 5.0
    assert "WARN" not in capfd.readouterr().err


def test_reads_frames_of_the_right_size(camera: CameraSource) -> None:
    frame = camera.read()
    assert frame.shape == (SIZE[1], SIZE[0], 3)
    assert frame.dtype == np.uint8
    assert frame.flags.c_contiguous


def test_video_file_loops_past_its_end(camera: CameraSource) -> None:
    frames = [camera.read() for _ in range(FRAMES * 2 + 5)]
    assert all(frame.shape == (SIZE[1], SIZE[0], 3) for frame in frames)
    # The second pass shows the same pictures as the first.
    assert np.array_equal(frames[3], frames[FRAMES + 3])
    assert not np.array_equal(frames[0], frames[FRAMES // 2])


def test_video_file_without_loop_ends(demo: Path) -> None:
    with CameraSource(str(demo), loop=False) as source:
        for _ in range(FRAMES):
            source.read()
        with pytest.raises(CameraUnavailable, match="video ended"):
            source.read()


def test_frame_interval_and_description_of_demo(camera: CameraSource) -> None:
    assert camera.frame_interval == pytest.approx(1 / 25)
    assert camera.describe == "video demo.avi 640×360 @25 fps"


@pytest.mark.parametrize(("fps", "interval"), [(None, 1 / 25), (10.0, 0.1), (500.0, 1 / 25)])
def test_frame_interval_before_open(fps: float | None, interval: float) -> None:
    assert CameraSource(0, fps=fps).frame_interval == pytest.approx(interval)


def test_description_hides_stream_password() -> None:
    source = CameraSource("rtsp://admin:secret@cam.local:554/live?channel=1")
    assert source.describe == "rtsp://cam.local:554/…"
    assert "secret" not in repr(source)
    assert CameraSource("0").describe == "device 0"


def test_close_is_idempotent(demo: Path) -> None:
    source = CameraSource(str(demo))
    source.close()
    source.open()
    opened = source.is_open
    source.close()
    source.close()
    assert opened
    assert not source.is_open
    with pytest.raises(RuntimeError, match="before open"):
        source.read()


def test_context_manager_opens_and_closes(demo: Path) -> None:
    with CameraSource(str(demo)) as source:
        assert source.is_open
        source.read()
    assert not source.is_open
