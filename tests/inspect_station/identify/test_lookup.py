"""Finding the return from any code the parcel carries, against a real database."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.bench import scanning
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.identify.identifiers import GS
from inspect_station.identify.resolver import Patterns
from tests.helpers import row_counts

BASE = {
    "return_type": "refund",
    "reason": "Too small",
    "delivered_on": "2026-11-20",
    "description": "Item",
    "category": "apparel",
    "quantity": "1",
    "unit_price": "20.00",
}
ROWS = [
    {  # USPS parcel: the manifest holds the IMpb number, the label adds 420 + ZIP+4.
        "rma": "RMA-2026-900001",
        "order_number": "SO-90000001",
        "tracking_number": "9200190132607600833457",
        "carrier": "USPS",
        "customer_email": "Greta.Novak@Example.com",
        "sku": "EL-9001",
        "ean": "4006381333931",
        "serial_number": "",
    },
    {  # A unit the shop knows by serial number (GS1 DataMatrix on the product).
        "rma": "RMA-2026-900002",
        "order_number": "SO-90000002",
        "tracking_number": "00340433836442636597",
        "carrier": "DHL Paket",
        "customer_email": "greta.novak@example.com",
        "sku": "EL-9002",
        "ean": "4006381333931",
        "serial_number": "SN-0042",
    },
    {
        "rma": "RMA-2026-900002",
        "order_number": "SO-90000002",
        "tracking_number": "00340433836442636597",
        "carrier": "DHL Paket",
        "customer_email": "greta.novak@example.com",
        "sku": "EL-9003",
        "ean": "4012345678901",
        "serial_number": "SN-0043",
    },
]


@pytest.fixture
def returns(station: Station) -> Iterator[dict[str, int]]:
    store(station.db, parse_rows([BASE | row for row in ROWS]))
    with station.db.read() as session:
        yield {
            er.rma: er.id
            for er in session.scalars(
                select(ExpectedReturn).where(ExpectedReturn.rma.like("RMA-2026-9%"))
            )
        }


def opened(outcome: scanning.ScanOutcome) -> scanning.Opened:
    assert isinstance(outcome, scanning.Opened), outcome
    return outcome


def test_a_usps_label_with_its_routing_prefix_finds_the_return(
    station: Station, returns: dict[str, int]
) -> None:
    outcome = opened(scanning.scan(station, "4201002334249200190132607600833457"))
    assert outcome.inspection.expected is not None
    assert outcome.inspection.expected.id == returns["RMA-2026-900001"]
    assert outcome.inspection.scanned_code == "9200190132607600833457"


def test_the_sscc_of_a_dhl_parcel_finds_the_return(
    station: Station, returns: dict[str, int]
) -> None:
    outcome = opened(scanning.scan(station, "]C1" + "00340433836442636597"))
    assert outcome.inspection.expected is not None
    assert outcome.inspection.expected.id == returns["RMA-2026-900002"]


def test_a_gs1_datamatrix_serial_opens_the_line_of_that_unit(
    station: Station, returns: dict[str, int]
) -> None:
    raw = "]d2" + "0104012345678901" + "21SN-0043" + GS + "10LOT1"
    outcome = opened(scanning.scan(station, raw))
    assert outcome.inspection.expected is not None
    assert outcome.inspection.expected.id == returns["RMA-2026-900002"]
    assert outcome.inspection.sku == "EL-9003"


def test_a_customer_email_typed_in_offers_that_customers_open_returns(
    station: Station, returns: dict[str, int]
) -> None:
    outcome = scanning.scan(station, "  GRETA.NOVAK@example.COM ")
    assert isinstance(outcome, scanning.Choose)
    assert {c.id for c in outcome.candidates} == set(returns.values())
    assert outcome.matched == "greta.novak@example.com"


def test_a_product_code_in_several_returns_offers_them_and_opens_the_chosen_line(
    station: Station, returns: dict[str, int]
) -> None:
    outcome = scanning.scan(station, "]E0" + "4006381333931")
    assert isinstance(outcome, scanning.Choose)
    assert returns["RMA-2026-900002"] in {c.id for c in outcome.candidates}
    chosen = opened(
        scanning.open_return(
            station,
            returns["RMA-2026-900002"],
            scanned_code=outcome.matched,
            product=outcome.product,
        )
    )
    assert chosen.inspection.sku == "EL-9002"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("4201002334249200190132607600833458", "wrong check digit"),
        ("1Y999AA10123456784", "Y and Z swapped"),
        ("]d2" + "0104006381333932", "wrong check digit"),
        ("\x00\x00RMA-2026-900001", "control characters"),
        ("9" * 10_000, "10,000 characters"),
    ],
)
def test_bad_scans_write_nothing(
    station: Station, returns: dict[str, int], raw: str, message: str
) -> None:
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=message):
        scanning.scan(station, raw)
    with pytest.raises(BadInput, match=message):
        scanning.receive_unexpected(station, raw)
    assert row_counts(station.db) == before


def test_an_unknown_parcel_waits_in_quarantine_with_what_was_scanned(station: Station) -> None:
    outcome = scanning.scan(station, "1Z999AA10123456784")
    assert isinstance(outcome, scanning.NotFound)
    received = scanning.receive_unexpected(station, outcome.code.raw)
    with station.db.read() as session:
        entry = session.scalars(select(UnexpectedReturn)).one()
        assert entry.lpn == received.inspection.lpn
        assert (entry.scanned_code, entry.carrier, entry.state) == (
            "1Z999AA10123456784",
            "UPS",
            "waiting",
        )
        assert entry.reading == "UPS tracking number 1Z999AA10123456784"
        assert (entry.bench, entry.operator) == ("BENCH-07", "maria")


def test_the_shops_own_rma_pattern_is_used_for_manifests_and_scans(station: Station) -> None:
    station.settings = station.settings.replace(rma_pattern=r"R-?(\d{7})", rma_format=r"R\1")
    shop = Patterns.from_settings(station.settings)
    row = BASE | ROWS[0] | {"rma": "r-7654321", "order_number": "SO-70000001"}
    store(station.db, parse_rows([row | {"tracking_number": ""}], shop))
    outcome = opened(scanning.scan(station, "R 7654321"))
    assert outcome.inspection.expected is not None
    assert outcome.inspection.expected.rma == "R7654321"
