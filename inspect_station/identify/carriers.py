"""Carrier tracking numbers: what a parcel label's barcode says, and whether it is whole.

:func:`read_tracking` tries every known format on a normalised code (upper case, no spaces).
A format whose shape matches and whose check digit holds gives a :class:`Tracking` with the
carrier named and the number as manifests hold it: routing prefixes and suffixes are stripped
(the 34-digit FedEx ``96…``/``100…`` barcodes around a 12-digit number, DPD's
postcode/service/country around its 14-digit parcel number). GS1 routing codes in front of a
number (USPS's ``420`` + ZIP) are split off before, by :func:`inspect_station.identify.gs1.routing`.
A format whose shape matches but whose check digit does not is a :class:`WrongCheck`, so a
misread number is refused instead of matched against something else.

Each check follows the carrier's published rule; tests hold the carriers' published examples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from inspect_station.app.errors import BadInput
from inspect_station.identify.gs1 import routing
from inspect_station.identify.identifiers import gtin_check_digit

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
_ALNUM36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# UPU S10 country code → the designated operator people name.
_S10_OPERATORS = {
    "GB": "Royal Mail",
    "NL": "PostNL",
    "DE": "Deutsche Post",
    "US": "USPS",
    "FR": "La Poste",
    "BE": "bpost",
    "AT": "Österreichische Post",
    "CH": "Swiss Post",
    "IT": "Poste Italiane",
    "ES": "Correos",
    "PL": "Poczta Polska",
    "SE": "PostNord",
    "DK": "PostNord",
    "IE": "An Post",
    "CA": "Canada Post",
    "CN": "China Post",
}


@dataclass(frozen=True)
class Tracking:
    carrier: str
    number: str  # as carriers' sites and manifests write it: prefixes and suffixes stripped
    scheme: str  # the format, e.g. "IMpb with 420 ZIP routing"
    checked: bool = True  # False for formats that carry no check digit (PostNL 3S, DHL JJD)


@dataclass(frozen=True)
class WrongCheck:
    carrier: str
    scheme: str
    code: str
    expected: str  # the check character the rest of the number calls for

    def describe(self) -> str:
        return f"{self.carrier} {self.scheme} (check digit should be {self.expected})"


# -- check digits ---------------------------------------------------------------------------
def ups_check_digit(body: str) -> int:
    """UPS 1Z: the 15 characters after "1Z" and before the check digit."""
    total = 0
    for position, char in enumerate(body, start=1):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def s10_check_digit(serial: str) -> int:
    """UPU S10 (Royal Mail, PostNL, La Poste, …): the 8 serial digits."""
    remainder = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(remainder, remainder)


def dhl_express_check_digit(body: str) -> int:
    """DHL Express waybill (10 or 11 digits): the digits before the last, modulo 7."""
    return int(body) % 7


def usps_check_digit(body: str) -> int:
    """USPS IMpb (20, 22 or 26 digits): the GS1 mod-10 rule."""
    return gtin_check_digit(body)


def fedex_express_check_digit(body: str) -> int:
    """FedEx Express (12 digits, and the last 14 of the 34-digit barcodes): weights 1, 3, 7
    from the right, sum mod 11, then mod 10."""
    weights = (1, 3, 7)  # from the rightmost digit of the body leftwards
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(body)))
    return total % 11 % 10


def dhl_paket_check_digit(body: str) -> int:
    """DHL Paket 12-digit parcel number: weights 4 and 9 alternating, mod 10."""
    total = sum(int(d) * (4 if i % 2 == 0 else 9) for i, d in enumerate(body))
    return (10 - total % 10) % 10


def gls_check_digit(body: str) -> int:
    """GLS 12-digit parcel number (GLS Uni-Box spec 3.2.1): weights 3, 1 from the left,
    plus one, mod 10."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body)) + 1
    return (10 - total % 10) % 10


def mod37_36_check_char(body: str) -> str:
    """ISO/IEC 7064 MOD 37,36 (the DPD parcel number's check character)."""
    product = 36
    for char in body:
        total = (product + _ALNUM36.index(char)) % 36 or 36
        product = total * 2 % 37
    return _ALNUM36[(37 - product) % 36]


# -- formats --------------------------------------------------------------------------------
Reading = Tracking | WrongCheck
_Reader = Callable[[str], Iterator[Reading]]


def _digit_check(
    carrier: str, scheme: str, code: str, got: str, expected: int | str, number: str
) -> Reading:
    if got == str(expected):
        return Tracking(carrier, number, scheme)
    return WrongCheck(carrier, scheme, code, str(expected))


def _ups(code: str) -> Iterator[Reading]:
    if re.fullmatch(r"1Z[0-9A-Z]{15}[0-9]", code):
        yield _digit_check("UPS", "1Z", code, code[-1], ups_check_digit(code[2:-1]), code)


_IMPB = re.compile(r"9[1-5]\d{20}|9[1-5]\d{24}")


def _usps(code: str) -> Iterator[Reading]:
    if _IMPB.fullmatch(code):
        yield _digit_check("USPS", "IMpb", code, code[-1], usps_check_digit(code[:-1]), code)
    elif re.fullmatch(r"\d{20}", code) and not code.startswith("00"):
        # 20 digits: the check digit is computed with the IMpb application identifier in
        # front (91 USPS, 92 FedEx SmartPost) or without it (older USPS service codes).
        for prefix, carrier in (("", "USPS"), ("91", "USPS"), ("92", "FedEx SmartPost")):
            if str(usps_check_digit(prefix + code[:-1])) == code[-1]:
                yield Tracking(carrier, code, "IMpb, 20 digits")
                return
        yield WrongCheck("USPS", "IMpb, 20 digits", code, str(usps_check_digit(code[:-1])))


