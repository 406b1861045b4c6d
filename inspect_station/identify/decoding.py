"""Barcode decoding from still images and camera frames, behind one small interface.

Two backends: zxing-cpp (a self-contained wheel; reads DataMatrix, QR, PDF417 and reports the
AIM symbology identifier, so GS1 codes arrive as ``]C1``/``]d2`` + the element string) and
pyzbar (needs the system's libzbar). How the station combines them was designed from how each
fails on ZXing's photo sets, tuned on 16 of them and checked on 19 held out
(``benchmarks/decode.py``; the decision record in docs/architecture.md):

- **Still images** (:class:`StillDecoder`: the ``decode`` command, a photo from a file, a
  camera photo): zxing-cpp with its full search; whatever it reads is the answer. Only when it
  reads nothing, zbar's EAN/UPC scanner on a contrast-equalised copy (:class:`RetailFallback`):
  the photos zxing-cpp gives up on are dim, blurred or unevenly lit retail codes, where zbar's
  edge detection holds. zbar is never asked for other symbologies: it never read one that
  zxing-cpp missed, and made the only false reads.
- **Camera frames** (:class:`FrameDecoder`): zxing-cpp without the inverted pass on a frame
  at most 960 px wide; pyzbar only when zxing-cpp saw a symbol it could not read. A frame
  without a code (the usual frame) costs one zxing-cpp pass; the still-image fallback would
  run on nearly every frame and halve the frames decoded per second.

When libzbar is missing the station decodes with zxing-cpp alone and says so (:func:`describe`).
"""

from __future__ import annotations

import ctypes
import importlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.images.files import over_white, read_image_file

log = logging.getLogger(__name__)

Image = npt.NDArray[np.uint8]
Corners = tuple[tuple[int, int], ...]
FRAME_WIDTH = 960  # camera frames are decoded at most this wide (see benchmarks/decode.py)
RETAIL_DENSITY = 3  # the still-image fallback scans every 3rd row and column
CLAHE_CLIP = 2.0
CLAHE_TILES = (8, 8)
_Y800 = int.from_bytes(b"Y800", "little")  # zbar's fourcc for 8-bit grey

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


class FrameDecoder:
    """Camera frames: zxing-cpp first, asked to report damaged symbols too; where it saw one,
    zxing-cpp again without stopping at it, then pyzbar. A frame with no code costs one
    zxing-cpp pass, as with zxing-cpp alone."""

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


class RetailFallback:
    """zbar's EAN-13/EAN-8 scanner on a contrast-equalised copy of the image, every
    :data:`RETAIL_DENSITY`\\ th row and column. UPC-A and UPC-E come back as 13-digit EAN, as
    pyzbar's own reading gives them.

    CLAHE (OpenCV's usual clip 2.0 on an 8×8 grid) lifts a dim or unevenly lit label above
    zbar's edge threshold; zbar finds bar edges from the slope of the grey levels, which
    survives the blur and weak contrast that make zxing-cpp's scan-line threshold give up.
    Density 3 read the same tuning images as 1 and 2 at about half the cost.
    """

    name = "pyzbar"

    def __init__(self, wrapper: Any, *, density: int = RETAIL_DENSITY, clahe: bool = True):
        self._zbar = wrapper
        self._density = density
        self._clahe = clahe
        self._symbols = (wrapper.ZBarSymbol.EAN13, wrapper.ZBarSymbol.EAN8)

    def decode(self, image: Image) -> list[Decoded]:
        gray = _gray(image)
        if self._clahe:
            # One CLAHE object per call: OpenCV does not promise one is safe across threads.
            clahe = cv2.createCLAHE(clipLimit=CLAHE_CLIP, tileGridSize=CLAHE_TILES)
            gray = np.ascontiguousarray(clahe.apply(gray))
        return [
            Decoded(_ZBAR_NAMES.get(kind, kind), data.decode("utf-8", "replace"), self.name, "", at)
            for kind, data, at in self._scan(gray)
        ]

    def _scan(self, gray: Image) -> list[tuple[str, bytes, Corners]]:
        zbar = self._zbar
        scanner = zbar.zbar_image_scanner_create()
        if not scanner:
            return []
        image = None
        try:
            config = zbar.ZBarConfig
            zbar.zbar_image_scanner_set_config(scanner, 0, config.CFG_ENABLE, 0)  # all off
            for symbol in self._symbols:
                zbar.zbar_image_scanner_set_config(scanner, symbol, config.CFG_ENABLE, 1)
            for axis in (config.CFG_X_DENSITY, config.CFG_Y_DENSITY):
                zbar.zbar_image_scanner_set_config(scanner, 0, axis, self._density)
            image = zbar.zbar_image_create()
            pixels = gray.tobytes()  # zbar keeps a pointer: this object outlives the scan
            zbar.zbar_image_set_format(image, _Y800)
            zbar.zbar_image_set_size(image, gray.shape[1], gray.shape[0])
            zbar.zbar_image_set_data(
                image, ctypes.cast(ctypes.c_char_p(pixels), ctypes.c_void_p), len(pixels), None
            )
            if zbar.zbar_scan_image(scanner, image) < 0:
                return []
            return list(_symbols(zbar, zbar.zbar_image_first_symbol(image)))
        finally:
            if image is not None:
                zbar.zbar_image_destroy(image)
            zbar.zbar_image_scanner_destroy(scanner)


