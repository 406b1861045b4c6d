"""Carrier labels routed with GS1, in every form a scanner or a person produces them.

USPS's IMpb label is a GS1-128: (420) + the ZIP (5 digits, ZIP+4 or ZIP+4 + delivery point),
FNC1 (sent as GS), then the IMpb itself, whose first two digits (91–95) are its GS1 AI. A
scanner sends it with or without the AIM prefix ``]C1``; a label printer may leave out the FNC1
where the length tells; people type the bracketed form. (421) routes abroad: an ISO 3166
numeric country code + the postal code. FedEx Ground's 34-digit barcode starts with 96.
"""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from iso3166 import countries

from inspect_station.app.errors import BadInput
from inspect_station.identify import carriers
from inspect_station.identify.gs1 import ShipTo, routing
from inspect_station.identify.identifiers import GS, gtin_check_digit
from inspect_station.identify.resolver import Resolution, WrongCheckDigit, resolve

# Published numbers: USPS Publication 199's IMpb formats, as carrier tooling lists them with
# their routing codes (the 420 + ZIP or ZIP+4 examples are real label barcodes).
ROUTED = [
    ("420221539101026837331000039521", "22153", "9101026837331000039521"),
    ("4201002334249200190132607600833457", "100233424", "9200190132607600833457"),
    ("4201028200009261290113185417468510", "102820000", "9261290113185417468510"),
]
IMPB = [
    "9400111201080805483016",
    "9361289878700317633795",
    "9505511069605048600624",
    "9101123456789000000013",
    "9405803699300124287899",
    "92748931507708513018050063",
]
FEDEX_34 = [  # FedEx Ground "96" barcodes and the 12-digit tracking number they carry
    ("9622001900000000000000776632517510", "776632517510"),
    ("9622001560000000000000794808390594", "794808390594"),
    ("9622001560001234567100794808390594", "794808390594"),
    ("9632001560123456789900794808390594", "794808390594"),
]


def forms_of(zip_code: str, impb: str) -> dict[str, str]:
    """Every way a scanner or a person delivers (420) + ZIP + the IMpb."""
    ai, rest = impb[:2], impb[2:]
    return {
        "raw with GS": f"420{zip_code}{GS}{impb}",
        "]C1 with GS": f"]C1420{zip_code}{GS}{impb}",
        "]C1 without GS": f"]C1420{zip_code}{impb}",
        "without GS": f"420{zip_code}{impb}",
        "bracketed": f"({420}){zip_code}({ai}){rest}",
        "bracketed, spaced": f"(420) {zip_code} ({ai}) {rest}",
        "typed lower case with spaces": f"420 {zip_code} {impb}",
    }


def tracking(resolution: Resolution) -> tuple[str, str | None, str]:
    found = resolution.first("tracking")
    assert found is not None, resolution
    return found.value, found.carrier, found.check


def impb(draw_digits: str, ai: str = "94") -> str:
    body = ai + draw_digits
    return body + str(gtin_check_digit(body))


@pytest.mark.parametrize(("code", "zip_code", "number"), ROUTED)
def test_published_routed_labels_read_as_usps_with_the_zip(
    code: str, zip_code: str, number: str
) -> None:
    for form in forms_of(zip_code, number).values():
        resolution = resolve(form)
        assert tracking(resolution) == (number, "USPS", "valid"), form
        assert resolution.ship_to == ShipTo("420", zip_code), form
    assert code in resolve(code).candidates[0].forms  # a manifest holding the whole barcode


@pytest.mark.parametrize("number", IMPB)
@pytest.mark.parametrize("zip_code", ["10001", "100011234", "10001123499"])
def test_every_form_of_every_published_impb_reads(zip_code: str, number: str) -> None:
    for name, form in forms_of(zip_code, number).items():
        resolution = resolve(form)
        assert tracking(resolution) == (number, "USPS", "valid"), name
        assert resolution.ship_to is not None
        assert resolution.ship_to.postal_code == zip_code, name
        assert resolution.carrier == "USPS"


