"""Shopify through the Admin GraphQL API (``POST /admin/api/<version>/graphql.json``).

In: orders whose return status is ``return_requested``, paged with the connection's cursor; each
open or requested return becomes an expected return (its name as the RMA, its return line ids
per line). Out: a return's decision becomes ``returnProcess`` with a disposition per unit
(``RESTOCKED`` at the route's location, ``PROCESSING_REQUIRED``, ``NOT_RESTOCKED``, ``MISSING``),
and the refund ``refundCreate`` with the ``@idempotent`` directive (required from 2026-04 for
refunds and inventory changes): its key is a UUID made from the event's idempotency key, so a
retry after a restart sends the same one. Both are read first: a return with nothing left to
process is done, and the refunds whose note carries this return's key prefix are what was paid
back already. Errors in ``userErrors`` are refusals in Shopify's words; a throttled request
(``THROTTLED``) is tried again.
"""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from datetime import datetime
from decimal import Decimal
from typing import Any

from inspect_station.app.i18n import _
from inspect_station.shop.config import ConnectorConfig
from inspect_station.shop.connector import Pulled, Refused, ShopLine, ShopReturnData, TryAgain
from inspect_station.shop.http import JsonClient

TAG = "inspect-station"
KEYS = uuid.UUID("6b1f3c1e-2f57-4a53-9d8e-2c6a51c0a417")  # namespace of the refund keys

PULL = """
query Returns($after: String) {
  orders(first: 25, after: $after, query: "return_status:return_requested", sortKey: UPDATED_AT) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id name email currencyCode
      returns(first: 10) { nodes { id name status createdAt
        returnLineItems(first: 50) { nodes { id quantity returnReasonNote
          ... on ReturnLineItem { fulfillmentLineItem { lineItem { id sku title
            originalUnitPriceSet { shopMoney { amount currencyCode } } } } } } } } }
    }
  }
}"""

STATE = """
query ReturnState($id: ID!) {
  return(id: $id) {
    id status
    returnLineItems(first: 50) { nodes { id quantity processableQuantity processedQuantity
      ... on ReturnLineItem { fulfillmentLineItem { id } } } }
    reverseFulfillmentOrders(first: 5) { nodes { lineItems(first: 50) { nodes {
      id totalQuantity fulfillmentLineItem { id } dispositions { quantity type } } } } }
    order { id
      transactions(first: 20) { id kind status gateway
        amountSet { shopMoney { amount currencyCode } } }
      refunds(first: 50) { id note totalRefundedSet { shopMoney { amount } } } }
  }
}"""

PROCESS = """
mutation Process($input: ReturnProcessInput!) {
  returnProcess(input: $input) { return { id status } userErrors { field message code } }
}"""

REFUND = """
mutation Refund($input: RefundInput!) {
  refundCreate(input: $input) @idempotent(key: "%s") {
    refund { id note } userErrors { field message }
  }
}"""


