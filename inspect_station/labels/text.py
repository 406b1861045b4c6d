"""Text clean-up, fonts and measurement for labels.

The layout measures every line with the fonts the PDF will draw it in (one per run of text:
:mod:`inspect_station.labels.fonts`), and truncates so nothing overflows its box. The printer's
ZPL font 0 (CG Triumvirate Bold Condensed) is narrower than Helvetica at the same height, so a
line that fits in the PDF also fits on the printer; a line in other scripts goes to the printer
drawn in the PDF's own fonts (``zpl.py``).
"""

from __future__ import annotations

import unicodedata

from inspect_station.labels import fonts

ELLIPSIS = "…"

# Symbols the rules like to use that a thermal printer's resident font does not have (a Zebra
# prints an empty box for them): both renderers print the same spelled-out form.
_SPELLED_OUT = str.maketrans(
    {"≥": ">=", "≤": "<=", "→": "->", "←": "<-", "⇒": "=>", "≠": "!=", "−": "-"}
)


def clean(text: str | None) -> str:
    """One line of printable text: whitespace runs become one space, control characters go,
    symbols printers' fonts lack are spelled out."""
    if not text:
        return ""
    kept = (c for c in text if unicodedata.category(c) not in ("Cc", "Cs") or c.isspace())
    return " ".join("".join(kept).translate(_SPELLED_OUT).split())


def width(text: str, font_dots: int, bold: bool) -> float:
    """Width of ``text`` in dots when its em is ``font_dots`` high, in the fonts it is drawn in
    (:mod:`inspect_station.labels.fonts`)."""
    return fonts.width(text, font_dots, bold)


def _longest_prefix(text: str, max_width: int, font_dots: int, bold: bool, suffix: str) -> int:
    """Length of the longest prefix that fits ``max_width`` once ``suffix`` is appended."""
    low, high = 0, len(text)  # invariant: text[:low] + suffix fits, or low == 0
    while low < high:
        middle = (low + high + 1) // 2
        if width(text[:middle].rstrip() + suffix, font_dots, bold) <= max_width:
            low = middle
        else:
            high = middle - 1
    # The fonts can switch with the prefix (cp1252 or not), so widths are not strictly monotonic.
    while low > 0 and width(text[:low].rstrip() + suffix, font_dots, bold) > max_width:
        low -= 1
    return low


def fit(text: str, max_width: int, font_dots: int, bold: bool) -> str:
    """``text``, or its longest prefix plus an ellipsis that fits ``max_width``."""
    if width(text, font_dots, bold) <= max_width:
        return text
    kept = _longest_prefix(text, max_width, font_dots, bold, ELLIPSIS)
    candidate = text[:kept].rstrip() + ELLIPSIS
    return candidate if width(candidate, font_dots, bold) <= max_width else ""


def wrap(text: str, max_width: int, font_dots: int, bold: bool, max_lines: int) -> list[str]:
    """Word wrap into at most ``max_lines``; the last line is truncated if need be.

    A word wider than a whole line is split where the line is full rather than pushed to the
    next line, so "Reason: <very long part number>" does not waste a line on "Reason:".
    """
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines - 1:
        if width(rest, font_dots, bold) <= max_width:
            break
        cut = _longest_prefix(rest, max_width, font_dots, bold, "")
        space = rest.rfind(" ", 0, cut + 1)
        if space > 0 and width(rest[space + 1 :].split(" ")[0], font_dots, bold) <= max_width:
            cut = space
        if cut == 0:
            break
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        lines.append(fit(rest, max_width, font_dots, bold))
    return [line for line in lines if line]


def shrink_to_fit(
    text: str, max_width: int, largest: int, smallest: int, bold: bool
) -> tuple[int, str]:
    """The biggest font size in ``smallest..largest`` at which ``text`` fits on one line.

    Below ``smallest`` the text is truncated instead, so it never overflows.
    """
    size = largest
    while size > smallest and width(text, size, bold) > max_width:
        size = max(smallest, int(size * max_width / width(text, size, bold)))
    return size, fit(text, max_width, size, bold)
