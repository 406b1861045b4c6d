"""Barcode decoding from still images and camera frames, behind one small interface.

Two backends: zxing-cpp (a self-contained wheel; reads DataMatrix, QR, PDF417 and reports the
AIM symbology identifier, so GS1 codes arrive as ``]C1``/``]d2`` + the element string) and
pyzbar (needs the system's libzbar). The station's decoder, chosen by ``benchmarks/decode.py``
on ZXing's own photo sets, asks zxing-cpp first and hands an image to pyzbar only when
zxing-cpp saw a symbol it could not read: on those sets pyzbar never read an image zxing-cpp
missed, was slower, and made the only false read, so asking it every time an image holds no
code would only cost time. When libzbar is missing the station decodes with zxing-cpp alone
and says so (:func:`describe`).
"""

from __future__ import annotations

import importlib
import io
import logging
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp
from PIL import Image as PILImage

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
Corners = tuple[tuple[int, int], ...]
MAX_PIXELS = 60_000_000  # more than any camera at a bench; refused before decoding
FRAME_WIDTH = 960  # camera frames are decoded at most this wide (see benchmarks/decode.py)
_ALPHA_MODES = ("RGBA", "LA", "PA")  # Pillow modes that carry transparency

# zxing-cpp's enum names, where they differ from the names the station shows.
_ZXING_NAMES = {
    "EAN13": "EAN-13",
    "EAN8": "EAN-8",
    "EAN5": "EAN-5",
    "EAN2": "EAN-2",
    "UPCA": "UPC-A",
    "UPCE": "UPC-E",
    "Code39Std": "Code39",
    "Code39Ext": "Code39",
    "QRCodeModel1": "QRCode",
    "QRCodeModel2": "QRCode",
    "AztecCode": "Aztec",
    "DataBarOmni": "DataBar",
    "DataBarExp": "DataBarExpanded",
    "DataBarLtd": "DataBarLimited",
}
_ZBAR_NAMES = {
    "CODE128": "Code128",
    "CODE39": "Code39",
    "CODE93": "Code93",
    "CODABAR": "Codabar",
    "I25": "ITF",
    "EAN13": "EAN-13",
    "EAN8": "EAN-8",
    "EAN5": "EAN-5",
    "EAN2": "EAN-2",
    "UPCA": "UPC-A",
    "UPCE": "UPC-E",
    "ISBN10": "ISBN-10",
    "ISBN13": "ISBN-13",
    "DATABAR": "DataBar",
    "DATABAR_EXP": "DataBarExpanded",
    "QRCODE": "QRCode",
    "SQCODE": "SQCode",
    "PDF417": "PDF417",
}


@dataclass(frozen=True)
class Decoded:
    format: str
    text: str
    backend: str
    symbology: str = field(default="", compare=False)  # AIM identifier, e.g. "]C1"
    corners: Corners = field(default=(), compare=False)  # in image pixels, clockwise

    @property
    def scan(self) -> str:
        """The code as a scanner with AIM identifiers switched on would send it."""
        return self.symbology + self.text


class Decoder(Protocol):
    name: str

    def decode(self, image: Image) -> list[Decoded]: ...


class ZxingDecoder:
    """zxing-cpp. ``thorough`` tries rotated, downscaled and inverted readings (still
    images); camera frames skip the inverted pass: bench labels are dark on light."""

    name = "zxing-cpp"

    def __init__(self, *, thorough: bool = True) -> None:
        self._invert = thorough

    def decode(self, image: Image) -> list[Decoded]:
        return self.read(image, with_errors=False)[0]

    def read(self, image: Image, *, with_errors: bool) -> tuple[list[Decoded], bool]:
        """The codes read, and whether a symbol was seen but could not be read (asked for
        only ``with_errors``: that mode stops at a damaged symbol and may miss a whole one
        beside it, so it is a cue, never the only reading)."""
        found = zxingcpp.read_barcodes(
            _gray(image),
            try_invert=self._invert,
            text_mode=zxingcpp.TextMode.Plain,
            return_errors=with_errors,
        )
        decoded = [
            Decoded(
                _ZXING_NAMES.get(result.format.name, result.format.name),
                result.text,
                self.name,
                result.symbology_identifier,
                _zxing_corners(result.position),
            )
            for result in found
            if result.valid
        ]
        return decoded, any(not result.valid for result in found)