class ShopifyConnector:
    def __init__(self, config: ConnectorConfig) -> None:
        self.config = config
        self._http = JsonClient(
            f"{config.url}/admin/api/{config.api_version}",
            timeout_s=config.timeout_s,
            headers={"X-Shopify-Access-Token": config.secret},
        )

    def close(self) -> None:
        self._http.close()

    def check(self) -> None:
        """Locations are checked by Shopify itself when a disposition names one."""

    def _graphql(self, query: str, variables: dict[str, Any]) -> dict[str, Any]:
        answer = self._http.call(
            "POST", "/graphql.json", body={"query": query, "variables": variables}
        )
        errors = answer.get("errors") if isinstance(answer, dict) else None
        if errors:
            words = "; ".join(str(e.get("message", e)) for e in errors)
            throttled = any((e.get("extensions") or {}).get("code") == "THROTTLED" for e in errors)
            raise (TryAgain if throttled else Refused)(f"Shopify: {words}")
        data: dict[str, Any] = answer["data"]
        return data

    # -- in -------------------------------------------------------------------------------------
    def pull(self, cursor: str | None) -> Pulled:
        found: list[ShopReturnData] = []
        after = json.loads(cursor)["after"] if cursor else None
        while True:
            page = self._graphql(PULL, {"after": after})["orders"]
            for order in page["nodes"]:
                for ret in order["returns"]["nodes"]:
                    if ret["status"] in ("REQUESTED", "OPEN"):
                        found.append(_read(order, ret))
            if page["pageInfo"]["endCursor"]:
                after = page["pageInfo"]["endCursor"]
            if not page["pageInfo"]["hasNextPage"]:
                break
        return Pulled(tuple(found), json.dumps({"after": after}) if after else cursor)

    # -- out ------------------------------------------------------------------------------------
    def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        if event["type"] != "return.decided":
            return {"ignored": event["type"]}
        data = event["data"]
        shop = data["shop"]
        key = f"{TAG}:{event['idempotency_key']}"
        prefix = f"{TAG}:{data['rma']}:return.decided:"
        state = self._graphql(STATE, {"id": shop["return_id"]})["return"]
        if state is None:
            raise Refused(
                _("Shopify knows no return {return_id}.").format(return_id=shop["return_id"])
            )
        processed = self._process(state, shop, data["units"], key)
        refunded = self._refund(
            state["order"], Decimal(data["refund_total"]), data["currency"], key, prefix
        )
        return {"process": processed, "refund": refunded}

    def _process(
        self, state: dict[str, Any], shop: dict[str, Any], units: list[dict[str, Any]], key: str
    ) -> str:
        left = {n["id"]: n for n in state["returnLineItems"]["nodes"] if n["processableQuantity"]}
        if not left:
            return "already applied"
        rfo_lines = {
            n["fulfillmentLineItem"]["id"]: n["id"]
            for rfo in state["reverseFulfillmentOrders"]["nodes"]
            for n in rfo["lineItems"]["nodes"]
            if n.get("fulfillmentLineItem")
        }
        grouped: dict[str, dict[tuple[str, str | None], int]] = defaultdict(
            lambda: defaultdict(int)
        )
        for unit in units:
            line = shop["lines"].get(str(unit.get("line_no")))
            if line is None or line["id"] not in left:
                continue
            route = self.config.route(unit.get("route"), unit.get("receipt") or "received")
            grouped[line["id"]][(route.disposition, route.location)] += 1
        items = []
        for line_id, by_disposition in grouped.items():
            fulfilled = left[line_id]["fulfillmentLineItem"]["id"]
            dispositions = [
                {
                    "reverseFulfillmentOrderLineItemId": rfo_lines[fulfilled],
                    "quantity": quantity,
                    "dispositionType": disposition,
                    **({"locationId": location} if disposition == "RESTOCKED" else {}),
                }
                for (disposition, location), quantity in sorted(by_disposition.items())
            ]
            total = sum(by_disposition.values())
            items.append({"id": line_id, "quantity": total, "dispositions": dispositions})
        if not items:
            return "nothing to process"
        answer = self._graphql(
            PROCESS,
            {
                "input": {
                    "returnId": state["id"],
                    "returnLineItems": items,
                    "note": key,
                    "notifyCustomer": False,
                }
            },
        )["returnProcess"]
        _user_errors(answer)
        return "applied"

    def _refund(
        self, order: dict[str, Any], wanted: Decimal, currency: str, key: str, prefix: str
    ) -> str:
        refunds = order["refunds"]
        if any(r.get("note") == key for r in refunds):
            return "already applied"
        paid_back = sum(
            (
                Decimal(r["totalRefundedSet"]["shopMoney"]["amount"])
                for r in refunds
                if (r.get("note") or "").startswith(prefix)
            ),
            Decimal(0),
        )
        difference = wanted - paid_back
        if difference < 0:
            raise Refused(
                _(
                    "the refund is now {wanted:.2f} but {paid_back:.2f} was refunded already; "
                    "settle the difference in Shopify by hand."
                ).format(wanted=wanted, paid_back=paid_back)
            )
        if difference == 0:
            return "nothing to refund"
        parents = [
            t
            for t in order["transactions"]
            if t["kind"] in ("SALE", "CAPTURE") and t["status"] == "SUCCESS"
        ]
        if not parents:
            raise Refused(
                _("Shopify order {id} has no paid transaction to refund.").format(id=order["id"])
            )
        parent = parents[0]
        refund_key = str(uuid.uuid5(KEYS, key))
        answer = self._graphql(
            REFUND % refund_key,
            {
                "input": {
                    "orderId": order["id"],
                    "note": key,
                    "notify": True,
                    "transactions": [
                        {
                            "orderId": order["id"],
                            "parentId": parent["id"],
                            "amount": f"{difference:.2f}",
                            "gateway": parent.get("gateway") or "manual",
                            "kind": "REFUND",
                        }
                    ],
                }
            },
        )["refundCreate"]
        _user_errors(answer)
        return f"refunded {difference:.2f} {currency}"


def _user_errors(answer: dict[str, Any] | None) -> None:
    errors = (answer or {}).get("userErrors") or []
    if errors:
        raise Refused(_("Shopify: ") + "; ".join(e["message"] for e in errors))


def _read(order: dict[str, Any], ret: dict[str, Any]) -> ShopReturnData:
    lines = []
    for item in ret["returnLineItems"]["nodes"]:
        line = (item.get("fulfillmentLineItem") or {}).get("lineItem") or {}
        price = ((line.get("originalUnitPriceSet") or {}).get("shopMoney") or {}).get("amount", "0")
        lines.append(
            ShopLine(
                shop_line_id=item["id"],
                sku=line.get("sku"),
                ean=None,
                title=line.get("title") or "",
                quantity=int(item["quantity"]),
                unit_price=Decimal(str(price)),
                reason=item.get("returnReasonNote") or "",
            )
        )
    return ShopReturnData(
        shop_return_id=ret["id"],
        shop_order_id=order["id"],
        rma=ret["name"],
        order_number=order["name"],
        email=order.get("email"),
        currency=order.get("currencyCode") or "EUR",
        requested_at=datetime.fromisoformat(ret["createdAt"].replace("Z", "+00:00")),
        delivered_at=None,
        reason="",
        lines=tuple(lines),
    )
