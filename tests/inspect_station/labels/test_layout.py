from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, cast

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.identify.decoding import available_decoders
from inspect_station.labels import code128, fonts, glyphs, marks, qr, text
from inspect_station.labels.layout import (
    DPIS,
    MIN_MODULE_DOTS,
    STOCKS,
    Band,
    Barcode128,
    Bitmap,
    Box,
    LabelData,
    Layout,
    QRCode,
    TextBox,
    build_layout,
    destination_text,
)
from inspect_station.labels.pdf import layout_to_pdf, render_pdf
from inspect_station.labels.raster import pdf_to_image
from inspect_station.labels.zpl import escape_field, layout_to_zpl, render_zpl
from tests.conftest import need_service

LPN = "LP7K3M9Q2X4B1CV"  # a plate as the station makes them: LP, 12 characters, a check
WHEN = datetime(2026, 11, 26, 13, 3, tzinfo=UTC)
FULL = LabelData(
    lpn=LPN,
    route="resale",
    grade="B",
    grade_name="Opened / minor wear",
    why="grade B, apparel, value ≥ €20 → resale",
    bench="3",
    operator="Anna K.",
    time=WHEN,
    sku="TSH-0042-BLU-M",
    description="Organic cotton T-shirt, blue, size M, crew neck",
    reason="Too small",
    rma="R-118822",
    tote="T-017",
)
PLATE = FULL
TEXT_FIELDS = (
    "route",
    "grade",
    "grade_name",
    "why",
    "bench",
    "operator",
    "sku",
    "description",
    "reason",
    "rma",
    "tote",
)
GRID = [(stock, dpi) for stock in STOCKS for dpi in DPIS]


def barcode_of(layout: Layout) -> Barcode128:
    (bars,) = [e for e in layout if isinstance(e, Barcode128)]
    return bars


def texts(layout: Layout) -> list[TextBox]:
    return [e for e in layout if isinstance(e, TextBox)]


def with_text(fields: dict[str, str]) -> LabelData:
    return replace(FULL, **cast(dict[str, Any], fields))


def unescape(payload: str) -> str:
    """What the printer makes of ^FH field data inside ^FB: _XX bytes and \\\\."""
    out = bytearray()
    i = 0
    while i < len(payload):
        if payload[i] == "_":
            out.append(int(payload[i + 1 : i + 3], 16))
            i += 3
        elif payload.startswith("\\\\", i):
            out.append(0x5C)
            i += 2
        else:
            out += payload[i].encode("ascii")
            i += 1
    return out.decode("utf-8")


# The one place a 15-character plate does not fit as Code 128 bars of 2 dots or more.
QR_PLATES = {("2x1", 203)}


def symbology(stock: str, dpi: int) -> str:
    return "QRCode" if (stock, dpi) in QR_PLATES else "Code128"


@pytest.mark.parametrize(("stock", "dpi"), GRID)
def test_pdf_barcode_scans_back_with_every_decoder(stock: str, dpi: int) -> None:
    image = pdf_to_image(render_pdf(PLATE, stock, dpi), dpi)
    assert image.shape == (STOCKS[stock].height_dots(dpi), STOCKS[stock].width_dots(dpi))
    for decoder in available_decoders():
        found = decoder.decode(image)
        assert [(d.format, d.text) for d in found] == [(symbology(stock, dpi), PLATE.lpn)], (
            decoder.name
        )


@pytest.mark.parametrize(("stock", "dpi"), GRID)
def test_the_plate_symbol_is_chosen_by_bar_width(stock: str, dpi: int) -> None:
    layout = build_layout(PLATE, stock, dpi)
    codes = [e for e in layout if isinstance(e, (Barcode128, QRCode))]
    assert len(codes) == 1
    if isinstance(codes[0], Barcode128):
        assert codes[0].module_dots >= MIN_MODULE_DOTS
        assert (stock, dpi) not in QR_PLATES
    else:
        # Code 128 would need 1-dot bars here: too fine for a thermal head.
        assert (stock, dpi) in QR_PLATES
        quiet = 2 * code128.QUIET_ZONE_MODULES
        assert (len(code128.modules(PLATE.lpn)) + quiet) * MIN_MODULE_DOTS > layout.width
        assert codes[0].module_dots >= 4
        assert any(b.text.startswith(PLATE.lpn[:7]) for b in texts(layout))


