"""The catalogue the tests use, made through the admin API (looked up first, so it can run
again), and the seed orders."""

from __future__ import annotations

import time

from medusa_http import Api
from medusa_orders import place_order
from medusa_server import server_state
from medusa_settings import Settings, die, info, read_json, record_timing, write_private_json

REGION = "Europe (Inspect Station)"
SALES_CHANNEL = "Inspect Station webshop"
LOCATION = "Returns dock"
COUNTRIES = ["de", "fr", "nl", "at"]
# EAN-13s with valid check digits.
PRODUCTS = [
    {
        "title": "Trail Jacket",
        "handle": "trail-jacket",
        "option": "Size",
        "price": 89.90,
        "variants": [("M", "JKT-TRAIL-M", "4006381333931"), ("L", "JKT-TRAIL-L", "4006381333948")],
    },
    {
        "title": "City Sneaker",
        "handle": "city-sneaker",
        "option": "Size",
        "price": 64.50,
        "variants": [
            ("42", "SNK-CITY-42", "4012345000016"),
            ("43", "SNK-CITY-43", "4012345000023"),
        ],
    },
    {
        "title": "Merino Scarf",
        "handle": "merino-scarf",
        "option": "Colour",
        "price": 24.95,
        "variants": [("Grey", "SCF-MERINO-GRY", "4012345000030")],
    },
]
STOCK = 200
CUSTOMER = {"email": "anna.schmidt@example.test", "first_name": "Anna", "last_name": "Schmidt"}
RETURN_REASONS = [
    ("damaged", "Arrived damaged"),
    ("wrong_size", "Wrong size"),
    ("not_as_described", "Not as described"),
]
REFUND_REASON = ("return_inspected", "Return inspected")


def first(items, pred=lambda x: True):
    return next((i for i in items if pred(i)), None)


