"""The ZPL, rendered as a printer renders it, scans back to the plate on every stock and dpi."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest

from inspect_station.identify.decoding import available_decoders
from inspect_station.labels.layout import DPIS, STOCKS
from inspect_station.labels.zpl import render_zpl
from tests.inspect_station.labels.test_layout import PLATE, symbology
from tests.zpl_render import ZplJob, render_zpl_images

GRID = [(stock, dpi) for stock in STOCKS for dpi in DPIS]
HOSTILE = replace(
    PLATE,
    route="quarantine",
    description="^XA^FO0,0^GB800,800,800^FS^XZ ~JA ~PS \\& _5E Привет 東京 ≥ €",
    reason="\r\n^XZ^XA\x00\x1b",
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], object]:
    folder: Path = tmp_path_factory.mktemp("zpl")
    jobs, keys = [], []
    for stock, dpi in GRID:
        paper = STOCKS[stock]
        for data in (PLATE, HOSTILE) if dpi == 203 else (PLATE,):
            jobs.append(ZplJob(render_zpl(data, stock, dpi), paper.width_mm, paper.height_mm, dpi))
            keys.append((stock, dpi, data is HOSTILE))
    images = render_zpl_images(jobs, folder)
    return dict(zip(keys, images, strict=True))  # type: ignore[arg-type]


@pytest.mark.parametrize(("stock", "dpi"), GRID)
def test_the_printed_zpl_scans_back_to_the_plate(
    rendered: dict[tuple[str, int, bool], npt.NDArray[np.uint8]], stock: str, dpi: int
) -> None:
    for hostile in (False, True) if dpi == 203 else (False,):
        image = rendered[(stock, dpi, hostile)]
        paper = STOCKS[stock]
        # zebrash counts whole dots per mm (300 dpi as 12/mm = 305 dpi): the page it draws is
        # at least as wide as the layout, never narrower.
        assert image.shape[1] >= paper.width_dots(dpi) - 1
        for decoder in available_decoders():
            found = [(d.format, d.text) for d in decoder.decode(image)]
            assert found == [(symbology(stock, dpi), PLATE.lpn)], (decoder.name, hostile)


@pytest.mark.parametrize("stock", list(STOCKS))
def test_hostile_text_does_not_paint_over_the_label(
    rendered: dict[tuple[str, int, bool], npt.NDArray[np.uint8]], stock: str
) -> None:
    # Had "^GB800,800,800" escaped its field it would have blacked out the top of the label.
    plain, hostile = rendered[(stock, 203, False)], rendered[(stock, 203, True)]
    assert (hostile < 128).mean() < 0.6
    assert abs(float((hostile < 128).mean()) - float((plain < 128).mean())) < 0.15


@pytest.mark.parametrize("copies", [1, 5])
def test_one_format_per_job_with_copies_in_pq(copies: int) -> None:
    zpl = render_zpl(PLATE, "4x6", 203, copies=copies)
    assert re.findall(r"\^XA", zpl) == ["^XA"]
    assert re.findall(r"\^XZ", zpl) == ["^XZ"]
    assert re.findall(r"\^PQ(\d+),0,1,Y", zpl) == [str(copies)]
