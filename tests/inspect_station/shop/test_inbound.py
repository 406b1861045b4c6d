"""A shop's returns come in through the manifest's checks: stored once, and a bad one refuses the
page with the shop's id named and nothing written."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models.outbox import ShopCursor, ShopReturn
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.shop import config, inbound
from inspect_station.shop.connector import Pulled, ShopLine, ShopReturnData
from tests.helpers import row_counts

CONFIG = config.ConnectorConfig(
    name="shop",
    kind="medusa",
    url="http://127.0.0.1:9",
    secret="sk_test",
    location="sloc_1",
    categories={"JKT-": "apparel"},
)


def shop_return(n: int, *lines: ShopLine) -> ShopReturnData:
    return ShopReturnData(
        shop_return_id=f"return_{n:04d}",
        shop_order_id=f"order_{n:04d}",
        rma=f"return_{n:04d}",
        order_number=str(1000 + n),
        email="Anna.Schmidt@example.test",
        currency="eur",
        requested_at=datetime(2026, 11, 24, 9, 0, tzinfo=UTC),
        delivered_at=datetime(2026, 11, 20, 15, 0, tzinfo=UTC),
        reason="",
        lines=lines
        or (
            ShopLine(
                "ordli_1",
                "JKT-TRAIL-M",
                "4006381333931",
                "Trail Jacket M",
                2,
                Decimal("89.9"),
                "wrong_size",
            ),
        ),
    )


def test_a_pulled_return_is_stored_once_with_its_shop_ids(station: Station) -> None:
    page = Pulled((shop_return(1),), '{"updated_at": "2026-11-24T09:00:00Z", "id": "return_0001"}')
    assert inbound.store(station, CONFIG, page).created == 1
    assert inbound.store(station, CONFIG, page) == inbound.PullResult(0, 1, page.cursor)
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RETURN_0001")
        ).one()
        link = session.scalars(select(ShopReturn)).one()
        cursor = session.get(ShopCursor, "shop")
        [line] = er.lines
    assert (er.rma, er.order_number, er.customer_email) == (
        "RETURN_0001",
        "1001",
        "anna.schmidt@example.test",
    )
    assert str(er.withdrawal_notified_on) == "2026-11-24"
    assert str(er.delivered_on) == "2026-11-20"
    assert (line.sku, line.ean, line.category, line.quantity, line.unit_price) == (
        "JKT-TRAIL-M", "4006381333931", "apparel", 2, Decimal("89.90"),
    )  # fmt: skip
    assert (link.shop_order_id, link.lines["1"]["id"], link.currency) == (
        "order_0001",
        "ordli_1",
        "EUR",
    )
    assert cursor is not None
    assert cursor.cursor == page.cursor


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (ShopLine("ordli_9", None, None, "Gift card", 1, Decimal("10")), "unknown SKU"),
        (ShopLine("ordli_9", "", None, "Custom item", 1, Decimal("10")), "unknown SKU"),
        (
            ShopLine("ordli_9", "JKT-TRAIL-L", None, "Jacket", -1, Decimal("10")),
            "column quantity: -1 is not 1–999",
        ),
        (
            ShopLine("ordli_9", "JKT-TRAIL-L", None, "Jacket", 1, Decimal("-5")),
            "column unit_price: -5.00 is not a price of 0–1,000,000",
        ),
    ],
)
def test_a_bad_line_refuses_the_page_naming_the_shops_ids_and_writes_nothing(
    station: Station, line: ShopLine, words: str
) -> None:
    good = shop_return(2)
    bad = shop_return(3, line)
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=f"^Medusa return return_0003, line ordli_9[:,] .*{words}"):
        inbound.store(station, CONFIG, Pulled((good, bad), '{"updated_at": "x", "id": "y"}'))
    assert row_counts(station.db) == before  # not even the good one, nor the cursor


def test_the_deliverer_says_why_a_pull_was_refused(station: Station) -> None:
    from inspect_station.shop.runner import Deliverer

    class Shop:
        config = replace(CONFIG, pull=True)

        def check(self) -> None: ...

        def pull(self, cursor: str | None) -> Pulled:
            bad = ShopLine("ordli_7", None, None, "Gift card", 1, Decimal("10"))
            return Pulled((shop_return(7, bad),), '{"updated_at": "x", "id": "y"}')

        def deliver(self, event: dict[str, object]) -> dict[str, object]:
            return {}

        def close(self) -> None: ...

    deliverer = Deliverer(station, {"shop": Shop()})  # type: ignore[dict-item]
    deliverer.run_once()
    deliverer.stop()
    problem = deliverer.states["shop"].problem
    assert problem == (
        "Medusa return return_0007, line ordli_7: unknown SKU "
        "(the shop's line names no product SKU)."
    )


def test_a_shops_request_is_the_notice_of_withdrawal_with_its_moment(station: Station) -> None:
    # Requested in the shop at 23:30 at UTC+1: the moment is kept with its offset, the channel
    # is the shop's online withdrawal function.
    at = datetime.fromisoformat("2026-11-24T23:30:00+01:00")
    inbound.store(
        station, CONFIG, Pulled((replace(shop_return(5), requested_at=at),), '{"id": "y"}')
    )
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RETURN_0005")
        ).one()
        assert er.withdrawal_notified_on.isoformat() == "2026-11-24"  # type: ignore[union-attr]
        assert er.withdrawal_notified_at == at.astimezone(UTC)
        assert er.withdrawal_channel == "button"
