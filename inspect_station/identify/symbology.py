"""AIM symbology identifiers: the three characters a scanner may send before the code.

Scanners set up to transmit them prefix each code with ``]`` + a code character + a modifier
(ISO/IEC 15424): ``]C1`` is GS1-128, ``]d2`` GS1 DataMatrix, ``]E0`` EAN-13/UPC-A, ``]Q3`` GS1
QR Code. The prefix tells the station which symbology was read and whether the data is a GS1
element string, so ``0104006381333931`` from a GS1-128 is parsed by its AIs and never mistaken
for a tracking number. biip knows the table; this module only names the result.
"""

from __future__ import annotations

from dataclasses import dataclass

from biip import ParseError
from biip.symbology import GS1Symbology, ISOSymbology, SymbologyIdentifier

# Names people at a returns dock use; biip's enum names otherwise ("CODE_128" → "Code 128").
_GS1_NAMES = {
    GS1Symbology.EAN_13: "EAN-13/UPC-A",
    GS1Symbology.EAN_13_WITH_ADD_ON: "EAN-13 with add-on",
    GS1Symbology.EAN_8: "EAN-8",
    GS1Symbology.ITF_14: "ITF-14",
    GS1Symbology.GS1_128: "GS1-128",
    GS1Symbology.GS1_DATABAR: "GS1 DataBar",
    GS1Symbology.GS1_DATAMATRIX: "GS1 DataMatrix",
    GS1Symbology.GS1_QR_CODE: "GS1 QR Code",
    GS1Symbology.GS1_DOTCODE: "GS1 DotCode",
}
_GS1_MESSAGES = GS1Symbology.with_gs1_messages()


@dataclass(frozen=True)
class Symbology:
    identifier: str  # e.g. "]C1"
    name: str  # e.g. "GS1-128"
    gs1: bool  # the data is a GS1 element string (AIs, FNC1 as the GS character)


def split_symbology(text: str) -> tuple[Symbology | None, str]:
    """Split a leading AIM identifier off ``text``; without one, ``(None, text)``."""
    if not text.startswith("]") or len(text) < 3:
        return None, text
    try:
        found = SymbologyIdentifier.extract(text)
    except (ParseError, ValueError, IndexError):
        return None, text
    gs1 = found.gs1_symbology
    name = _GS1_NAMES.get(gs1) if gs1 is not None else None
    if name is None:
        name = _iso_name(found.iso_symbology)
    symbology = Symbology(found.value, name, gs1 in _GS1_MESSAGES)
    return symbology, text[len(found.value) :]


def _iso_name(symbology: ISOSymbology) -> str:
    words = symbology.name.replace("_", " ").title()
    return words.replace("Qr ", "QR ").replace("Pdf", "PDF").replace("Ean Upc", "EAN/UPC")
