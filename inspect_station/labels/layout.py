"""The one label description both renderers draw.

A :class:`Layout` is a list of elements positioned in whole printer dots, origin top-left.
The PDF and the ZPL renderers walk the same elements, so what the bench previews is what the
thermal printer prints. Everything that needs judgement (what to drop on small stock, how to
truncate, how wide a bar is) happens here; renderers only translate.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Literal

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _
from inspect_station.identify.identifiers import lpn_is_valid
from inspect_station.labels import code128, marks, qr, text

MM_PER_INCH = 25.4
DPIS = (203, 300, 600)

# 15 mil, a common X-dimension for warehouse scanning at arm's length.
_PREFERRED_MODULE_MM = 0.375
# ^BY accepts 1..10 dots; the PDF keeps to the same so both match.
_MAX_MODULE_DOTS = 10
# A 1-dot bar or space does not survive a thermal head: the dot spreads (pyzbar missed 14 of
# 300 plates at 1 dot). Below 2 dots the plate carries a QR code instead (see build_layout).
MIN_MODULE_DOTS = 2
EXAMPLE_LPN = "LP4N8W2R6T0Y3V3"

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class LabelData:
    lpn: str
    route: str
    grade: str
    grade_name: str
    why: str
    bench: str
    operator: str
    time: datetime
    sku: str | None = None
    description: str | None = None
    reason: str | None = None
    rma: str | None = None
    tote: str | None = None
    marks: tuple[str, ...] = ()  # WRONG ITEM …, OVERRIDE by …, REPRINT n: reversed, high up


@dataclass(frozen=True)
class Stock:
    name: str
    width_mm: float
    height_mm: float

    def width_dots(self, dpi: int) -> int:
        return round(self.width_mm / MM_PER_INCH * dpi)

    def height_dots(self, dpi: int) -> int:
        return round(self.height_mm / MM_PER_INCH * dpi)


STOCKS: dict[str, Stock] = {
    stock.name: stock
    for stock in (
        Stock("4x6", 101.6, 152.4),
        Stock("4x2", 101.6, 50.8),
        Stock("100x150mm", 100.0, 150.0),
        Stock("62mm", 62.0, 100.0),
        Stock("2x1", 50.8, 25.4),
    )
}


@dataclass(frozen=True)
class _Style:
    """Sizes in inches, so one style serves every resolution."""

    margin: float
    band: float  # destination band height
    bar: float  # bar height
    lpn: float  # LPN text
    gap: float  # between sections
    grade: float = 0.0  # grade letter
    body: float = 0.0  # other lines
    wrap: int = 1  # lines allowed for description, reason and why
    plate_only: bool = False  # destination + LPN, nothing else


_TAG = _Style(margin=0.08, band=1.1, bar=0.9, lpn=0.3, gap=0.12, grade=0.45, body=0.18, wrap=2)
_STYLES = {
    "4x6": _TAG,
    "100x150mm": _TAG,
    "4x2": _Style(margin=0.06, band=0.45, bar=0.7, lpn=0.2, gap=0.06, grade=0.26, body=0.15),
    "62mm": _Style(
        margin=0.06, band=0.6, bar=0.75, lpn=0.22, gap=0.08, grade=0.3, body=0.14, wrap=2
    ),
    "2x1": _Style(margin=0.04, band=0.26, bar=0.4, lpn=0.13, gap=0.03, plate_only=True),
}


@dataclass(frozen=True)
class TextBox:
    """One line of text. ``text`` already fits ``w`` at ``font_dots``; renderers never wrap."""

    x: int
    y: int
    w: int
    h: int
    text: str
    font_dots: int
    bold: bool = False
    reverse: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class Band:
    """A solid black rectangle; reversed text on it reads white. ``colour`` is the fill a
    colour printer may use instead of black (dark, so white type stays readable)."""

    x: int
    y: int
    w: int
    h: int
    colour: str | None = None


@dataclass(frozen=True)
class Bitmap:
    """A 1-bit picture at whole dots (``packed``: rows of ``ceil(w / 8)`` bytes, high bit
    first). ``reverse`` draws set dots white, for a pictogram on a band."""

    x: int
    y: int
    w: int
    h: int
    packed: bytes
    reverse: bool = False


@dataclass(frozen=True)
class QRCode:
    """A QR code of ``data``, ``module_dots`` per module, quiet zone outside."""

    x: int
    y: int
    module_dots: int
    data: str

    @property
    def w(self) -> int:
        return qr.size(self.data) * self.module_dots

    @property
    def h(self) -> int:
        return self.w


@dataclass(frozen=True)
class Box:
    """A rectangle outline ``thickness`` dots wide; a rule is a box as high as it is thick."""

    x: int
    y: int
    w: int
    h: int
    thickness: int


@dataclass(frozen=True)
class Barcode128:
    """Code 128 bars from (x, y), quiet zones outside; ``human_readable`` asks the renderer
    for its own interpretation line (the layout prints the LPN as a TextBox instead)."""

    x: int
    y: int
    module_dots: int
    height_dots: int
    data: str
    human_readable: bool = False

    @property
    def modules(self) -> str:
        return code128.modules(self.data)

    @property
    def w(self) -> int:
        return len(self.modules) * self.module_dots

    @property
    def h(self) -> int:
        return self.height_dots


Element = TextBox | Band | Box | Barcode128 | Bitmap | QRCode


@dataclass(frozen=True)
class Layout:
    stock: Stock
    dpi: int
    width: int
    height: int
    elements: tuple[Element, ...]

    def __iter__(self) -> Iterator[Element]:
        return iter(self.elements)


def build_layout(data: LabelData, stock: str = "4x6", dpi: int = 203) -> Layout:
    """Place everything for ``data`` on ``stock`` at ``dpi``.

    Always keeps the destination, the LPN barcode and the LPN text; the other lines are added
    in order of importance while they fit. The LPN is a Code 128 symbol with bars of at least
    :data:`MIN_MODULE_DOTS`; where that does not fit across the stock (a 15-character plate on
    2×1 in at 203 dpi) it is a QR code beside the plate number instead. Raises BadInput for
    unknown stock or resolution, a malformed LPN, or a plate no symbol fits.
    """
    paper = STOCKS.get(stock)
    if paper is None:
        raise BadInput(
            _("Unknown label stock {stock!r}; known: {stocks}.").format(
                stock=stock, stocks=", ".join(STOCKS)
            )
        )
    if dpi not in DPIS:
        raise BadInput(
            _("Unsupported printer resolution {dpi} dpi; use 203, 300 or 600.").format(dpi=dpi)
        )
    if not lpn_is_valid(data.lpn):
        shown = (
            data.lpn if len(data.lpn) <= 24 else data.lpn[:20] + f"… ({len(data.lpn)} characters)"
        )
        raise BadInput(
            _(
                "{shown!r} is not one of the station's licence plates (LP, 12 letters or digits "
                "and a check character, e.g. {example_lpn}): a label prints only the station's "
                "own plates."
            ).format(shown=shown, example_lpn=EXAMPLE_LPN)
        )
    route = destination_text(data.route)
    if not route:
        raise BadInput(_("Label for {lpn} has no destination.").format(lpn=data.lpn))
    return _Builder(paper, dpi, _STYLES[paper.name]).build(data, route)


# The destinations the shipped rules name, in words of the station's language; a site's own
# destination reads as its rule file spells it.
ROUTE_WORDS = {
    "restock": N_("restock"),
    "repair": N_("repair"),
    "resale": N_("resale"),
    "recycle": N_("recycle"),
    "return-to-vendor": N_("return to vendor"),
    "return_to_vendor": N_("return to vendor"),
    "donate": N_("donate"),
    "quarantine": N_("quarantine"),
}


def route_words(route: str) -> str:
    """A route in the station's language (``return-to-vendor`` → "return to vendor")."""
    words = ROUTE_WORDS.get(route)
    return _(words) if words else route.replace("-", " ").replace("_", " ")


