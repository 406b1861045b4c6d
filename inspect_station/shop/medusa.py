"""Medusa v2 through its admin REST API (verified against 2.21.2: ``tools/medusa/API.md``).

In: returns the customers requested (``status = requested``), read with a cursor on
``(updated_at, id)`` that re-reads a minute of overlap (a transaction may commit with an older
``updated_at`` than one already seen); the pull skips what it already has.

Out: a return's decision (``return.decided``) becomes one receive session per stock location —
restocked units received at the route's location, damaged ones dismissed (stock unchanged),
units not in the parcel not received — and one refund of what the station decided, less what
was refunded for this return before. Medusa has no idempotency keys, so every write is read
first: a confirmed receive whose ``internal_note`` carries this return's key prefix is done, one
left pending is cancelled and redone (nothing of it was applied), and the refunds whose ``note``
carries the prefix are what was refunded already. One order takes one change at a time: its 400
"already has an existing active order change" is tried again, every other 400 is final.
"""

from __future__ import annotations

import json
from collections import defaultdict
from contextlib import suppress
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from inspect_station.app.i18n import _
from inspect_station.shop.config import ConnectorConfig
from inspect_station.shop.connector import Pulled, Refused, ShopLine, ShopReturnData
from inspect_station.shop.http import JsonClient

TAG = "inspect-station"
OVERLAP = timedelta(seconds=60)
RETURN_FIELDS = (
    "id,status,order_id,created_at,updated_at,requested_at,metadata,items.id,items.item_id,"
    "items.quantity,items.note,items.reason.value,shipping_methods.id"
)
ORDER_FIELDS = (
    "id,display_id,email,currency_code,items.*,fulfillments.delivered_at,"
    "payment_collections.payments.id,payment_collections.payments.captured_at"
)
PAGE = 50


def _passing(status: int, words: str) -> bool:
    return status == 400 and "already has an existing active order change" in words