@pytest.mark.parametrize(("stock", "dpi"), sorted(set(GRID) - QR_PLATES))
def test_bars_land_on_whole_dots(stock: str, dpi: int) -> None:
    layout = build_layout(FULL, stock, dpi)
    bars = barcode_of(layout)
    assert isinstance(bars.module_dots, int)
    assert bars.module_dots >= 1
    assert isinstance(bars.x, int)
    quiet = code128.QUIET_ZONE_MODULES * bars.module_dots
    assert bars.x >= quiet
    assert bars.x + bars.w + quiet <= layout.width

    image = pdf_to_image(render_pdf(FULL, stock, dpi), dpi)
    row = image[bars.y + bars.height_dots // 2]
    expected = np.repeat([c == "1" for c in bars.modules], bars.module_dots)
    assert np.array_equal(row[bars.x : bars.x + bars.w] < 128, expected)
    assert (row[bars.x - quiet : bars.x] == 255).all()
    assert (row[bars.x + bars.w : bars.x + bars.w + quiet] == 255).all()


def test_preferred_module_widths_on_the_routing_tag() -> None:
    assert [barcode_of(build_layout(FULL, "4x6", dpi)).module_dots for dpi in DPIS] == [3, 4, 9]


@pytest.mark.parametrize("stock", list(STOCKS))
def test_every_stock_keeps_destination_barcode_and_plate(stock: str) -> None:
    layout = build_layout(FULL, stock, 203)
    boxes = texts(layout)
    assert any(b.reverse and b.text == "RESALE" for b in boxes)
    plate = [b.text for b in boxes if len(b.text) > 3 and b.text in LPN]
    assert "".join(plate) == LPN  # one line, or two beside a QR code
    codes = [e for e in layout if isinstance(e, (Barcode128, QRCode))]
    assert [code.data for code in codes] == [LPN]
    assert [e for e in layout if isinstance(e, Band)]


@pytest.mark.parametrize("stock", list(STOCKS))
def test_less_important_lines_are_dropped_first(stock: str) -> None:
    shown = " | ".join(b.text for b in texts(build_layout(FULL, stock, 203)))
    present = [
        "Tote:" in shown,  # where the item goes comes right after the plate
        "Opened / minor wear" in shown,
        "TSH-0042-BLU-M" in shown,
        "Reason:" in shown,
        "Why:" in shown,
        "RMA:" in shown,
        "Bench 3" in shown,
    ]
    assert present == sorted(present, reverse=True)
    if stock in ("4x6", "100x150mm"):
        assert all(present)
    if stock == "2x1":
        assert not any(present)


MARKED = replace(FULL, marks=("WRONG ITEM: Rain jacket, olive, L", "OVERRIDE by Sven", "REPRINT 2"))


@pytest.mark.parametrize("stock", ["4x6", "100x150mm", "62mm", "4x2"])
def test_marks_are_reversed_lines_before_everything_but_the_plate(stock: str) -> None:
    boxes = texts(build_layout(MARKED, stock, 203))
    marks = [b for b in boxes if b.reverse and b.text not in ("RESALE",)]
    # 4x2 has room for the first mark only, and it is the first that matters most.
    expected = ["WRONG ITEM: Rain jacket, olive, L", "OVERRIDE by Sven", "REPRINT 2"]
    assert marks
    for box, whole in zip(marks, expected, strict=False):
        assert box.text == whole or (box.text.endswith("…") and whole.startswith(box.text[:-1]))
    if stock in ("4x6", "100x150mm"):
        assert [b.text for b in marks] == expected
    plate_y = next(b.y for b in boxes if b.text == LPN)
    assert all(b.y > plate_y for b in marks)
    others = [b for b in boxes if not b.reverse and b.text != LPN]
    assert all(b.y > marks[-1].y for b in others)


def test_footer_prints_local_time() -> None:
    shown = [b.text for b in texts(build_layout(FULL))]
    local = WHEN.astimezone().strftime("%Y-%m-%d %H:%M")
    assert f"Bench 3 · Anna K. · {local}" in shown


def test_long_text_is_truncated_with_an_ellipsis() -> None:
    data = replace(FULL, reason="x" * 300, grade_name="very " * 40)
    for box in texts(build_layout(data)):
        assert text.width(box.text, box.font_dots, box.bold) <= box.w
    shown = [b.text for b in texts(build_layout(data))]
    first = next(i for i, line in enumerate(shown) if line.startswith("Reason: xxx"))
    assert re.fullmatch("x+…", shown[first + 1])
    assert any(line.startswith("very very") and line.endswith("…") for line in shown)


# codec="utf-8" also keeps lone surrogates out: a Python str can hold them, a label cannot.
printable = st.text(st.characters(codec="utf-8"), max_size=120)


@settings(deadline=None, max_examples=60)
@given(st.fixed_dictionaries({name: printable for name in TEXT_FIELDS}), st.sampled_from(GRID))
# A route of only separators has no destination once they read as spaces.
@example({name: "_" if name == "route" else "" for name in TEXT_FIELDS}, GRID[0])
def test_text_always_fits_inside_the_label(fields: dict[str, str], grid: tuple[str, int]) -> None:
    fields["route"] = fields["route"] or "repair"
    data = with_text(fields)
    if not destination_text(data.route):
        with pytest.raises(BadInput):
            build_layout(data, *grid)
        return
    layout = build_layout(data, *grid)
    for element in layout:
        assert element.x >= 0
        assert element.y >= 0
        assert element.x + element.w <= layout.width
        assert element.y + element.h <= layout.height
        if isinstance(element, TextBox):
            assert text.width(element.text, element.font_dots, element.bold) <= element.w


def test_qr_plate_lands_on_whole_dots() -> None:
    layout = build_layout(PLATE, "2x1", 203)
    (code,) = [e for e in layout if isinstance(e, QRCode)]
    image = pdf_to_image(render_pdf(PLATE, "2x1", 203), 203)
    matrix = qr.matrix(PLATE.lpn)
    drawn = image[code.y : code.y + code.h, code.x : code.x + code.w] < 128
    expected = np.kron(np.array(matrix), np.ones((code.module_dots,) * 2, dtype=bool))
    assert np.array_equal(drawn, expected)
    quiet = qr.QUIET_ZONE_MODULES * code.module_dots
    assert code.x - quiet >= 0
    assert code.y + code.h + quiet <= layout.height


@pytest.mark.parametrize("route", sorted(marks.MARKS))
def test_each_destination_has_its_own_pictogram(route: str) -> None:
    layout = build_layout(replace(FULL, route=route), "4x2", 203)
    (band,) = [e for e in layout if isinstance(e, Band)]
    (picture,) = [e for e in layout if isinstance(e, Bitmap)]
    assert picture.reverse
    assert band.colour == marks.MARKS[route].colour
    assert band.y <= picture.y
    assert picture.y + picture.h <= band.y + band.h
    others = {marks.pictogram(m.shape, picture.w) for r, m in marks.MARKS.items() if r != route}
    assert picture.packed not in others
    ink = marks.unpack(picture.packed, picture.w, picture.h).mean()
    assert 0.15 < ink < 0.85  # a solid mark, not a speck nor a filled square


def test_unknown_destination_keeps_the_band_without_a_pictogram() -> None:
    layout = build_layout(replace(FULL, route="warehouse 7"))
    assert not [e for e in layout if isinstance(e, Bitmap)]
    assert any(b.reverse and b.text == "WAREHOUSE 7" for b in texts(layout))


def test_colour_printers_get_the_destination_colour() -> None:
    grey = pdf_to_image(render_pdf(FULL, "4x2", 203, colour=True), 203)
    black = pdf_to_image(render_pdf(FULL, "4x2", 203), 203)
    (band,) = [e for e in build_layout(FULL, "4x2", 203) if isinstance(e, Band)]
    corner = (band.y + 2, band.x + band.w - 3)
    assert black[corner] == 0
    assert 30 < grey[corner] < 200  # #1f5fbf in grey


def test_symbols_a_printer_font_lacks_are_spelled_out() -> None:
    shown = " ".join(b.text for b in texts(build_layout(FULL)))
    assert "value >= €20 -> resale" in shown


@pytest.mark.parametrize(
    "lpn",
    [
        "",
        "lp7k3m9q2x4b1cv",  # lower case
        "LP 7K3M9Q2X4B1CV",
        "LP^XZ",
        "LPÉ",
        "LP7K3M9Q2X4B1CZ",  # a wrong check character
        "LP7K3M9Q2X4B1C",  # one short
        "LP7K3M9Q2X4B1CVV",  # one too many
        "LPIL0O00000000A",  # letters Crockford leaves out
        "99123456",
        "RMA-2026-000123",
    ],
)
def test_only_the_station_s_own_plates_are_printed(lpn: str) -> None:
    message = "is not one of the station's licence plates"
    for render in (build_layout, render_pdf, render_zpl):
        with pytest.raises(BadInput, match=message):
            render(replace(FULL, lpn=lpn))


def test_a_300_character_plate_is_refused_not_printed_as_a_qr_code() -> None:
    long = "LP" + "ABCDEFGH" * 37 + "XY"
    assert len(long) == 300
    for stock in ("4x6", "2x1"):
        with pytest.raises(BadInput) as caught:
            render_pdf(replace(FULL, lpn=long), stock, 203)
        message = str(caught.value)
        assert message.startswith("'LPABCDEFGHABCDEFGHAB… (300 characters)' is not one of")
        assert "e.g. LP4N8W2R6T0Y3V3" in message
        assert len(message) < 250


def test_unknown_stock_dpi_or_route_is_refused() -> None:
    with pytest.raises(BadInput, match="stock"):
        build_layout(FULL, "A4")
    with pytest.raises(BadInput, match="dpi"):
        build_layout(FULL, "4x6", 150)
    with pytest.raises(BadInput, match="destination"):
        build_layout(replace(FULL, route=" \n "))


@pytest.mark.parametrize("route", ["_", "-", "_-_", " - \t_"])
def test_route_of_separators_only_has_no_destination(route: str) -> None:
    with pytest.raises(BadInput, match="destination"):
        build_layout(replace(FULL, route=route))


@pytest.mark.parametrize(
    ("route", "shown"),
    [("restock", "RESTOCK"), ("return_to_vendor", "RETURN TO VENDOR"), ("re-sale", "RE SALE")],
)
def test_separators_in_a_route_read_as_spaces(route: str, shown: str) -> None:
    assert destination_text(route) == shown
    band = [
        b.text for b in texts(build_layout(replace(FULL, route=route), "4x6", 300)) if b.reverse
    ]
    assert " ".join(band) == shown


def bars_only(data: str) -> Layout:
    """A layout of one Code 128 symbol: the symbol encoding, apart from any plate."""
    stock = STOCKS["4x6"]
    bars = Barcode128(40, 40, 3, 183, data)
    return Layout(stock, 203, stock.width_dots(203), stock.height_dots(203), (bars,))


def test_upstream_leading_99_bug_is_worked_around() -> None:
    # python-barcode 0.16 drops a leading "99" from numeric data.
    layout = bars_only("99123456")
    image = pdf_to_image(layout_to_pdf(layout))
    assert [d.text for d in available_decoders()[0].decode(image)] == ["99123456"]
    assert "^FD>;99123456^FS" in layout_to_zpl(layout)


def test_zpl_replays_the_code_sets_of_the_pdf() -> None:
    zpl = layout_to_zpl(bars_only("AB1234C"))
    assert "^BY3^BCN,183,N,N,N,N^FH^FD>:AB>51234>6C^FS" in zpl


def test_pdf_falls_back_to_helvetica_without_a_wide_font(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_loaded", lambda: ())
    assert fonts.runs("Привет €", False) == [fonts.Run("Helvetica", "?????? €")]
    pdf = render_pdf(replace(FULL, reason="Размер не подошёл 😞", why="≥ → 東京"))
    assert pdf.startswith(b"%PDF")


def test_pdf_embeds_a_wide_font_for_other_scripts() -> None:
    runs = fonts.runs("Размер ≥ 20", True)
    if runs[0].font.startswith("Helvetica"):
        need_service("no TrueType font with wide coverage (fonts-dejavu-core) on this machine")
    assert [(r.font, r.text) for r in runs] == [("InspectSans-Bold", "Размер ≥ 20")]
    assert b"FontFile2" in render_pdf(replace(FULL, reason="Размер"))


def test_zpl_structure_and_copies() -> None:
    zpl = render_zpl(FULL, copies=7)
    assert zpl.count("^XA") == 1
    assert zpl.count("^XZ") == 1
    assert zpl.startswith("^XA\n^CI28\n^PW812\n^LL1218\n")
    assert zpl.endswith("^PQ7,0,1,Y\n^XZ\n")
    assert "^FR^FH^FDRESALE^FS" in zpl
    assert zpl.isascii()


@pytest.mark.parametrize("copies", [0, 100, -1, True, 2.0])
def test_zpl_copies_out_of_range(copies: int) -> None:
    with pytest.raises(BadInput, match="Copies"):
        render_zpl(FULL, copies=copies)


def test_zpl_interpretation_line_when_asked() -> None:
    layout = build_layout(FULL)
    bars = barcode_of(layout)
    with_line = replace(layout, elements=(replace(bars, human_readable=True),))
    assert f"^BCN,{bars.height_dots},Y,N,N,N" in layout_to_zpl(with_line)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("^XA~JA", "_5EXA_7EJA"),
        ("a_b", "a_5Fb"),
        ("€", "_E2_82_AC"),
        ("\\&", "\\\\&"),
        ("a\r\nb\x00\x7f\x85c", "abc"),
        ("plain, text.", "plain, text."),
    ],
)
def test_escape_field_examples(raw: str, escaped: str) -> None:
    assert escape_field(raw) == escaped


