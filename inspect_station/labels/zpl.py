"""ZPL II labels for Zebra-compatible thermal printers.

One ``^XA … ^XZ`` format per label; copies go through ``^PQ`` so the printer images the label
once. Every field is sent with ``^FH`` and the text is escaped by :func:`escape_field`, so no
customer-supplied text (a return reason, a description) can smuggle in a ``^`` or ``~``
command. The output is plain ASCII: anything else travels as ``_XX`` UTF-8 escapes, which
``^CI28`` tells the printer to reassemble.

Text in other scripts. The printer's resident font 0 prints Latin script (Windows-1252 is what
the layout counts on); Chinese, Japanese, Korean and emoji are not in it. By default such a line
is drawn by the station in the PDF's own fonts at the printer's resolution and sent as a ``^GF``
graphic (``glyphs.py``): it prints the same on every printer, and looks like the preview. A
printer that has a font for them (a TrueType font stored on it, e.g. Zebra's Andale Asian fonts
on ``E:``) can print such lines as text instead: name it as the printer's ``font``
(``font = "E:ANMDJ.TTF"``), and the line is sent as ``^A@N,h,w,E:ANMDJ.TTF`` with its UTF-8
text. Emoji are rarely in a printer's font; those lines then print the font's missing-glyph box.
"""

from __future__ import annotations

import re
import unicodedata

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.labels import code128, glyphs, qr
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

MAX_COPIES = 99
# Scalable font 0 refuses heights under 10 dots.
_MIN_FONT = 10
_JUSTIFY = {"left": "L", "center": "C", "right": "R"}
# Invocation codes of ^BC: start codes for the first run, code switches for the others.
_START = {"A": ">9", "B": ">:", "C": ">;"}
_SWITCH = {"A": ">7", "B": ">6", "C": ">5"}
_REPEATS = re.compile(r"([0-9A-F])\1*")
_FONT_NAME = re.compile(r"[REBA]:[A-Z0-9_]{1,8}\.(TTF|FNT)")


def escape_field(text: str) -> str:
    """``text`` made safe for ``^FH^FD…^FS`` inside a ``^FB`` block.

    ``^``, ``~``, ``_`` and every non-ASCII character become ``_XX`` escapes of their UTF-8
    bytes. A backslash is doubled because ``^FB`` reads ``\\&`` as a line break and ``\\\\``
    as one backslash. Control characters (C0, DEL, C1) and lone surrogates are dropped: a CR
    or LF in field data would end up on the label as a line break or garbage. The layout has
    already turned line breaks and tabs into spaces.
    """
    out: list[str] = []
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cs"):
            continue
        if char == "\\":
            out.append("\\\\")
        elif char in "^~_" or ord(char) > 0x7E:
            out.append("".join(f"_{byte:02X}" for byte in char.encode("utf-8")))
        else:
            out.append(char)
    return "".join(out)


def render_zpl(
    data: LabelData, stock: str = "4x6", dpi: int = 203, copies: int = 1, *, font: str = ""
) -> str:
    """The label as one ZPL format; ``font``: the printer's own font for text in other
    scripts (see the module's docstring), "" to send such text as graphics. Raises BadInput
    for copies outside 1..99, a malformed font name, and as :func:`build_layout` does."""
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise BadInput(
            _("Copies must be between 1 and {max_copies}, not {copies!r}.").format(
                max_copies=MAX_COPIES, copies=copies
            )
        )
    check_font(font)
    return layout_to_zpl(build_layout(data, stock, dpi), copies, font=font)


def check_font(font: str) -> None:
    """A printer font as ``^A@`` names it: a drive, a colon, up to 8 characters and .TTF/.FNT."""
    if font and not _FONT_NAME.fullmatch(font):
        raise BadInput(
            _(
                "Printer font {font!r} is not a printer file name such as E:ANMDJ.TTF (drive R:, "
                "E:, B: or A:, up to 8 letters or digits, .TTF or .FNT)."
            ).format(font=font)
        )


def layout_to_zpl(layout: Layout, copies: int = 1, *, font: str = "") -> str:
    commands = [
        "^XA",
        "^CI28",  # UTF-8, also for the bytes ^FH escapes stand for
        f"^PW{layout.width}",
        f"^LL{layout.height}",
        "^LH0,0",
    ]
    commands += (_command(element, font) for element in layout)
    # No pause between copies (0,1,Y): the operator peels them off as they come.
    commands += [f"^PQ{copies},0,1,Y", "^XZ"]
    return "\n".join(command for command in commands if command) + "\n"


