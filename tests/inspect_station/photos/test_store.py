from __future__ import annotations

import errno
import hashlib
import io
import os
import struct
import subprocess
import sys
import textwrap
import time
import zlib
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image

from inspect_station.app.errors import BadInput, PhotoRejected
from inspect_station.photos.store import INCOMING, PhotoStore, StoredPhoto, host_name


@pytest.fixture
def store(tmp_path: Path) -> PhotoStore:
    return PhotoStore(tmp_path / "photos")


def frame(width: int = 160, height: int = 120, shift: int = 0) -> npt.NDArray[np.uint8]:
    ys, xs = np.mgrid[0:height, 0:width]
    picture = np.stack([xs * 255 // width, ys * 255 // height, (xs + ys + shift) % 256], axis=-1)
    return picture.astype(np.uint8)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def png_header(width: int, height: int) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = (
        struct.pack(">I", len(ihdr))
        + b"IHDR"
        + ihdr
        + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    )
    return b"\x89PNG\r\n\x1a\n" + chunk


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def test_saved_frame_is_named_by_its_hash(store: PhotoStore) -> None:
    stored = store.save_frame(frame())
    data = stored.path.read_bytes()
    assert stored.sha256 == hashlib.sha256(data).hexdigest()
    assert stored.path == store.path_for(stored.sha256)
    assert stored.path.name == f"{stored.sha256}.jpg"
    assert stored.path.parent.name == stored.sha256[:2]
    assert (stored.size_bytes, stored.width, stored.height) == (len(data), 160, 120)
    with Image.open(stored.path) as image:
        assert (image.format, image.size) == ("JPEG", (160, 120))


def test_same_frame_twice_is_stored_once(store: PhotoStore) -> None:
    first = store.save_frame(frame())
    os.utime(first.path, (1_000_000, 1_000_000))
    second = store.save_frame(frame())
    assert (second.sha256, second.path, second.size_bytes) == (
        first.sha256,
        first.path,
        first.size_bytes,
    )
    assert (first.new, second.new) == (True, False)
    assert files_under(store.root) == [first.path]
    assert first.path.stat().st_mtime == 1_000_000
    assert store.save_frame(frame(shift=7)).sha256 != first.sha256


@pytest.mark.parametrize(
    "bad",
    [
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((10, 0, 3), np.uint8),
        np.zeros((10, 10, 3), np.float32),
        np.zeros((10, 10), np.uint8),
        np.zeros((10, 10, 4), np.uint8),
        [[1, 2, 3]],
    ],
)
def test_bad_frames_are_refused(store: PhotoStore, bad: object) -> None:
    with pytest.raises(PhotoRejected):
        store.save_frame(bad)  # type: ignore[arg-type]
    assert files_under(store.root) == []


def test_frame_over_the_pixel_limit_is_refused(tmp_path: Path) -> None:
    small_store = PhotoStore(tmp_path, max_pixels=10_000)
    with pytest.raises(PhotoRejected, match=r"Image too large: 160×120 pixels \(limit 0\.01 MP\)"):
        small_store.save_frame(frame())
    assert files_under(tmp_path) == []


def test_png_file_is_stored_as_jpeg(store: PhotoStore, tmp_path: Path) -> None:
    source = tmp_path / "label.png"
    Image.fromarray(frame()[..., ::-1]).save(source)
    stored = store.save_file(source)
    assert (stored.width, stored.height) == (160, 120)
    assert stored.path.read_bytes()[:3] == b"\xff\xd8\xff"
    assert hashlib.sha256(stored.path.read_bytes()).hexdigest() == stored.sha256


def test_transparent_png_goes_onto_white(store: PhotoStore, tmp_path: Path) -> None:
    source = tmp_path / "cut-out.png"
    Image.new("RGBA", (40, 30), (255, 0, 0, 0)).save(source)
    stored = store.save_file(source)
    with Image.open(stored.path) as image:
        assert min(image.convert("RGB").getpixel((20, 15))) > 240  # type: ignore[arg-type]


def test_jpeg_is_turned_upright_and_stripped(store: PhotoStore, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    exif[0x010F] = "BenchCam"
    exif[0x8825] = {2: (52.0, 31.0, 12.0)}  # a GPS latitude
    source = tmp_path / "phone.JPG"
    Image.fromarray(frame(80, 40)).save(source, exif=exif, comment=b"home address")
    with Image.open(source) as original:
        assert original.getexif()

    stored = store.save_file(source)
    assert (stored.width, stored.height) == (40, 80)
    data = stored.path.read_bytes()
    for secret in (b"Exif", b"BenchCam", b"home address"):
        assert secret not in data
    with Image.open(stored.path) as image:
        assert image.size == (40, 80)
        assert not image.getexif()
        assert "exif" not in image.info


def test_type_is_judged_by_content_not_name(store: PhotoStore, tmp_path: Path) -> None:
    disguised = tmp_path / "photo.dat"
    Image.fromarray(frame()).save(disguised, format="PNG")
    assert store.save_file(disguised).width == 160

    notes = tmp_path / "notes.txt"
    notes.write_text("grade B, scuffed corner", encoding="utf-8")
    with pytest.raises(PhotoRejected, match=r"^Not a JPEG or PNG image: notes\.txt$"):
        store.save_file(notes)
    fake = tmp_path / "fake.jpg"
    fake.write_bytes(b"GIF89a" + bytes(100))
    with pytest.raises(PhotoRejected, match=r"^Not a JPEG or PNG image: fake\.jpg$"):
        store.save_file(fake)


def test_missing_file_is_refused(store: PhotoStore, tmp_path: Path) -> None:
    with pytest.raises(PhotoRejected, match=r"Cannot read gone\.jpg"):
        store.save_file(tmp_path / "gone.jpg")


def test_truncated_jpeg_is_refused(store: PhotoStore, tmp_path: Path) -> None:
    noisy = np.random.default_rng(3).integers(0, 255, (200, 300, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(noisy).save(buffer, "JPEG", quality=95)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    with pytest.raises(PhotoRejected, match=r"^Damaged image file: broken\.jpg"):
        store.save_file(broken)
    assert files_under(store.root) == []


def test_corrupt_png_is_refused(store: PhotoStore, tmp_path: Path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(
        png_header(10, 10) + png_chunk(b"IDAT", b"not zlib") + png_chunk(b"IEND", b"")
    )
    with pytest.raises(PhotoRejected, match=r"^Damaged image file: broken\.png"):
        store.save_file(broken)
    assert files_under(store.root) == []


@pytest.mark.parametrize("complete", [False, True])
def test_png_bomb_is_refused_quickly(store: PhotoStore, tmp_path: Path, complete: bool) -> None:
    bomb = tmp_path / "bomb.png"
    data = png_header(50_000, 50_000)
    if complete:
        data += png_chunk(b"IDAT", zlib.compress(bytes(1000))) + png_chunk(b"IEND", b"")
    bomb.write_bytes(data)
    started = time.monotonic()
    with pytest.raises(PhotoRejected) as caught:
        store.save_file(bomb)
    assert time.monotonic() - started < 1.0
    assert str(caught.value) == "Image too large: 50000×50000 pixels (limit 40 MP)"
    assert files_under(store.root) == []


def jpeg_claiming(width: int, height: int) -> bytes:
    """A small, valid JPEG whose header claims another size."""
    buffer = io.BytesIO()
    Image.fromarray(frame(16, 16)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def test_jpeg_claiming_a_huge_size_is_refused_quickly(store: PhotoStore, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.jpg"
    bomb.write_bytes(jpeg_claiming(60_000, 60_000))
    started = time.monotonic()
    with pytest.raises(PhotoRejected, match=r"^Image too large: 60000×60000 pixels"):
        store.save_file(bomb)
    assert time.monotonic() - started < 1.0


def unwritable_root(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        # chmod does not stop root; a root whose parent is a plain file cannot be created.
        blocker = tmp_path / "blocker"
        blocker.write_text("not a folder")
        return blocker / "photos"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    return locked / "photos"


def test_unwritable_root_is_reported(tmp_path: Path) -> None:
    root = unwritable_root(tmp_path)
    store = PhotoStore(root)
    try:
        with pytest.raises(PhotoRejected, match=rf"^Cannot store photo in {root}: "):
            store.save_frame(frame())
        assert not root.exists()
        assert [p.name for p in tmp_path.rglob("*")] == [root.parent.name]
    finally:
        if root.parent.is_dir():
            root.parent.chmod(0o700)


def test_full_disk_leaves_nothing_behind(
    store: PhotoStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int, data: object) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # The store writes through os.write, so this is what a full disk looks like to it.
    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(PhotoRejected, match=r"^Cannot store photo in .*: No space left on device$"):
        store.save_frame(frame())
    monkeypatch.undo()
    assert files_under(store.root) == []


def temp_name(host: str, pid: int) -> str:
    return f"{host}-{pid}-{'0123456789abcdef' * 2}.tmp"


def dead_pid() -> int:
    """A process id no process has now."""
    pid = 4_000_000
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            pass
        pid += 1


def test_sweep_removes_only_leftover_temp_files(store: PhotoStore) -> None:
    kept = store.save_frame(frame())
    incoming = store.root / INCOMING
    me = host_name()
    crashed_here = incoming / temp_name(me, dead_pid())
    crashed_elsewhere = incoming / temp_name("bench-2", 41)
    in_progress_here = incoming / temp_name(me, os.getpid())
    in_progress_elsewhere = incoming / temp_name("bench-3", 77)
    decoys = [incoming / "notes.tmp", kept.path.parent / temp_name(me, dead_pid())]
    for path in [crashed_here, crashed_elsewhere, in_progress_here, in_progress_elsewhere, *decoys]:
        path.write_bytes(b"half a jpeg")
    an_hour_ago = time.time() - 3700
    os.utime(crashed_elsewhere, (an_hour_ago, an_hour_ago))

    assert store.sweep_temp_files() == 2
    assert not crashed_here.exists()
    assert not crashed_elsewhere.exists()
    assert all(p.exists() for p in [in_progress_here, in_progress_elsewhere, *decoys, kept.path])
    assert store.sweep_temp_files() == 0
    # Much later, whoever wrote them, they are leftovers too.
    assert store.sweep_temp_files(stale_after=-1) == 2


def test_saving_leaves_no_temporary_file(store: PhotoStore) -> None:
    stored = store.save_frame(frame())
    store.thumbnail(stored.sha256)
    assert list((store.root / INCOMING).iterdir()) == []


def test_sweep_of_missing_root_finds_nothing(tmp_path: Path) -> None:
    assert PhotoStore(tmp_path / "never-created").sweep_temp_files() == 0


def test_thumbnail_is_made_once(store: PhotoStore) -> None:
    stored: StoredPhoto = store.save_frame(frame(640, 480))
    thumb = store.thumbnail(stored.sha256)
    assert thumb.is_relative_to(store.root / "thumbs")
    with Image.open(thumb) as image:
        assert image.size == (160, 120)
    os.utime(thumb, ns=(1_000_000_000, 1_000_000_000))
    assert store.thumbnail(stored.sha256) == thumb
    assert thumb.stat().st_mtime_ns == 1_000_000_000
    with Image.open(store.thumbnail(stored.sha256, max_side=64)) as image:
        assert image.size == (64, 48)


def test_thumbnail_of_unknown_photo_is_refused(store: PhotoStore) -> None:
    with pytest.raises(PhotoRejected, match="is not in"):
        store.thumbnail("ab" * 32)


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "AB" * 32, "ab" * 31])
def test_path_for_refuses_what_is_not_a_hash(store: PhotoStore, bad: str) -> None:
    with pytest.raises(BadInput):
        store.path_for(bad)


def test_bombs_are_refused_without_a_memory_spike(tmp_path: Path) -> None:
    """In a fresh process, so its peak memory (VmHWM) is the store's own; the figures live in
    the benchmark, this guards the order of magnitude: decoding either would need gigabytes."""
    png = tmp_path / "bomb.png"
    png.write_bytes(
        png_header(50_000, 50_000)
        + png_chunk(b"IDAT", zlib.compress(bytes(4 * 1024 * 1024), 9))
        + png_chunk(b"IEND", b"")
    )
    jpeg = tmp_path / "bomb.jpg"
    jpeg.write_bytes(jpeg_claiming(60_000, 60_000))
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from inspect_station.app.errors import PhotoRejected
        from inspect_station.photos.store import PhotoStore

        def peak_kib():
            status = Path("/proc/self/status").read_text()
            return int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1])

        store = PhotoStore(Path(sys.argv[1]))
        before = peak_kib()
        for bomb in sys.argv[2:]:
            try:
                store.save_file(Path(bomb))
            except PhotoRejected as error:
                print(error)
        print(peak_kib() - before)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "photos"), str(png), str(jpeg)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[3],
        timeout=60,
    )
    *messages, grown_kib = done.stdout.split("\n")[:-1]
    assert messages == [
        "Image too large: 50000×50000 pixels (limit 40 MP)",
        "Image too large: 60000×60000 pixels (limit 40 MP)",
    ]
    assert int(grown_kib) < 32 * 1024
    assert files_under(tmp_path / "photos") == []


def test_an_empty_thumbnail_left_by_a_crash_is_made_again(store: PhotoStore) -> None:
    stored = store.save_frame(frame(640, 480))
    thumb = store.thumbnail(stored.sha256)
    thumb.write_bytes(b"")  # written, renamed, then power lost before the data reached disk
    assert store.thumbnail(stored.sha256) == thumb
    with Image.open(thumb) as image:
        assert image.size == (160, 120)


def test_remove_takes_the_photo_and_every_thumbnail(store: PhotoStore) -> None:
    kept = store.save_frame(frame(shift=1))
    gone = store.save_frame(frame(shift=2))
    for side in (160, 320):
        store.thumbnail(kept.sha256, side)
        store.thumbnail(gone.sha256, side)
    assert store.remove(gone.sha256) == 3
    assert store.remove(gone.sha256) == 0
    assert {p.stem for p in files_under(store.root)} == {kept.sha256}
    assert len(files_under(store.root)) == 3


def test_check_tells_intact_missing_and_altered(store: PhotoStore) -> None:
    stored = store.save_frame(frame())
    assert store.check(stored.sha256) == "ok"
    stored.path.write_bytes(stored.path.read_bytes() + b"\0")
    assert store.check(stored.sha256) == "altered"
    stored.path.unlink()
    assert store.check(stored.sha256) == "missing"


def test_a_thumbnail_from_the_frame_matches_one_from_the_file(store: PhotoStore) -> None:
    picture = frame(640, 480)
    stored = store.save_frame(picture)
    from_frame = store.thumbnail(stored.sha256, 64, frame=picture)
    with Image.open(from_frame) as image:
        assert image.size == (64, 48)
