"""The destination's mark: a pictogram that tells the totes apart before anyone reads a word.

Each route has its own silhouette (a thermal printer has one colour, so the shape carries the
meaning) and a dark colour for printers that have colour. Pictograms are 1-bit bitmaps made
for the exact size in dots, so the PDF and the ZPL (``^GF``) draw the same dots.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

Bits = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class RouteMark:
    shape: str
    colour: str  # dark enough for white type on it


# Shapes chosen to differ in outline, not detail: they must read at arm's length, at 2×1 in.
MARKS: dict[str, RouteMark] = {
    "restock": RouteMark("circle", "#1b7f3b"),
    "resale": RouteMark("square", "#1f5fbf"),
    "repair": RouteMark("triangle", "#b35c00"),
    "recycle": RouteMark("diamond", "#6b3fa0"),
    "quarantine": RouteMark("cross", "#b3261e"),
    "return-to-vendor": RouteMark("arrow", "#00695c"),
    "donate": RouteMark("plus", "#5d4037"),
}
_NO_MARK = RouteMark("", "#000000")


def mark_for(route: str) -> RouteMark:
    """The mark of ``route`` (case and spaces ignored); unknown routes get the band alone."""
    key = "-".join(route.lower().split())
    return MARKS.get(key, _NO_MARK)


@lru_cache(maxsize=64)
def pictogram(shape: str, size: int) -> bytes:
    """``shape`` as ``size`` rows of ``ceil(size / 8)`` bytes, most significant bit first."""
    bits = _draw(shape, size)
    return np.packbits(bits, axis=1).tobytes()


def unpack(packed: bytes, width: int, height: int) -> Bits:
    rows = np.frombuffer(packed, dtype=np.uint8).reshape(height, -1)
    return np.unpackbits(rows, axis=1)[:, :width].astype(bool)


def _draw(shape: str, size: int) -> Bits:
    # Pixel centres in -1..1, so every shape scales to any dot count the same way.
    c = (np.arange(size) + 0.5) / size * 2 - 1
    x, y = np.meshgrid(c, c)
    stroke = max(0.16, 2.5 / size)
    match shape:
        case "circle":
            return np.asarray(x**2 + y**2 <= 0.92**2)
        case "square":
            return np.asarray((abs(x) <= 0.8) & (abs(y) <= 0.8))
        case "triangle":
            # Point up, base at the bottom: inside all three edges.
            return np.asarray((y <= 0.8) & (y >= -0.9 + 1.9 * abs(x) / 0.95))
        case "diamond":
            return np.asarray(abs(x) + abs(y) <= 0.95)
        case "cross":
            return np.asarray((abs(x - y) <= stroke * 1.4) | (abs(x + y) <= stroke * 1.4)) & (
                np.maximum(abs(x), abs(y)) <= 0.85
            )
        case "plus":
            return np.asarray(
                ((abs(x) <= stroke * 1.2) | (abs(y) <= stroke * 1.2))
                & (np.maximum(abs(x), abs(y)) <= 0.85)
            )
        case "arrow":
            head = (x <= -0.05) & (x >= -0.9 + abs(y) * 0.95) & (abs(y) <= 0.9)
            shaft = (x > -0.1) & (x <= 0.9) & (abs(y) <= 0.32)
            return np.asarray(head | shaft)
    raise ValueError(f"unknown pictogram {shape!r}")
