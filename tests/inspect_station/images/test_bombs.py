"""Decompression bombs in every format, through every path that opens an image file: the
``decode`` command, a photo from a file, an image given as the camera. Each is refused by its
header with the size in the message, and nothing is decoded: the memory a whole run of them
takes is measured as the peak RSS of a process of its own (OpenCV's and Pillow's buffers are
outside tracemalloc's sight). Their time is measured in ``benchmarks/images.py``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from inspect_station.app.errors import BadInput, CameraUnavailable, PhotoRejected
from inspect_station.cli import main
from inspect_station.images.files import read_image_file
from inspect_station.photos.camera import CameraSource
from inspect_station.photos.store import PhotoStore
from tests.image_bombs import BOMBS, write_bombs

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_bombs(tmp_path_factory.mktemp("bombs"))


@pytest.mark.parametrize("name", BOMBS)
def test_reading_a_bomb_is_refused_by_its_header(bombs: dict[str, Path], name: str) -> None:
    path = bombs[name]
    with pytest.raises(BadInput, match=rf"{path.name} is [\d,]+×[\d,]+ pixels") as caught:
        read_image_file(path)
    assert "more than the 60 MP any bench photo has; it is not opened." in str(caught.value)


def test_the_decode_command_refuses_each_bomb_and_reads_the_rest(
    bombs: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["decode", *map(str, bombs.values())]) == 1
    out, err = capsys.readouterr()
    results = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in results] == [str(p) for p in bombs.values()]
    assert all("pixels" in r["error"] and "codes" not in r for r in results)
    assert "Traceback" not in err
    assert err.count("it is not opened") == len(bombs)


@pytest.mark.parametrize("name", BOMBS)
def test_a_photo_from_a_file_refuses_a_bomb(
    bombs: dict[str, Path], tmp_path: Path, name: str
) -> None:
    store = PhotoStore(tmp_path / "photos")
    path = bombs[name]
    expected = "Image too large" if path.suffix in (".png", ".jpg") else "Not a JPEG or PNG"
    with pytest.raises(PhotoRejected, match=expected):
        store.save_file(path)
    assert not (tmp_path / "photos").exists() or not any((tmp_path / "photos").rglob("*.jpg"))


@pytest.mark.parametrize("name", BOMBS)
def test_an_image_given_as_the_camera_is_refused_by_its_header(
    bombs: dict[str, Path], name: str
) -> None:
    camera = CameraSource(str(bombs[name]))
    with pytest.raises(CameraUnavailable, match="pixels"):
        camera.open()
    assert not camera.is_open


_PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from pathlib import Path
    from inspect_station.app.errors import KnownError
    from inspect_station.images.files import read_image_file
    from inspect_station.photos.camera import CameraSource
    from inspect_station.photos.store import PhotoStore

    paths = [Path(p) for p in sys.argv[2:]]
    store = PhotoStore(Path(sys.argv[1]))
    def peak_kib():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for path in paths[:1]:  # warm up: the first call loads Pillow's and OpenCV's codecs
        for attempt in (read_image_file, store.save_file, lambda p: CameraSource(str(p)).open()):
            try:
                attempt(path)
            except KnownError:
                pass
    before = peak_kib()
    refused = 0
    for path in paths:
        for attempt in (read_image_file, store.save_file, lambda p: CameraSource(str(p)).open()):
            try:
                attempt(path)
            except KnownError:
                refused += 1
    print(json.dumps({"refused": refused, "extra_kib": peak_kib() - before}))
    """
)


def test_every_bomb_through_every_path_takes_under_20_mb(
    bombs: dict[str, Path], tmp_path: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(tmp_path / "photos"), *map(str, bombs.values())],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["refused"] == 3 * len(bombs)
    assert result["extra_kib"] < 20 * 1024, result
