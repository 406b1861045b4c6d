"""How a receiver checks a webhook from Inspect Station (Standard Webhooks), with the
``standardwebhooks`` package (PyPI; libraries exist for most languages).

Run it as a tiny receiver:  WEBHOOK_SECRET=whsec_... python verify_example.py 8080
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

seen: set[str] = set()  # keep these in your database: a retry carries the same webhook-id


def receive(secret: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, object]]:
    """(status, answer) for one request. Verify the raw body before parsing it."""
    try:
        event = Webhook(secret).verify(body, headers)  # signature and timestamp (±5 min)
    except WebhookVerificationError as error:
        return 401, {"message": f"bad signature: {error}"}
    message_id = {k.lower(): v for k, v in headers.items()}["webhook-id"]
    if message_id in seen:
        return 200, {"message": "already applied"}  # answer 2xx, do not apply it again
    # ... apply event["type"] / event["data"] here; answer 4xx (with a message) to refuse it
    # for good, 5xx to have it sent again later.
    try:
        document = evidence_file(event)
    except ValueError as error:
        return 422, {"message": str(error)}
    if document is not None and os.environ.get("EVIDENCE_DIR"):
        name, data = document
        (Path(os.environ["EVIDENCE_DIR"]) / name).write_bytes(data)
    seen.add(message_id)
    return 200, {"applied": event["type"]}


def evidence_file(event: dict[str, object]) -> tuple[str, bytes] | None:
    """(file name, PDF bytes) of a return.decided's evidence document, its SHA-256 checked;
    None when the event carries none (or only its fingerprint: ``omitted``)."""
    evidence = event.get("evidence")
    if not isinstance(evidence, dict) or "content" not in evidence:
        return None
    data = base64.b64decode(evidence["content"], validate=True)
    if len(data) != evidence["size"] or hashlib.sha256(data).hexdigest() != evidence["sha256"]:
        raise ValueError(f"the evidence {evidence['filename']} does not match its SHA-256")
    return Path(str(evidence["filename"])).name, data  # never a path the sender chose


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        status, answer = receive(os.environ["WEBHOOK_SECRET"], body, dict(self.headers.items()))
        data = json.dumps(answer).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