@pytest.mark.parametrize("number", IMPB)
def test_a_wrong_check_digit_is_refused_with_the_digit_it_should_have(number: str) -> None:
    wrong = number[:-1] + str((int(number[-1]) + 3) % 10)
    for name, form in forms_of("10001", wrong).items():
        if name in ("without GS", "typed lower case with spaces"):
            continue  # unflagged and undelimited: below
        with pytest.raises(WrongCheckDigit) as caught:
            resolve(form)
        assert [p.expected for p in caught.value.problems] == [number[-1]], name
        assert f"check digit should be {number[-1]}" in str(caught.value)


def test_undelimited_and_unflagged_a_wrong_check_digit_is_refused_too() -> None:
    with pytest.raises(WrongCheckDigit, match=r"USPS IMpb \(check digit should be 6"):
        resolve("42010001" + "9400111201080805483017")
    with pytest.raises(WrongCheckDigit, match="check digit should be 0"):
        resolve("4201028200009261290113185417468511")


def test_a_barcode_holding_only_the_routing_code_is_refused_with_what_to_scan() -> None:
    for form in ("]C142010001", "]C1420100011234", "(420)10001", "]C1(420)10001"):
        with pytest.raises(BadInput, match=r"only routes the parcel \(ship to ZIP 10001"):
            resolve(form)
    # Unflagged, 420 + five digits could be an EAN-8 (prefix 420: Germany): it is one when its
    # check digit holds, a routing code otherwise.
    with pytest.raises(BadInput, match=r"only routes the parcel \(ship to ZIP 10001"):
        resolve("42010001")
    assert resolve("42010005").kind == "gtin"


@pytest.mark.parametrize(
    ("form", "country", "postal"),
    [
        (f"421276D-10115{GS}00340434161234567896", "DE", "D-10115"),
        (f"]C142152810{GS}00340434161234567896", "NL", "10"),
        ("(421)840100011234(00)340434161234567896", "US", "100011234"),
        ("(421)12410001(96)22001900000000000000776632517510", "CA", "10001"),
    ],
)
def test_421_names_the_country_and_the_parcel_reads(form: str, country: str, postal: str) -> None:
    resolution = resolve(form)
    assert resolution.ship_to == ShipTo("421", postal, country)
    assert resolution.kind in ("tracking", "sscc")
    assert resolution.describe().endswith(f"ship to {country} {postal} (421)")


def test_421_without_a_gs_splits_where_a_carrier_number_follows() -> None:
    resolution = resolve("]C142127610115" + "9400111201080805483016")
    assert resolution.ship_to == ShipTo("421", "10115", "DE")
    assert tracking(resolution) == ("9400111201080805483016", "USPS", "valid")


@pytest.mark.parametrize(
    ("form", "message"),
    [
        (f"421999ABC{GS}9400111201080805483016", "country '999', which is not an ISO 3166"),
        ("(421)000X(94)00111201080805483016", "country '000'"),
        (f"]C1421276{GS}9400111201080805483016", "postal code ''"),
        ("(420)10001(9400111201080805483016)", "not a GS1 routing code as written"),
        (f"{GS}", "control characters|no code"),
    ],
)
def test_malformed_routing_codes_are_refused_with_the_reason(form: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        resolve(form)


def test_unflagged_codes_starting_with_420_or_421_stay_what_they_are() -> None:
    # German EAN-13s start with 400–440; a 421 with no ISO country is no routing code.
    assert resolve("4210000526363").kind == "gtin"
    assert resolve("4200000000000").kind == "gtin"
    assert routing("4219990000000", flagged=False) is None


@pytest.mark.parametrize(("code", "number"), FEDEX_34)
def test_fedex_34_digit_ground_barcodes_as_scanned(code: str, number: str) -> None:
    for form in (code, "]C1" + code, "(96)" + code[2:]):
        resolution = resolve(form)
        assert tracking(resolution) == (number, "FedEx", "valid"), form


@pytest.mark.parametrize(
    "code", ["9622001560001234567100794808390595", "]C19622001900000000000000776632517511"]
)
def test_fedex_34_digit_wrong_check_digit_is_refused(code: str) -> None:
    with pytest.raises(WrongCheckDigit, match=r"FedEx Ground 96 barcode \(check digit should be"):
        resolve(code)


def fedex_34(middle: str, serial: str) -> str:
    body = serial
    return f"96{middle}{body}{carriers.fedex_express_check_digit(body)}"


# -- properties -----------------------------------------------------------------------------
zips = st.sampled_from([5, 9, 11]).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))
impb_bodies = st.text("0123456789", min_size=19, max_size=19)
channel = st.sampled_from(["92", "93", "94", "95"])