def seed_catalogue(api: Api) -> dict:
    ids: dict = {}
    store = api.get("/admin/stores", query={"fields": "id,default_sales_channel_id"})["stores"][0]
    ids["store_id"] = store["id"]

    reg = first(api.get("/admin/regions", query={"name": REGION})["regions"])
    if not reg:
        reg = api.post(
            "/admin/regions",
            {
                "name": REGION,
                "currency_code": "eur",
                "countries": COUNTRIES,
                "payment_providers": ["pp_system_default"],
            },
        )["region"]
    ids["region_id"] = reg["id"]

    sc = first(api.get("/admin/sales-channels", query={"name": SALES_CHANNEL})["sales_channels"])
    if not sc:
        sc = api.post("/admin/sales-channels", {"name": SALES_CHANNEL})["sales_channel"]
    ids["sales_channel_id"] = sc["id"]

    loc = first(
        api.get(
            "/admin/stock-locations",
            query={
                "name": LOCATION,
                "fields": "id,*fulfillment_sets,*fulfillment_sets.service_zones",
            },
        )["stock_locations"]
    )
    if not loc:
        loc = api.post(
            "/admin/stock-locations",
            {
                "name": LOCATION,
                "address": {
                    "address_1": "Dockweg 1",
                    "city": "Berlin",
                    "postal_code": "10115",
                    "country_code": "de",
                },
            },
        )["stock_location"]
        api.post(f"/admin/stock-locations/{loc['id']}/sales-channels", {"add": [sc["id"]]})
        api.post(
            f"/admin/stock-locations/{loc['id']}/fulfillment-providers", {"add": ["manual_manual"]}
        )
        loc = api.post(
            f"/admin/stock-locations/{loc['id']}/fulfillment-sets",
            {"name": f"{LOCATION} shipping", "type": "shipping"},
            query={"fields": "id,*fulfillment_sets,*fulfillment_sets.service_zones"},
        )["stock_location"]
    ids["location_id"] = loc["id"]
    fset = loc["fulfillment_sets"][0]
    ids["fulfillment_set_id"] = fset["id"]
    zone = first(fset.get("service_zones") or [])
    if not zone:
        zone = api.post(
            f"/admin/fulfillment-sets/{fset['id']}/service-zones",
            {
                "name": "EU",
                "geo_zones": [{"type": "country", "country_code": c} for c in COUNTRIES],
            },
            query={"fields": "id,*service_zones"},
        )["fulfillment_set"]["service_zones"][0]
    ids["service_zone_id"] = zone["id"]

    profile = first(
        api.get("/admin/shipping-profiles", query={"type": "default"})["shipping_profiles"]
    )
    ids["shipping_profile_id"] = profile["id"]

    options = api.get(
        "/admin/shipping-options", query={"service_zone_id": zone["id"], "fields": "id,name"}
    )["shipping_options"]
    for key, name, is_return, amount, code in (
        ("shipping_option_id", "Standard shipping", False, 4.95, "standard"),
        ("return_shipping_option_id", "Return to dock", True, 0, "return"),
    ):
        opt = first(options, lambda o, name=name: o["name"] == name)
        if not opt:
            opt = api.post(
                "/admin/shipping-options",
                {
                    "name": name,
                    "service_zone_id": zone["id"],
                    "shipping_profile_id": profile["id"],
                    "price_type": "flat",
                    "provider_id": "manual_manual",
                    "type": {"label": name, "description": name, "code": code},
                    "prices": [{"currency_code": "eur", "amount": amount}],
                    "rules": [
                        {"attribute": "enabled_in_store", "operator": "eq", "value": "true"},
                        {
                            "attribute": "is_return",
                            "operator": "eq",
                            "value": "true" if is_return else "false",
                        },
                    ],
                },
            )["shipping_option"]
        ids[key] = opt["id"]

    ids["variants"] = {}
    for p in PRODUCTS:
        prod = first(
            api.get(
                "/admin/products",
                query={"handle": p["handle"], "fields": "id,variants.id,variants.sku"},
            )["products"]
        )
        if not prod:
            prod = api.post(
                "/admin/products",
                {
                    "title": p["title"],
                    "handle": p["handle"],
                    "status": "published",
                    "shipping_profile_id": profile["id"],
                    "sales_channels": [{"id": sc["id"]}],
                    "options": [{"title": p["option"], "values": [v[0] for v in p["variants"]]}],
                    "variants": [
                        {
                            "title": f"{p['title']} {val}",
                            "sku": sku,
                            "ean": ean,
                            "barcode": ean,
                            "manage_inventory": True,
                            "options": {p["option"]: val},
                            "prices": [{"currency_code": "eur", "amount": p["price"]}],
                        }
                        for val, sku, ean in p["variants"]
                    ],
                },
                query={"fields": "id,variants.id,variants.sku"},
            )["product"]
        for v in prod["variants"]:
            ids["variants"][v["sku"]] = {"variant_id": v["id"]}

    skus = list(ids["variants"])
    items = api.get(
        "/admin/inventory-items",
        query={
            "sku": skus,
            "fields": "id,sku,location_levels.location_id,location_levels.stocked_quantity,"
            "location_levels.reserved_quantity",
            "limit": 100,
        },
    )["inventory_items"]
    # Every seed tops the stock up again: a shop used by many runs sells it out otherwise.
    create, update = [], []
    for it in items:
        ids["variants"][it["sku"]]["inventory_item_id"] = it["id"]
        level = first(it.get("location_levels") or [], lambda l: l["location_id"] == loc["id"])
        if level is None:
            create.append(
                {"inventory_item_id": it["id"], "location_id": loc["id"], "stocked_quantity": STOCK}
            )
        elif level["stocked_quantity"] - (level.get("reserved_quantity") or 0) < STOCK:
            update.append(
                {
                    "inventory_item_id": it["id"],
                    "location_id": loc["id"],
                    "stocked_quantity": (level.get("reserved_quantity") or 0) + STOCK,
                }
            )
    if create or update:
        api.post(
            "/admin/inventory-items/location-levels/batch",
            {"create": create, "update": update, "delete": []},
        )

    cust = first(api.get("/admin/customers", query={"email": CUSTOMER["email"]})["customers"])
    if not cust:
        cust = api.post("/admin/customers", CUSTOMER)["customer"]
    ids["customer_id"] = cust["id"]
    ids["customer_email"] = cust["email"]

    existing = {
        r["value"]: r["id"]
        for r in api.get("/admin/return-reasons", query={"limit": 100})["return_reasons"]
    }
    ids["return_reasons"] = {}
    for value, label in RETURN_REASONS:
        ids["return_reasons"][value] = (
            existing.get(value)
            or api.post("/admin/return-reasons", {"value": value, "label": label})["return_reason"][
                "id"
            ]
        )

    rr = first(
        api.get("/admin/refund-reasons", query={"limit": 100})["refund_reasons"],
        lambda r: r.get("code") == REFUND_REASON[0],
    )
    if not rr:
        rr = api.post(
            "/admin/refund-reasons", {"code": REFUND_REASON[0], "label": REFUND_REASON[1]}
        )["refund_reason"]
    ids["refund_reason_id"] = rr["id"]

    pk = first(
        api.get(
            "/admin/api-keys",
            query={
                "type": "publishable",
                "title": "inspect-station-webshop",
                "fields": "id,token,revoked_at",
            },
        )["api_keys"],
        lambda k: not k.get("revoked_at"),
    )
    if not pk:
        pk = api.post(
            "/admin/api-keys", {"title": "inspect-station-webshop", "type": "publishable"}
        )["api_key"]
        api.post(f"/admin/api-keys/{pk['id']}/sales-channels", {"add": [sc["id"]]})
    ids["publishable_key"] = pk["token"]
    return ids


SEED_BASKETS = [
    [("JKT-TRAIL-M", 2), ("JKT-TRAIL-L", 1)],
    [("SNK-CITY-42", 1), ("SCF-MERINO-GRY", 2)],
    [("JKT-TRAIL-L", 1), ("SNK-CITY-43", 1)],
]


def cmd_seed(s: Settings) -> dict:
    st = server_state(s)
    if not st or not st.get("api_key"):
        die("the server is not running: run `medusa.py up` first")
    api = Api(st["url"], st["api_key"])
    t0 = time.monotonic()
    ids = seed_catalogue(api)
    count = api.get(
        "/admin/orders",
        query={"sales_channel_id[]": [ids["sales_channel_id"]], "fields": "id", "limit": 1},
    )["count"]
    prior = read_json(s.seed_file, {}) or {}
    ids["orders"] = prior.get("orders", []) if count else []
    for n in range(count, s.seed_orders):
        ids["orders"].append(
            place_order(api, ids, SEED_BASKETS[n % len(SEED_BASKETS)], CUSTOMER["email"])
        )
    write_private_json(s.seed_file, ids)
    record_timing(s, "seed_s", time.monotonic() - t0)
    info(
        f"seeded: {len(ids['variants'])} variants at {ids['location_id']}, {len(ids['orders'])} paid+fulfilled orders"
        f" ({s.seed_orders - count if count < s.seed_orders else 0} new); ids in {s.seed_file}"
    )
    return ids


# --------------------------------------------------------------------------- commands
