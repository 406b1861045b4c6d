from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import cv2
import pytest
import zxingcpp

from inspect_station.app.errors import BadInput, CameraUnavailable
from inspect_station.demo.video import make_demo_video
from inspect_station.photos.camera import CameraSource

EAN = "4006381333931"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_video(tmp_path_factory.mktemp("demo") / "demo.avi")


def _small(path: Path, **kwargs: Any) -> Path:
    return make_demo_video(path, seconds=0.4, fps=25, size=(640, 360), **kwargs)


def _decoded(path: Path, frames: int) -> set[str]:
    found: set[str] = set()
    with CameraSource(str(path)) as camera:
        for _ in range(frames):
            for result in zxingcpp.read_barcodes(camera.read()):
                if result.format == zxingcpp.BarcodeFormat.EAN13:
                    found.add(result.text)
    return found


def test_default_clip_is_written_and_modest(demo: Path) -> None:
    assert demo.is_file()
    assert 0 < demo.stat().st_size < 15_000_000
    assert [p.name for p in demo.parent.iterdir()] == ["demo.avi"]


def test_default_clip_reads_back(demo: Path) -> None:
    capture = cv2.VideoCapture(str(demo))
    try:
        assert capture.isOpened()
        assert capture.get(cv2.CAP_PROP_FRAME_COUNT) == 100
        assert capture.get(cv2.CAP_PROP_FPS) == pytest.approx(25)
    finally:
        capture.release()
    with CameraSource(str(demo)) as camera:
        assert camera.read().shape == (720, 1280, 3)
        assert camera.frame_interval == pytest.approx(1 / 25)


def test_barcode_decodes_from_the_clip(demo: Path) -> None:
    assert _decoded(demo, 10) == {EAN}


def test_frames_change_over_time(demo: Path) -> None:
    with CameraSource(str(demo)) as camera:
        first = camera.read()
        for _ in range(12):
            later = camera.read()
    assert cv2.absdiff(first, later).mean() > 1.0


def test_same_arguments_give_the_same_file(tmp_path: Path) -> None:
    one = _small(tmp_path / "one.avi")
    two = _small(tmp_path / "two.avi")
    assert one.stat().st_size == two.stat().st_size
    assert hashlib.sha256(one.read_bytes()).digest() == hashlib.sha256(two.read_bytes()).digest()


def test_other_ean_is_drawn(tmp_path: Path) -> None:
    path = _small(tmp_path / "other.avi", ean="590123412345")
    assert _decoded(path, 3) == {"5901234123457"}


def test_existing_file_is_kept_unless_forced(tmp_path: Path) -> None:
    path = tmp_path / "demo.avi"
    path.write_bytes(b"not really a video")
    assert _small(path) == path
    assert path.read_bytes() == b"not really a video"
    _small(path, force=True)
    assert path.stat().st_size > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.avi"]


def test_empty_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "demo.avi"
    path.touch()
    _small(path)
    assert path.stat().st_size > 1000


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"ean": "4006381333932"}, "check digit"),
        ({"ean": "40063813339"}, "12 or 13 digits"),
        ({"ean": "40063813339X1"}, "12 or 13 digits"),
        ({"size": (100, 100)}, "size out of range"),
        ({"seconds": 0}, "out of range"),
        ({"fps": 0}, "out of range"),
    ],
)
def test_bad_arguments_are_refused(tmp_path: Path, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(BadInput, match=message):
        make_demo_video(tmp_path / "demo.avi", **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_unwritable_place_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(CameraUnavailable, match="cannot write"):
        _small(blocker / "demo.avi")
    assert os.listdir(tmp_path) == ["not-a-folder"]
