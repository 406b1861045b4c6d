"""Image headers: every format the station reads, its size and transparency, nothing decoded."""

from __future__ import annotations

import io
import re
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from inspect_station.app.errors import BadInput
from inspect_station.images.files import read_image_file
from inspect_station.images.header import FORMATS, Header, kind, read_header

PILLOW_NAMES = {"PNG": "PNG", "JPEG": "JPEG", "WebP": "WEBP", "TIFF": "TIFF", "BMP": "BMP"}
PILLOW_NAMES |= {"GIF": "GIF", "PNM": "PPM"}


def picture(fmt: str, mode: str = "L", size: tuple[int, int] = (37, 23)) -> bytes:
    width, height = size
    pixels = np.full((height, width) if mode == "L" else (height, width, len(mode)), 90, np.uint8)
    buffer = io.BytesIO()
    Image.fromarray(pixels, mode=mode).save(buffer, PILLOW_NAMES[fmt])
    return buffer.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_s_size_is_read_from_its_header(fmt: str) -> None:
    data = picture(fmt)
    assert kind(data[:16]) == fmt
    assert read_header(io.BytesIO(data), "x") == Header(fmt, 37, 23)


@pytest.mark.parametrize("fmt", ["PNG", "WebP", "TIFF", "GIF"])
def test_transparency_is_seen_in_the_header(fmt: str) -> None:
    buffer = io.BytesIO()
    rgba = np.zeros((9, 11, 4), np.uint8)
    Image.fromarray(rgba, mode="RGBA").save(buffer, PILLOW_NAMES[fmt])
    found = read_header(io.BytesIO(buffer.getvalue()), "x")
    assert (found.width, found.height, found.transparent) == (11, 9, True)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "(PNG, JPEG, WebP, TIFF, BMP, GIF, PNM)."),
        (b"%PDF-1.7\n", "(PNG, JPEG, WebP, TIFF, BMP, GIF, PNM)."),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "(PNG, JPEG, WebP"),
        (b"\xff\xd8\xff\xe0 truncated", "(damaged JPEG)."),
        (b"RIFF\x10\0\0\0WEBPVP8 junk", "(damaged WebP)."),
        (b"GIF89a\x01", "(damaged GIF)."),
    ],
)
def test_what_is_not_a_readable_image_is_refused_by_name(data: bytes, why: str) -> None:
    message = "scan.bin is not an image the station can read " + why
    with pytest.raises(BadInput, match=re.escape(message)):
        read_header(io.BytesIO(data), "scan.bin")


def test_the_limit_is_checked_against_the_header(tmp_path: Path) -> None:
    path = tmp_path / "small.png"
    path.write_bytes(picture("PNG", size=(10, 10)))
    assert read_image_file(path, limit=100).shape == (10, 10)
    with pytest.raises(BadInput, match=r"small\.png is 10×10 pixels .* more than the 9.9e-05 MP"):
        read_image_file(path, limit=99)


def test_a_header_with_no_pixels_is_refused() -> None:
    with pytest.raises(BadInput, match="0×5 pixels: not an image"):
        Header("PNG", 0, 5).check("empty.png")


def test_a_photo_turned_upright_by_its_exif_orientation_is_accepted(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to view
    buffer = io.BytesIO()
    Image.fromarray(np.full((8, 16), 90, np.uint8)).save(buffer, "JPEG", exif=exif.tobytes())
    path = tmp_path / "phone.jpg"
    path.write_bytes(buffer.getvalue())
    assert read_header(io.BytesIO(buffer.getvalue()), "phone.jpg") == Header("JPEG", 16, 8)
    assert read_image_file(path).shape == (16, 8)  # decoded upright: the header, turned
