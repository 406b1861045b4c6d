from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
import textwrap
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Photo
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, PhotoRejected
from inspect_station.bench import inspection, unit_photos
from inspect_station.photos.shots import MissingShots
from inspect_station.photos.store import PhotoStore
from tests.conftest import need_service
from tests.helpers import row_counts
from tests.inspect_station.photos.test_store import png_chunk, png_header
from tests.photo_helpers import blurred, demo_frames, files_in, open_unit_of

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def frames(demo_video: Path) -> list[np.ndarray]:
    return demo_frames(demo_video, count=5)


@pytest.fixture
def strict(station: Station) -> Station:
    """The station as shipped: required shots are required."""
    station.settings = station.settings.replace(require_shots=True)
    return station


def added(result: unit_photos.Added | unit_photos.Review) -> unit_photos.Added:
    assert isinstance(result, unit_photos.Added), result
    return result


def test_a_camera_photo_is_stored_with_shot_quality_and_code(
    station: Station, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(station, "apparel")
    result = added(unit_photos.add_frame(station, insp.id, frames[0]))
    photo = result.photo
    data = photo.path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == photo.sha256
    assert data[:3] == b"\xff\xd8\xff"
    assert b"Exif" not in data  # no camera metadata in what is stored
    assert result.thumbnail.is_file()
    assert result.thumbnail.is_relative_to(station.photos.root / "thumbs")
    with station.db.read() as session:
        row = session.scalars(select(Photo)).one()
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "photo.added")).one()
    assert (row.shot, row.source, row.bench, row.operator) == (
        "front",
        "camera",
        "BENCH-07",
        "maria",
    )
    assert (row.width, row.height, row.size_bytes) == (1280, 720, photo.path.stat().st_size)
    assert row.sharpness is not None
    assert row.sharpness > 100
    assert row.brightness is not None
    assert 40 < row.brightness < 220
    assert row.quality_issues == ""
    # The demo parcel's label carries this EAN-13, and the photo shows it.
    assert (row.code_format, row.code_text) == ("EAN-13", "4006381333931")
    assert audit.detail["shot"] == "front"
    assert photo.quality is not None
    assert photo.quality.ok
    assert photo.code_text == "4006381333931"


