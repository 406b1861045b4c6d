"""The resolver: candidates in the documented order, refusals with their reason, properties."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import assume, event, given
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.identify import carriers
from inspect_station.identify.gs1 import gtin_forms, parse_gs1
from inspect_station.identify.identifiers import GS, gtin_check_digit, lpn_is_valid, new_lpn
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


# Codes of every kind the resolver reads, well formed: random text almost never is one.
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # a plate's characters: no I, L, O, U
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def chars(alphabet: str, n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet, min_size=n, max_size=n)


def digits(n: int) -> st.SearchStrategy[str]:
    return chars("0123456789", n)


def _plate(body: str) -> str:
    # The one check character that makes the plate whole, as new_lpn() writes it.
    return next(p for p in (f"LP{body}{c}" for c in CROCKFORD) if lpn_is_valid(p))


def _gtin(body: str) -> str:
    return body + str(gtin_check_digit(body))


def _dash() -> st.SearchStrategy[str]:
    return st.sampled_from(["", "-"])


plates = chars(CROCKFORD, 12).map(_plate)
rmas = st.builds("RMA{}{}{}{}".format, _dash(), digits(4), _dash(), digits(6))
orders = st.builds("SO{}{}".format, _dash(), digits(8))
gtins = st.sampled_from([7, 11, 12, 13]).flatmap(digits).map(_gtin)  # EAN-8 to GTIN-14
_local = st.text("abcdefghijklmnopqrstuvwxyz0123456789._%+-", min_size=1, max_size=20)
_domain = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)
_tld = st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=6)
emails = st.builds("{}@{}.{}".format, _local, _domain, _tld)
# Every carrier format, each with the check digit its carrier's published rule gives; the
# 34-digit FedEx barcode around a 12-digit number (its serial's padding zeros before it).
tracking_numbers = st.one_of(
    chars(CROCKFORD + "ILOU", 15).map(lambda b: f"1Z{b}{carriers.ups_check_digit(b)}"),
    st.builds(
        lambda service, serial, country: (
            f"{service}{serial}{carriers.s10_check_digit(serial)}{country}"
        ),
        chars(UPPER, 2),
        digits(8),
        st.sampled_from(["GB", "NL", "DE", "XY"]),
    ),
    digits(11).map(lambda b: b + str(carriers.fedex_express_check_digit(b))),
    digits(14).map(_gtin),  # FedEx Ground
    digits(11).map(lambda b: b + str(carriers.dhl_paket_check_digit(b))),
    digits(11).map(lambda b: b + str(carriers.gls_check_digit(b))),
    st.sampled_from([9, 10])
    .flatmap(digits)
    .map(lambda b: b + str(carriers.dhl_express_check_digit(b))),
    st.builds(lambda s, b: _gtin(f"9{s}{b}"), st.sampled_from("12345"), digits(19)),  # IMpb
    st.builds(  # IMpb behind its 420 + ZIP routing prefix
        lambda z, s, b: f"420{z}" + _gtin(f"9{s}{b}"),
        st.sampled_from([5, 9]).flatmap(digits),
        st.sampled_from("12345"),
        digits(19),
    ),
    st.builds(
        lambda head, b: f"{head}00{b}{carriers.fedex_express_check_digit(b)}",
        st.sampled_from(["96", "100"]).flatmap(lambda h: digits(20 - len(h)).map(h.__add__)),
        digits(11),
    ),
    digits(13).map(lambda b: f"0{b}" + carriers.mod37_36_check_char(f"0{b}")),  # DPD
)
coded = st.one_of(
    st.tuples(st.just("lpn"), plates),
    st.tuples(st.just("rma"), rmas),
    st.tuples(st.just("order"), orders),
    st.tuples(st.just("tracking"), tracking_numbers),
    st.tuples(st.just("gtin"), gtins),
    st.tuples(st.just("email"), emails),
)


@st.composite
def dressed(draw: st.DrawFn) -> tuple[str, str]:
    """A code of each kind with what a scan or a hand may add: case, a space, the Enter."""
    kind, code = draw(coded)
    if kind != "email" and draw(st.booleans()):
        code = code.lower()
    if kind != "email" and draw(st.booleans()):
        cut = draw(st.integers(0, len(code)))
        code = f"{code[:cut]} {code[cut:]}"
    return kind, draw(st.sampled_from(["", " ", "\t"])) + code + draw(st.sampled_from(["", "\r\n"]))


@given(dressed())
def test_what_the_resolver_accepts_resolves_again_to_the_same(scan: tuple[str, str]) -> None:
    kind, raw = scan
    first = resolve(raw)
    reading = first.first(kind)
    assert reading is not None, f"{raw!r} not read as {kind}: {first.candidates}"
    event(f"{kind} {reading.carrier or ''}".strip())
    for candidate in first.candidates:
        if candidate.kind in ("lpn", "rma", "order", "tracking", "gtin", "email"):
            again = resolve(candidate.value).first(candidate.kind)
            assert again is not None, f"{candidate.value!r} no longer reads as {candidate.kind}"
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
