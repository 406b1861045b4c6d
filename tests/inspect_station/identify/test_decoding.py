from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from inspect_station.app.errors import BadInput
from inspect_station.identify.decoding import (
    Decoded,
    Decoder,
    Image,
    available_decoders,
    decode_file,
    decode_image,
)
from inspect_station.labels.layout import LabelData
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.raster import pdf_to_image
from tests.conftest import need_service

LPN = "LP4N8W2R6T0Y3V3"
LABEL = LabelData(
    lpn=LPN,
    route="repair",
    grade="C",
    grade_name="Damaged",
    why="grade C, electronics → repair",
    bench="7",
    operator="Jo",
    time=datetime(2026, 11, 26, 9, 30, tzinfo=UTC),
)


@pytest.fixture(scope="module")
def label_image() -> Image:
    return pdf_to_image(render_pdf(LABEL, "4x6", 203), 203)


def pyzbar_or_skip() -> Decoder:
    for decoder in available_decoders():
        if decoder.name == "pyzbar":
            return decoder
    need_service("libzbar is not installed (Debian package libzbar0)")


def symbol(fmt: zxingcpp.BarcodeFormat, content: str) -> Image:
    image = np.asarray(zxingcpp.create_barcode(content, fmt).to_image(scale=4), dtype=np.uint8)
    return np.pad(image, 40, constant_values=255)


def test_zxing_comes_first() -> None:
    assert available_decoders()[0].name == "zxing-cpp"


@pytest.mark.parametrize("backend", ["zxing-cpp", "pyzbar"])
def test_each_decoder_reads_a_rendered_label(backend: str, label_image: Image) -> None:
    decoder = pyzbar_or_skip() if backend == "pyzbar" else available_decoders()[0]
    assert decoder.decode(label_image) == [Decoded("Code128", LPN, backend)]


def test_first_decoder_that_finds_something_wins(label_image: Image) -> None:
    class Nothing:
        name = "nothing"

        def decode(self, image: Image) -> list[Decoded]:
            return []

    class Fixed:
        name = "fixed"

        def decode(self, image: Image) -> list[Decoded]:
            return [Decoded("QRCode", "x", self.name)]

    zxing = available_decoders()[0]
    assert decode_image(label_image, [Nothing(), zxing, Fixed()])[0].backend == "zxing-cpp"
    assert decode_image(label_image, [Nothing(), Fixed()]) == [Decoded("QRCode", "x", "fixed")]
    assert decode_image(label_image, [Nothing()]) == []


def test_colour_images_are_accepted(label_image: Image) -> None:
    bgr = np.asarray(cv2.cvtColor(label_image, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    bgra = np.asarray(cv2.cvtColor(label_image, cv2.COLOR_GRAY2BGRA), dtype=np.uint8)
    strided = np.pad(label_image, 8, constant_values=255)[8:-8, 8:-8]  # not contiguous
    for image in (bgr, bgra, label_image[:, :, np.newaxis], strided):
        assert [d.text for d in decode_image(image)] == [LPN]


@pytest.mark.parametrize("shape", [(480, 640), (480, 640, 3)])
def test_blank_image_finds_nothing(shape: tuple[int, ...]) -> None:
    assert decode_image(np.full(shape, 255, dtype=np.uint8)) == []


@pytest.mark.parametrize(
    "image",
    [np.zeros((10, 10), dtype=np.float32), np.zeros((0, 10), dtype=np.uint8), np.zeros((4, 4, 2))],
)
def test_arrays_that_are_not_images_are_refused(image: Image) -> None:
    with pytest.raises(BadInput, match="image"):
        decode_image(image)


@pytest.mark.parametrize(
    ("fmt", "content", "name"),
    [
        (zxingcpp.BarcodeFormat.QRCode, "https://example.com/r/42", "QRCode"),
        (zxingcpp.BarcodeFormat.EAN13, "4006381333931", "EAN-13"),
        (zxingcpp.BarcodeFormat.DataMatrix, "RMA-118822", "DataMatrix"),
        (zxingcpp.BarcodeFormat.Code128, "SKU-12_34", "Code128"),
    ],
)
def test_format_names_are_normalised(fmt: zxingcpp.BarcodeFormat, content: str, name: str) -> None:
    image = symbol(fmt, content)
    assert available_decoders()[0].decode(image) == [Decoded(name, content, "zxing-cpp")]
    if name != "DataMatrix":  # zbar does not read Data Matrix
        assert pyzbar_or_skip().decode(image) == [Decoded(name, content, "pyzbar")]


def test_station_decodes_without_libzbar(
    monkeypatch: pytest.MonkeyPatch, label_image: Image
) -> None:
    monkeypatch.setitem(sys.modules, "pyzbar.pyzbar", None)  # import now raises ImportError
    assert [d.name for d in available_decoders()] == ["zxing-cpp"]
    assert [d.text for d in decode_image(label_image)] == [LPN]


def test_broken_libzbar_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(name: str) -> object:
        raise OSError("libzbar.so.0: wrong ELF class")

    monkeypatch.setattr("importlib.import_module", broken)
    assert [d.name for d in available_decoders()] == ["zxing-cpp"]


def test_decode_file_reads_a_png(tmp_path: Path, label_image: Image) -> None:
    path = tmp_path / "étiquette.png"
    assert cv2.imwrite(str(tmp_path / "label.png"), label_image)
    (tmp_path / "label.png").rename(path)
    assert [d.text for d in decode_file(path)] == [LPN]


@pytest.mark.parametrize("content", [b"", b"not an image at all\n", b"\x89PNG\r\n\x1a\n trunc"])
def test_decode_file_refuses_non_images(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "scan.png"
    path.write_bytes(content)
    with pytest.raises(BadInput, match=r"scan\.png is not an image"):
        decode_file(path)


def test_decode_file_refuses_missing_files(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="Cannot read"):
        decode_file(tmp_path / "missing.png")
    with pytest.raises(BadInput, match="Cannot read"):
        decode_file(tmp_path)