def test_each_photo_takes_the_next_missing_shot_unless_one_is_chosen(
    station: Station, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(station, "apparel")
    shots = [added(unit_photos.add_frame(station, insp.id, f)).photo.shot for f in frames[:2]]
    chosen = added(unit_photos.add_frame(station, insp.id, frames[2], shot="defect")).photo
    after = added(unit_photos.add_frame(station, insp.id, frames[3])).photo
    assert shots == ["front", "back"]
    assert (chosen.shot, after.shot) == ("defect", "label")
    with pytest.raises(BadInput, match="Unknown shot type 'selfie'"):
        unit_photos.add_frame(station, insp.id, frames[4], shot="selfie")


def test_the_same_picture_twice_is_one_photo(station: Station, frames: list[np.ndarray]) -> None:
    insp = open_unit_of(station, "toys")
    first = added(unit_photos.add_frame(station, insp.id, frames[0]))
    again = added(unit_photos.add_frame(station, insp.id, frames[0]))
    assert again.duplicate
    assert again.photo.sha256 == first.photo.sha256
    assert row_counts(station.db)["photos"] == 1


def test_a_blurred_photo_is_handed_back_for_review_and_nothing_is_stored(
    station: Station, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(station, "apparel")
    before = row_counts(station.db)
    review = unit_photos.add_frame(station, insp.id, blurred(frames[0]))
    assert isinstance(review, unit_photos.Review)
    assert review.shot == "front"
    assert review.quality.issues[0].startswith("blurry (sharpness ")
    assert row_counts(station.db) == before
    assert files_in(station.photos.root) == []
    # Kept anyway: stored, with what is wrong with it on the row.
    kept = added(unit_photos.add_frame(station, insp.id, blurred(frames[0]), keep_poor=True))
    assert kept.photo.quality is not None
    assert kept.photo.quality.issues == review.quality.issues
    with station.db.read() as session:
        assert session.scalars(select(Photo.quality_issues)).one() == review.quality.issues[0]


def test_finishing_without_the_required_shots_needs_a_reason(
    strict: Station, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(strict, "electronics")
    added(unit_photos.add_frame(strict, insp.id, frames[0]))
    before = row_counts(strict.db)
    with pytest.raises(MissingShots, match="Photos missing: Serial plate, Accessories") as caught:
        inspection.finish(strict, insp, grade="B")
    assert [s.code for s in caught.value.missing] == ["serial", "accessories"]
    assert row_counts(strict.db) == before
    with pytest.raises(BadInput, match="one line"):
        inspection.finish(strict, insp, grade="B", missing_shots_reason="a\nb")

    done = inspection.finish(strict, insp, grade="B", missing_shots_reason="No accessories sent")
    assert done.inspection.status == "finished"
    assert unit_photos.missing_accepted(strict, insp.id) == (
        ["serial", "accessories"],
        "No accessories sent",
    )
    with strict.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "photos.missing_accepted")
        ).one()
    assert event.detail == {"missing": ["serial", "accessories"], "reason": "No accessories sent"}


def test_with_every_required_shot_no_reason_is_asked(
    strict: Station, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(strict, "apparel")
    for frame in frames[:3]:  # front, back, label: a like-new unit shows no defect
        added(unit_photos.add_frame(strict, insp.id, frame))
    done = inspection.finish(strict, insp, grade="A")
    assert done.inspection.status == "finished"
    assert unit_photos.missing_accepted(strict, insp.id) is None


def test_a_closed_unit_takes_no_photos(station: Station, frames: list[np.ndarray]) -> None:
    insp = open_unit_of(station, "home")
    inspection.cancel(station, insp, reason="Wrong parcel scanned")
    before = row_counts(station.db)
    with pytest.raises(BadInput, match="no longer open"):
        unit_photos.add_frame(station, insp.id, frames[0])
    assert row_counts(station.db) == before


def noisy_jpeg() -> bytes:
    picture = np.random.default_rng(3).integers(0, 255, (300, 400, 3), dtype=np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(picture).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def png_bomb() -> bytes:
    """A valid PNG claiming 50,000 × 50,000 pixels: 7.5 GB once decoded."""
    idat = png_chunk(b"IDAT", zlib.compress(bytes(1000)))
    return png_header(50_000, 50_000) + idat + png_chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.jpg", b"grade B, scuffed corner", r"^Not a JPEG or PNG image: notes\.jpg$"),
        ("cut.jpg", noisy_jpeg()[:5000], r"^Damaged image file: cut\.jpg"),
        ("bomb.png", png_bomb(), r"^Image too large: 50000×50000 pixels \(limit 40 MP\)$"),
    ],
)
def test_a_bad_file_is_refused_the_unit_stays_open_and_nothing_is_written(
    station: Station, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    insp = open_unit_of(station, "apparel")
    path = tmp_path / name
    path.write_bytes(content)
    before = row_counts(station.db)
    with pytest.raises(PhotoRejected, match=message):
        unit_photos.add_file(station, insp.id, path)
    assert row_counts(station.db) == before
    assert files_in(station.photos.root) == []
    with station.db.read() as session:
        row = session.get(Inspection, insp.id)
        assert row is not None
        assert row.status == "open"


def test_a_file_photo_is_measured_and_decoded_like_a_camera_one(
    station: Station, tmp_path: Path, frames: list[np.ndarray]
) -> None:
    insp = open_unit_of(station, "apparel")
    path = tmp_path / "label.png"
    Image.fromarray(frames[0][:, :, ::-1]).save(path)
    photo = added(unit_photos.add_file(station, insp.id, path, shot="label")).photo
    assert (photo.source, photo.original_name, photo.shot) == ("file", "label.png", "label")
    assert photo.code_text == "4006381333931"
    assert photo.quality is not None
    assert photo.quality.ok


def assert_refused_cleanly(station: Station, insp_id: object, before: dict[str, int]) -> None:
    """Nothing recorded, no file under a final name, the unit still open."""
    assert row_counts(station.db) == before
    assert files_in(station.photos.root) == []
    with station.db.read() as session:
        row = session.get(Inspection, insp_id)
        assert row is not None
        assert row.status == "open"


def test_an_unwritable_photo_root_refuses_the_photo_clearly(
    station: Station, tmp_path: Path, frames: list[np.ndarray]
) -> None:
    blocker = tmp_path / "share-not-mounted"
    blocker.write_text("a file where the photo folder should be", encoding="utf-8")
    station.photos = PhotoStore(blocker / "photos")
    insp = open_unit_of(station, "apparel")
    before = row_counts(station.db)
    with pytest.raises(PhotoRejected, match=rf"^Cannot store photo in {blocker / 'photos'}: "):
        unit_photos.add_frame(station, insp.id, frames[0])
    assert_refused_cleanly(station, insp.id, before)


def mount_small_disk(mount_point: Path, kib: int) -> None:
    """A real filesystem of ``kib`` KiB (tmpfs): writes past it meet a genuine ENOSPC."""
    mount_point.mkdir()
    if os.geteuid() != 0:
        need_service("a size-limited filesystem (mounting a tmpfs needs root)")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={kib}k", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        need_service(f"a size-limited filesystem (mount: {mounted.stderr.strip()})")


@pytest.mark.parametrize("room", ["none for the photo", "the photo but not its thumbnail"])
def test_a_full_disk_refuses_the_photo_and_leaves_no_half_written_file(
    station: Station, tmp_path: Path, frames: list[np.ndarray], room: str
) -> None:
    size = len(station.photos.save_frame(frames[0]).path.read_bytes())
    station.photos.remove(station.photos.save_frame(frames[0]).sha256)
    pages = -(-size // 4096)  # tmpfs counts whole pages
    kib = 4 * pages if room.startswith("the photo") else 4 * (pages // 2)
    disk = tmp_path / "small-disk"
    mount_small_disk(disk, kib)
    try:
        station.photos = PhotoStore(disk / "photos")
        insp = open_unit_of(station, "apparel")
        before = row_counts(station.db)
        with pytest.raises(
            PhotoRejected, match=r"^Cannot store photo in .*: No space left on device$"
        ):
            unit_photos.add_frame(station, insp.id, frames[0])
        assert_refused_cleanly(station, insp.id, before)
        # The disk holds only empty folders again: the temporary file went, and so did a
        # photo written before its thumbnail failed.
        assert files_in(disk) == []
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_a_file_size_limit_refuses_the_photo_and_leaves_nothing(tmp_path: Path) -> None:
    """RLIMIT_FSIZE, a limit the kernel enforces on each write, in a process of its own."""
    script = textwrap.dedent(
        """
        import resource, signal, sys
        from pathlib import Path
        import numpy as np
        from inspect_station.app.errors import PhotoRejected
        from inspect_station.photos.store import PhotoStore

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))
        picture = np.random.default_rng(1).integers(0, 255, (480, 640, 3), dtype=np.uint8)
        try:
            PhotoStore(Path(sys.argv[1])).save_frame(picture)
        except PhotoRejected as error:
            print(error)
        else:
            print("stored")
        """
    )
    root = tmp_path / "photos"
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=60,
    )
    assert done.stdout.strip() == f"Cannot store photo in {root}: File too large"
    assert files_in(root) == []
