"""Carrier tracking numbers: check digits, so a misread number is refused, not mismatched.

Each function follows the carrier's published rule; tests hold the published examples.
"""

from __future__ import annotations

from inspect_station.identifiers import gtin_check_digit

_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def ups_check_digit(body: str) -> int:
    """UPS 1Z: the 15 characters after "1Z" and before the check digit."""
    total = 0
    for position, char in enumerate(body, start=1):
        value = int(char) if char.isdigit() else (ord(char) - 63) % 10
        total += value * (2 if position % 2 == 0 else 1)
    return (10 - total % 10) % 10


def s10_check_digit(serial: str) -> int:
    """UPU S10 (Royal Mail, La Poste, …): the 8 serial digits."""
    remainder = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS, strict=True)) % 11
    return {10: 0, 11: 5}.get(remainder, remainder)


def dhl_express_check_digit(body: str) -> int:
    """DHL Express 10-digit waybill: the first 9 digits modulo 7."""
    return int(body) % 7


def usps_check_digit(body: str) -> int:
    """USPS IMpb (22 digits): the GS1 mod-10 rule."""
    return gtin_check_digit(body)
