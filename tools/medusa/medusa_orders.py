"""Orders as a customer places them: storefront checkout, then the admin's capture and shipment."""

from __future__ import annotations

import json

from medusa_http import Api

ADDRESS = {
    "first_name": "Anna",
    "last_name": "Schmidt",
    "address_1": "Hauptstr. 5",
    "city": "Hamburg",
    "postal_code": "20095",
    "country_code": "de",
}


def place_order(
    api: Api, ids: dict, lines: list[tuple[str, int]], email: str, *, fulfil: bool = True
) -> dict:
    """Storefront checkout (cart → system payment → complete), then admin capture + fulfil + ship + deliver."""
    store = Api(api.url, publishable_key=ids["publishable_key"])
    cart = store.post(
        "/store/carts",
        {
            "region_id": ids["region_id"],
            "sales_channel_id": ids["sales_channel_id"],
            "email": email,
            "items": [
                {"variant_id": ids["variants"][sku]["variant_id"], "quantity": q}
                for sku, q in lines
            ],
            "shipping_address": ADDRESS,
            "billing_address": ADDRESS,
        },
        auth="store",
    )["cart"]
    store.post(
        f"/store/carts/{cart['id']}/shipping-methods",
        {"option_id": ids["shipping_option_id"]},
        auth="store",
    )
    pc = store.post("/store/payment-collections", {"cart_id": cart["id"]}, auth="store")[
        "payment_collection"
    ]
    store.post(
        f"/store/payment-collections/{pc['id']}/payment-sessions",
        {"provider_id": "pp_system_default"},
        auth="store",
    )
    done = store.post(f"/store/carts/{cart['id']}/complete", auth="store")
    if done.get("type") != "order":
        raise RuntimeError(f"cart not completed: {json.dumps(done)[:400]}")
    order_id = done["order"]["id"]
    order = api.get(
        f"/admin/orders/{order_id}",
        query={"fields": "id,display_id,*items,payment_collections.payments.id"},
    )["order"]
    payment_id = order["payment_collections"][0]["payments"][0]["id"]
    api.post(f"/admin/payments/{payment_id}/capture")
    if fulfil:
        items = [{"id": i["id"], "quantity": i["quantity"]} for i in order["items"]]
        ful = api.post(
            f"/admin/orders/{order_id}/fulfillments",
            {"items": items, "location_id": ids["location_id"]},
            query={"fields": "id,fulfillments.id"},
        )["order"]["fulfillments"][-1]
        api.post(
            f"/admin/orders/{order_id}/fulfillments/{ful['id']}/shipments",
            {
                "items": items,
                "labels": [
                    {
                        "tracking_number": f"00340434{order['display_id']:012d}",
                        "tracking_url": "https://tracking.invalid/",
                        "label_url": "https://labels.invalid/",
                    }
                ],
            },
        )
        api.post(f"/admin/orders/{order_id}/fulfillments/{ful['id']}/mark-as-delivered")
    return {
        "order_id": order_id,
        "display_id": order["display_id"],
        "payment_id": payment_id,
        "items": {i["variant_sku"]: i["id"] for i in order["items"]},
    }
