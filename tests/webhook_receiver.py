"""A webhook receiver on 127.0.0.1 that verifies Standard Webhooks signatures and applies each
message once (by ``webhook-id``), as a careful receiver does; it can be told to fail.

Modes (``receiver.mode``): ``ok``; ``error`` (500 with a message); ``refuse`` (422 with a
message); ``slow`` (answers after ``delay`` seconds, past the sender's timeout); ``drop`` (reads
the request, applies it, then closes the connection without an answer: killed mid-delivery).
``applied`` counts how often each event was applied: a message id it has seen is not applied again,
so an event applied twice means the sender changed the message id of a retry. ``seen`` lists
every verified request in order, ``bodies`` their bytes.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from tests.local_http import JsonHandler, LocalServer

SECRET = "whsec_" + "c3RhdGlvbi10ZXN0LXNlY3JldC0wMTIzNDU2Nzg5"  # base64 of a test key


class Receiver(LocalServer):
    thread_name = "webhook-receiver"

    def __init__(self, secret: str = SECRET) -> None:
        self.verifier = Webhook(secret)
        self.mode = "ok"
        self.delay = 2.0
        self.ids: set[str] = set()
        self.applied: Counter[str] = Counter()  # event id → times applied (under new message ids)
        self.seen: list[tuple[str, dict[str, Any]]] = []
        self.bodies: list[bytes] = []  # every verified body as it arrived, byte for byte
        self.bad_signatures = 0
        self.lock = threading.Lock()
        super().__init__()

    @property
    def url(self) -> str:
        return f"{self.origin}/hooks"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(JsonHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k: v for k, v in self.headers.items()}
                try:
                    event = receiver.verifier.verify(body, headers)
                except WebhookVerificationError:
                    receiver.bad_signatures += 1
                    return self.send_json(401, {"message": "bad signature"})
                msg_id = self.headers["webhook-id"]
                mode = receiver.mode
                with receiver.lock:
                    receiver.seen.append((msg_id, event))
                    receiver.bodies.append(body)
                if mode == "error":
                    return self.send_json(500, {"message": "database is down, try later"})
                if mode == "refuse":
                    return self.send_json(
                        422, {"message": f"unknown return {event['data'].get('rma')}"}
                    )
                if mode == "slow":
                    time.sleep(receiver.delay)
                with receiver.lock:  # a message id seen before is answered, not applied again
                    if msg_id not in receiver.ids:
                        receiver.ids.add(msg_id)
                        receiver.applied[event["id"]] += 1
                if mode == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return None
                return self.send_json(200, {"ok": True})

        return Handler