class MedusaConnector:
    def __init__(self, config: ConnectorConfig) -> None:
        self.config = config
        self._http = JsonClient(
            config.url, timeout_s=config.timeout_s, auth=(config.secret, ""), passing=_passing
        )
        self._refund_reason: str | None = None

    def close(self) -> None:
        self._http.close()

    # -- settings against the shop ------------------------------------------------------------
    def locations(self) -> set[str]:
        found = {r.location for r in self.config.routes.values() if r.location}
        return found | ({self.config.location} if self.config.location else set())

    def check(self) -> None:
        """Every stock location of the mapping exists, and so does the refund reason."""
        wanted = self.locations()
        if wanted:
            got = self._http.call(
                "GET",
                "/admin/stock-locations",
                params={"id[]": sorted(wanted), "fields": "id", "limit": 100},
            )
            missing = wanted - {loc["id"] for loc in got["stock_locations"]}
            if missing:
                raise Refused(
                    _("Medusa knows no stock location {missing}.").format(
                        missing=", ".join(sorted(missing))
                    )
                )
        reasons = self._http.call("GET", "/admin/refund-reasons", params={"limit": 100})
        match = [r for r in reasons["refund_reasons"] if r.get("code") == self.config.refund_reason]
        if not match:
            raise Refused(
                _("Medusa has no refund reason with the code {refund_reason!r}.").format(
                    refund_reason=self.config.refund_reason
                )
            )
        self._refund_reason = match[0]["id"]

    # -- in -------------------------------------------------------------------------------------
    def pull(self, cursor: str | None) -> Pulled:
        since = json.loads(cursor)["updated_at"] if cursor else "1970-01-01T00:00:00.000Z"
        since_at = datetime.fromisoformat(since.replace("Z", "+00:00")) - OVERLAP
        rows: list[dict[str, Any]] = []
        offset = 0
        while True:
            page = self._http.call(
                "GET",
                "/admin/returns",
                params={
                    "fields": RETURN_FIELDS,
                    "updated_at[$gte]": since_at.isoformat().replace("+00:00", "Z"),
                    "order": "updated_at",
                    "limit": PAGE,
                    "offset": offset,
                },
            )
            rows.extend(page["returns"])
            offset += len(page["returns"])
            if offset >= page["count"] or not page["returns"]:
                break
        rows.sort(key=lambda r: (r["updated_at"], r["id"]))
        new_cursor = (
            json.dumps({"updated_at": rows[-1]["updated_at"], "id": rows[-1]["id"]})
            if rows
            else cursor
        )
        requested = [r for r in rows if r["status"] == "requested"]
        orders = self._orders(sorted({r["order_id"] for r in requested}))
        returns = tuple(self._read(r, orders[r["order_id"]]) for r in requested)
        return Pulled(returns, new_cursor)

    def _orders(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        orders: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), PAGE):
            got = self._http.call(
                "GET",
                "/admin/orders",
                params={"id[]": ids[start : start + PAGE], "fields": ORDER_FIELDS, "limit": PAGE},
            )
            orders.update({o["id"]: o for o in got["orders"]})
        return orders

    @staticmethod
    def _read(ret: dict[str, Any], order: dict[str, Any]) -> ShopReturnData:
        lines = {item["id"]: item for item in order.get("items") or []}
        delivered = [
            f["delivered_at"] for f in order.get("fulfillments") or [] if f.get("delivered_at")
        ]
        items = []
        for item in ret.get("items") or []:
            line = lines.get(item["item_id"], {})
            items.append(
                ShopLine(
                    shop_line_id=item["item_id"],
                    sku=line.get("variant_sku"),
                    ean=line.get("variant_barcode"),
                    title=line.get("subtitle") or line.get("title") or "",
                    quantity=int(item["quantity"]),
                    unit_price=Decimal(str(line.get("unit_price", 0))),
                    reason=(item.get("reason") or {}).get("value") or item.get("note") or "",
                )
            )
        rma = str((ret.get("metadata") or {}).get("rma") or ret["id"])
        return ShopReturnData(
            shop_return_id=ret["id"],
            shop_order_id=order["id"],
            rma=rma,
            order_number=str(order.get("display_id") or order["id"]),
            email=order.get("email"),
            currency=order.get("currency_code") or "eur",
            requested_at=_time(ret.get("requested_at")),
            delivered_at=_time(max(delivered)) if delivered else None,
            reason="",
            lines=tuple(items),
        )

    # -- out ------------------------------------------------------------------------------------
    def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        if event["type"] != "return.decided":
            return {"ignored": event["type"]}
        data = event["data"]
        shop = data["shop"]
        key = f"{TAG}:{event['idempotency_key']}"
        prefix = f"{TAG}:{data['rma']}:return.decided:"
        received = self._receive(shop, data["units"], key, prefix)
        refunded = self._refund(
            shop["order_id"], data["rma"], Decimal(data["refund_total"]), key, prefix
        )
        return {"receive": received, "refund": refunded}

    def _sessions(
        self, shop: dict[str, Any], units: list[dict[str, Any]]
    ) -> dict[str, dict[str, list[dict[str, Any]]]]:
        """Location → restock and damaged items (order line, quantity, the plates as a note)."""
        lines = shop["lines"]
        grouped: dict[str, dict[str, dict[str, list[str]]]] = defaultdict(
            lambda: {"restock": defaultdict(list), "damaged": defaultdict(list)}
        )
        for unit in units:
            route = self.config.route(unit.get("route"), unit.get("receipt") or "received")
            line = lines.get(str(unit.get("line_no")))
            if route.disposition == "none" or line is None:
                continue
            where = route.location or self.config.location or ""
            grouped[where][route.disposition][line["id"]].append(
                f"{unit['lpn']} grade {unit.get('grade')} {unit.get('route')}"
            )
        return {
            where: {
                kind: [
                    {"id": line_id, "quantity": len(notes), "internal_note": "; ".join(notes)[:500]}
                    for line_id, notes in sorted(by_line.items())
                ]
                for kind, by_line in kinds.items()
            }
            for where, kinds in grouped.items()
        }

    def _receive(
        self, shop: dict[str, Any], units: list[dict[str, Any]], key: str, prefix: str
    ) -> str:
        rid, oid = shop["return_id"], shop["order_id"]
        changes = self._http.call(
            "GET",
            f"/admin/orders/{oid}/changes",
            params={"change_type": "return_receive", "fields": "id,status,return_id,internal_note"},
        )["order_changes"]
        ours = [
            c
            for c in changes
            if c["return_id"] == rid and (c["internal_note"] or "").startswith(prefix)
        ]
        done = {c["internal_note"].rsplit("@", 1)[-1] for c in ours if c["status"] == "confirmed"}
        if any(c["status"] in ("pending", "requested") for c in ours):
            self._http.call("DELETE", f"/admin/returns/{rid}/receive")  # nothing of it applied
        sessions = self._sessions(shop, units)
        todo = {where: items for where, items in sessions.items() if where not in done}
        if done and not todo:
            return "already applied"
        self._check_stock(units, todo)
        for where, items in sorted(todo.items()):
            self._session(rid, where, items, f"{key}@{where}")
        return "applied" if todo else "nothing to receive"

    def _check_stock(self, units: list[dict[str, Any]], todo: dict[str, Any]) -> None:
        """Medusa answers a receive at a location without the item's stock record with a 500 and
        leaves the return half received: refuse it here, in words, before anything is sent."""
        routes = [
            (unit["sku"], self.config.route(unit.get("route"), unit.get("receipt") or "received"))
            for unit in units
        ]
        need = {  # where _sessions receives them: the route's location, else the connector's
            (sku, route.location or self.config.location or "")
            for sku, route in routes
            if route.disposition == "restock"
        }
        need = {(sku, where) for sku, where in need if where in todo}
        if not need:
            return
        skus = sorted({sku for sku, _ in need})
        got = self._http.call(
            "GET",
            "/admin/inventory-items",
            params={"sku": skus, "fields": "sku,location_levels.location_id", "limit": 100},
        )["inventory_items"]
        levels = {
            (i["sku"], lv["location_id"]) for i in got for lv in i.get("location_levels") or []
        }
        missing = sorted(f"{sku} at {where}" for sku, where in need if (sku, where) not in levels)
        if missing:
            raise Refused(
                _(
                    "Medusa has no stock record for {missing}: add the inventory level in Medusa "
                    "(or map the route elsewhere), then retry."
                ).format(missing=", ".join(missing))
            )

    def _session(
        self, rid: str, where: str, items: dict[str, list[dict[str, Any]]], note: str
    ) -> None:
        self._http.call(
            "POST",
            f"/admin/returns/{rid}/receive",
            body={"internal_note": note, "description": "Inspect Station"},
        )
        try:
            self._http.call("POST", f"/admin/returns/{rid}", body={"location_id": where})
            if items.get("restock"):
                self._http.call(
                    "POST", f"/admin/returns/{rid}/receive-items", body={"items": items["restock"]}
                )
            if items.get("damaged"):
                self._http.call(
                    "POST", f"/admin/returns/{rid}/dismiss-items", body={"items": items["damaged"]}
                )
            self._http.call("POST", f"/admin/returns/{rid}/receive/confirm", body={})
        except Exception:
            # An open change blocks every other change of the order: leave none behind.
            with suppress(Exception):  # the first failure is the one to report
                self._http.call("DELETE", f"/admin/returns/{rid}/receive")
            raise

    def _refund(self, oid: str, rma: str, wanted: Decimal, key: str, prefix: str) -> str:
        order = self._http.call(
            "GET",
            f"/admin/orders/{oid}",
            params={
                "fields": "id,payment_collections.payments.id,"
                "payment_collections.payments.captured_at,"
                "payment_collections.payments.refunds.amount,"
                "payment_collections.payments.refunds.note"
            },
        )["order"]
        payments = [
            p
            for pc in order.get("payment_collections") or []
            for p in pc.get("payments") or []
            if p.get("captured_at")
        ]
        if not payments:
            raise Refused(
                _("Medusa order {oid} has no captured payment to refund.").format(oid=oid)
            )
        refunds = [r for p in payments for r in p.get("refunds") or []]
        if any(r.get("note") == key for r in refunds):
            return "already applied"
        paid_back = sum(
            (
                Decimal(str(r["amount"]))
                for r in refunds
                if (r.get("note") or "").startswith(prefix)
            ),
            Decimal(0),
        )
        difference = wanted - paid_back
        if difference < 0:
            raise Refused(
                _(
                    "{rma}: the refund is now {wanted:.2f} but {paid_back:.2f} was refunded "
                    "already; Medusa cannot take money back: settle the difference there by hand."
                ).format(rma=rma, wanted=wanted, paid_back=paid_back)
            )
        if difference == 0:
            return "nothing to refund"
        if self._refund_reason is None:
            self.check()
        self._http.call(
            "POST",
            f"/admin/payments/{payments[0]['id']}/refund",
            body={
                "amount": float(difference),
                "refund_reason_id": self._refund_reason,
                "note": key,
            },
        )
        return f"refunded {difference:.2f}"


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
