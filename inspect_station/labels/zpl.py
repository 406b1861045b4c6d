"""ZPL II labels for Zebra-compatible thermal printers.

One ``^XA … ^XZ`` format per label; copies go through ``^PQ`` so the printer images the label
once. Every field is sent with ``^FH`` and the text is escaped by :func:`escape_field`, so no
customer-supplied text (a return reason, a description) can smuggle in a ``^`` or ``~``
command. The output is plain ASCII: anything else travels as ``_XX`` UTF-8 escapes, which
``^CI28`` tells the printer to reassemble.
"""

from __future__ import annotations

import unicodedata

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.labels import code128, qr
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


def render_zpl(data: LabelData, stock: str = "4x6", dpi: int = 203, copies: int = 1) -> str:
    """The label as one ZPL format. Raises BadInput for copies outside 1..99 and as
    :func:`build_layout` does."""
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise BadInput(
            _("Copies must be between 1 and {max_copies}, not {copies!r}.").format(
                max_copies=MAX_COPIES, copies=copies
            )
        )
    return layout_to_zpl(build_layout(data, stock, dpi), copies)


def layout_to_zpl(layout: Layout, copies: int = 1) -> str:
    commands = [
        "^XA",
        "^CI28",  # UTF-8, also for the bytes ^FH escapes stand for
        f"^PW{layout.width}",
        f"^LL{layout.height}",
        "^LH0,0",
    ]
    commands += (_command(element) for element in layout)
    # No pause between copies (0,1,Y): the operator peels them off as they come.
    commands += [f"^PQ{copies},0,1,Y", "^XZ"]
    return "\n".join(command for command in commands if command) + "\n"


def _command(element: Element) -> str:
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
    return _text(element)


def _bitmap(picture: Bitmap) -> str:
    total = len(picture.packed)
    row = total // picture.h
    # ^FR on a graphic field: its set dots reverse what is below (white on the black band).
    reverse = "^FR" if picture.reverse else ""
    return (
        f"^FO{picture.x},{picture.y}{reverse}"
        f"^GFA,{total},{total},{row},{picture.packed.hex().upper()}^FS"
    )


def _qr(code: QRCode) -> str:
    # Model 2, the module size in dots; "MA,": error correction M (as the PDF's), automatic
    # mode. The plate is letters and digits only, so nothing in it needs escaping.
    return f"^FO{code.x},{code.y}^BQN,2,{code.module_dots}^FD{qr.ERROR_CORRECTION}A,{code.data}^FS"


def _text(box: TextBox) -> str:
    if not box.text:
        return ""
    font = max(_MIN_FONT, box.font_dots)
    top = box.y + max(0, (box.h - font) // 2)
    reverse = "^FR" if box.reverse else ""
    # ^FB with one line clips to the box and justifies; the text already fits, font 0 being
    # narrower than the fonts the layout measured with. Font 0 is bold only, so `bold` has no
    # counterpart here.
    return (
        f"^FO{box.x},{top}^A0N,{font},{font}^FB{box.w},1,0,{_JUSTIFY[box.align]},0"
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
