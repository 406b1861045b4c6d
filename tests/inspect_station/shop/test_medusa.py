"""The whole loop against the real Medusa v2 of tools/medusa: an order in the shop, a return
requested by the customer, pulled in as an expected return (once, also after a restart), scanned,
photographed, graded and finished at the bench (one unit waits for a supervisor, who approves
it), and the return's decision delivered: Medusa shows the return received, the restocked units
back in stock and the damaged one not, and the refund of exactly the amount the station decided.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from db.models.grading import Recommendation
from db.models.outbox import OutboxDelivery, OutboxEvent, ShopReturn
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.people.roles import Role, User
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from inspect_station.supervise import approvals
from tests.conftest import FakeClock
from tests.inspect_station.returns import with_photo
from tests.medusa_shop import MedusaShop, tool

pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


@pytest.fixture
def shop_station(
    station: Station, medusa_shop: MedusaShop, tmp_path: Path, clock: FakeClock
) -> Iterator[tuple[Station, MedusaShop]]:
    # The shop lives in real time: its returns were requested today, and a notice the
    # station's clock would find in the future is refused as such.
    clock.now = datetime.now(UTC)
    secret = tmp_path / "medusa.key"
    secret.write_text(medusa_shop.api_key)
    os.chmod(secret, 0o600)
    dock = medusa_shop.seed["location_id"]
    table = {
        "kind": "medusa",
        "url": medusa_shop.url,
        "secret_file": str(secret),
        "location": dock,
        "timeout_s": 60,
        "poll_seconds": 1,
        "categories": {"JKT-": "apparel", "SNK-": "footwear", "SCF-": "apparel"},
        "routes": {"restock": {"disposition": "restock", "location": dock}},
    }
    station.settings = station.settings.replace(connectors={"shop": table}, require_shots=False)
    return station, medusa_shop


def deliverer(station: Station) -> Deliverer:
    return Deliverer(
        station,
        connectors.from_settings(station.settings),
        policy=Policy(max_attempts=3, base_s=1, max_s=2),
        rng=random.Random(3),
    )


def request_return(shop: MedusaShop) -> tuple[dict[str, Any], str]:
    """The shop's side: an order paid and delivered, the customer asks to return all of it."""
    api, seed = shop.api(), shop.seed
    order = tool().place_order(
        api, seed, [("JKT-TRAIL-M", 2), ("SNK-CITY-42", 1)], seed["customer_email"]
    )
    reasons = seed["return_reasons"]
    made = api.post(
        "/store/returns",
        {
            "order_id": order["order_id"],
            "return_shipping": {"option_id": seed["return_shipping_option_id"]},
            "items": [
                {
                    "id": order["items"]["JKT-TRAIL-M"],
                    "quantity": 2,
                    "reason_id": reasons["wrong_size"],
                },
                {
                    "id": order["items"]["SNK-CITY-42"],
                    "quantity": 1,
                    "reason_id": reasons["damaged"],
                },
            ],
        },
        auth="store",
    )
    return order, made["return"]["id"]


def stock(shop: MedusaShop) -> dict[str, int]:
    got = shop.api().get(
        "/admin/inventory-items",
        query={
            "sku": ["JKT-TRAIL-M", "SNK-CITY-42"],
            "fields": "sku,location_levels.location_id,location_levels.stocked_quantity",
        },
    )["inventory_items"]
    dock = shop.seed["location_id"]
    return {
        i["sku"]: next(
            lv["stocked_quantity"] for lv in i["location_levels"] if lv["location_id"] == dock
        )
        for i in got
    }


def refunds(shop: MedusaShop, order_id: str) -> list[dict[str, Any]]:
    order = shop.api().get(
        f"/admin/orders/{order_id}",
        query={
            "fields": "id,payment_collections.payments.refunds.amount,"
            "payment_collections.payments.refunds.note"
        },
    )["order"]
    return [r for pc in order["payment_collections"] for p in pc["payments"] for r in p["refunds"]]