def _symbols(zbar: Any, symbol: Any) -> Iterator[tuple[str, bytes, Corners]]:
    while symbol:
        data = ctypes.string_at(
            zbar.zbar_symbol_get_data(symbol), zbar.zbar_symbol_get_data_length(symbol)
        )
        try:
            kind = zbar.ZBarSymbol(symbol.contents.type).name
        except ValueError:
            kind = str(symbol.contents.type)
        corners = tuple(
            (int(zbar.zbar_symbol_get_loc_x(symbol, i)), int(zbar.zbar_symbol_get_loc_y(symbol, i)))
            for i in range(zbar.zbar_symbol_get_loc_size(symbol))
        )
        yield kind, data, corners
        symbol = zbar.zbar_symbol_next(symbol)


class StillDecoder:
    """Still images: zxing-cpp's full search; where it reads nothing, the fallbacks in turn,
    the first that reads anything wins. An image zxing-cpp reads costs exactly zxing-cpp, and
    the policy never reads less than zxing-cpp alone."""

    name = "station"

    def __init__(self, zxing: ZxingDecoder, fallbacks: Sequence[Decoder] = ()) -> None:
        self._zxing = zxing
        self._fallbacks = tuple(fallbacks)

    @property
    def backends(self) -> tuple[str, ...]:
        return (self._zxing.name, *dict.fromkeys(f.name for f in self._fallbacks))

    def decode(self, image: Image) -> list[Decoded]:
        found = self._zxing.decode(image)
        for fallback in self._fallbacks:
            if found:
                break
            found = fallback.decode(image)
        return found


def _pyzbar() -> PyzbarDecoder | None:
    try:
        # Importing pyzbar.pyzbar loads libzbar through ctypes: ImportError when it cannot be
        # found, OSError when it is there but will not load, AttributeError for an old build.
        module = importlib.import_module("pyzbar.pyzbar")
    except (ImportError, OSError, AttributeError):
        return None
    return PyzbarDecoder(module.decode)


def _zbar_wrapper() -> Any | None:
    """pyzbar's ctypes wrapper (libzbar loaded), or None where libzbar is missing."""
    if _pyzbar() is None:
        return None
    return importlib.import_module("pyzbar.wrapper")


def available_decoders() -> list[Decoder]:
    """The backends this machine can run, best first."""
    decoders: list[Decoder] = [ZxingDecoder()]
    pyzbar = _pyzbar()
    if pyzbar is not None:
        decoders.append(pyzbar)
    return decoders


def station_decoder(*, thorough: bool = True) -> StillDecoder | FrameDecoder:
    """The decoder the station uses: still images ``thorough`` (:class:`StillDecoder`),
    camera frames not (:class:`FrameDecoder`)."""
    if thorough:
        wrapper = _zbar_wrapper()
        fallbacks = [RetailFallback(wrapper)] if wrapper is not None else []
        decoder: StillDecoder | FrameDecoder = StillDecoder(ZxingDecoder(), fallbacks)
    else:
        decoder = FrameDecoder(ZxingDecoder(thorough=False), _pyzbar())
    if len(decoder.backends) == 1:
        log.warning("libzbar not found (Debian package libzbar0): decoding with zxing-cpp only")
    return decoder


def describe(decoder: StillDecoder | FrameDecoder) -> str:
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
        gray = over_white(gray, image[:, :, 3])
    # Both libraries read the buffer directly and need rows packed without gaps.
    return np.ascontiguousarray(gray)