def _command(element: Element, font: str) -> str:
    if isinstance(element, Band):
        thickness = min(element.w, element.h)  # as thick as the box is small: filled
        return f"^FO{element.x},{element.y}^GB{element.w},{element.h},{thickness}^FS"
    if isinstance(element, Box):
        t = element.thickness
        return f"^FO{element.x},{element.y}^GB{element.w},{element.h},{t}^FS"
    if isinstance(element, Barcode128):
        return _barcode(element)
    if isinstance(element, Bitmap):
        return _bitmap(element)
    if isinstance(element, QRCode):
        return _qr(element)
    if glyphs.drawable(element):
        return _text(element, font) if font else _bitmap(glyphs.text_bitmap(element))
    return _text(element, "")


def _bitmap(picture: Bitmap) -> str:
    total = len(picture.packed)
    row = total // picture.h
    # ^FR on a graphic field: its set dots reverse what is below (white on the black band).
    reverse = "^FR" if picture.reverse else ""
    return (
        f"^FO{picture.x},{picture.y}{reverse}"
        f"^GFA,{total},{total},{row},{compress(picture.packed, row)}^FS"
    )


def compress(packed: bytes, row: int) -> str:
    """``^GF`` ASCII hex data in ZPL's own compression: a run of one hex digit as a count
    (G–Y: 1–19, g–z: 20–400) before it, "," for a row that is zeros to its end, ":" for a row
    equal to the one before. A line of text is mostly blank: this makes it a tenth as long."""
    out: list[str] = []
    previous = None
    for start in range(0, len(packed), row):
        line = packed[start : start + row].hex().upper()
        if line == previous:
            out.append(":")
            continue
        previous = line
        kept = line.rstrip("0")
        out.append(_runs(kept) + ("," if len(kept) < len(line) else ""))
    return "".join(out)


def _runs(digits: str) -> str:
    return _REPEATS.sub(_count, digits)


def _count(match: re.Match[str]) -> str:
    count = len(match[0])
    if count == 1:
        return match[0]
    letters = []
    while count >= 20:
        step = min(count // 20, 20)
        letters.append(chr(ord("g") + step - 1))
        count -= step * 20
    if count:
        letters.append(chr(ord("G") + count - 1))
    return "".join(letters) + match[1]


def _qr(code: QRCode) -> str:
    # Model 2, the module size in dots; "MA,": error correction M (as the PDF's), automatic
    # mode. The plate is letters and digits only, so nothing in it needs escaping.
    return f"^FO{code.x},{code.y}^BQN,2,{code.module_dots}^FD{qr.ERROR_CORRECTION}A,{code.data}^FS"


def _text(box: TextBox, printer_font: str) -> str:
    if not box.text:
        return ""
    size = max(_MIN_FONT, box.font_dots)
    top = box.y + max(0, (box.h - size) // 2)
    reverse = "^FR" if box.reverse else ""
    # ^FB with one line clips to the box and justifies; the text already fits, font 0 being
    # narrower than the fonts the layout measured with. Font 0 is bold only, so `bold` has no
    # counterpart here.
    chosen = f"^A@N,{size},{size},{printer_font}" if printer_font else f"^A0N,{size},{size}"
    return (
        f"^FO{box.x},{top}{chosen}^FB{box.w},1,0,{_JUSTIFY[box.align]},0"
        f"{reverse}^FH^FD{escape_field(box.text)}^FS"
    )


def _barcode(bars: Barcode128) -> str:
    # The printer could pick code sets itself (mode A), but then its symbol might be wider or
    # narrower than the one measured for the layout and drawn in the PDF. Replaying
    # python-barcode's start code and switches keeps both symbols identical, module for module.
    data = "".join(
        (_SWITCH if index else _START)[code_set] + escape_field(part)
        for index, (code_set, part) in enumerate(code128.runs(bars.data))
    )
    line = "Y" if bars.human_readable else "N"
    return (
        f"^FO{bars.x},{bars.y}^BY{bars.module_dots}"
        f"^BCN,{bars.height_dots},{line},N,N,N^FH^FD{data}^FS"
    )
