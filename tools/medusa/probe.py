#!/usr/bin/env python3
"""End-to-end proof of the Medusa v2 admin calls Inspect Station's connector makes.

Stdlib only (urllib). Needs a running, seeded server:

    python3 tools/medusa/medusa.py up && python3 tools/medusa/medusa.py seed
    python3 tools/medusa/probe.py [--runs 3] [--refund 60.00]
    python3 tools/medusa/medusa.py down

Each run:
  shop side (fixture, not timed): a storefront order, paid (captured), fulfilled, delivered;
      the customer requests a return of 2 units (store route POST /store/returns).
  station side (the connector):
      1. poll: returns updated since a cursor, then their orders (SKU, EAN, e-mail, prices, shipping)
      2. receive: 1 unit restocked at the dock location, 1 unit dismissed as damaged, confirm
      3. refund the approved amount on the captured payment, with a reason and a note (= our key)
      4. read back inventory, return status and refunds; replay 2+3 with the same key
         (read-before-write guard: nothing is sent twice)
Prints what changed and the p50/max of "receive+refund" over the runs.

The connector part (class Connector) uses only MEDUSA_URL and MEDUSA_API_KEY; the fixture part
reuses tools/medusa/medusa.py (storefront checkout) and its seed file.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent


class ShopError(Exception):
    """A 4xx/5xx from Medusa: status and Medusa's own JSON ({"type": ..., "message": ...})."""

    def __init__(self, status: int, body, method: str, path: str):
        super().__init__(f"{method} {path} -> {status} {body}")
        self.status, self.body = status, body


