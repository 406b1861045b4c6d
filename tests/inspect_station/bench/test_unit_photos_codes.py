"""A barcode a photo shows is decoded and recorded on the photo's row.

Camera photos are read as the live camera reads its frames (at most 960 px wide); a photo from
a file is read up to 4096 px, so a phone's picture of a small serial plate still gives its code.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import zxingcpp
from PIL import Image
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.inspections import Photo
from inspect_station.app.context import Station
from inspect_station.bench import unit_photos
from inspect_station.demo import sample
from tests.photo_helpers import demo_frames, open_unit_of


def test_a_1080p_camera_photo_records_the_label_code_on_its_row(
    station: Station, demo_video: Path
) -> None:
    frame = demo_frames(demo_video)[0]
    full_hd = np.asarray(cv2.resize(frame, (1920, 1080), interpolation=cv2.INTER_CUBIC), np.uint8)
    insp = open_unit_of(station, "apparel")
    result = unit_photos.add_frame(station, insp.id, full_hd)
    assert isinstance(result, unit_photos.Added)
    assert (result.photo.code_format, result.photo.code_text) == ("EAN-13", sample.DEMO_EAN)
    with station.db.read() as session:
        row = session.scalars(select(Photo).where(Photo.inspection_id == insp.id)).one()
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "photo.added")).one()
        assert (row.width, row.height) == (1920, 1080)
        assert (row.code_format, row.code_text) == ("EAN-13", sample.DEMO_EAN)
        assert audit.detail["code"] == sample.DEMO_EAN


def test_a_photo_without_a_code_records_none(station: Station, demo_video: Path) -> None:
    frame = demo_frames(demo_video)[0].copy()
    height, width = frame.shape[:2]
    # Cover the label with cardboard: a condition photo of the box's side, no code in view.
    frame[height // 3 :, width // 4 : width * 3 // 4] = (92, 146, 190)
    insp = open_unit_of(station, "apparel")
    result = unit_photos.add_frame(station, insp.id, frame, keep_poor=True)
    assert isinstance(result, unit_photos.Added)
    with station.db.read() as session:
        row = session.scalars(select(Photo).where(Photo.inspection_id == insp.id)).one()
        assert (row.code_format, row.code_text) == (None, None)


def test_a_small_code_in_a_picture_from_a_file_is_read_at_full_size(
    station: Station, tmp_path: Path
) -> None:
    # A serial plate's Data Matrix with 2-pixel modules in a 1920 × 1080 picture: halved to
    # 960 px it blurs to grey, read whole it is sharp.
    symbol = np.asarray(
        zxingcpp.create_barcode("SN-4711-0815", zxingcpp.BarcodeFormat.DataMatrix).to_image(
            scale=2
        ),
        np.uint8,
    )
    picture = np.full((1080, 1920, 3), 180, np.uint8)
    top, left = 501, 801  # odd: the modules straddle the pixels a halving would merge
    ink = np.where(symbol < 128, 30, 230).astype(np.uint8)
    picture[top : top + symbol.shape[0], left : left + symbol.shape[1]] = ink[:, :, None]
    path = tmp_path / "plate.png"
    Image.fromarray(picture[:, :, ::-1]).save(path)
    insp = open_unit_of(station, "electronics")
    # A plain plate is low on texture, so the quality check asks; the worker keeps it.
    result = unit_photos.add_file(station, insp.id, path, shot="serial", keep_poor=True)
    assert isinstance(result, unit_photos.Added)
    assert (result.photo.code_format, result.photo.code_text) == ("DataMatrix", "SN-4711-0815")