def destination_text(route: str) -> str:
    """The route as the label's band shows it, in the station's language: ``-`` and ``_`` read
    as spaces (``return_to_vendor`` → ``RETURN TO VENDOR``), one clean line in capitals; empty
    when nothing printable is left, which :func:`build_layout` refuses."""
    return text.clean(route_words(route)).upper()


class _Builder:
    def __init__(self, stock: Stock, dpi: int, style: _Style) -> None:
        self.stock, self.dpi, self.style = stock, dpi, style
        self.width, self.height = stock.width_dots(dpi), stock.height_dots(dpi)
        self.margin = self.dots(style.margin)
        self.inner = self.width - 2 * self.margin

    def dots(self, inches: float) -> int:
        return round(inches * self.dpi)

    def build(self, data: LabelData, route: str) -> Layout:
        elements: list[Element] = []
        y = self.margin
        elements += self.destination(route, y, mark=marks.mark_for(data.route))
        y += self.dots(self.style.band) + self.dots(self.style.gap)
        bars = self.barcode(data.lpn, y)
        if bars is None:
            return self.layout(elements + self.qr_plate(data.lpn, y))
        elements.append(bars)
        y += bars.height_dots + self.dots(self.style.gap) // 2
        lpn_font = self.dots(self.style.lpn)
        size, lpn = text.shrink_to_fit(data.lpn, self.inner, lpn_font, lpn_font // 2, True)
        elements.append(TextBox(self.margin, y, self.inner, size, lpn, size, True, align="center"))
        y += size + self.dots(self.style.gap)
        if self.style.plate_only:
            return self.layout(elements)
        rule = max(1, self.dots(0.01))
        bottom = self.height - self.margin
        units = [unit for unit in self.units(data) if unit]
        if units and y + rule + self.dots(self.style.gap) <= bottom:
            elements.append(Box(self.margin, y, self.inner, rule, rule))
            y += rule + self.dots(self.style.gap)
        for unit in units:
            height = max(e.y + e.h for e in unit)
            if y + height > bottom:
                break  # strictly by importance: a later, smaller unit must not jump the queue
            elements += [replace(e, y=e.y + y) for e in unit]
            y += height + self.dots(self.style.gap) // 2
        return self.layout(elements)

    def layout(self, elements: list[Element]) -> Layout:
        return Layout(self.stock, self.dpi, self.width, self.height, tuple(elements))

    def destination(self, route: str, y: int, *, mark: marks.RouteMark) -> list[Element]:
        """The inverse band: the route's pictogram at the left, its name (in the station's
        language) in the biggest type; the mark and colour are the route's own, whatever the
        language."""
        height = self.dots(self.style.band)
        pad = self.dots(0.06)
        elements: list[Element] = [Band(self.margin, y, self.inner, height, mark.colour)]
        left = self.margin + pad
        if mark.shape:
            side = height - 2 * max(2, height // 8)
            packed = marks.pictogram(mark.shape, side)
            top = y + (height - side) // 2
            elements.append(Bitmap(left, top, side, side, packed, reverse=True))
            left += side + pad
        room = self.margin + self.inner - pad - left
        largest = round(height * 0.8)
        size, word = text.shrink_to_fit(route, room, largest, largest // 3, True)
        # A long destination ("RETURN TO VENDOR") reads better as two big lines than one small.
        halves = _split_in_two(route)
        if halves and size < largest // 2:
            two = [
                text.shrink_to_fit(half, room, largest // 2, largest // 4, True) for half in halves
            ]
            line_size = min(fitted for fitted, _ in two)
            if line_size > size:
                return elements + [
                    _reverse_line(
                        text.fit(half, room, line_size, True),
                        left,
                        y + i * height // 2,
                        room,
                        height // 2,
                        line_size,
                    )
                    for i, half in enumerate(halves)
                ]
        return [*elements, _reverse_line(word, left, y, room, height, size)]

    def barcode(self, lpn: str, y: int) -> Barcode128 | None:
        """Code 128 bars at whole dots, or None when they would be thinner than 2 dots."""
        count = len(code128.modules(lpn))
        quiet = 2 * code128.QUIET_ZONE_MODULES
        preferred = round(_PREFERRED_MODULE_MM / MM_PER_INCH * self.dpi)
        # Bars stay inside the margins; the quiet zones may use the margins (they are blank).
        module = min(
            _MAX_MODULE_DOTS, preferred, self.inner // count, self.width // (count + quiet)
        )
        if module < MIN_MODULE_DOTS:
            return None
        return Barcode128(
            (self.width - count * module) // 2, y, module, self.dots(self.style.bar), lpn
        )

    def qr_plate(self, lpn: str, y: int) -> list[Element]:
        """A QR code at the left, the plate number in the biggest type beside it."""
        modules = qr.size(lpn) + 2 * qr.QUIET_ZONE_MODULES
        room = self.height - self.margin - y
        module = min(room // modules, self.inner // (2 * modules))
        if module < MIN_MODULE_DOTS:
            raise BadInput(
                _(
                    "Licence plate {lpn} is too long for a barcode on {name} labels at {dpi} "
                    "dpi: Code 128 would need bars under {min_module_dots} dots and a QR code "
                    "does not fit either."
                ).format(
                    lpn=lpn, name=self.stock.name, dpi=self.dpi, min_module_dots=MIN_MODULE_DOTS
                )
            )
        quiet = qr.QUIET_ZONE_MODULES * module
        code = QRCode(self.margin + quiet, y + quiet, module, lpn)
        left = code.x + code.w + quiet
        width = self.margin + self.inner - left
        largest = self.dots(self.style.lpn) * 2
        halves = (lpn[: (len(lpn) + 1) // 2], lpn[(len(lpn) + 1) // 2 :])
        size = min(text.shrink_to_fit(half, width, largest, 10, True)[0] for half in halves)
        pitch = round(size * 1.2)
        top = code.y + (code.h - 2 * pitch) // 2
        lines = [text.fit(half, width, size, True) for half in halves]
        return [
            code,
            *[
                TextBox(left, top + i * pitch, width, pitch, line, size, True, align="left")
                for i, line in enumerate(lines)
            ],
        ]

    def units(self, data: LabelData) -> list[list[Element]]:
        """Optional content, most important first, each at y=0; empty units are skipped."""
        body, wrap = self.dots(self.style.body), self.style.wrap
        when = data.time.astimezone().strftime("%Y-%m-%d %H:%M")
        bench, sku = text.clean(data.bench), text.clean(data.sku)
        parts = (bench and _("Bench {bench}").format(bench=bench), text.clean(data.operator), when)
        footer = " · ".join(part for part in parts if part)
        return [
            *(self.mark(mark) for mark in data.marks),
            # Where the item goes stands beside the grade (below, without one): on every stock
            # that has room for the grade, it costs no line of its own.
            self.grade(data)
            or self.lines(_labelled(_("Tote"), data.tote), round(body * 1.3), True, 1),
            self.lines(sku, body, True, 1)
            + self.lines(text.clean(data.description), body, False, wrap, offset=bool(sku)),
            self.lines(_labelled(_("Reason"), data.reason), body, False, wrap),
            self.lines(_labelled(_("Why"), data.why), body, False, wrap),
            self.lines(_labelled("RMA", data.rma), body, False, 1),
            self.lines(footer, body, False, 1),
        ]

    def mark(self, content: str) -> list[Element]:
        """A line that must not be missed, white on black across the label."""
        cleaned = text.clean(content)
        if not cleaned:
            return []
        font = round(self.dots(self.style.body) * 1.2)
        pitch = round(font * 1.3)
        # Smaller type before an ellipsis: the whole mark matters more than its size.
        font, line = text.shrink_to_fit(
            cleaned, self.inner - self.dots(0.08), font, font * 2 // 3, True
        )
        return [
            Band(self.margin, 0, self.inner, pitch),
            TextBox(
                self.margin, 0, self.inner, pitch, line, font, True, reverse=True, align="center"
            ),
        ]

    def grade(self, data: LabelData) -> list[Element]:
        grade = text.clean(data.grade)
        if not grade:
            return []
        size = self.dots(self.style.grade)
        side = round(size * 1.15)
        border = max(2, side // 14)
        room = side - 4 * border
        letter_size, letter = text.shrink_to_fit(grade, room, size, size // 2, True)
        name_font = round(self.dots(self.style.body) * 1.25)
        name_x = self.margin + side + self.dots(0.1)
        name_w = self.width - self.margin - name_x
        tote = _labelled(_("Tote"), data.tote)
        elements: list[Element] = [
            Box(self.margin, 0, side, side, border),
            TextBox(self.margin, 0, side, side, letter, letter_size, True, align="center"),
        ]
        if not tote:
            name = text.fit(text.clean(data.grade_name), name_w, name_font, True)
            return [*elements, TextBox(name_x, 0, name_w, side, name, name_font, True)]
        # Two lines beside the grade: its name, and the tote in the larger type.
        half = side // 2
        small = min(name_font, round(half * 0.8))
        name = text.fit(text.clean(data.grade_name), name_w, small, False)
        size, where = text.shrink_to_fit(
            tote, name_w, min(round(half * 0.9), name_font), small // 2, True
        )
        return [
            *elements,
            TextBox(name_x, 0, name_w, half, name, small),
            TextBox(name_x, half, name_w, side - half, where, size, True),
        ]

    def lines(
        self, content: str, font: int, bold: bool, max_lines: int, offset: bool = False
    ) -> list[Element]:
        if not content:
            return []
        pitch = round(font * 1.25)
        top = pitch if offset else 0
        wrapped = text.wrap(content, self.inner, font, bold, max_lines)
        return [
            TextBox(self.margin, top + i * pitch, self.inner, pitch, line, font, bold)
            for i, line in enumerate(wrapped)
        ]


def _reverse_line(line: str, x: int, y: int, w: int, h: int, size: int) -> TextBox:
    return TextBox(x, y, w, h, line, size, bold=True, reverse=True, align="center")


def _labelled(label: str, value: str | None) -> str:
    cleaned = text.clean(value)
    return f"{label}: {cleaned}" if cleaned else ""


def _split_in_two(words: str) -> tuple[str, str] | None:
    """The split at the space nearest the middle, or None for a single word."""
    spaces = [i for i, char in enumerate(words) if char == " "]
    if not spaces:
        return None
    middle = min(spaces, key=lambda i: abs(len(words) - 2 * i))
    return words[:middle], words[middle + 1 :]
