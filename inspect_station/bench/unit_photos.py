"""Photos of the unit on the bench: add one with its shot type, quality figures and any
barcode it shows; and, when the unit is finished, check that its category's shots are there.

Adding a photo runs on the worker thread: the quality check (a poor photo is handed back as
:class:`Review` and nothing is stored unless the worker keeps it), then barcode decoding beside
the JPEG encoding, the atomic write and the thumbnail, then the row. A photo that cannot be
stored (disk full, photo root unwritable) raises ``PhotoRejected``; the unit stays open and
nothing is recorded.

A camera photo's barcode is read as the live camera reads its frames (``decode_frame``: at most
960 px wide), so the code the preview outlines is the code the photo records, in well under half
the time of reading the whole 1080p frame (docs/architecture.md, "Photo capture time"). A photo
from a file may be a phone's 12 MP picture of a small plate: it is read up to 4096 px.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import cv2
import numpy as np
import numpy.typing as npt
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection, Photo
from inspect_station.app.errors import BadInput, KnownError, PhotoRejected
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.identify.decoding import decode_frame, decode_image, station_decoder
from inspect_station.offline.twin import follow, here, where_is
from inspect_station.photos import pending
from inspect_station.photos.pending import PhotoIntent
from inspect_station.photos.quality import Quality, Thresholds, measure
from inspect_station.photos.shots import MissingShots, ShotType
from inspect_station.photos.store import StoredPhoto
from inspect_station.photos.views import PhotoView, photo_view

if TYPE_CHECKING:
    from inspect_station.app.context import Station

Frame = npt.NDArray[np.uint8]
MAX_REASON = 300
# Larger pictures are scaled down before decoding: a 40 MP photo would hold the worker for a
# second, and a code too small to read at this size is too small to matter.
_DECODE_MAX_SIDE = 4096


@dataclass(frozen=True)
class Added:
    photo: PhotoView
    thumbnail: Path
    duplicate: bool = False  # the same picture was already recorded for this unit


@dataclass(frozen=True)
class Review:
    """A photo that looks poor. Nothing was stored: keep it (``keep_poor=True``) or retake it."""

    quality: Quality
    shot: str


def add_frame(
    station: Station,
    inspection_id: uuid.UUID,
    frame: Frame,
    *,
    shot: str | None = None,
    keep_poor: bool = False,
    defect: str | None = None,
) -> Added | Review:
    """A camera frame (BGR) as the photo of ``shot`` (default: the next one the unit needs);
    ``defect``, a ticked defect's id, when it is the close-up that proves its deduction."""
    if (
        not isinstance(frame, np.ndarray)
        or frame.dtype != np.uint8
        or frame.ndim != 3
        or frame.shape[2] != 3
    ):
        raise PhotoRejected(_("Camera frame is not an 8-bit colour picture; nothing was stored."))
    station = here(station)  # offline: the file at the bench, its row in the journal
    return _add(
        station, inspection_id, frame, shot, keep_poor, source="camera", name=None, defect=defect
    )


def add_file(
    station: Station,
    inspection_id: uuid.UUID,
    path: Path,
    *,
    shot: str | None = None,
    keep_poor: bool = False,
    defect: str | None = None,
) -> Added | Review:
    """A JPEG or PNG from disk, checked and re-encoded (EXIF dropped) like a camera frame."""
    station = here(station)
    _open_unit(station, inspection_id, defect)  # refuse before reading a file for a closed unit
    frame = station.photos.read_image(path)
    return _add(
        station, inspection_id, frame, shot, keep_poor, source="file", name=path.name, defect=defect
    )


