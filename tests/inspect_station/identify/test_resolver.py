"""The resolver: candidates in the documented order, refusals with their reason, properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.identify import carriers
from inspect_station.identify.gs1 import gtin_forms, parse_gs1
from inspect_station.identify.identifiers import GS, gtin_check_digit, new_lpn
from inspect_station.identify.resolver import KINDS, Patterns, resolve
from inspect_station.identify.symbology import split_symbology


def kinds(raw: str, patterns: Patterns | None = None) -> list[str]:
    return [c.kind for c in resolve(raw, patterns).candidates]


def test_candidates_follow_the_documented_order() -> None:
    assert kinds(new_lpn()) == ["lpn", "text"]
    assert kinds("rma 2026 000123") == ["rma", "text"]
    assert kinds("SO-12345678") == ["order", "text"]
    assert kinds("1Z999AA10123456784") == ["tracking", "text"]
    assert kinds("]C1" + "0104006381333931" + "21SER42") == ["serial", "gtin", "text"]
    assert kinds("4006381333931") == ["gtin", "text"]
    assert kinds("Anna.Muller@Example.com") == ["email", "text"]
    assert kinds("no label at all") == ["text"]
    order = {kind: i for i, kind in enumerate(KINDS)}
    for raw in ("00340433836442636597", "]d2" + "00340123453111111115"):
        found = kinds(raw)
        assert found == sorted(found, key=order.__getitem__)


def test_rma_and_order_patterns_come_from_the_settings() -> None:
    shop = Patterns(rma=r"R(\d{7})", rma_format=r"R\1", order=r"\d{12}", order_format="")
    resolution = resolve("r1234567", shop)
    assert (resolution.kind, resolution.candidates[0].value) == ("rma", "R1234567")
    # Twelve digits are the shop's order numbers here: no check digit is asked of them.
    assert kinds("123456789013", shop)[0] == "order"
    with pytest.raises(BadInput, match="wrong check digit"):
        resolve("123456789013")


def test_routing_prefixes_are_stripped_and_the_carrier_named() -> None:
    usps = resolve("420 10023 3424 9200190132607600833457")
    tracking = usps.first("tracking")
    assert tracking is not None
    assert (tracking.value, tracking.carrier) == ("9200190132607600833457", "USPS")
    assert "4201002334249200190132607600833457" in tracking.forms  # as a manifest may hold it
    assert usps.describe().endswith("ship to ZIP 10023-3424 (420)")
    fedex = resolve("9622001900000000000000776632517510").first("tracking")
    assert fedex is not None
    assert (fedex.value, fedex.carrier) == ("776632517510", "FedEx")


def test_gs1_symbology_and_separators_are_understood() -> None:
    raw = "]d2" + "0104006381333931" + "10LOT-7" + GS + "17261231" + "21SN-0042"
    resolution = resolve(raw)
    assert resolution.symbology is not None
    assert (resolution.symbology.name, resolution.symbology.gs1) == ("GS1 DataMatrix", True)
    assert resolution.gs1 is not None
    assert resolution.gs1.batch == "LOT-7"
    assert resolution.gs1.serial == "SN-0042"
    assert resolution.gs1.expiry == date(2026, 12, 31)
    assert resolution.products[:1] == ("SN-0042",)
    assert "4006381333931" in resolution.products
    hri = resolve("(00)340123453111111115")
    assert hri.first("sscc") is not None


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("1Z999AA10123456785", "not a valid UPS 1Z"),
        ("4006381333932", "EAN-13 .check digit should be 1"),
        ("XX123456784GB", "Royal Mail UPU S10"),
        ("]C1" + "0104006381333932", "wrong check digit"),
        ("]d2" + "not gs1", "GS1 DataMatrix"),
        ("]C1", "symbology prefix"),
        ("1Y999AA10123456784", "only with Y and Z swapped"),
        ("RMA\x00-2026-000001", "control characters"),
        ("7" * 10_000, "10,000 characters"),
    ],
)
def test_bad_scans_are_refused_with_the_reason(raw: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        resolve(raw)


def test_a_licence_plate_typed_on_the_wrong_layout_is_named() -> None:
    plate = next(p for p in iter(new_lpn, None) if "Z" in p[2:] and "Y" not in p[2:])
    with pytest.raises(BadInput, match="licence plate only with Y and Z swapped"):
        resolve(plate.replace("Z", "Y"))


def test_gtin_forms_cover_every_stored_length() -> None:
    assert gtin_forms("04006381333931") == ("04006381333931", "4006381333931")
    assert gtin_forms("036000291452") == ("00036000291452", "0036000291452", "036000291452")
    assert "96385074" in gtin_forms("00000096385074")


def test_bad_settings_patterns_are_refused() -> None:
    with pytest.raises(BadInput, match="rma_pattern is not a valid regular expression"):
        Patterns(rma="RMA-(").check()
    with pytest.raises(BadInput, match="refers to group 2"):
        Patterns(order=r"SO(\d+)", order_format=r"SO-\2").check()


# -- properties ------------------------------------------------------------------------------
printable = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=120
)


@given(printable)
def test_resolve_never_crashes(raw: str) -> None:
    try:
        resolution = resolve(raw)
    except BadInput as error:
        message = str(error)
        assert message  # a refusal always says why
        return
    assert resolution.candidates[-1].kind == "text"


@given(printable)
def test_what_the_resolver_accepts_resolves_again_to_the_same(raw: str) -> None:
    try:
        first = resolve(raw)
    except BadInput:
        return
    for candidate in first.candidates:
        if candidate.kind in ("lpn", "rma", "order", "tracking", "gtin", "email"):
            again = resolve(candidate.value).first(candidate.kind)
            assert again is not None
            assert again.value == candidate.value


@given(st.from_regex(r"[0-9A-Z]{15}", fullmatch=True))
def test_every_ups_number_with_its_check_digit_is_read_as_ups(body: str) -> None:
    code = f"1Z{body}{carriers.ups_check_digit(body)}"
    tracking = resolve(code).first("tracking")
    assert tracking is not None
    assert (tracking.value, tracking.carrier) == (code, "UPS")


@given(st.from_regex(r"[A-Z]{2}", fullmatch=True), st.from_regex(r"\d{8}", fullmatch=True))
def test_every_s10_number_with_its_check_digit_is_read(service: str, serial: str) -> None:
    code = f"{service}{serial}{carriers.s10_check_digit(serial)}GB"
    assert resolve(code).first("tracking") is not None


@given(
    st.from_regex(r"\d{13}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9-]{1,20}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9]{1,20}", fullmatch=True),
)
def test_gs1_element_strings_round_trip_through_their_hri(
    body: str, batch: str, serial: str
) -> None:
    gtin = body + str(gtin_check_digit(body))
    raw = f"01{gtin}10{batch}{GS}21{serial}"
    data = parse_gs1(raw)
    assert (data.gtin, data.batch, data.serial) == (gtin, batch, serial)
    again = parse_gs1(data.hri)
    assert again.elements == data.elements
    assume(not batch.isdigit())
    assert resolve("]C1" + raw).gs1 == data


@given(printable)
def test_splitting_the_symbology_prefix_loses_nothing(raw: str) -> None:
    symbology, rest = split_symbology(raw)
    if symbology is None:
        assert rest == raw
    else:
        assert symbology.identifier + rest == raw
        assert symbology.name
