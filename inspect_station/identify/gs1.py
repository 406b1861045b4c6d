"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR) and product codes, read with biip.

A GS1 code carries several fields, each behind its application identifier (AI): ``(00)`` SSCC
(a shipping container, i.e. the parcel), ``(01)`` GTIN (the product), ``(21)`` serial,
``(10)`` batch, ``(17)`` expiry. Variable-length fields end with the GS character (ASCII 29),
which is why the scanner input keeps it. biip does the parsing; this module picks out what the
station looks up and turns biip's errors into one :class:`~inspect_station.app.errors.BadInput`.

Carrier labels route parcels with GS1 too: ``(420)`` + the destination's postal code within one
postal authority (USPS: the ZIP, ZIP+4 or ZIP+4+delivery point), or ``(421)`` + the ISO 3166
numeric country code + the postal code, followed (after a GS) by the parcel's own number, e.g.
USPS's IMpb ``(420)10001(94)00111201080805483016``. :func:`routing` splits a scan into the
destination and the parcel number, in each form scanners and people produce: with the GS, with
the brackets, and without either where only the number's shape tells where the postal code ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from biip import ParseError
from biip.gs1_messages import GS1Message
from iso3166 import countries_by_numeric

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.identify.identifiers import GS, gtin_check_digit, gtin_is_valid

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


class WrongGS1Check(BadInput):
    """A GTIN or SSCC inside a GS1 code whose check digit does not hold."""

    def __init__(self, what: str, ai: str, value: str) -> None:
        self.what, self.ai, self.value = what, ai, value
        self.expected = str(gtin_check_digit(value[:-1]))
        super().__init__(
            _(
                "The {what} in this GS1 code ({ai}){value} has a wrong check digit (it should be "
                "{expected})."
            ).format(what=what, ai=ai, value=value, expected=self.expected)
        )


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
            raise WrongGS1Check("GTIN" if es.gtin_error else "SSCC", es.ai.ai, es.value)
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


# USPS Publication 199: the ZIP in (420) is 5 digits, ZIP+4 (9) or ZIP+4 + delivery point (11).
ZIP_LENGTHS = (5, 9, 11)
_POSTAL = re.compile(r"[0-9A-Z-]{1,9}")  # (421): up to 9 characters, as postcodes are written


@dataclass(frozen=True)
class ShipTo:
    """The destination a carrier's GS1 routing code names."""

    ai: str  # "420": postal code within one postal authority; "421": with an ISO country code
    postal_code: str
    country: str | None = None  # ISO 3166 alpha-2 (AI 421 only), e.g. "DE"

    def describe(self) -> str:
        code = self.postal_code
        if self.country is not None:
            return _("ship to {country} {code} ({ai})").format(
                country=self.country, code=code, ai=self.ai
            )
        if code.isdigit() and len(code) in ZIP_LENGTHS:  # a US ZIP, as it is written
            zip_code = "-".join(filter(None, (code[:5], code[5:9], code[9:])))
            return _("ship to ZIP {zip_code} ({ai})").format(zip_code=zip_code, ai=self.ai)
        return _("ship to postal code {code} ({ai})").format(code=code, ai=self.ai)

    def as_dict(self) -> dict[str, str | None]:
        return {"ai": self.ai, "postal_code": self.postal_code, "country": self.country}


@dataclass(frozen=True)
class Routed:
    """A scan split at its routing code: each way it may split into the destination and the
    parcel's own code after it. One split where a GS or brackets end the postal code
    (``delimited``); several where only its length can tell (for 420, a ZIP of 5, 9 or 11
    digits); a parcel code of "" for a barcode that holds only the routing code."""

    splits: tuple[tuple[ShipTo, str], ...]
    delimited: bool


def routing(text: str, *, flagged: bool) -> Routed | None:
    """``text`` (without symbology identifier) split at a leading (420) or (421), or None when
    it does not start with one. ``flagged``: the scanner said GS1, so a 420 or 421 at the start
    is an AI and not, say, the first digits of a German EAN-13. Raises BadInput for a routing
    code that is certainly one (brackets, GS or GS1 symbology) but malformed, e.g. a (421)
    whose country code is not an ISO 3166 country."""
    if text.startswith(("(420)", "(421)")):
        return _bracketed(text.replace(" ", ""))
    if not text.startswith(("420", "421")):
        return None
    if GS in text:
        head, rest = text.split(GS, 1)
        return Routed(((_ship_to(head[:3], head[3:]), rest),), delimited=True)
    if text[:3] == "420":
        cuts = [3 + length for length in ZIP_LENGTHS]
    else:
        cuts = [6 + length for length in range(1, 10)]
    splits: list[tuple[ShipTo, str]] = []
    for cut in (c for c in cuts if c <= len(text)):
        try:
            ship_to = _ship_to(text[:3], text[3:cut])
        except BadInput:
            if flagged:
                raise
            return None  # 421 and an unknown country: not a routing code, read it otherwise
        if cut == len(text) and flagged:
            return Routed(((ship_to, ""),), delimited=True)  # only the routing code
        splits.append((ship_to, text[cut:]))  # "": perhaps only the routing code
    return Routed(tuple(splits), delimited=False) if splits else None


def _bracketed(text: str) -> Routed:
    try:
        message = GS1Message.parse_hri(text)
    except (ParseError, ValueError) as error:
        raise BadInput(
            _("{text} is not a GS1 routing code: {error}").format(text=text, error=error)
        ) from None
    if message.as_hri() != text:  # brackets biip passed over, e.g. "(9400…)" without its AI
        raise BadInput(
            _(
                "{text} is not a GS1 routing code as written: each field is (AI) and its value, "
                "e.g. (420)10001(94)00111201080805483016."
            ).format(text=text)
        )
    first, *rest = message.element_strings
    ship_to = _ship_to(first.ai.ai, first.value)
    if len(rest) == 1:  # the parcel's number, e.g. (94)00111201080805483016 for the IMpb
        parcel = rest[0].ai.ai + rest[0].value
    else:
        parcel = "".join(f"({es.ai.ai}){es.value}" for es in rest)
    return Routed(((ship_to, parcel),), delimited=True)


def _ship_to(ai: str, value: str) -> ShipTo:
    if ai == "420":
        if not value:
            raise BadInput(_("The routing code (420) holds no postal code."))
        return ShipTo(ai, value)
    country, postal = value[:3], value[3:].upper()
    known = countries_by_numeric.get(country)
    if known is None:
        raise BadInput(
            _(
                "The routing code (421) names country {country!r}, which is not an ISO 3166 "
                "numeric country code (e.g. 840 United States, 276 Germany)."
            ).format(country=country)
        )
    if not _POSTAL.fullmatch(postal):
        raise BadInput(
            _(
                "The routing code (421) for {alpha2} holds postal code {postal!r}: 1 to 9 "
                "letters, digits or hyphens."
            ).format(alpha2=known.alpha2, postal=postal)
        )
    return ShipTo(ai, postal, known.alpha2)
