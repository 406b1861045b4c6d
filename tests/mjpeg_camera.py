"""A network camera on the loopback: MJPEG over HTTP (``multipart/x-mixed-replace``), the
protocol of most IP cameras, served from real JPEG frames. It can be unplugged and plugged
back in on the same address, as a camera on a flaky cable would be."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BOUNDARY = b"frame"


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True  # server_close() waits for every client's handler to end
    allow_reuse_address = True


class MjpegCamera:
    def __init__(self, jpegs: list[bytes], *, fps: float = 25.0) -> None:
        self._jpegs = jpegs
        self._interval = 1.0 / fps
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._unplugged = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/stream.mjpg"

    def plug_in(self) -> None:
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                self.send_response(200)
                self.send_header(
                    "Content-Type", f"multipart/x-mixed-replace; boundary={BOUNDARY.decode()}"
                )
                self.end_headers()
                n = 0
                try:
                    while not camera._unplugged.is_set():
                        jpeg = camera._jpegs[n % len(camera._jpegs)]
                        head = b"--%s\r\nContent-Type: image/jpeg\r\nContent-Length: %d\r\n\r\n"
                        self.wfile.write(head % (BOUNDARY, len(jpeg)) + jpeg + b"\r\n")
                        n += 1
                        time.sleep(camera._interval)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._unplugged.clear()
        self._server = _Server(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="mjpeg-camera", daemon=True
        )
        self._thread.start()

    def unplug(self) -> None:
        """Stop serving and drop every client, as a pulled cable would."""
        self._unplugged.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
