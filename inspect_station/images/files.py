"""An image file as the grey picture the decoders read: its header checked first
(:mod:`inspect_station.images.header`), then decoded once, transparent pixels laid on white."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
from PIL import Image as PILImage

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.images.header import MAX_PIXELS, Header, read_header

Grey = npt.NDArray[np.uint8]


def read_image_file(path: Path, *, limit: int = MAX_PIXELS) -> Grey:
    """An image file as a grey array. Raises BadInput when it is not an image the station can
    read, or holds more than ``limit`` pixels: refused by its header, before anything is
    decoded (a decompression bomb costs neither time nor memory)."""
    path = Path(path)
    name = path.name
    try:
        with path.open("rb") as handle:
            header = read_header(handle, name)
            header.check(name, limit)
            handle.seek(0)
            raw = handle.read()
    except OSError as error:
        raise BadInput(
            _("Cannot read {path}: {strerror}").format(path=path, strerror=error.strerror or error)
        ) from error
    if header.transparent:
        image = _transparent_on_white(raw, name)
    else:
        # imdecode rather than imread: imread cannot open non-ASCII paths on Windows and gives
        # no way to tell "missing" from "not an image".
        decoded = cv2.imdecode(np.frombuffer(raw, dtype=np.uint8), cv2.IMREAD_GRAYSCALE)
        if decoded is None or decoded.size == 0:
            raise BadInput(_("{name} is not an image the station can read.").format(name=name))
        image = np.asarray(decoded, dtype=np.uint8)
    _same_size(image, header, name)
    return image


def _same_size(image: Grey, header: Header, name: str) -> None:
    """The decoder must have read the picture the header described (turned upright by its
    EXIF orientation, perhaps): anything else means the check did not see what was decoded."""
    height, width = image.shape[:2]
    if (width, height) not in ((header.width, header.height), (header.height, header.width)):
        raise BadInput(
            _(
                "{name} says it is {width}×{height} pixels but holds {width2}×{height2}: not an "
                "image the station can read."
            ).format(
                name=name, width=header.width, height=header.height, width2=width, height2=height
            )
        )


def _transparent_on_white(raw: bytes, name: str) -> Grey:
    """An image with an alpha channel or a transparent colour, laid on white (see
    :func:`over_white`). OpenCV's grey reading drops the alpha channel, so Pillow decodes it;
    the header was checked, and Pillow's own bomb check stays on behind it."""
    try:
        with PILImage.open(io.BytesIO(raw)) as image:
            rgba = np.asarray(image.convert("RGBA"), dtype=np.uint8)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as error:
        raise BadInput(
            _("{name} is not an image the station can read.").format(name=name)
        ) from error
    gray = np.asarray(cv2.cvtColor(rgba, cv2.COLOR_RGBA2GRAY), dtype=np.uint8)
    return over_white(gray, rgba[:, :, 3])


def over_white(gray: Grey, alpha: Grey) -> Grey:
    """Grey levels as the picture looks laid on white paper: a transparent pixel is white.

    ZXing's own reader does the same (its luminance source forces fully transparent pixels to
    white). Without it a code drawn on a transparent background, whose hidden colour is
    usually black, loses its quiet zone in black: zxing-cpp then finds no symbol at all.
    """
    weight = alpha.astype(np.uint16)
    blended = (gray.astype(np.uint16) * weight + 255 * (255 - weight) + 127) // 255
    return blended.astype(np.uint8)