def _add(
    station: Station,
    inspection_id: uuid.UUID,
    frame: Frame,
    shot: str | None,
    keep_poor: bool,
    *,
    source: str,
    name: str | None,
    defect: str | None = None,
) -> Added | Review:
    category, taken = _open_unit(station, inspection_id, defect)
    shot_type = (
        station.shots.get(shot) if shot is not None else station.shots.next_shot(category, taken)
    )
    # One grey copy serves the quality check and the decoding.
    grey = np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), np.uint8)
    quality = measure(grey, Thresholds.from_settings(station.settings))
    if not quality.ok and not keep_poor:
        return Review(quality, shot_type.code)
    # Decoding reads the picture while it is encoded, written and thumbnailed: the libraries
    # let go of the interpreter lock, so with a free core the decoding costs no time at all.
    read_code = camera_code if source == "camera" else file_code
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="photo-decode") as pool:
        decoding = pool.submit(read_code, grey)
        data = station.photos.encode(frame)
        sha = hashlib.sha256(data).hexdigest()
        # Written down before the file is in place: a crash before the row is settled at
        # the next start (photos/recovery.py), never left as a file no row names.
        record = _write_intent(
            station, inspection_id, sha, data, frame, shot_type, quality, source, name
        )
        stored = None
        try:
            stored = station.photos.store_jpeg(data, frame.shape[1], frame.shape[0], sha256=sha)
            thumbnail = station.photos.thumbnail(stored.sha256, frame=frame)
            code = decoding.result()
            photo, duplicate = _record(
                station,
                inspection_id,
                stored,
                shot_type,
                quality,
                code,
                source=source,
                name=name,
                defect=defect,
            )
        except BaseException:
            # No row names the file this call wrote (disk full for the thumbnail, database
            # gone): take it back, so the store holds only recorded photos.
            if stored is not None and stored.new:
                with contextlib.suppress(KnownError):
                    station.photos.remove(stored.sha256)
            pending.settle(record)
            raise
    if not station.working_offline:
        # Offline, the record stands until the shared database has the row (sync/sending).
        pending.settle(record)
        follow(station, inspection_id)
    return Added(photo, thumbnail, duplicate)


def _write_intent(
    station: Station,
    inspection_id: uuid.UUID,
    sha: str,
    data: bytes,
    frame: Frame,
    shot: ShotType,
    quality: Quality,
    source: str,
    name: str | None,
) -> Path:
    intent = PhotoIntent(
        inspection_id=str(inspection_id),
        sha256=sha,
        size_bytes=len(data),
        width=frame.shape[1],
        height=frame.shape[0],
        source=source,
        original_name=name[:255] if name else None,
        taken_at=station.clock().isoformat(),
        bench=station.bench,
        operator=station.operator,
        shot=shot.code,
        sharpness=quality.sharpness,
        brightness=quality.brightness,
        clipped_pct=quality.clipped_pct,
        dark_pct=quality.dark_pct,
        quality_issues="\n".join(quality.issues)[:300],
    )
    try:
        return pending.write(station.photos.root, intent)
    except OSError as error:
        reason = error.strerror or str(error)
        raise PhotoRejected(
            _("Cannot store photo in {root}: {reason}").format(
                root=station.photos.root, reason=reason
            )
        ) from error


def camera_code(grey: Frame) -> tuple[str, str] | None:
    """(format, text) of the first barcode in a camera photo: the frame at most 960 px wide, as
    the live camera reads it, but with the still-image policy (every zxing-cpp pass, then the
    EAN/UPC fallback once for this photo)."""
    found = decode_frame(station_decoder(), grey)
    return (found[0].format, found[0].text) if found else None


def file_code(grey: Frame) -> tuple[str, str] | None:
    """(format, text) of the first barcode found in a picture from a file, if any."""
    height, width = grey.shape[:2]
    scale = _DECODE_MAX_SIDE / max(height, width)
    if scale < 1:
        size = (round(width * scale), round(height * scale))
        grey = np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), np.uint8)
    found = decode_image(grey)
    return (found[0].format, found[0].text) if found else None


def _open_unit(
    station: Station, inspection_id: uuid.UUID, defect: str | None = None
) -> tuple[str | None, list[str | None]]:
    """The open unit's category and the shot types it has; refuses a unit that is not open,
    and a defect its checklist does not have."""
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None or insp.status != "open":
            raise BadInput(_("This inspection is no longer open; photos cannot be added to it."))
        if defect is not None:
            station.grading_sets.for_category(insp.category).defect(defect)
        taken = session.scalars(select(Photo.shot).where(Photo.inspection_id == insp.id)).all()
        return insp.category, list(taken)


