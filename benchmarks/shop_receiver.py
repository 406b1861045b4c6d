"""A webhook receiver process for the outbox benchmarks: ``python -m benchmarks.shop_receiver
PORT LOG``. It verifies each message, applies it at most once per message id (the ids it applied
are read back from LOG at start, so a killed and restarted receiver still knows them), appends
``event-id message-id`` to LOG with fsync, and only then answers 200. Killing it at any point
loses nothing it answered, and a message it applied but did not answer comes again with the same
id."""

from __future__ import annotations

import json
import os
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

SECRET = "whsec_" + "YmVuY2gtc2hvcC1yZWNlaXZlci1zZWNyZXQ="


def main(port: int, log: Path) -> None:
    verifier = Webhook(SECRET)
    seen = {line.split()[1] for line in log.read_text().splitlines()} if log.exists() else set()
    out = open(log, "a", encoding="utf-8")  # noqa: SIM115 - held for the process's life

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            try:
                event = verifier.verify(body, dict(self.headers.items()))
            except WebhookVerificationError:
                self.send_response(401)
                self.end_headers()
                return
            msg_id = self.headers["webhook-id"]
            if msg_id not in seen:
                out.write(f"{event['id']} {msg_id}\n")
                out.flush()
                os.fsync(out.fileno())
                seen.add(msg_id)
            data = json.dumps({"ok": True}).encode()
            self.send_response(200)
            self.send_header("content-length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    HTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]), Path(sys.argv[2]))