def _fedex(code: str) -> Iterator[Reading]:
    if not code.isdigit():
        return
    if len(code) == 12:
        yield _digit_check(
            "FedEx", "Express", code, code[-1], fedex_express_check_digit(code[:-1]), code
        )
    elif len(code) == 15:
        yield _digit_check("FedEx", "Ground", code, code[-1], gtin_check_digit(code[:-1]), code)
    elif len(code) == 22 and code.startswith("96"):
        # FedEx Ground "96" barcode: 96, SCNC, service, then the 15-digit Ground number.
        number = code[-15:]
        yield _digit_check(
            "FedEx", "Ground 96 barcode", code, code[-1], gtin_check_digit(number[:-1]), number
        )
    elif len(code) == 34 and code.startswith(("96", "100")):
        # 34-digit barcodes: the tracking number is the last 12 digits (the two before
        # them are zero padding of the 13-digit serial the check digit covers).
        scheme = "Ground 96 barcode" if code.startswith("96") else "Express 34-digit barcode"
        number = code[-12:] if code[-14:-12] == "00" else code[-14:]
        yield _digit_check(
            "FedEx", scheme, code, code[-1], fedex_express_check_digit(code[-14:-1]), number
        )


def _dhl(code: str) -> Iterator[Reading]:
    if code.isdigit() and len(code) in (10, 11):
        yield _digit_check(
            "DHL Express", "waybill", code, code[-1], dhl_express_check_digit(code[:-1]), code
        )
    elif code.isdigit() and len(code) == 12:
        yield _digit_check(
            "DHL Paket", "parcel number", code, code[-1], dhl_paket_check_digit(code[:-1]), code
        )
    elif re.fullmatch(r"0034043\d{13}", code):
        yield _digit_check(
            "DHL Paket", "SSCC parcel number", code, code[-1], gtin_check_digit(code[:-1]), code
        )
    elif re.fullmatch(r"J[A-Z]{2,3}\d{9,20}", code):
        yield Tracking("DHL", code, "piece ID", checked=False)


def _dpd(code: str) -> Iterator[Reading]:
    # The label's barcode: % (optional), postcode (7), parcel number (14), service (3),
    # country (3); the printed text adds a check character over those 27 digits.
    if match := re.fullmatch(r"%?(\d{7})(\d{14})(\d{3})(\d{3})([0-9A-Z]?)", code):
        number, check = match[2], match[5]
        if not check:
            yield Tracking("DPD", number, "label barcode", checked=False)
        else:
            body = "".join(match.group(1, 2, 3, 4))
            yield _digit_check(
                "DPD", "label barcode", code, check, mod37_36_check_char(body), number
            )
    elif match := re.fullmatch(r"(0\d{13})([A-Z0-9]?)", code):
        # A bare parcel number has no check digit in the barcode; typed in, it may carry one.
        number, check = match[1], match[2]
        if check:
            yield _digit_check(
                "DPD", "parcel number", code, check, mod37_36_check_char(number), number
            )
        else:
            yield Tracking("DPD", number, "parcel number", checked=False)


def _gls(code: str) -> Iterator[Reading]:
    if code.isdigit() and len(code) == 12:
        yield _digit_check("GLS", "parcel number", code, code[-1], gls_check_digit(code[:-1]), code)


def _postnl(code: str) -> Iterator[Reading]:
    if re.fullmatch(r"3S[A-Z]{4}\d{6,11}", code):
        yield Tracking("PostNL", code, "3S barcode", checked=False)


def _s10(code: str) -> Iterator[Reading]:
    if match := re.fullmatch(r"([A-Z]{2})(\d{8})(\d)([A-Z]{2})", code):
        country = match[4]
        carrier = _S10_OPERATORS.get(country, f"postal operator of {country}")
        yield _digit_check(carrier, "UPU S10", code, match[3], s10_check_digit(match[2]), code)


_READERS: tuple[_Reader, ...] = (_ups, _usps, _fedex, _dhl, _dpd, _gls, _postnl, _s10)


def read_tracking(code: str) -> tuple[list[Tracking], list[WrongCheck]]:
    """Every carrier format ``code`` (normalised: upper case, no spaces) could be.

    Returns the readings whose check digit holds (several carriers share some shapes, e.g.
    12 digits for FedEx Express, DHL Paket and GLS) and those whose shape fits but whose
    check digit does not.
    """
    good: list[Tracking] = []
    wrong: list[WrongCheck] = []
    for reader in _READERS:
        for reading in reader(code):
            if isinstance(reading, Tracking):
                good.append(reading)
            else:
                wrong.append(reading)
    return good, wrong


def normalise_tracking(code: str) -> str:
    """The number a manifest should hold for ``code``: a carrier's stripped number (routing
    code and all) when the code reads as exactly one checked number, else the code itself."""
    try:
        routed = routing(code, flagged=False)
    except BadInput:
        routed = None
    parts = [parcel for _ship_to, parcel in routed.splits] if routed else []
    numbers = {t.number for part in [code, *parts] for t in read_tracking(part)[0] if t.checked}
    return numbers.pop() if len(numbers) == 1 else code
