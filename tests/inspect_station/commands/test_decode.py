"""``inspect-station decode``: JSON lines per image, clear errors for what is not an image."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np
import pytest
import zxingcpp

from inspect_station.cli import main


def write_symbol(path: Path, content: str, fmt: zxingcpp.BarcodeFormat, **options: bool) -> Path:
    image = np.asarray(zxingcpp.create_barcode(content, fmt, **options).to_image(scale=4))
    assert cv2.imwrite(str(path), np.pad(image, 40, constant_values=255))
    return path


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_each_image_is_one_json_line_with_what_the_station_makes_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gs1 = write_symbol(
        tmp_path / "gs1.png",
        "(01)04006381333931(17)261231(10)LOT7(21)SN42",
        zxingcpp.BarcodeFormat.DataMatrix,
        gs1=True,
    )
    ups = write_symbol(tmp_path / "ups.png", "1Z999AA10123456784", zxingcpp.BarcodeFormat.Code128)
    blank = tmp_path / "blank.png"
    assert cv2.imwrite(str(blank), np.full((200, 300), 255, dtype=np.uint8))
    assert main(["decode", str(gs1), str(ups), str(blank)]) == 0
    first, second, third = lines(capsys)
    (code,) = first["codes"]  # type: ignore[misc]
    assert code["format"] == "DataMatrix"
    assert str(code["symbology"]).startswith("]d")
    assert code["backend"] == "zxing-cpp"
    assert code["gs1"] == {"01": "04006381333931", "17": "261231", "10": "LOT7", "21": "SN42"}
    assert code["expiry"] == "2026-12-31"
    (code,) = second["codes"]  # type: ignore[misc]
    assert (code["carrier"], code["reading"]) == ("UPS", "UPS tracking number 1Z999AA10123456784")
    assert third["codes"] == []


def test_a_code_the_station_would_refuse_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    image = write_symbol(tmp_path / "bad.png", "1Z999AA10123456785", zxingcpp.BarcodeFormat.Code128)
    assert main(["decode", str(image)]) == 0
    ((code,),) = [line["codes"] for line in lines(capsys)]  # type: ignore[misc]
    assert "wrong check digit" in code["problem"]


READABLE = "the station can read (PNG, JPEG, WebP, TIFF, BMP, GIF, PNM)"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notes.png", b"this is text, not a picture\n", f"is not an image {READABLE}"),
        ("empty.jpg", b"", f"is not an image {READABLE}"),
        (
            "cut.png",
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "is not an image the station can read (damaged PNG)",
        ),
    ],
)
def test_a_file_that_is_not_an_image_gets_a_clear_error_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["decode", str(path)]) == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"file": str(path), "error": f"{name} {message}."}
    assert message in captured.err


def test_a_decompression_bomb_is_refused_before_decoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    path = tmp_path / "bomb.png"
    Image.new("1", (10_000, 10_000)).save(path)  # 100 MP of nothing, a few kB on disk
    assert path.stat().st_size < 100_000
    assert main(["decode", str(path)]) == 1
    assert "10,000×10,000 pixels" in json.loads(capsys.readouterr().out)["error"]
