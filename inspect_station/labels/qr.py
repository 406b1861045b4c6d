"""QR codes for the licence plate where Code 128 bars would be too fine to print.

The PDF draws segno's modules; ZPL asks the printer for its own ``^BQ`` with the same error
correction (M) and automatic mode, which gives the same version and so the same size.
"""

from __future__ import annotations

from functools import lru_cache

import segno

QUIET_ZONE_MODULES = 4
ERROR_CORRECTION = "M"


@lru_cache(maxsize=256)
def matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """Rows of dark (True) and light modules, quiet zone excluded."""
    code = segno.make_qr(data, error=ERROR_CORRECTION.lower(), boost_error=False)
    return tuple(tuple(bool(cell) for cell in row) for row in code.matrix)


def size(data: str) -> int:
    """Modules across (and down)."""
    return len(matrix(data))
