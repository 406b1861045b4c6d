"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR) and product codes, read with biip.

A GS1 code carries several fields, each behind its application identifier (AI): ``(00)`` SSCC
(a shipping container, i.e. the parcel), ``(01)`` GTIN (the product), ``(21)`` serial,
``(10)`` batch, ``(17)`` expiry. Variable-length fields end with the GS character (ASCII 29),
which is why the scanner input keeps it. biip does the parsing; this module picks out what the
station looks up and turns biip's errors into one :class:`~inspect_station.app.errors.BadInput`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from biip import ParseError
from biip.gs1_messages import GS1Message

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.identify.identifiers import GS, gtin_is_valid

# Unflagged digits are read as GS1 only when they cannot be much else: a GS inside, or
# (00) + an 18-digit SSCC, or (01) + a GTIN-14, alone or followed by more fields.
_UNFLAGGED = re.compile(r"00\d{18}|01\d{14}(\d{2}.+)?")


@dataclass(frozen=True)
class Element:
    ai: str
    title: str  # biip's data title, e.g. "SERIAL"
    value: str


@dataclass(frozen=True)
class GS1Data:
    elements: tuple[Element, ...]
    hri: str  # human readable form, e.g. "(01)04006381333931(21)SER42"
    sscc: str | None = None
    gtin: str | None = None  # 14 digits, as AI (01) holds it
    serial: str | None = None
    batch: str | None = None
    expiry: date | None = None

    def as_dict(self) -> dict[str, str]:
        """The AIs as ``{"01": "04006381333931", …}`` (for JSON output)."""
        return {element.ai: element.value for element in self.elements}


def looks_like_gs1(text: str, *, flagged: bool) -> bool:
    """Whether ``text`` should be read as a GS1 element string at all."""
    if flagged or text.startswith("("):
        return True
    return GS in text or bool(_UNFLAGGED.fullmatch(text))


def parse_gs1(text: str) -> GS1Data:
    """Parse a GS1 element string (raw with GS separators, or HRI with parentheses).

    Raises BadInput with biip's reason (e.g. "Failed to get GS1 Application Identifier from
    'zzz'.") when it is not one, or when a GTIN or SSCC inside has a wrong check digit.
    """
    try:
        message = GS1Message.parse_hri(text) if text.startswith("(") else GS1Message.parse(text)
    except (ParseError, ValueError) as error:
        raise BadInput(str(error)) from None
    elements: list[Element] = []
    found: dict[str, str] = {}
    expiry: date | None = None
    for es in message.element_strings:
        if es.gtin_error or es.sscc_error:
            what = "GTIN" if es.gtin_error else "SSCC"
            raise BadInput(
                _("The {what} in this GS1 code ({ai}){value} has a wrong check digit.").format(
                    what=what, ai=es.ai.ai, value=es.value
                )
            )
        elements.append(Element(es.ai.ai, es.ai.data_title, es.value))
        found.setdefault(es.ai.ai, es.value)
        if es.ai.ai == "17" and es.date is not None:
            expiry = es.date
    return GS1Data(
        elements=tuple(elements),
        hri=message.as_hri(),
        sscc=found.get("00"),
        gtin=found.get("01"),
        serial=found.get("21"),
        batch=found.get("10"),
        expiry=expiry,
    )


def gtin_forms(code: str) -> tuple[str, ...]:
    """Every length a manifest may have written one GTIN in: 14, 13, 12 and 8 digits.

    ``04006381333931`` (GTIN-14 from AI 01) is the EAN-13 ``4006381333931``; ``0036000291452``
    (a UPC-A read as EAN-13) is the UPC-A ``036000291452``. Only leading zeros are dropped.
    """
    if not (code.isdigit() and len(code) <= 14 and gtin_is_valid(code.zfill(14))):
        return (code,)
    full = code.zfill(14)
    forms = [full]
    for length in (13, 12, 8):
        cut = 14 - length
        if full[:cut] == "0" * cut:
            forms.append(full[cut:])
    return tuple(forms)