def test_a_return_requested_in_medusa_is_inspected_and_answered(
    shop_station: tuple[Station, MedusaShop],
) -> None:
    station, shop = shop_station
    order, return_id = request_return(shop)
    first = deliverer(station)
    first.run_once()
    first.stop()
    assert first.states["shop"].problem is None
    again = deliverer(station)  # a restart reads from the stored cursor, with its overlap
    again.run_once()
    again.stop()
    with station.db.read() as session:
        link = session.scalars(
            select(ShopReturn).where(ShopReturn.shop_return_id == return_id)
        ).one()
        er = session.get(ExpectedReturn, link.expected_return_id)
        assert er is not None
        assert er.rma == return_id.upper()
        assert sorted((ln.sku, ln.quantity, ln.unit_price, ln.category) for ln in er.lines) == [
            ("JKT-TRAIL-M", 2, Decimal("89.90"), "apparel"),
            ("SNK-CITY-42", 1, Decimal("64.50"), "footwear"),
        ]
        assert er.customer_email == shop.seed["customer_email"]
        assert (
            session.scalar(select(ExpectedReturn.id).where(ExpectedReturn.rma == er.rma)) == er.id
        )
    before = stock(shop)

    # At the bench: the two jackets as new, the sneakers worn and graded down by the worker.
    sneaker = None
    for _ in range(3):
        opened = scanning.scan(station, return_id)
        assert isinstance(opened, scanning.Opened), opened
        if opened.inspection.sku == "JKT-TRAIL-M":
            insp = with_photo(station, opened.inspection)
            inspection.finish(station, insp, grade="A")
            continue
        insp = with_photo(station, opened.inspection, "worn-outside")  # the deduction's proof
        draft = Draft(defects=frozenset({"worn-outside"})).with_grade("D", "sole coming off")
        sneaker = inspection.finish(station, insp, draft=draft).inspection
    assert sneaker is not None
    assert sneaker.sku == "SNK-CITY-42"
    with station.db.read() as session:
        assert session.get(Recommendation, sneaker.id).status == "pending"  # type: ignore[union-attr]
        assert not session.scalars(
            select(OutboxEvent).where(OutboxEvent.kind == "return.decided")
        ).all()
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    approvals.approve(station, sneaker.id, note="photos checked")

    send = deliverer(station)
    send.run_once()
    send.stop()
    with station.db.read() as session:
        delivery = session.scalars(select(OutboxDelivery)).one()
        assert (delivery.state, delivery.last_error) == ("delivered", None), delivery.last_error
        wanted = sum(
            (r.refund_amount or Decimal(0))
            for r in session.scalars(select(Recommendation))
            if r.inspection_id in {i for i in _inspections(session, er.id)}
        )
    ret = shop.api().get(
        f"/admin/returns/{return_id}",
        query={"fields": "id,status,items.item_id,items.received_quantity,items.damaged_quantity"},
    )["return"]
    assert ret["status"] == "received"
    assert sorted((i["received_quantity"], i["damaged_quantity"]) for i in ret["items"]) == [
        (1, 1),
        (2, 0),
    ]
    after = stock(shop)
    assert after["JKT-TRAIL-M"] == before["JKT-TRAIL-M"] + 2  # restocked
    assert after["SNK-CITY-42"] == before["SNK-CITY-42"]  # damaged: not back in stock
    paid_back = refunds(shop, order["order_id"])
    assert [Decimal(str(r["amount"])).quantize(Decimal("0.01")) for r in paid_back] == [wanted]
    assert wanted > 0

    # A deliverer that died after Medusa applied it sends it again: nothing happens twice.
    with station.db.write() as session:
        session.execute(update(OutboxDelivery).values(state="pending", delivered_at=None))
    replay = deliverer(station)
    replay.run_once()
    replay.stop()
    with station.db.read() as session:
        receipt = session.scalars(select(OutboxDelivery)).one().receipt
    assert receipt == {"receive": "already applied", "refund": "already applied"}
    assert stock(shop) == after
    assert len(refunds(shop, order["order_id"])) == 1