@given(zips, channel, impb_bodies)
def test_any_zip_and_impb_read_the_same_in_every_form(zip_code: str, ai: str, body: str) -> None:
    number = impb(body, ai)
    for name, form in forms_of(zip_code, number).items():
        resolution = resolve(form)
        if name in ("without GS", "]C1 without GS", "typed lower case with spaces"):
            # Without a GS a ZIP+4 and a 26-digit IMpb may both read: both are candidates.
            numbers = [c.value for c in resolution.candidates if c.kind == "tracking"]
            assert number in numbers, name
            assert resolution.carrier == "USPS"
        else:
            assert tracking(resolution)[:2] == (number, "USPS"), name
            assert resolution.ship_to == ShipTo("420", zip_code), name


@given(zips, channel, impb_bodies, st.integers(1, 9))
def test_any_wrong_check_digit_is_refused_never_text(
    zip_code: str, ai: str, body: str, shift: int
) -> None:
    number = impb(body, ai)
    wrong = number[:-1] + str((int(number[-1]) + shift) % 10)
    for name in ("raw with GS", "]C1 with GS", "bracketed"):
        with pytest.raises(WrongCheckDigit) as caught:
            resolve(forms_of(zip_code, wrong)[name])
        assert number[-1] in [p.expected for p in caught.value.problems]


@given(
    st.sampled_from(list(countries)),
    st.text("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=9),
    impb_bodies,
)
def test_any_country_and_postcode_under_421(country: object, postal: str, body: str) -> None:
    number = impb(body)
    numeric, alpha2 = country.numeric, country.alpha2  # type: ignore[attr-defined]
    resolution = resolve(f"]C1421{numeric}{postal}{GS}{number}")
    assert resolution.ship_to == ShipTo("421", postal, alpha2)
    assert tracking(resolution)[:2] == (number, "USPS")


@given(
    st.text("0123456789", min_size=18, max_size=18),
    st.text("0123456789", min_size=13, max_size=13),
    st.integers(1, 9),
)
def test_any_fedex_34_digit_barcode_checks_its_digit(middle: str, serial: str, shift: int) -> None:
    code = fedex_34(middle, serial)
    resolution = resolve("]C1" + code)
    assert tracking(resolution)[1] == "FedEx"
    assert tracking(resolution)[0] == (code[-12:] if code[-14:-12] == "00" else code[-14:])
    wrong = code[:-1] + str((int(code[-1]) + shift) % 10)
    with pytest.raises(WrongCheckDigit) as caught:
        resolve("]C1" + wrong)
    assert code[-1] in [p.expected for p in caught.value.problems]


@given(st.text("0123456789" + GS + "()ABC -", max_size=60))
def test_codes_starting_with_a_routing_ai_never_crash(tail: str) -> None:
    for head in ("420", "421", "]C1420", "]C1421", "(420)", "(421)"):
        with contextlib.suppress(BadInput):
            resolve(head + tail)
