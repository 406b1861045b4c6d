"""Signed webhooks to any URL (a WMS, an ERP, a returns platform), as Standard Webhooks says:
``webhook-id`` (the event's idempotency key: the same on every retry), ``webhook-timestamp``
(seconds) and ``webhook-signature`` (``v1,`` + base64 HMAC-SHA256 of ``id.timestamp.body`` under
the shared secret). The body is the event as stored; its schema per type is in
``docs/webhooks/``. A ``return.decided`` sent to a connector with ``attach_evidence`` carries the
evidence PDF in ``evidence`` (base64, inside the signed body); above ``evidence_max_kb`` it
carries the file's name, size and SHA-256 only, with ``omitted: "too_large"``.

A 2xx answer delivers; a 4xx refuses (a dead letter with the receiver's words); a 5xx, 408, 429
or no answer is tried again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from standardwebhooks.webhooks import Webhook

from inspect_station.shop.config import ConnectorConfig
from inspect_station.shop.connector import Pulled
from inspect_station.shop.http import JsonClient


class WebhookConnector:
    def __init__(
        self, config: ConnectorConfig, *, now: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self.config = config
        self._signer = Webhook(config.secret)
        self._http = JsonClient(config.url, timeout_s=config.timeout_s)
        self._now = now

    def check(self) -> None:
        """Nothing to ask a webhook receiver before the first event."""

    def body(self, event: dict[str, Any]) -> bytes:
        """The event with this receiver's mapping applied to each unit."""
        payload = json.loads(json.dumps(event))
        data = payload.get("data", {})
        for unit in [data, *data.get("units", [])]:
            if "route" in unit:
                unit["disposition"] = self.config.route(
                    unit.get("route"), unit.get("receipt", "received")
                ).disposition
                unit["condition"] = self.config.condition(unit.get("grade"))
        evidence = payload.pop("evidence", None)
        if self.config.attach_evidence and isinstance(evidence, dict):
            if "content" in evidence and evidence["size"] > self.config.evidence_max_kb * 1024:
                evidence = {k: v for k, v in evidence.items() if k != "content"}
                evidence["omitted"] = "too_large"
            payload["evidence"] = evidence
        return json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()

    def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        body = self.body(event)
        msg_id = str(event["idempotency_key"])
        at = self._now()
        headers = {
            "content-type": "application/json",
            "webhook-id": msg_id,
            "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": self._signer.sign(msg_id, at, body),
        }
        answer = self._http.call("POST", "", content=body, headers=headers)
        return {"answer": answer if isinstance(answer, dict) else None}

    def pull(self, cursor: str | None) -> Pulled:
        return Pulled((), cursor)

    def close(self) -> None:
        self._http.close()
