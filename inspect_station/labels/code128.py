"""Code 128 symbols for the licence plate, shared by the PDF and ZPL renderers.

The bars come from python-barcode. The ZPL renderer does not let the printer choose its own
code sets: it replays the exact start/switch sequence python-barcode chose, so the printed
symbol has the same number of modules as the one the layout measured and the PDF shows.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from barcode.charsets import code128 as charset
from barcode.codex import Code128

CodeSet = Literal["A", "B", "C"]

QUIET_ZONE_MODULES = 10
"""White space each side of the bars, in modules (ISO/IEC 15417 asks for at least 10)."""

_START: dict[int, CodeSet] = {103: "A", 104: "B", 105: "C"}
_SWITCH: dict[CodeSet, dict[int, CodeSet]] = {
    "A": {99: "C", 100: "B"},
    "B": {99: "C", 101: "A"},
    "C": {100: "B", 101: "A"},
}


class _FixedCode128(Code128):  # type: ignore[misc]
    """python-barcode's Code 128 without its leading-"99" bug.

    Upstream (0.16) always starts in code set C and then folds "start C + switch" into a
    different start code. It also folds the *data* value 99 (the digit pair "99") as if it were
    a switch, so "99123456" silently encodes as "123456". Only real switches (to B or A) may be
    folded.
    """

    def _try_to_optimize(self, encoded: list[int]) -> list[int]:
        if len(encoded) > 1 and encoded[1] in (charset.C["TO_B"], charset.C["TO_A"]):
            encoded[:2] = [charset.TO[encoded[1]]]
        return encoded


@lru_cache(maxsize=256)
def modules(data: str) -> str:
    """The symbol as a string of '1' (bar) and '0' (space) modules, quiet zones excluded."""
    runs(data)  # refuses data the encoder would garble before any bar is drawn
    # A fresh instance each time: python-barcode keeps the current code set on the object.
    pattern: str = _FixedCode128(data).build()[0]
    return pattern


@lru_cache(maxsize=256)
def runs(data: str) -> tuple[tuple[CodeSet, str], ...]:
    """The code sets python-barcode chose, as (code set, text) runs in order.

    Raises ValueError when the symbols do not spell ``data`` back, which would mean the encoder
    changed behaviour; printing a barcode that scans as something else is worse than failing.
    """
    symbols: list[int] = _FixedCode128(data).encoded
    current: CodeSet = _START[symbols[0]]
    result: list[tuple[CodeSet, str]] = []
    text: list[str] = []
    for value in symbols[1:]:
        switch = _SWITCH[current].get(value)
        if switch is not None:
            result.append((current, "".join(text)))
            current, text = switch, []
        else:
            text.append(_character(current, value))
    result.append((current, "".join(text)))
    if "".join(part for _, part in result) != data:
        raise ValueError(f"Code 128 encoding of {data!r} does not read back")
    # Empty runs stay: each stands for a symbol in the PDF bars that ZPL must repeat.
    return tuple(result)


def _character(code_set: CodeSet, value: int) -> str:
    if code_set == "C" and value < 100:
        return f"{value:02d}"
    if code_set == "B" and value < 96:
        return chr(value + 32)
    if code_set == "A" and value < 96:
        return chr(value + 32) if value < 64 else chr(value - 64)
    raise ValueError(f"Code 128 value {value} is not a character in code set {code_set}")
