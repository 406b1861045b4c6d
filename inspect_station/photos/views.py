"""A photo as the screens see it: a plain, immutable picture of its row and where its file is."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.models.inspections import Photo
from inspect_station.photos.quality import Quality


@dataclass(frozen=True)
class PhotoView:
    sha256: str
    path: Path
    width: int
    height: int
    source: str
    taken_at: datetime
    id: int = 0
    size_bytes: int = 0
    bench: str = ""
    operator: str = ""
    original_name: str | None = None
    shot: str | None = None  # a shot type code (shots.toml)
    quality: Quality | None = None  # None for photos taken before quality was measured
    code_format: str | None = None  # a barcode seen in the photo
    code_text: str | None = None
    purged_at: datetime | None = None  # the file is gone under the retention rule
    defect: str | None = None  # the ticked defect it shows (the proof of its deduction)


def photo_view(photo: Photo, path: Path) -> PhotoView:
    return PhotoView(
        sha256=photo.sha256,
        path=path,
        width=photo.width,
        height=photo.height,
        source=photo.source,
        taken_at=photo.taken_at,
        id=photo.id,
        size_bytes=photo.size_bytes,
        bench=photo.bench,
        operator=photo.operator,
        original_name=photo.original_name,
        shot=photo.shot,
        quality=_quality(photo),
        code_format=photo.code_format,
        code_text=photo.code_text,
        purged_at=photo.purged_at,
        defect=photo.defect,
    )


def _quality(photo: Photo) -> Quality | None:
    if photo.sharpness is None or photo.brightness is None:
        return None
    return Quality(
        sharpness=photo.sharpness,
        brightness=photo.brightness,
        clipped_pct=photo.clipped_pct or 0.0,
        dark_pct=photo.dark_pct or 0.0,
        issues=tuple(filter(None, (photo.quality_issues or "").split("\n"))),
    )
