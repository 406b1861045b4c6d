"""What a scanned code is: cleaning, licence plate numbers, check digits.

A scan arrives as text from a keyboard-wedge scanner, a serial scanner, the camera or the
keyboard. Anything that cannot be a parcel code is refused here, before any look-up, with a
message the bench worker can act on.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

MAX_SCAN_LENGTH = 100
GS = "\x1d"  # GS1 group separator: the one control character a real scan may carry

# Crockford base32: no I, L, O, U, so a hand-typed plate cannot be misread.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LPN_PREFIX = "LP"
_LPN_BODY = 12
LPN_PATTERN = re.compile(rf"^{LPN_PREFIX}[{_CROCKFORD}]{{{_LPN_BODY + 1}}}$")
RMA_PATTERN = re.compile(r"^RMA-?(\d{4})-?(\d{6})$")
ORDER_PATTERN = re.compile(r"^SO-?(\d{8})$")


def clean_scan(raw: str) -> str:
    """Trim a scan and refuse what no label can hold; raises BadInput with the reason."""
    text = raw.strip(" \t\r\n")
    if not text:
        raise BadInput(_("Nothing was scanned: the code is empty."))
    if len(text) > MAX_SCAN_LENGTH:
        raise BadInput(
            _(
                "The scan is {text_count:,} characters long; no parcel code is longer than "
                "{max_scan_length}. Scan again."
            ).format(text_count=len(text), max_scan_length=MAX_SCAN_LENGTH)
        )
    bad = sorted({f"U+{ord(c):04X}" for c in text if _is_control(c) and c != GS})
    if bad:
        raise BadInput(
            _(
                "The scan contains control characters ({bad}); check the scanner's settings "
                "and scan again."
            ).format(bad=", ".join(bad[:5]))
        )
    return text


def _is_control(char: str) -> bool:
    return unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co", "Cn")


def normalise(code: str) -> str:
    """The form codes are stored and matched in: upper case, no spaces."""
    return "".join(code.split()).upper()


@dataclass(frozen=True)
class ScanCode:
    raw: str
    code: str
    kind: str  # "lpn", "rma", "order", "gtin", "text"


def classify(raw: str) -> ScanCode:
    """Clean ``raw`` and say what kind of code it looks like (the look-up still checks all)."""
    code = normalise(clean_scan(raw))
    if LPN_PATTERN.match(code):
        if not lpn_is_valid(code):
            raise BadInput(
                _("{code} looks like a licence plate but its check character is wrong.").format(
                    code=code
                )
            )
        return ScanCode(raw, code, "lpn")
    if match := RMA_PATTERN.match(code):
        return ScanCode(raw, f"RMA-{match[1]}-{match[2]}", "rma")
    if match := ORDER_PATTERN.match(code):
        return ScanCode(raw, f"SO-{match[1]}", "order")
    if code.isdigit() and len(code) in (8, 12, 13, 14):
        return ScanCode(raw, code, "gtin")
    return ScanCode(raw, code, "text")


def gtin_check_digit(body: str) -> int:
    """GS1 mod-10 check digit for the digits before it (EAN-8/13, UPC-A, GTIN-14, SSCC)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10


def gtin_is_valid(code: str) -> bool:
    return code.isdigit() and len(code) >= 8 and gtin_check_digit(code[:-1]) == int(code[-1])


def lpn_check_character(body: str) -> str:
    """The check character of a licence plate's 12-character body."""
    # Weighted sum modulo the prime 31: catches every single substitution and every swap of
    # neighbours except those between 0 and Z (their values, 0 and 31, are equal modulo 31),
    # and keeps the plate alphanumeric (safe in any symbology).
    total = sum((i + 1) * _CROCKFORD.index(char) for i, char in enumerate(body))
    return _CROCKFORD[total % 31]


def new_lpn() -> str:
    """A fresh licence plate: 60 random bits (the database's unique key catches the rare clash)
    and a check character, so a mistyped plate is refused rather than mismatched."""
    body = "".join(secrets.choice(_CROCKFORD) for _ in range(_LPN_BODY))
    return f"{LPN_PREFIX}{body}{lpn_check_character(body)}"


def lpn_is_valid(code: str) -> bool:
    if not LPN_PATTERN.match(code):
        return False
    body = code[len(LPN_PREFIX) : -1]
    return lpn_check_character(body) == code[-1]