def _record(
    station: Station,
    inspection_id: uuid.UUID,
    stored: StoredPhoto,
    shot: ShotType,
    quality: Quality,
    code: tuple[str, str] | None,
    *,
    source: str,
    name: str | None,
    defect: str | None = None,
) -> tuple[PhotoView, bool]:
    with station.db.write() as session:
        photo = session.scalars(
            select(Photo).where(Photo.inspection_id == inspection_id, Photo.sha256 == stored.sha256)
        ).first()
        if photo is not None:
            if defect is not None and photo.defect is None:
                photo.defect = defect  # the same picture, now named as the defect's proof
            return photo_view(photo, stored.path), True
        photo = Photo(
            inspection_id=inspection_id,
            sha256=stored.sha256,
            size_bytes=stored.size_bytes,
            width=stored.width,
            height=stored.height,
            source=source,
            original_name=name[:255] if name else None,
            taken_at=station.clock(),
            bench=station.bench,
            operator=station.operator,
            shot=shot.code,
            sharpness=quality.sharpness,
            brightness=quality.brightness,
            clipped_pct=quality.clipped_pct,
            dark_pct=quality.dark_pct,
            quality_issues="\n".join(quality.issues)[:300],
            code_format=code[0][:32] if code else None,
            code_text=code[1][:200] if code else None,
            defect=defect,
        )
        session.add(photo)
        session.flush()
        trail.audit(
            station,
            session,
            "photo.added",
            "inspection",
            inspection_id,
            sha256=stored.sha256,
            shot=shot.code,
            defect=defect,
            issues=list(quality.issues) or None,
            code=code[1][:200] if code else None,
        )
        return photo_view(photo, stored.path), False


# The columns of a photo row a bench recorded offline that are sent as they are.
_SENT_COLUMNS = (
    "sha256", "size_bytes", "width", "height", "source", "original_name", "taken_at", "bench",
    "operator", "shot", "sharpness", "brightness", "clipped_pct", "dark_pct", "quality_issues",
    "code_format", "code_text", "defect",
)  # fmt: skip


def record_sent(station: Station, inspection_id: uuid.UUID, recorded: Photo) -> bool:
    """Write the row of a photo the bench took offline (``recorded``, its row in the bench's
    own database) unless the shared database has it already. True when it was written."""
    with station.db.write() as session:
        found = session.scalar(
            select(Photo.id).where(
                Photo.inspection_id == inspection_id, Photo.sha256 == recorded.sha256
            )
        )
        if found is not None:
            return False
        photo = Photo(
            inspection_id=inspection_id, **{c: getattr(recorded, c) for c in _SENT_COLUMNS}
        )
        session.add(photo)
        session.flush()
        trail.audit(
            station,
            session,
            "photo.added",
            "inspection",
            inspection_id,
            sha256=recorded.sha256,
            shot=recorded.shot,
            code=recorded.code_text,
            defect=recorded.defect,
            offline_at=recorded.taken_at.isoformat(),
        )
        return True


def check_shots(
    station: Station, session: Session, insp: Inspection, grade: str, reason: str
) -> None:
    """Refuse to finish without the category's shots, unless the worker said why.

    Called inside the finishing transaction: the missing shots and the reason are kept on the
    inspection and in the audit trail.
    """
    if not station.settings.require_shots:
        return
    taken = session.scalars(
        select(Photo.shot).where(Photo.inspection_id == insp.id, Photo.purged_at.is_(None))
    ).all()
    missing = station.shots.missing(insp.category, taken, grade)
    if not missing:
        return
    reason = reason.strip()
    if not reason:
        raise MissingShots(missing)
    if len(reason) > MAX_REASON or not reason.isprintable():
        raise BadInput(
            _("The reason must be one line of at most {max_reason} characters.").format(
                max_reason=MAX_REASON
            )
        )
    insp.shots_missing = ",".join(shot.code for shot in missing)
    insp.shots_missing_reason = reason
    trail.audit(
        station,
        session,
        "photos.missing_accepted",
        "inspection",
        insp.id,
        missing=[shot.code for shot in missing],
        reason=reason,
    )


def missing_accepted(station: Station, inspection_id: uuid.UUID) -> tuple[list[str], str] | None:
    """The shot types a unit was finished without, and why; None when none were missing."""
    station = where_is(station, inspection_id)
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None or not insp.shots_missing:
            return None
        return insp.shots_missing.split(","), insp.shots_missing_reason or ""
