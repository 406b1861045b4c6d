"""An HTTP server on 127.0.0.1 (a free port) in a thread of its own, for the fakes and receivers
the tests talk to: a subclass says how it answers with ``_handler``; its handlers answer JSON.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class JsonHandler(BaseHTTPRequestHandler):
    """A request handler that logs nothing and answers JSON."""

    def log_message(self, *args: object) -> None:
        pass

    def send_json(self, status: int, body: Any) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


class LocalServer:
    """Bound at once (``origin`` is known before ``start``); serves from ``start`` to ``stop``."""

    thread_name = "local-http"

    def __init__(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread: threading.Thread | None = None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> Self:
        self._thread = threading.Thread(target=self._server.serve_forever, name=self.thread_name)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving (at once; a second call does nothing)."""
        if self._thread is not None:
            self._server.shutdown()  # waits for serve_forever, so only while it runs
            self._thread.join(5)
            self._thread = None
        self._server.server_close()
