from __future__ import annotations

import pytest

from inspect_station.app.errors import BadInput
from inspect_station.identify import carriers
from inspect_station.identify.identifiers import (
    classify,
    clean_scan,
    gtin_is_valid,
    lpn_is_valid,
    new_lpn,
)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", "empty"),
        ("   \r\n", "empty"),
        ("RMA\x07-2026", "control characters"),
        ("\x00\x01\x02\x03", "control characters"),
        ("9" * 10_000, "10,000 characters"),
    ],
)
def test_bad_scans_are_refused_with_the_reason(raw: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        clean_scan(raw)


def test_gs1_group_separator_survives_cleaning() -> None:
    assert clean_scan("0104006381333931\x1d10ABC") == "0104006381333931\x1d10ABC"


@pytest.mark.parametrize(
    ("raw", "kind", "code"),
    [
        ("rma2026000123", "rma", "RMA-2026-000123"),
        ("RMA-2026-000123\r\n", "rma", "RMA-2026-000123"),
        ("SO 12345678", "order", "SO-12345678"),
        ("4006381333931", "gtin", "4006381333931"),
        ("1Z999AA10123456784", "text", "1Z999AA10123456784"),
    ],
)
def test_classify(raw: str, kind: str, code: str) -> None:
    scan = classify(raw)
    assert (scan.kind, scan.code) == (kind, code)


def test_new_lpns_are_valid_unique_and_plain_alphanumeric() -> None:
    plates = {new_lpn() for _ in range(2000)}
    assert len(plates) == 2000
    assert all(lpn_is_valid(p) and p.isalnum() and len(p) == 15 for p in plates)


def test_a_mistyped_licence_plate_is_refused_not_mismatched() -> None:
    plate = new_lpn()
    body = plate[2:-1]
    # 0 and Z weigh the same modulo 31: the one substitution the check character cannot see.
    wrong = "1" if body[0] in "0Z" else "0"
    mistyped = f"LP{wrong}{body[1:]}{plate[-1]}"
    assert not lpn_is_valid(mistyped)
    with pytest.raises(BadInput, match="check character"):
        classify(mistyped)
    swapped = f"LP{body[1]}{body[0]}{body[2:]}{plate[-1]}"
    if body[0] != body[1] and {body[0], body[1]} != {"0", "Z"}:
        assert not lpn_is_valid(swapped)


def test_gtin_check_digits() -> None:
    assert gtin_is_valid("4006381333931")
    assert gtin_is_valid("036000291452")  # UPC-A
    assert not gtin_is_valid("4006381333932")


def test_carrier_check_digits_match_published_examples() -> None:
    # UPS's own sample tracking number.
    assert carriers.ups_check_digit("999AA10123456784"[:-1]) == 4
    # The UPU S10 standard's example item identifier AA473124829GB.
    assert carriers.s10_check_digit("47312482") == 9
    # DHL Express: the waybill's 10th digit is the first nine modulo 7.
    assert carriers.dhl_express_check_digit("123456789") == 1