class Connector:
    """The calls Inspect Station makes, in the order it makes them."""

    def __init__(self, url: str, api_key: str, timeout: float = 30.0):
        self.url = url.rstrip("/")
        self.auth = "Basic " + base64.b64encode(f"{api_key}:".encode()).decode()
        self.timeout = timeout

    # -- HTTP ---------------------------------------------------------------------------------
    def _call(self, method: str, path: str, body=None, query=None):
        url = self.url + path
        if query:
            url += "?" + urllib.parse.urlencode(query, doseq=True)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", self.auth)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return json.loads(resp.read() or b"null")
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = raw.decode(errors="replace")
            raise ShopError(exc.code, parsed, method, path) from None

    # -- 1. expected returns ------------------------------------------------------------------
    RETURN_FIELDS = (
        "id,status,order_id,display_id,location_id,created_at,updated_at,requested_at,"
        "received_at,canceled_at,metadata,items.id,items.item_id,items.quantity,"
        "items.received_quantity,items.damaged_quantity,items.note,items.reason_id,"
        "items.reason.value,items.reason.label,shipping_methods.id,shipping_methods.name,shipping_methods.amount"
    )
    ORDER_FIELDS = (
        "id,display_id,email,currency_code,created_at,customer_id,customer.email,"
        "customer.first_name,customer.last_name,items.*,items.detail.*,"
        "shipping_methods.id,shipping_methods.name,shipping_methods.amount,"
        "payment_collections.payments.id,payment_collections.payments.amount,"
        "payment_collections.payments.captured_at,fulfillments.delivered_at,"
        "fulfillments.location_id"
    )

    def poll_returns(self, cursor: tuple[str, str] | None, page_size: int = 50):
        """Returns updated at/after the cursor (updated_at, id), oldest first, then their orders.

        Two requests per page: /admin/returns cannot be sorted while `order.*` fields are asked
        for (500 "Trying to query by not existing property Order.name" in 2.21.2), and it has no
        $or for a strict (updated_at, id) > cursor filter, so we ask updated_at >= cursor and
        drop rows <= cursor ourselves.
        """
        since = cursor[0] if cursor else "1970-01-01T00:00:00.000Z"
        out, offset = [], 0
        while True:
            page = self._call(
                "GET",
                "/admin/returns",
                query={
                    "fields": self.RETURN_FIELDS,
                    "updated_at[$gte]": since,
                    "order": "updated_at",
                    "limit": page_size,
                    "offset": offset,
                },
            )
            rows = [r for r in page["returns"] if not cursor or (r["updated_at"], r["id"]) > cursor]
            out.extend(rows)
            offset += len(page["returns"])
            if offset >= page["count"] or not page["returns"]:
                break
        out.sort(key=lambda r: (r["updated_at"], r["id"]))
        order_ids = sorted({r["order_id"] for r in out})
        orders = {}
        for i in range(0, len(order_ids), 50):
            chunk = order_ids[i : i + 50]
            res = self._call(
                "GET",
                "/admin/orders",
                query={"id[]": chunk, "fields": self.ORDER_FIELDS, "limit": 50},
            )
            orders.update({o["id"]: o for o in res["orders"]})
        new_cursor = (out[-1]["updated_at"], out[-1]["id"]) if out else cursor
        return out, orders, new_cursor

    @staticmethod
    def expected_return(ret: dict, order: dict) -> dict:
        """What the station stores as an expected return."""
        lines = {i["id"]: i for i in order["items"]}
        # order.shipping_methods also lists the return's own shipping method(s): leave those out
        return_methods = {m["id"] for m in ret.get("shipping_methods") or []}
        return {
            "shop_return_id": ret["id"],
            "status": ret["status"],
            "order_id": order["id"],
            "order_number": order["display_id"],
            "email": order["email"],
            "currency": order["currency_code"],
            "requested_at": ret["requested_at"],
            "shipping_paid": sum(
                m["amount"]
                for m in order.get("shipping_methods") or []
                if m["id"] not in return_methods
            ),
            "return_shipping": sum(m["amount"] for m in ret.get("shipping_methods") or []),
            "lines": [
                {
                    "shop_line_id": it["item_id"],
                    "sku": lines[it["item_id"]]["variant_sku"],
                    "barcode": lines[it["item_id"]]["variant_barcode"],
                    "title": lines[it["item_id"]]["subtitle"] or lines[it["item_id"]]["title"],
                    "unit_price": lines[it["item_id"]]["unit_price"],
                    "quantity": it["quantity"],
                    "received": it["received_quantity"],
                    "reason": (it.get("reason") or {}).get("value"),
                    "note": it.get("note"),
                }
                for it in ret["items"]
            ],
        }

    # -- 2. receive ---------------------------------------------------------------------------
    def receive_changes(self, order_id: str, return_id: str):
        res = self._call(
            "GET",
            f"/admin/orders/{order_id}/changes",
            query={
                "change_type": "return_receive",
                "fields": "id,status,return_id,internal_note,actions.action,actions.details,actions.internal_note",
            },
        )
        return [c for c in res["order_changes"] if c["return_id"] == return_id]

    def receive(
        self,
        ret: dict,
        key: str,
        location_id: str,
        restock: list[tuple[str, int, str]],
        damaged: list[tuple[str, int, str]],
    ) -> str:
        """One receive session. restock/damaged: (order line item id, quantity, unit note).

        Read-before-write: a confirmed session whose internal_note is `key` means it is done;
        a pending session of ours (crash before confirm) is cancelled and redone, since nothing
        of it is applied before confirm.
        """
        for ch in self.receive_changes(ret["order_id"], ret["id"]):
            if ch["internal_note"] == key and ch["status"] == "confirmed":
                return "already applied"
            if ch["status"] in ("pending", "requested") and (ch["internal_note"] or "").startswith(
                "inspect-station"
            ):
                self._call("DELETE", f"/admin/returns/{ret['id']}/receive")
        rid = ret["id"]
        self._call(
            "POST",
            f"/admin/returns/{rid}/receive",
            {"internal_note": key, "description": "Inspect Station"},
        )
        try:
            self._call("POST", f"/admin/returns/{rid}", {"location_id": location_id})
            if restock:
                self._call(
                    "POST",
                    f"/admin/returns/{rid}/receive-items",
                    {
                        "items": [
                            {"id": i, "quantity": q, "internal_note": n} for i, q, n in restock
                        ]
                    },
                )
            if damaged:
                self._call(
                    "POST",
                    f"/admin/returns/{rid}/dismiss-items",
                    {
                        "items": [
                            {"id": i, "quantity": q, "internal_note": n} for i, q, n in damaged
                        ]
                    },
                )
            self._call("POST", f"/admin/returns/{rid}/receive/confirm", {})
        except ShopError:
            # leave nothing half-open: an open order change blocks every other change on the order
            with contextlib.suppress(ShopError):
                self._call("DELETE", f"/admin/returns/{rid}/receive")
            raise
        return "applied"

    # -- 3. refund ----------------------------------------------------------------------------
    def payment_for(self, order_id: str) -> dict:
        o = self._call(
            "GET",
            f"/admin/orders/{order_id}",
            query={
                "fields": "id,payment_collections.payments.id,payment_collections.payments.captured_at,"
                "payment_collections.payments.refunds.id,payment_collections.payments.refunds.amount,"
                "payment_collections.payments.refunds.note,payment_collections.payments.refunds.created_at"
            },
        )["order"]
        pays = [
            p for pc in o["payment_collections"] for p in pc["payments"] if p.get("captured_at")
        ]
        return pays[0]

    def refund(self, order_id: str, amount: float, reason_id: str, key: str) -> str:
        """Refund `amount` (decimal major units, e.g. 60.0 = EUR 60.00) once per key."""
        pay = self.payment_for(order_id)
        if any(r.get("note") == key for r in pay.get("refunds") or []):
            return "already applied"
        self._call(
            "POST",
            f"/admin/payments/{pay['id']}/refund",
            {"amount": amount, "refund_reason_id": reason_id, "note": key},
        )
        return "applied"

    # -- 4. read back -------------------------------------------------------------------------
    def stock(self, inventory_item_ids: list[str], location_id: str) -> dict:
        res = self._call(
            "GET",
            "/admin/inventory-items",
            query={
                "id[]": inventory_item_ids,
                "fields": "id,sku,location_levels.location_id,location_levels.stocked_quantity",
                "limit": 100,
            },
        )
        return {
            i["sku"]: next(
                (
                    l["stocked_quantity"]
                    for l in i["location_levels"]
                    if l["location_id"] == location_id
                ),
                None,
            )
            for i in res["inventory_items"]
        }

    def return_state(self, return_id: str) -> dict:
        return self._call(
            "GET",
            f"/admin/returns/{return_id}",
            query={
                "fields": "id,status,location_id,received_at,items.item_id,items.quantity,items.received_quantity,items.damaged_quantity"
            },
        )["return"]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument(
        "--refund", type=float, default=60.0, help="approved refund in EUR (major units)"
    )
    a = ap.parse_args()

    sys.path.insert(0, str(HERE))
    import medusa  # fixtures: settings, seed ids, storefront checkout

    s = medusa.Settings()
    st = medusa.server_state(s)
    seed = medusa.read_json(s.seed_file)
    url = os.environ.get("MEDUSA_URL") or (st or {}).get("url")
    key = os.environ.get("MEDUSA_API_KEY") or (st or {}).get("api_key")
    if not (url and key and seed):
        print("run `medusa.py up` and `medusa.py seed` first", file=sys.stderr)
        return 2
    shop = medusa.Api(url, key, seed["publishable_key"])
    c = Connector(url, key)
    loc = seed["location_id"]
    inv_ids = [v["inventory_item_id"] for v in seed["variants"].values()]
    print(f"HTTP client: stdlib urllib; server {url}; location {loc}")

    # Cursor = newest return already known, so only this probe's returns come back.
    _, _, cursor = c.poll_returns(None)
    timings = []
    for run in range(1, a.runs + 1):
        print(f"\n=== run {run}")
        # shop side: order paid+fulfilled, customer requests 2 units back
        o = medusa.place_order(
            shop, seed, [("JKT-TRAIL-M", 1), ("SNK-CITY-42", 1)], seed["customer_email"]
        )
        jacket, sneaker = o["items"]["JKT-TRAIL-M"], o["items"]["SNK-CITY-42"]
        shop.post(
            "/store/returns",
            {
                "order_id": o["order_id"],
                "return_shipping": {"option_id": seed["return_shipping_option_id"]},
                "items": [
                    {
                        "id": jacket,
                        "quantity": 1,
                        "reason_id": seed["return_reasons"]["wrong_size"],
                        "note": "too small",
                    },
                    {"id": sneaker, "quantity": 1, "reason_id": seed["return_reasons"]["damaged"]},
                ],
            },
            auth="store",
        )
        print(
            f"shop: order #{o['display_id']} {o['order_id']} paid+fulfilled; return requested (1 jacket, 1 sneaker)"
        )

        # 1. poll
        t0 = time.perf_counter()
        rets, orders, cursor = c.poll_returns(cursor)
        t_poll = time.perf_counter() - t0
        mine = [r for r in rets if r["order_id"] == o["order_id"]]
        assert len(mine) == 1, rets
        exp = Connector.expected_return(mine[0], orders[o["order_id"]])
        print(f"poll ({t_poll * 1000:.0f} ms, {len(rets)} new since cursor) -> expected return:")
        print("  " + json.dumps(exp))

        before = c.stock(inv_ids, loc)
        lpn_ok, lpn_bad = f"LPN{run:04d}A", f"LPN{run:04d}B"
        okey = f"inspect-station:{mine[0]['id']}:{lpn_ok}+{lpn_bad}:v1"
        # 2+3. outcome: jacket restocked, sneaker damaged; refund the approved amount
        t0 = time.perf_counter()
        r1 = c.receive(
            mine[0],
            okey,
            loc,
            restock=[(jacket, 1, f"{lpn_ok} grade A -> restock")],
            damaged=[(sneaker, 1, f"{lpn_bad} grade D -> damaged")],
        )
        t_recv = time.perf_counter() - t0
        r2 = c.refund(o["order_id"], a.refund, seed["refund_reason_id"], okey + ":refund")
        t_both = time.perf_counter() - t0
        timings.append(t_both)
        after = c.stock(inv_ids, loc)

        # 4. read back
        ret = c.return_state(mine[0]["id"])
        pay = c.payment_for(o["order_id"])
        diff = {sku: f"{before[sku]} -> {after[sku]}" for sku in after if after[sku] != before[sku]}
        print(
            f"receive {r1} ({t_recv * 1000:.0f} ms); refund {r2}; receive+refund {t_both * 1000:.0f} ms"
        )
        print(
            f"  return {ret['id']} status={ret['status']} location={ret['location_id']} items="
            + json.dumps(
                [
                    {k: i[k] for k in ("quantity", "received_quantity", "damaged_quantity")}
                    for i in ret["items"]
                ]
            )
        )
        print(
            f"  stock at dock changed: {diff or 'nothing'}  (JKT-TRAIL-M +1 expected, SNK-CITY-42 unchanged)"
        )
        print(
            "  refunds on payment: "
            + json.dumps([{k: r[k] for k in ("id", "amount", "note")} for r in pay["refunds"]])
        )
        assert ret["status"] == "received"
        assert after["JKT-TRAIL-M"] == before["JKT-TRAIL-M"] + 1
        assert after["SNK-CITY-42"] == before["SNK-CITY-42"]
        assert [r["amount"] for r in pay["refunds"]] == [a.refund]

        # retry after a "crash": same key -> read-before-write finds both outcomes, sends nothing
        r1b = c.receive(
            mine[0], okey, loc, restock=[(jacket, 1, lpn_ok)], damaged=[(sneaker, 1, lpn_bad)]
        )
        r2b = c.refund(o["order_id"], a.refund, seed["refund_reason_id"], okey + ":refund")
        pay2 = c.payment_for(o["order_id"])
        print(
            f"  replay with the same key: receive {r1b}, refund {r2b}; refunds now {len(pay2['refunds'])}; "
            f"stock {(c.stock(inv_ids, loc) == after and 'unchanged') or 'CHANGED'}"
        )
        assert len(pay2["refunds"]) == 1

    ms = sorted(t * 1000 for t in timings)
    print(
        f"\nreceive+refund over {len(ms)} runs: p50 {statistics.median(ms):.0f} ms, "
        f"min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms  (machine load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