class PyzbarDecoder:
    name = "pyzbar"

    def __init__(self, decode: Callable[[Image], list[Any]]) -> None:
        self._decode = decode

    def decode(self, image: Image) -> list[Decoded]:
        return [
            Decoded(
                _ZBAR_NAMES.get(result.type, result.type),
                result.data.decode("utf-8", errors="replace"),
                self.name,
                corners=tuple((int(p.x), int(p.y)) for p in result.polygon),
            )
            for result in self._decode(_gray(image))
        ]


class StationDecoder:
    """zxing-cpp first, asked to report damaged symbols too; where it saw one, zxing-cpp
    again without stopping at it, then pyzbar. An image with no code costs one zxing-cpp
    pass, as with zxing-cpp alone."""

    name = "station"

    def __init__(self, zxing: ZxingDecoder, fallback: Decoder | None) -> None:
        self._zxing = zxing
        self._fallback = fallback

    @property
    def backends(self) -> tuple[str, ...]:
        return (self._zxing.name,) + ((self._fallback.name,) if self._fallback else ())

    def decode(self, image: Image) -> list[Decoded]:
        found, damaged = self._zxing.read(image, with_errors=True)
        if not damaged:
            return found
        # A symbol zxing-cpp could not read: read again without stopping at it, then let
        # pyzbar try if that still finds nothing.
        again = {(d.format, d.text): d for d in [*found, *self._zxing.decode(image)]}
        if again or self._fallback is None:
            return list(again.values())
        return self._fallback.decode(image)


def _pyzbar() -> PyzbarDecoder | None:
    try:
        # Importing pyzbar.pyzbar loads libzbar through ctypes: ImportError when it cannot be
        # found, OSError when it is there but will not load, AttributeError for an old build.
        module = importlib.import_module("pyzbar.pyzbar")
    except (ImportError, OSError, AttributeError):
        return None
    return PyzbarDecoder(module.decode)


def available_decoders() -> list[Decoder]:
    """The backends this machine can run, best first."""
    decoders: list[Decoder] = [ZxingDecoder()]
    pyzbar = _pyzbar()
    if pyzbar is not None:
        decoders.append(pyzbar)
    return decoders


def station_decoder(*, thorough: bool = True) -> StationDecoder:
    """The decoder the station uses: still images ``thorough``, camera frames not."""
    decoder = StationDecoder(ZxingDecoder(thorough=thorough), _pyzbar())
    if len(decoder.backends) == 1:
        log.warning("libzbar not found (Debian package libzbar0): decoding with zxing-cpp only")
    return decoder


def describe(decoder: StationDecoder) -> str:
    """For the status bar and the log: which backends decode, and why only one if so."""
    if len(decoder.backends) == 1:
        return "zxing-cpp only (libzbar not found)"
    return "+".join(decoder.backends)


def decode_image(image: Image, decoders: Sequence[Decoder] | None = None) -> list[Decoded]:
    """Barcodes in a grayscale or BGR(A) uint8 image. With ``decoders``, the first that
    finds any wins; without, the station's decoder reads it.

    An image without barcodes gives []. Raises BadInput for arrays that are not images.
    """
    _check(image)
    for decoder in [station_decoder()] if decoders is None else decoders:
        found = decoder.decode(image)
        if found:
            return found
    return []


