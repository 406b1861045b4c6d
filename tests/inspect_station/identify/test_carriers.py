"""Carrier tracking numbers against the carriers' published examples."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from inspect_station.identify import carriers
from inspect_station.identify.carriers import Tracking, read_tracking

# (code as printed or scanned, carrier, number as manifests hold it)
PUBLISHED = [
    ("1Z5R89390357567127", "UPS", "1Z5R89390357567127"),
    ("1Z879E930346834440", "UPS", "1Z879E930346834440"),
    ("1Z999AA10123456784", "UPS", "1Z999AA10123456784"),
    # USPS Publication 199: IMpb (behind a 420 routing code: test_routing.py).
    ("9400111201080805483016", "USPS", "9400111201080805483016"),
    ("9361289878700317633795", "USPS", "9361289878700317633795"),
    ("92748931507708513018050063", "USPS", "92748931507708513018050063"),
    ("9101026837331000039521", "USPS", "9101026837331000039521"),
    ("9505511069605048600624", "USPS", "9505511069605048600624"),
    ("03071790000523483741", "USPS", "03071790000523483741"),
    # FedEx: Express 12 digits, Ground 15, the 22-digit "96" and the 34-digit barcodes.
    ("986578788855", "FedEx", "986578788855"),
    ("799531274483", "FedEx", "799531274483"),
    ("041441760228964", "FedEx", "041441760228964"),
    ("9611020987654312345672", "FedEx", "987654312345672"),
    ("9622001900000000000000776632517510", "FedEx", "776632517510"),
    ("1001921334250001000300779017972697", "FedEx", "779017972697"),
    # DHL Express waybills (mod 7), DHL Paket 12 and 20 digits, DHL piece IDs.
    ("3318810025", "DHL Express", "3318810025"),
    ("73891051146", "DHL Express", "73891051146"),
    ("00340433836442636597", "DHL Paket", "00340433836442636597"),
    ("JJD0099999999", "DHL", "JJD0099999999"),
    # DPD: the 28-character label barcode (ISO 7064 MOD 37,36 check), the bare number.
    ("008182709980000020033350276C", "DPD", "09980000020033"),
    ("01015026003653C", "DPD", "01015026003653"),
    # PostNL 3S, UPU S10 (Royal Mail, PostNL, …).
    ("3SDEVC816223392", "PostNL", "3SDEVC816223392"),
    ("XX123456785GB", "Royal Mail", "XX123456785GB"),
    ("AA473124829GB", "Royal Mail", "AA473124829GB"),
    ("RR123456785NL", "PostNL", "RR123456785NL"),
]

WRONG = [
    "1Z5R89390357567128",
    "1Z1111111111111111",
    "9261290113185417468511",
    "996578788851",  # 12 digits no carrier accepts (FedEx, DHL Paket, GLS)
    "568283610012732",
    "1001901781990001000300617767839438",
    "9622001560001234567100794808390595",
    "3318810010",
    "008182709980000020033350276A",
    "XX123456784GB",
]


@pytest.mark.parametrize(("code", "carrier", "number"), PUBLISHED)
def test_published_examples_read_with_their_carrier(code: str, carrier: str, number: str) -> None:
    good, _wrong = read_tracking(code)
    assert any(t.carrier == carrier and t.number == number for t in good), good


@pytest.mark.parametrize("code", WRONG)
def test_wrong_check_digits_are_reported_not_read(code: str) -> None:
    good, wrong = read_tracking(code)
    assert good == []
    assert wrong


def test_check_digit_functions_match_published_values() -> None:
    assert carriers.ups_check_digit("999AA1012345678") == 4
    assert carriers.s10_check_digit("47312482") == 9  # the UPU S10 standard's own example
    assert carriers.s10_check_digit("12345678") == 5
    assert carriers.dhl_express_check_digit("331881002") == 5
    assert carriers.dhl_paket_check_digit("20129845227") == 7
    assert carriers.fedex_express_check_digit("98657878885") == 5
    assert carriers.mod37_36_check_char("01015026003653") == "C"
    assert carriers.gls_check_digit("12345678901") == 1  # GLS Uni-Box spec, 3.2.1


def test_gls_parcel_numbers_carry_their_own_check_digit() -> None:
    body = "20123456789"
    code = body + str(carriers.gls_check_digit(body))
    good, _ = read_tracking(code)
    assert Tracking("GLS", code, "parcel number") in good


def test_normalise_tracking_strips_routing_prefixes_only_when_unambiguous() -> None:
    assert carriers.normalise_tracking("4201002334249200190132607600833457") == (
        "9200190132607600833457"
    )
    assert carriers.normalise_tracking("SOMETHING-ELSE") == "SOMETHING-ELSE"


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ%", max_size=40))
def test_read_tracking_never_crashes_and_every_number_is_part_of_the_code(code: str) -> None:
    good, wrong = read_tracking(code)
    for reading in good:
        assert reading.number
        assert reading.number in code.lstrip("%")
    for failure in wrong:
        assert failure.code == code
