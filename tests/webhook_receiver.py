"""A webhook receiver on 127.0.0.1 that verifies Standard Webhooks signatures and applies each
message once (by ``webhook-id``), as a careful receiver does; it can be told to fail.

Modes (``receiver.mode``): ``ok``; ``error`` (500 with a message); ``refuse`` (422 with a
message); ``slow`` (answers after ``delay`` seconds, past the sender's timeout); ``drop`` (reads
the request, applies it, then closes the connection without an answer: killed mid-delivery).
``applied`` counts how often each event was applied: a message id it has seen is not applied again,
so an event applied twice means the sender changed the message id of a retry. ``seen`` lists
every request in order.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

SECRET = "whsec_" + "c3RhdGlvbi10ZXN0LXNlY3JldC0wMTIzNDU2Nzg5"  # base64 of a test key


class Receiver:
    def __init__(self, secret: str = SECRET) -> None:
        self.verifier = Webhook(secret)
        self.mode = "ok"
        self.delay = 2.0
        self.ids: set[str] = set()
        self.applied: Counter[str] = Counter()  # event id → times applied (under new message ids)
        self.seen: list[tuple[str, dict[str, Any]]] = []
        self.bad_signatures = 0
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/hooks"

    def start(self) -> Receiver:
        self._thread = threading.Thread(target=self._server.serve_forever, name="webhook-receiver")
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (at once; a second call does nothing)."""
        if self._thread is not None:
            self._server.shutdown()  # waits for serve_forever, so only while it runs
            self._thread.join(5)
            self._thread = None
        self._server.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                headers = {k: v for k, v in self.headers.items()}
                try:
                    event = receiver.verifier.verify(body, headers)
                except WebhookVerificationError:
                    receiver.bad_signatures += 1
                    return self._answer(401, {"message": "bad signature"})
                msg_id = self.headers["webhook-id"]
                mode = receiver.mode
                with receiver.lock:
                    receiver.seen.append((msg_id, event))
                if mode == "error":
                    return self._answer(500, {"message": "database is down, try later"})
                if mode == "refuse":
                    return self._answer(
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
                return self._answer(200, {"ok": True})

            def _answer(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