def _kept(raw: str) -> str:
    # escape_field drops C0/DEL/C1 control characters; everything else survives.
    return "".join(c for c in raw if unicodedata.category(c) not in ("Cc", "Cs"))


@given(st.text(st.characters(codec="utf-8")))
def test_escape_field_round_trips(raw: str) -> None:
    escaped = escape_field(raw)
    assert escaped.isascii()
    assert not set(escaped) & {"^", "~", "\r", "\n"}
    assert all(c.isprintable() for c in escaped)
    assert unescape(escaped) == _kept(raw)


def _expected_commands(layout: Layout) -> int:
    count = 5 + 2  # ^XA ^CI ^PW ^LL ^LH … ^PQ ^XZ
    for element in layout:
        if isinstance(element, (Band, Box)):
            count += 3  # ^FO ^GB ^FS
        elif isinstance(element, Bitmap):
            count += 3 + element.reverse  # ^FO [^FR] ^GF ^FS
        elif isinstance(element, QRCode):
            count += 4  # ^FO ^BQ ^FD ^FS
        elif isinstance(element, Barcode128):
            count += 6  # ^FO ^BY ^BC ^FH ^FD ^FS
        elif glyphs.drawable(element):
            count += 3 + element.reverse  # other scripts as graphics: ^FO [^FR] ^GF ^FS
        elif element.text:
            count += 6 + element.reverse  # ^FO ^A ^FB [^FR] ^FH ^FD ^FS
    return count


