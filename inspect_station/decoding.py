"""Barcode decoding from still images, behind one small interface.

zxing-cpp comes as a self-contained wheel and reads the most formats, so it goes first. pyzbar
needs the system's libzbar; when that library is missing the station simply decodes with
zxing-cpp alone instead of failing to start.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt
import zxingcpp

from inspect_station.errors import BadInput

Image = npt.NDArray[np.uint8]

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


class Decoder(Protocol):
    name: str

    def decode(self, image: Image) -> list[Decoded]: ...


class ZxingDecoder:
    name = "zxing-cpp"

    def decode(self, image: Image) -> list[Decoded]:
        found = zxingcpp.read_barcodes(_gray(image))
        return [
            Decoded(
                _ZXING_NAMES.get(result.format.name, result.format.name), result.text, self.name
            )
            for result in found
            if result.valid
        ]


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
            )
            for result in self._decode(_gray(image))
        ]


def _pyzbar() -> PyzbarDecoder | None:
    try:
        # Importing pyzbar.pyzbar loads libzbar through ctypes: ImportError when it cannot be
        # found, OSError when it is there but will not load, AttributeError for an old build.
        module = importlib.import_module("pyzbar.pyzbar")
    except (ImportError, OSError, AttributeError):
        return None
    return PyzbarDecoder(module.decode)


def available_decoders() -> list[Decoder]:
    """The decoders this machine can run, best first."""
    decoders: list[Decoder] = [ZxingDecoder()]
    pyzbar = _pyzbar()
    if pyzbar is not None:
        decoders.append(pyzbar)
    return decoders


def decode_image(image: Image, decoders: Sequence[Decoder] | None = None) -> list[Decoded]:
    """Barcodes in a grayscale or BGR(A) uint8 image; the first decoder that finds any wins.

    An image without barcodes gives []. Raises BadInput for arrays that are not images.
    """
    _check(image)
    for decoder in available_decoders() if decoders is None else decoders:
        found = decoder.decode(image)
        if found:
            return found
    return []


def decode_file(path: Path) -> list[Decoded]:
    """Barcodes in an image file. Raises BadInput when the file cannot be read as an image."""
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise BadInput(f"Cannot read {path}: {error.strerror or error}") from error
    # imdecode rather than imread: imread cannot open non-ASCII paths on Windows and gives no
    # way to tell "missing" from "not an image".
    image = cv2.imdecode(np.frombuffer(raw, dtype=np.uint8), cv2.IMREAD_GRAYSCALE) if raw else None
    if image is None or image.size == 0:
        raise BadInput(f"{Path(path).name} is not an image the station can read.")
    return decode_image(np.asarray(image, dtype=np.uint8))


def _check(image: object) -> None:
    if not isinstance(image, np.ndarray) or image.dtype != np.uint8:
        raise BadInput("Expected an 8-bit image array.")
    if image.size == 0 or not (
        image.ndim == 2 or (image.ndim == 3 and image.shape[2] in (1, 3, 4))
    ):
        raise BadInput(
            f"Expected a grayscale or colour image, got an array of shape {image.shape}."
        )


def _gray(image: Image) -> Image:
    _check(image)
    if image.ndim == 2:
        gray = image
    elif image.shape[2] == 1:
        gray = image[:, :, 0]
    else:
        code = cv2.COLOR_BGR2GRAY if image.shape[2] == 3 else cv2.COLOR_BGRA2GRAY
        gray = np.asarray(cv2.cvtColor(image, code), dtype=np.uint8)
    # Both libraries read the buffer directly and need rows packed without gaps.
    return np.ascontiguousarray(gray)
