"""Shopify against the contract fake (tests/shopify_fake.py: the published schema of the fields
used, a recorded order and return): the return pulled in, processed with a disposition per unit,
refunded once with an @idempotent key, and a refund Shopify refuses kept as a dead letter."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from db.models.outbox import OutboxDelivery, OutboxEvent, ShopReturn
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from tests.shopify_fake import TOKEN, ShopifyFake

ON_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
SHELF = "gid://shopify/Location/64"


@pytest.fixture
def fake() -> Iterator[ShopifyFake]:
    made = ShopifyFake().start()
    yield made
    made.stop()


@pytest.fixture
def shop(station: Station, fake: ShopifyFake, monkeypatch: pytest.MonkeyPatch) -> Station:
    monkeypatch.setenv("SHOPIFY_TOKEN", TOKEN)
    table = {
        "kind": "shopify",
        "url": fake.url,
        "secret_env": "SHOPIFY_TOKEN",
        "api_version": "2026-04",
        "location": SHELF,
        "categories": {"JKT-": "apparel", "SCF-": "apparel"},
        "routes": {"recycle": {"disposition": "NOT_RESTOCKED"}},
    }
    station.settings = station.settings.replace(connectors={"shopify": table})
    return station


def run(station: Station) -> Deliverer:
    made = Deliverer(
        station,
        connectors.from_settings(station.settings),
        policy=Policy(max_attempts=3),
        rng=random.Random(5),
    )
    made.run_once()
    made.stop()
    return made


def inspect_all(station: Station, scarf_grade: str = "D") -> None:
    for _ in range(3):
        opened = scanning.scan(station, "#1042-R1")
        assert isinstance(opened, scanning.Opened), opened
        grade = "A" if opened.inspection.sku == "JKT-TRAIL-M" else scarf_grade
        inspection.finish(station, opened.inspection, grade=grade)


@ON_SQLITE
def test_a_shopify_return_is_pulled_processed_and_refunded_once(
    shop: Station, fake: ShopifyFake
) -> None:
    assert run(shop).states["shopify"].problem is None
    run(shop)  # a second pull finds the same return: stored once
    inspect_all(shop)
    run(shop)
    with shop.db.read() as session:
        delivery = session.scalars(select(OutboxDelivery)).one()
        event = session.get(OutboxEvent, delivery.event_id)
    assert delivery.state == "delivered", delivery.last_error
    assert event is not None
    assert fake.processed == {
        "gid://shopify/ReturnLineItem/677614678": 2,
        "gid://shopify/ReturnLineItem/677614679": 1,
    }
    jackets = fake.dispositions["gid://shopify/ReverseFulfillmentOrderLineItem/5501"]
    assert [(d["type"], d["quantity"], d["location"]) for d in jackets] == [("RESTOCKED", 2, SHELF)]
    [scarf] = fake.dispositions["gid://shopify/ReverseFulfillmentOrderLineItem/5502"]
    assert scarf["type"] in ("PROCESSING_REQUIRED", "NOT_RESTOCKED")
    [refund] = fake.refunds
    assert Decimal(refund["amount"]) == Decimal(event.payload["data"]["refund_total"])
    refund_request = next(r for r in fake.requests if "refundCreate" in r["query"])
    assert "@idempotent(key:" in refund_request["query"]
    # Sent again after a crash: the return has nothing left to process and the refund is there.
    with shop.db.write() as session:
        session.execute(update(OutboxDelivery).values(state="pending"))
    run(shop)
    with shop.db.read() as session:
        receipt = session.scalars(select(OutboxDelivery)).one().receipt
    assert receipt == {"process": "already applied", "refund": "already applied"}
    assert len(fake.refunds) == 1


@ON_SQLITE
def test_a_refund_shopify_refuses_is_a_dead_letter_in_its_words(
    shop: Station, fake: ShopifyFake
) -> None:
    fake.order["transactions"][0]["amount"] = "10.00"  # less was paid than the refund
    run(shop)
    inspect_all(shop, scarf_grade="A")
    run(shop)
    with shop.db.read() as session:
        delivery = session.scalars(select(OutboxDelivery)).one()
    assert (delivery.state, delivery.attempts) == ("dead", 1)
    assert "exceeds the refundable amount" in (delivery.last_error or "")
    assert fake.refunds == []


@ON_SQLITE
def test_a_return_shopify_does_not_know_is_a_dead_letter_naming_it(
    shop: Station, fake: ShopifyFake
) -> None:
    run(shop)
    with shop.db.write() as session:  # the return was pulled, then Shopify lost it
        session.execute(update(ShopReturn).values(shop_return_id="gid://shopify/Return/999"))
    inspect_all(shop)
    run(shop)
    run(shop)  # a refusal is not tried again by itself
    with shop.db.read() as session:
        delivery = session.scalars(select(OutboxDelivery)).one()
    assert (delivery.state, delivery.attempts) == ("dead", 1)
    assert delivery.last_error == "Shopify knows no return gid://shopify/Return/999."
    assert fake.refunds == []
    assert not any(fake.processed.values())


def test_the_fake_refuses_what_shopify_would(fake: ShopifyFake) -> None:
    wrong = fake.answer({"query": '{ order(id: "x") { id colour } }'})
    assert "Cannot query field 'colour' on type 'Order'." in wrong["errors"][0]["message"]
    bare = fake.answer(
        {
            "query": "mutation R($input: RefundInput!) "
            "{ refundCreate(input: $input) { refund { id } } }",
            "variables": {"input": {"orderId": fake.order["id"]}},
        }
    )
    assert "@idempotent directive is required" in bare["errors"][0]["message"]
