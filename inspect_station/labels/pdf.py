"""PDF labels: one page the size of the stock, drawn on the printer's dot grid.

The canvas is scaled so one unit is one printer dot. Bars therefore start and end on whole
dots and a driver printing the PDF at the label's resolution does not have to resample them:
resampled bars grow or shrink unevenly and that is what makes a Code 128 unreadable.
"""

from __future__ import annotations

import io
import re

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from inspect_station.labels import fonts, marks, qr, text
from inspect_station.labels.layout import (
    Band,
    Barcode128,
    Bitmap,
    Box,
    Element,
    LabelData,
    Layout,
    QRCode,
    TextBox,
    build_layout,
)

# Helvetica's and DejaVu Sans's capital height is about 0.72 em; centring capitals in a box
# looks centred to the eye, descenders may use the space below.
_CAP_HEIGHT = 0.72
_BAR_RUN = re.compile("1+")
_BAR_INSET = 1 / 64  # dots; see _draw_barcode


def render_pdf(
    data: LabelData, stock: str = "4x6", dpi: int = 203, *, colour: bool = False
) -> bytes:
    """The label as a one-page PDF. ``colour`` fills the destination band with the route's
    colour (for colour printers). Raises BadInput as :func:`build_layout` does."""
    return layout_to_pdf(build_layout(data, stock, dpi), colour=colour)


def layout_to_pdf(layout: Layout, *, colour: bool = False) -> bytes:
    buffer = io.BytesIO()
    scale = 72 / layout.dpi
    canvas = Canvas(
        buffer,
        pagesize=(layout.width * scale, layout.height * scale),
        invariant=True,  # same label, same bytes: print jobs can be compared and deduplicated
    )
    canvas.setTitle(next((e.data for e in layout if isinstance(e, Barcode128)), "Label"))
    canvas.scale(scale, scale)
    canvas.setFillGray(0)
    for element in layout:
        _draw(canvas, layout.height, element, colour)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _draw(canvas: Canvas, page_height: int, element: Element, colour: bool) -> None:
    # PDF's origin is bottom-left, the layout's top-left.
    if isinstance(element, Band):
        if colour and element.colour:
            canvas.setFillColor(element.colour)
        _fill(canvas, page_height, element.x, element.y, element.w, element.h)
        canvas.setFillGray(0)
    elif isinstance(element, Bitmap):
        _draw_bitmap(canvas, page_height, element)
    elif isinstance(element, QRCode):
        _draw_qr(canvas, page_height, element)
    elif isinstance(element, Box):
        x, y, w, h, t = element.x, element.y, element.w, element.h, element.thickness
        # Four filled strips rather than a stroke: a stroke straddles the path by half its width.
        for strip in ((x, y, w, t), (x, y + h - t, w, t), (x, y, t, h), (x + w - t, y, t, h)):
            _fill(canvas, page_height, *strip)
    elif isinstance(element, Barcode128):
        _draw_barcode(canvas, page_height, element)
    else:
        _draw_text(canvas, page_height, element)


def _fill(canvas: Canvas, page_height: int, x: int, y: int, w: int, h: int) -> None:
    canvas.rect(x, page_height - y - h, w, h, stroke=0, fill=1)


def _draw_barcode(canvas: Canvas, page_height: int, bars: Barcode128) -> None:
    module = bars.module_dots
    bottom = page_height - bars.y - bars.height_dots
    for run in _BAR_RUN.finditer(bars.modules):
        x = bars.x + run.start() * module
        width = (run.end() - run.start()) * module
        # Bars span whole dots, pulled in by a sliver: PDF paints every device pixel a shape
        # touches, and the 6-7 digits reportlab writes put an exact edge a hair past the dot
        # boundary about half the time, which widens that bar by a full dot.
        canvas.rect(x + _BAR_INSET, bottom, width - 2 * _BAR_INSET, bars.height_dots, 0, 1)
    if bars.human_readable:
        size = max(8, bars.height_dots // 6)
        shown = text.fit(bars.data, bars.w, size, False)
        line = TextBox(bars.x, bars.y + bars.height_dots, bars.w, size, shown, size, align="center")
        _draw_text(canvas, page_height, line)


def _draw_bitmap(canvas: Canvas, page_height: int, bitmap: Bitmap) -> None:
    """Set dots as rectangles on the dot grid: runs along a row, equal rows merged."""
    bits = marks.unpack(bitmap.packed, bitmap.w, bitmap.h)
    if bitmap.reverse:
        canvas.setFillGray(1)
    _fill_rows(canvas, page_height, bitmap.x, bitmap.y, [tuple(row) for row in bits], 1)
    canvas.setFillGray(0)


def _draw_qr(canvas: Canvas, page_height: int, code: QRCode) -> None:
    _fill_rows(canvas, page_height, code.x, code.y, list(qr.matrix(code.data)), code.module_dots)


def _fill_rows(
    canvas: Canvas, page_height: int, x: int, y: int, rows: list[tuple[bool, ...]], unit: int
) -> None:
    start = 0
    while start < len(rows):
        end = start + 1
        while end < len(rows) and rows[end] == rows[start]:
            end += 1
        row = "".join("1" if dot else "0" for dot in rows[start])
        for run in _BAR_RUN.finditer(row):
            # Pulled in by a sliver, as the bars are: an edge a hair past a dot boundary
            # would paint the whole next dot.
            left, top = x + run.start() * unit, y + start * unit
            width, height = (run.end() - run.start()) * unit, (end - start) * unit
            canvas.rect(
                left + _BAR_INSET,
                page_height - top - height + _BAR_INSET,
                width - 2 * _BAR_INSET,
                height - 2 * _BAR_INSET,
                stroke=0,
                fill=1,
            )
        start = end


def _draw_text(canvas: Canvas, page_height: int, box: TextBox) -> None:
    """One line, run by run, each in its font (:func:`fonts.runs`)."""
    runs = fonts.runs(box.text, box.bold)
    if not runs:
        return
    widths = [pdfmetrics.stringWidth(run.text, run.font, box.font_dots) for run in runs]
    match box.align:
        case "center":
            x = box.x + (box.w - sum(widths)) / 2
        case "right":
            x = box.x + box.w - sum(widths)
        case _:
            x = box.x
    baseline = page_height - (box.y + (box.h + _CAP_HEIGHT * box.font_dots) / 2)
    shade = 1 if box.reverse else 0
    canvas.saveState()
    canvas.setLineWidth(box.font_dots * fonts.FAUX_BOLD)
    line = canvas.beginText()
    line.setFillGray(shade)
    line.setStrokeGray(shade)
    for run, run_width in zip(runs, widths, strict=True):
        line.setTextOrigin(x, baseline)
        line.setFont(run.font, box.font_dots)
        line.setTextRenderMode(2 if run.faux_bold else 0)  # 2: fill and stroke the outline
        line.textOut(run.text)
        x += run_width
    canvas.drawText(line)
    canvas.restoreState()
