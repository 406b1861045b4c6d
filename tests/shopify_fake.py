"""A contract fake of Shopify's Admin GraphQL API (2026-04) on 127.0.0.1.

No live shop can be reached from here. The fake holds one recorded order with its return
(``tests/data/shopify/order.json``) and checks every request the way Shopify does for the
fields the station uses: the document is parsed and validated against the published schema of
those fields (``tests/data/shopify/admin-2026-04.graphql``: an unknown field, a wrong argument or
a missing variable is an ``errors`` answer), the access token must match, ``refundCreate``
without ``@idempotent`` is refused (as 2026-04 does at run time), the same key with other
arguments is ``IDEMPOTENCY_KEY_PARAMETER_MISMATCH`` and the same key again returns the first
result; ``returnProcess`` refuses more than is processable, dispositions that do not add up, and
``RESTOCKED`` without a location, in ``userErrors``.
"""

from __future__ import annotations

import json
import threading
from decimal import Decimal
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from graphql import (
    FieldNode,
    OperationDefinitionNode,
    build_schema,
    graphql_sync,
    parse,
    validate,
)

from tests.local_http import JsonHandler, LocalServer

DATA = Path(__file__).with_name("data") / "shopify"
TOKEN = "shpat_contract_fake_token"


class ShopifyFake(LocalServer):
    thread_name = "shopify-fake"

    def __init__(self) -> None:
        self.schema = build_schema((DATA / "admin-2026-04.graphql").read_text())
        self.order = json.loads((DATA / "order.json").read_text())
        self.processed: dict[str, int] = {line["id"]: 0 for line in self.order["return"]["lines"]}
        self.dispositions: dict[str, list[dict[str, Any]]] = {}
        self.refunds: list[dict[str, Any]] = []
        self.keys: dict[str, tuple[str, dict[str, Any]]] = {}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        super().__init__()

    @property
    def url(self) -> str:
        return self.origin

    # -- the API -------------------------------------------------------------------------------
    def answer(self, body: dict[str, Any]) -> dict[str, Any]:
        document = parse(body["query"])
        errors = validate(self.schema, document)
        if errors:
            return {"errors": [{"message": e.message} for e in errors]}
        field = _root_field(document)
        variables = body.get("variables") or {}
        if field.name.value == "refundCreate":
            key = next(
                (
                    d.arguments[0].value.value
                    for d in field.directives or ()
                    if d.name.value == "idempotent"
                ),  # type: ignore[attr-defined]
                None,
            )
            if key is None:
                return {
                    "errors": [
                        {
                            "message": "The @idempotent directive is required for this mutation.",
                            "extensions": {"code": "BAD_REQUEST"},
                        }
                    ]
                }
            seen = self.keys.get(key)
            if seen is not None:
                if seen[0] != json.dumps(variables, sort_keys=True):
                    return {
                        "errors": [
                            {
                                "message": "The same idempotency key cannot be used with different "
                                "operation parameters.",
                                "extensions": {"code": "IDEMPOTENCY_KEY_PARAMETER_MISMATCH"},
                            }
                        ]
                    }
                return seen[1]
        result = graphql_sync(
            self.schema, body["query"], root_value=self._root(), variable_values=variables
        )
        out: dict[str, Any] = {"data": result.data}
        if result.errors:
            out["errors"] = [{"message": e.message} for e in result.errors]
        if field.name.value == "refundCreate" and key is not None:
            self.keys[key] = (json.dumps(variables, sort_keys=True), out)
        return out

    def _root(self) -> dict[str, Any]:
        return {
            "orders": lambda _info, **args: {
                "nodes": [self._order()]
                if "return_status:return_requested" in (args.get("query") or "") and self._open()
                else [],
                "pageInfo": {
                    "hasNextPage": False,
                    "endCursor": "eyJsYXN0X2lkIjo1NTMxfQ==" if self._open() else None,
                },
            },
            "order": lambda _info, id: self._order() if id == self.order["id"] else None,
            "return": lambda _info, id: (
                self._return() if id == self.order["return"]["id"] else None
            ),
            "returnProcess": lambda _info, input: self._process(input),
            "refundCreate": lambda _info, input: self._refund(input),
        }

    def _open(self) -> bool:
        return any(
            self.processed[ln["id"]] < ln["quantity"] for ln in self.order["return"]["lines"]
        )

    def _line(self, line_id: str) -> dict[str, Any]:
        line = next(ln for ln in self.order["lineItems"] if ln["id"] == line_id)
        money = {"amount": line["price"], "currencyCode": self.order["currencyCode"]}
        return {
            "id": line["id"],
            "sku": line["sku"],
            "title": line["title"],
            "quantity": line["quantity"],
            "originalUnitPriceSet": {"shopMoney": money, "presentmentMoney": money},
        }

    def _return(self) -> dict[str, Any]:
        ret = self.order["return"]
        items = []
        rfo = []
        for ln in ret["lines"]:
            fulfilled = next(
                x["fulfillmentLineItem"]
                for x in self.order["lineItems"]
                if x["id"] == ln["lineItem"]
            )
            fli = {
                "id": fulfilled,
                "lineItem": self._line(ln["lineItem"]),
                "quantity": ln["quantity"],
            }
            items.append(
                {
                    "__typename": "ReturnLineItem",
                    "id": ln["id"],
                    "quantity": ln["quantity"],
                    "processedQuantity": self.processed[ln["id"]],
                    "processableQuantity": ln["quantity"] - self.processed[ln["id"]],
                    "returnReasonNote": ln["note"],
                    "fulfillmentLineItem": fli,
                }
            )
            rfo.append(
                {
                    "id": ln["rfoLine"],
                    "totalQuantity": ln["quantity"],
                    "fulfillmentLineItem": fli,
                    "dispositions": self.dispositions.get(ln["rfoLine"], []),
                }
            )
        return {
            "id": ret["id"],
            "name": ret["name"],
            "createdAt": ret["createdAt"],
            "status": "OPEN" if self._open() else "CLOSED",
            "order": self._order_only(),
            "returnLineItems": {"nodes": items},
            "reverseFulfillmentOrders": {
                "nodes": [
                    {"id": "gid://shopify/ReverseFulfillmentOrder/801", "lineItems": {"nodes": rfo}}
                ]
            },
        }

    def _order_only(self) -> dict[str, Any]:
        o = self.order

        def bag(amount: str) -> dict[str, Any]:
            money = {"amount": amount, "currencyCode": o["currencyCode"]}
            return {"shopMoney": money, "presentmentMoney": money}

        return {
            "id": o["id"],
            "name": o["name"],
            "email": o["email"],
            "updatedAt": o["updatedAt"],
            "currencyCode": o["currencyCode"],
            "transactions": [t | {"amountSet": bag(t["amount"])} for t in o["transactions"]]
            + [
                {
                    "id": r["id"] + "-tx",
                    "kind": "REFUND",
                    "status": "SUCCESS",
                    "gateway": "bogus",
                    "amountSet": bag(r["amount"]),
                }
                for r in self.refunds
            ],
            "refunds": [
                {"id": r["id"], "note": r["note"], "totalRefundedSet": bag(r["amount"])}
                for r in self.refunds
            ],
        }

    def _order(self) -> dict[str, Any]:
        return self._order_only() | {"returns": {"nodes": [self._return()]}}

    def _process(self, data: dict[str, Any]) -> dict[str, Any]:
        lines = {ln["id"]: ln for ln in self.order["return"]["lines"]}
        errors = []
        for item in data.get("returnLineItems") or []:
            line = lines.get(item["id"])
            if line is None:
                errors.append(
                    {
                        "field": ["returnLineItems"],
                        "message": f"Return line item {item['id']} not found.",
                        "code": "NOT_FOUND",
                    }
                )
                continue
            if item["quantity"] > line["quantity"] - self.processed[item["id"]]:
                errors.append(
                    {
                        "field": ["returnLineItems", "quantity"],
                        "message": "Quantity exceeds the processable quantity.",
                        "code": "GREATER_THAN",
                    }
                )
            given = sum(d["quantity"] for d in item.get("dispositions") or [])
            if item.get("dispositions") and given != item["quantity"]:
                errors.append(
                    {
                        "field": ["dispositions"],
                        "message": "Disposition quantities must add up to the quantity processed.",
                        "code": "INVALID",
                    }
                )
            for d in item.get("dispositions") or []:
                if d["dispositionType"] == "RESTOCKED" and not d.get("locationId"):
                    errors.append(
                        {
                            "field": ["dispositions", "locationId"],
                            "message": "Location is required for a RESTOCKED disposition.",
                            "code": "BLANK",
                        }
                    )
                if d["reverseFulfillmentOrderLineItemId"] != line["rfoLine"]:
                    errors.append(
                        {
                            "field": ["dispositions"],
                            "message": "Reverse fulfillment order line item not found.",
                            "code": "NOT_FOUND",
                        }
                    )
        if errors:
            return {"return": None, "userErrors": errors}
        for item in data.get("returnLineItems") or []:
            self.processed[item["id"]] += item["quantity"]
            for d in item.get("dispositions") or []:
                self.dispositions.setdefault(d["reverseFulfillmentOrderLineItemId"], []).append(
                    {
                        "id": "gid://shopify/ReverseFulfillmentOrderDisposition/"
                        f"{len(self.dispositions) + 1}",
                        "quantity": d["quantity"],
                        "type": d["dispositionType"],
                        "location": d.get("locationId"),
                    }
                )
        return {"return": self._return(), "userErrors": []}

    def _refund(self, data: dict[str, Any]) -> dict[str, Any]:
        paid = sum(Decimal(t["amount"]) for t in self.order["transactions"] if t["kind"] == "SALE")
        refunded = sum((Decimal(r["amount"]) for r in self.refunds), Decimal(0))
        amount = sum(Decimal(str(t["amount"])) for t in data.get("transactions") or [])
        if amount + refunded > paid:
            return {
                "refund": None,
                "order": None,
                "userErrors": [
                    {
                        "field": ["transactions"],
                        "message": f"Refund amount ({amount}) exceeds the refundable "
                        f"amount ({paid - refunded}).",
                    }
                ],
            }
        refund = {
            "id": f"gid://shopify/Refund/{len(self.refunds) + 1}",
            "note": data.get("note"),
            "amount": f"{amount:.2f}",
        }
        self.refunds.append(refund)
        money = {"amount": refund["amount"], "currencyCode": self.order["currencyCode"]}
        bag = {"shopMoney": money, "presentmentMoney": money}
        return {
            "refund": {"id": refund["id"], "note": refund["note"], "totalRefundedSet": bag},
            "order": None,
            "userErrors": [],
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(JsonHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))))
                if self.path != "/admin/api/2026-04/graphql.json":
                    return self.send_json(404, {"errors": "Not Found"})
                if self.headers.get("X-Shopify-Access-Token") != TOKEN:
                    return self.send_json(
                        401,
                        {
                            "errors": "[API] Invalid API key or access token "
                            "(unrecognized login or wrong password)"
                        },
                    )
                with fake.lock:
                    fake.requests.append(body)
                    answer = fake.answer(body)
                return self.send_json(200, answer)

        return Handler


def _root_field(document: Any) -> FieldNode:
    operation = next(d for d in document.definitions if isinstance(d, OperationDefinitionNode))
    field = operation.selection_set.selections[0]
    assert isinstance(field, FieldNode)
    return field