def decode_frame(decoder: Decoder, frame: Image) -> list[Decoded]:
    """Barcodes in a camera frame, read at most :data:`FRAME_WIDTH` wide (a 1080p frame at
    half size: the labels a bench camera sees stay readable, and it is four times less work);
    corners come back in the frame's own pixels."""
    gray = _gray(frame)
    scale = min(1.0, FRAME_WIDTH / gray.shape[1])
    small = gray
    if scale < 1.0:
        size = (round(gray.shape[1] * scale), round(gray.shape[0] * scale))
        small = np.asarray(cv2.resize(gray, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)
    found = decoder.decode(small)
    if scale == 1.0:
        return found
    return [
        Decoded(
            d.format,
            d.text,
            d.backend,
            d.symbology,
            tuple((round(x / scale), round(y / scale)) for x, y in d.corners),
        )
        for d in found
    ]


def read_image_file(path: Path) -> Image:
    """An image file as a grayscale array. Raises BadInput when it is not an image the station
    can read, or is too large to decode safely (a decompression bomb)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise BadInput(
            _("Cannot read {path}: {strerror}").format(path=path, strerror=error.strerror or error)
        ) from error
    name = Path(path).name
    transparent = False
    try:
        with warnings.catch_warnings():
            # Pillow warns of large images on open; the limit below says it in words.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(raw)) as header:  # reads the header only
                width, height = header.size
                transparent = header.mode in _ALPHA_MODES or "transparency" in header.info
    except (OSError, ValueError, PILImage.DecompressionBombError):
        width = height = 0  # not for Pillow; OpenCV may still know it
    if width * height > MAX_PIXELS:
        raise BadInput(
            _(
                "{name} is {width}×{height} pixels, more than the {max_pixels} MP any bench photo "
                "has; it is not decoded."
            ).format(name=name, width=width, height=height, max_pixels=MAX_PIXELS // 1_000_000)
        )
    if transparent:
        return _transparent_on_white(raw, name)
    # imdecode rather than imread: imread cannot open non-ASCII paths on Windows and gives no
    # way to tell "missing" from "not an image".
    image = cv2.imdecode(np.frombuffer(raw, dtype=np.uint8), cv2.IMREAD_GRAYSCALE) if raw else None
    if image is None or image.size == 0:
        raise BadInput(_("{name} is not an image the station can read.").format(name=name))
    return np.asarray(image, dtype=np.uint8)


def _transparent_on_white(raw: bytes, name: str) -> Image:
    """An image with an alpha channel or a transparent colour, laid on white (see
    :func:`_over_white`). OpenCV's grey reading drops the alpha channel, so Pillow decodes it."""
    try:
        with PILImage.open(io.BytesIO(raw)) as image:
            rgba = np.asarray(image.convert("RGBA"), dtype=np.uint8)
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError) as error:
        raise BadInput(
            _("{name} is not an image the station can read.").format(name=name)
        ) from error
    gray = np.asarray(cv2.cvtColor(rgba, cv2.COLOR_RGBA2GRAY), dtype=np.uint8)
    return _over_white(gray, rgba[:, :, 3])


def decode_file(path: Path) -> list[Decoded]:
    """Barcodes in an image file. Raises BadInput when the file cannot be read as an image."""
    return decode_image(read_image_file(path))


def _zxing_corners(position: Any) -> Corners:
    points = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)
    return tuple((int(p.x), int(p.y)) for p in points)


def _check(image: object) -> None:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise BadInput(_("Expected an 8-bit image array."))
    if image.size == 0 or not (
        image.ndim == 2 or (image.ndim == 3 and image.shape[2] in (1, 3, 4))
    ):
        raise BadInput(
            _("Expected a grayscale or colour image, got an array of shape {shape}.").format(
                shape=image.shape
            )
        )


def _gray(image: Image) -> Image:
    _check(image)
    if image.ndim == 2:
        gray = image
    elif image.shape[2] == 1:
        gray = image[:, :, 0]
    elif image.shape[2] == 3:
        gray = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY), dtype=np.uint8)
    else:
        gray = np.asarray(cv2.cvtColor(image, cv2.COLOR_BGRA2GRAY), dtype=np.uint8)
        gray = _over_white(gray, image[:, :, 3])
    # Both libraries read the buffer directly and need rows packed without gaps.
    return np.ascontiguousarray(gray)


def _over_white(gray: Image, alpha: Image) -> Image:
    """Grey levels as the picture looks laid on white paper: a transparent pixel is white.

    ZXing's own reader does the same (its luminance source forces fully transparent pixels to
    white). Without it a code drawn on a transparent background, whose hidden colour is
    usually black, loses its quiet zone in black: zxing-cpp then finds no symbol at all.
    """
    weight = alpha.astype(np.uint16)
    blended = (gray.astype(np.uint16) * weight + 255 * (255 - weight) + 127) // 255
    return blended.astype(np.uint8)