hostile = st.text(
    st.one_of(
        st.sampled_from("^~_\\&<>,\r\n\t\x00\x1b\x7f\x85\u2028"),
        st.characters(codec="utf-8"),
    ),
    max_size=80,
)


@settings(deadline=None, max_examples=150)
@given(st.fixed_dictionaries({name: hostile for name in TEXT_FIELDS}), st.sampled_from(DPIS))
def test_zpl_text_cannot_inject_commands(fields: dict[str, str], dpi: int) -> None:
    fields["route"] = "repair" + fields["route"]
    data = with_text(fields)
    layout = build_layout(data, "4x6", dpi)
    zpl = render_zpl(data, "4x6", dpi)
    assert zpl.isascii()
    assert "~" not in zpl
    assert zpl.count("^") == _expected_commands(layout)
    assert zpl.count("^XA") == zpl.count("^XZ") == 1
    lines = zpl.splitlines()
    assert len(lines) == 7 + len([e for e in layout if not isinstance(e, TextBox) or e.text])
    shown = [box.text for box in texts(layout) if box.text and not glyphs.drawable(box)]
    fields_sent = [line for line in lines if "^A0N" in line]
    assert len(fields_sent) == len(shown)
    for line, expected in zip(fields_sent, shown, strict=True):
        match = re.fullmatch(
            r"\^FO\d+,\d+\^A0N,\d+,\d+\^FB\d+,1,0,[LCR],0(\^FR)?\^FH\^FD(.*)\^FS", line
        )
        assert match is not None, line
        payload = match.group(2)
        assert "^" not in payload
        assert unescape(payload) == expected


def test_long_destination_uses_two_big_lines() -> None:
    layout = build_layout(replace(FULL, route="return to vendor"))
    band = [b for b in texts(layout) if b.reverse]
    assert [b.text for b in band] == ["RETURN TO", "VENDOR"]
    assert band[0].font_dots == band[1].font_dots > layout.height // 20
