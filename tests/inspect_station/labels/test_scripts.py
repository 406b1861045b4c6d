"""Labels in every script: Chinese, Japanese and Korean product names and emoji print in the PDF
(font fallback per run of text) and on the thermal printer (drawn as ^GF graphics, or in the
printer's own font). Checked by rendering: PDF → raster (pdfium) and ZPL → raster (zebrash),
ink where the text should be, the same ink in both, the text back out of the PDF, and the
barcode still scanning."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.identify.decoding import available_decoders
from inspect_station.labels import fonts, text
from inspect_station.labels.layout import STOCKS, Band, LabelData, TextBox, build_layout
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.raster import pdf_to_image
from inspect_station.labels.zpl import compress, render_zpl
from tests.conftest import need_service
from tests.zpl_render import ZplJob, render_zpl_images

CJK = "有机棉T恤，蓝色，M码"
JAPANESE = "オーガニックコットン Tシャツ"
KOREAN = "너무 작아요"
EMOJI = "👕✨😞"
LABEL = LabelData(
    lpn="LP7K3M9Q2X4B1CV",
    route="resale",
    grade="B",
    grade_name="開封済み・軽微な使用感",
    why="grade B, apparel → resale",
    bench="3",
    operator="김민준",
    time=datetime(2026, 11, 26, 13, 3, tzinfo=UTC),
    sku="TSH-0042",
    description=f"{CJK} {EMOJI}",
    reason=f"{JAPANESE} {KOREAN}",
    rma="R-118822",
    tote="T-017",
)
Image = npt.NDArray[np.uint8]


@pytest.fixture(scope="module", autouse=True)
def fonts_installed() -> None:
    names = [loaded.name for loaded in fonts.fallback_chain(False)]
    if names != ["InspectSans", "InspectCJK", "InspectEmoji"]:
        need_service(
            "label fonts missing (Debian fonts-dejavu-core fonts-wqy-microhei fonts-symbola): "
            + "; ".join(fonts.describe())
        )


def boxes_with(layout_text: str, stock: str = "4x6", dpi: int = 203) -> list[TextBox]:
    layout = build_layout(LABEL, stock, dpi)
    return [e for e in layout if isinstance(e, TextBox) and layout_text in e.text]


def ink(image: Image, box: TextBox, shift: tuple[int, int] = (0, 0)) -> npt.NDArray[np.bool_]:
    x, y = box.x + shift[0], box.y + shift[1]
    return np.asarray(image[y : y + box.h, x : x + box.w] < 128)


def offset(printed: Image, stock: str, dpi: int) -> tuple[int, int]:
    """Where zebrash put the layout's origin: its page is whole dots per millimetre (300 dpi
    as 12/mm), a few dots larger than the label, and it centres the label on it. Found from
    the destination band, the first black on the label."""
    band = next(e for e in build_layout(LABEL, stock, dpi) if isinstance(e, Band))
    row = printed[band.y + band.h // 2 + 8] < 128
    column = printed[:, int(np.argmax(row)) + 2] < 128
    return int(np.argmax(row)) - band.x, int(np.argmax(column)) - band.y


# -- runs -------------------------------------------------------------------------------------
def test_each_run_is_drawn_in_the_first_font_that_has_it() -> None:
    runs = fonts.runs("Größe M 有机棉 T恤 🧦 ✨", bold=False)
    assert [(r.font, r.text) for r in runs] == [
        ("InspectSans", "Größe M "),
        ("InspectCJK", "有机棉 "),
        ("InspectSans", "T"),
        ("InspectCJK", "恤 "),
        ("InspectEmoji", "🧦 ✨"),
    ]
    assert fonts.runs("Größe M €", bold=True) == [fonts.Run("Helvetica-Bold", "Größe M €")]


def test_bold_is_faked_only_where_a_font_has_no_bold_face() -> None:
    runs = fonts.runs("Ж 東京 ✨", bold=True)
    assert [(r.font, r.faux_bold) for r in runs] == [
        ("InspectSans-Bold", False),
        ("InspectCJK", True),
        ("InspectEmoji", True),
    ]


def test_what_no_label_shows_is_dropped_and_what_no_font_has_is_a_question_mark() -> None:
    # Presentation selector, joiner, skin tone: gone; U+E000 (private use) and U+1FAE0 (an
    # emoji newer than Symbola): "?".
    drawn = "".join(r.text for r in fonts.runs("❤️ 👍🏽 👩‍🔧 \ue000 \U0001fae0", False))
    assert drawn == "❤ 👍 👩🔧 ? ?"
    # A decomposed accent is composed, and stays with its letter.
    assert fonts.runs("Cafe\u0301 東", False)[0].text == "Café "


@given(st.text(max_size=40))
def test_runs_keep_every_visible_character_in_order(line: str) -> None:
    shown = fonts.visible(text.clean(line))
    drawn = "".join(run.text for run in fonts.runs(shown, False))
    assert len(drawn) <= len(shown)
    assert text.width(shown, 20, False) >= 0


def test_without_the_fonts_the_pdf_shows_question_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_loaded", lambda: ())
    assert fonts.runs("Привет €", False) == [fonts.Run("Helvetica", "?????? €")]
    assert render_pdf(LABEL).startswith(b"%PDF")
    assert "^GF" not in render_zpl(replace(LABEL, route="resale")).split("^BC")[1]


# -- PDF ----------------------------------------------------------------------------------------
def test_the_pdf_holds_the_text_itself_in_embedded_fonts(tmp_path: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        need_service("pdftotext is not installed (Debian package poppler-utils)")
    pdf = render_pdf(LABEL)
    path = tmp_path / "label.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(
        [pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    words = " ".join(out.split())  # lines may wrap
    for line in (CJK, JAPANESE, KOREAN, "開封済み・軽微な使用感", "김민준"):
        assert line in words
    assert b"/Subtype /Image" not in pdf  # text, not pictures of text
    for name in (b"WenQuanYiMicroHei", b"Symbola", b"DejaVuSans"):
        assert re.search(rb"/BaseFont /[A-Z]{6}\+" + name, pdf)  # subsets embedded


@pytest.mark.parametrize(("stock", "dpi"), [("4x6", 203), ("4x6", 300), ("62mm", 300)])
def test_every_script_leaves_ink_where_its_line_is_in_the_pdf(stock: str, dpi: int) -> None:
    image = pdf_to_image(render_pdf(LABEL, stock, dpi), dpi)
    for part in ("開封済み", "有机棉", "김민준"):
        for box in boxes_with(part, stock, dpi):
            assert ink(image, box).mean() > 0.04, (part, box)
    found = [d.text for d in available_decoders()[0].decode(image)]
    assert found == [LABEL.lpn]


def test_cjk_is_drawn_not_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    (box,) = boxes_with("開封済み")
    drawn = ink(pdf_to_image(render_pdf(LABEL)), box)
    monkeypatch.setattr(fonts, "_loaded", lambda: ())
    missing = ink(pdf_to_image(render_pdf(LABEL)), box)  # the same line as "?????"
    assert drawn.sum() > 1.5 * missing.sum()


# -- ZPL ----------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, int], Image]:
    grid = [("4x6", 203), ("4x6", 300), ("62mm", 300), ("4x2", 203)]
    jobs = [
        ZplJob(render_zpl(LABEL, stock, dpi), STOCKS[stock].width_mm, STOCKS[stock].height_mm, dpi)
        for stock, dpi in grid
    ]
    images = render_zpl_images(jobs, tmp_path_factory.mktemp("scripts"))
    return dict(zip(grid, images, strict=True))


@pytest.mark.parametrize(
    ("stock", "dpi"), [("4x6", 203), ("4x6", 300), ("62mm", 300), ("4x2", 203)]
)
def test_the_printer_prints_each_script_where_the_pdf_does(
    printed: dict[tuple[str, int], Image], stock: str, dpi: int
) -> None:
    zpl_image = printed[(stock, dpi)]
    pdf_image = pdf_to_image(render_pdf(LABEL, stock, dpi), dpi)
    shift = offset(zpl_image, stock, dpi)
    assert max(map(abs, shift)) <= 12
    checked = 0
    for part in ("開封済み", "有机棉", "김민준", "オーガニック"):
        for box in boxes_with(part, stock, dpi):
            on_printer, in_pdf = ink(zpl_image, box, shift), ink(pdf_image, box)
            assert on_printer.mean() > 0.04, (part, box)
            # The same fonts at the same places: the printed dots and the PDF's overlap.
            overlap = (on_printer & in_pdf).sum() / max(1, (on_printer | in_pdf).sum())
            assert overlap > 0.5, (part, overlap)
            checked += 1
    assert checked >= 1
    for decoder in available_decoders():
        assert [d.text for d in decoder.decode(zpl_image)] == [LABEL.lpn]


def test_emoji_print_as_monochrome_outlines(printed: dict[tuple[str, int], Image]) -> None:
    (box,) = boxes_with(EMOJI)
    image = printed[("4x6", 203)]
    dx, dy = offset(image, "4x6", 203)
    region = image[box.y + dy : box.y + dy + box.h, box.x + dx : box.x + dx + box.w]
    assert set(np.unique(region)) <= {0, 255}  # one bit per dot, no grey
    assert (region < 128).mean() > 0.04


def test_other_scripts_go_as_graphics_latin_as_the_printer_s_font() -> None:
    zpl = render_zpl(LABEL)
    assert "^A0N" in zpl  # the plate, "Why: …", the RMA
    assert zpl.count("^GFA") >= 5  # the route's pictogram, and each line in other scripts
    assert "_E6_9C_89" not in zpl  # 有 is not sent as text
    assert len(zpl) < 40_000


def test_a_printer_with_its_own_font_gets_the_text() -> None:
    zpl = render_zpl(LABEL, font="E:ANMDJ.TTF")
    assert re.search(r"\^A@N,(\d+),\1,E:ANMDJ\.TTF\^FB", zpl)
    assert "^FH^FD_E6_9C_89_E6_9C_BA" in zpl  # 有机, as UTF-8 escapes
    assert zpl.count("^GFA") == 1  # only the pictogram


@pytest.mark.parametrize(
    "font", ["ANMDJ.TTF", "E:ANMDJ.TTF^XZ", "E:../../X.TTF", "Z:ANMDJ.TTF", "E:VERYLONGNAME.TTF"]
)
def test_a_malformed_printer_font_is_refused(font: str) -> None:
    with pytest.raises(BadInput, match="is not a printer file name"):
        render_zpl(LABEL, font=font)


def decompress(data: str, row: int, rows: int) -> bytes:
    """ZPL's ^GF ASCII compression read back, as the printer reads it."""
    counts = {chr(ord("G") + i): i + 1 for i in range(19)}
    counts |= {chr(ord("g") + i): 20 * (i + 1) for i in range(20)}
    out: list[str] = []
    line: list[str] = []
    previous = ""
    repeat = 0
    for char in data:
        if char in counts:
            repeat += counts[char]
            continue
        if char in ",:":
            if char == ":":
                line = list(previous)
            line += ["0"] * (2 * row - len(line))
        else:
            line += [char] * max(1, repeat)
            repeat = 0
        if len(line) >= 2 * row:
            previous = "".join(line[: 2 * row])
            out.append(previous)
            line = []
    assert len(out) == rows
    return bytes.fromhex("".join(out))


@given(st.integers(1, 12), st.integers(1, 12), st.data())
def test_graphics_compression_reads_back_to_the_same_dots(
    row: int, rows: int, data: st.DataObject
) -> None:
    pattern = data.draw(st.sampled_from(["random", "zeros", "ones", "runs", "repeated"]))
    if pattern == "random":
        packed = data.draw(st.binary(min_size=row * rows, max_size=row * rows))
    elif pattern == "zeros":
        packed = bytes(row * rows)
    elif pattern == "ones":
        packed = b"\xff" * (row * rows)
    elif pattern == "runs":
        packed = (b"\x00" * (row // 2) + b"\xf0" * (row - row // 2)) * rows
    else:
        line = data.draw(st.binary(min_size=row, max_size=row))
        packed = line * rows
    assert decompress(compress(packed, row), row, rows) == packed


def test_long_runs_use_the_large_counts() -> None:
    packed = b"\xaa" * 300  # one row of 600 hex digits "A"
    assert compress(packed, 300) == "zpA"  # z: 400, p: 200, then the digit
