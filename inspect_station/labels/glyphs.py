"""A line of text as printer graphics, dot for dot at the printer's resolution.

A Zebra's resident font 0 prints Latin script only: a line in Chinese, Japanese, Korean or
with emoji goes to the printer as a picture, drawn here in the same fonts and the same places
as the PDF draws it (:mod:`inspect_station.labels.fonts`), one bit per dot and no grey
(FreeType without anti-aliasing), and sent as a ``^GF`` graphic field by ``zpl.py``.
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase import pdfmetrics

from inspect_station.labels import fonts
from inspect_station.labels.layout import Bitmap, TextBox

CAP_HEIGHT = 0.72  # as pdf.py places the baseline: capitals centred in the box


def drawable(box: TextBox) -> bool:
    """Whether the line needs graphics: it holds what Windows-1252 lacks and the fonts to
    draw it are installed (without them the printer gets the text and does what it can)."""
    shown = fonts.visible(box.text)
    return bool(shown) and not fonts.fits_cp1252(shown) and bool(fonts.fallback_chain(box.bold))


def text_bitmap(box: TextBox) -> Bitmap:
    """``box`` drawn as a 1-bit picture of the box's size; ``reverse`` boxes (white on the
    black band) stay reversed: the printer inverts what lies under their set dots."""
    runs = fonts.runs(box.text, box.bold)
    widths = [float(pdfmetrics.stringWidth(run.text, run.font, box.font_dots)) for run in runs]
    x = {"left": 0.0, "center": (box.w - sum(widths)) / 2, "right": box.w - sum(widths)}[box.align]
    baseline = (box.h + CAP_HEIGHT * box.font_dots) / 2
    picture = Image.new("1", (box.w, box.h), 0)
    draw = ImageDraw.Draw(picture)
    draw.fontmode = "1"  # no anti-aliasing: a thermal dot is on or off
    for run, width in zip(runs, widths, strict=True):
        font = _font(run.font, box.font_dots)
        if font is not None:
            # Pillow's stroke widens each side: half the PDF's line width, at least a dot.
            half = max(1, round(box.font_dots * fonts.FAUX_BOLD / 2))
            stroke = half if run.faux_bold else 0
            draw.text((x, baseline), run.text, fill=1, font=font, anchor="ls", stroke_width=stroke)
        x += width
    packed = np.packbits(np.asarray(picture, dtype=bool), axis=1).tobytes()
    return Bitmap(box.x, box.y, box.w, box.h, packed, reverse=box.reverse)


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont | None:
    found = fonts.face_file(name)
    if found is None:
        return None
    path, index = found
    return ImageFont.truetype(path, size=size, index=index)