def one_unit_return(station: Station, shop: MedusaShop) -> tuple[dict[str, Any], str]:
    """A paid and delivered order of one jacket, its return requested and pulled in."""
    api, seed = shop.api(), shop.seed
    order = tool().place_order(api, seed, [("JKT-TRAIL-M", 1)], seed["customer_email"])
    made = api.post(
        "/store/returns",
        {
            "order_id": order["order_id"],
            "return_shipping": {"option_id": seed["return_shipping_option_id"]},
            "items": [{"id": order["items"]["JKT-TRAIL-M"], "quantity": 1}],
        },
        auth="store",
    )
    pull = deliverer(station)
    pull.run_once()
    pull.stop()
    return order, made["return"]["id"]


def finish_and_send(station: Station, return_id: str) -> OutboxDelivery:
    opened = scanning.scan(station, return_id)
    assert isinstance(opened, scanning.Opened), opened
    done = inspection.finish(station, with_photo(station, opened.inspection), grade="A")
    with station.db.read() as session:
        waiting = session.get(Recommendation, done.inspection.id).status == "pending"  # type: ignore[union-attr]
    if waiting:  # above the approval threshold: a supervisor approves it as it is
        worker = station.user
        station.change_shift(user=User("sam", Role.SUPERVISOR))
        approvals.approve(station, done.inspection.id, note="as decided")
        station.change_shift(user=worker)
    for _ in range(2):  # the second round: a refusal is not tried again by itself
        send = deliverer(station)
        send.run_once()
        send.stop()
    with station.db.read() as session:
        return session.scalars(select(OutboxDelivery)).one()


def test_a_refund_above_what_was_paid_is_a_dead_letter_in_medusas_words(
    shop_station: tuple[Station, MedusaShop],
) -> None:
    station, shop = shop_station
    order, return_id = one_unit_return(station, shop)
    with station.db.write() as session:  # the station's price is wrong: ten times the paid one
        er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma == return_id.upper()))
        session.execute(
            update(ExpectedReturnLine)
            .where(ExpectedReturnLine.expected_return_id == er.one().id)
            .values(unit_price=Decimal("899.00"))
        )
    delivery = finish_and_send(station, return_id)
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("dead", 1, 400)
    assert delivery.last_error is not None
    assert delivery.last_error.endswith(
        "→ 400: You are not allowed to refund more than the captured amount"
    ), delivery.last_error
    assert refunds(shop, order["order_id"]) == []


def test_a_return_medusa_does_not_know_is_a_dead_letter_in_its_words(
    shop_station: tuple[Station, MedusaShop],
) -> None:
    station, shop = shop_station
    order, return_id = one_unit_return(station, shop)
    unknown = "return_01KUNKNOWN0000000000000000"
    with station.db.write() as session:  # pulled, then gone from the shop
        session.execute(
            update(ShopReturn)
            .where(ShopReturn.shop_return_id == return_id)
            .values(shop_return_id=unknown)
        )
    delivery = finish_and_send(station, return_id)
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("dead", 1, 404)
    assert f"POST /admin/returns/{unknown}/receive → 404: " in (delivery.last_error or "")
    assert unknown in (delivery.last_error or "").split("→ 404: ", 1)[1]
    assert refunds(shop, order["order_id"]) == []
    ret = shop.api().get(f"/admin/returns/{return_id}", query={"fields": "id,status"})["return"]
    assert ret["status"] == "requested"


def _inspections(session: Any, expected_return_id: int) -> list[Any]:
    from db.models.inspections import Inspection

    return list(
        session.scalars(
            select(Inspection.id).where(Inspection.expected_return_id == expected_return_id)
        )
    )
