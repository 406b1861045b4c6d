"""The evidence PDF on its way to a webhook receiver (``--only evidence``).

Returns of two units with two camera frames each (four photos, 1280×720 frames of the demo
video) are finished on two stations (SQLite) that differ only in their webhook connector:
``attach_evidence = true`` or not (the peer). Measured: the bench's finish of the last unit
(which writes ``return.decided``: it must not grow, the PDF is not rendered there), the
deliverer's round that sends the return's three events, the document's render on its own, and
the ``return.decided`` body's size as the receiver got it.
"""

from __future__ import annotations

import os
import statistics
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

import cv2

from benchmarks.report import Section, table
from benchmarks.shop_receiver import SECRET
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.demo.video import make_demo_video
from inspect_station.evidence import outgoing
from inspect_station.shop import connectors
from inspect_station.shop.runner import Deliverer

if TYPE_CHECKING:
    from pathlib import Path

    from benchmarks.__main__ import Context


class _Sink:
    """A receiver that answers 204 and keeps each body's size by its event type."""

    def __init__(self) -> None:
        self.sizes: dict[str, list[int]] = {}
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length", 0)))
                kind = body.split(b'"type":"', 1)[1].split(b'"', 1)[0].decode()
                sink.sizes.setdefault(kind, []).append(len(body))
                self.send_response(204)
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _frames(video: Path) -> list[Any]:
    capture = cv2.VideoCapture(str(video))
    frames = []
    for n in range(4):
        capture.set(cv2.CAP_PROP_POS_FRAMES, 10 + 20 * n)
        ok, frame = capture.read()
        assert ok, "the demo video gave no frame"
        frames.append(frame)
    capture.release()
    return frames


def _station(context: Context, name: str, url: str, attach: bool) -> Station:
    home = context.tmp / name
    hook = {"kind": "webhook", "url": url, "secret_env": "BENCH_SHOP_SECRET", "timeout_s": 10}
    settings = Settings(
        bench="BENCH-EVIDENCE",
        operator="bench",
        database_url=f"sqlite:///{home / 'station.sqlite3'}",
        photo_dir=str(home / "photos"),
        labels_dir=str(home / "labels"),
        require_shots=False,
        camera_scanning="off",
        connectors={"wms": hook | {"attach_evidence": attach}},
    )
    return open_station(settings)


def _returns(station: Station, count: int) -> list[str]:
    rmas = [f"RMA-EV-{n:06d}" for n in range(count)]
    rows = [
        {"rma": rma, "order_number": f"SO-{n:08d}", "sku": "JKT-1", "category": "apparel",
         "quantity": "2", "unit_price": "40.00", "delivered_on": "2026-11-20"}
        for n, rma in enumerate(rmas)
    ]  # fmt: skip
    store(station.db, parse_rows(rows))
    return rmas


def _one_return(station: Station, rma: str, frames: list[Any]) -> float:
    """Both units photographed twice and finished; the seconds of the last finish."""
    took = 0.0
    for unit in range(2):
        opened = scanning.scan(station, rma)
        assert isinstance(opened, scanning.Opened), opened
        for frame in frames[2 * unit : 2 * unit + 2]:
            inspection.add_camera_photo(station, opened.inspection.id, frame)
        began = time.perf_counter()
        inspection.finish(station, opened.inspection, grade="A")
        took = time.perf_counter() - began
    return took


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1e3:.0f}"


def _p95(values: list[float]) -> str:
    ordered = sorted(values)
    return f"{ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))] * 1e3:.0f}"


def run(context: Context) -> Section:
    os.environ["BENCH_SHOP_SECRET"] = SECRET
    count = 5 if context.quick else 20
    frames = _frames(make_demo_video(context.tmp / "evidence-camera.avi"))
    figures: dict[bool, dict[str, list[float]]] = {}
    sizes: dict[bool, dict[str, list[int]]] = {}
    renders: list[float] = []
    pdf_sizes: list[int] = []
    for attach in (False, True):
        sink = _Sink()
        station = _station(context, f"evidence-{attach}", sink.url, attach)
        made = connectors.from_settings(station.settings)
        deliverer = Deliverer(station, made, evidence=outgoing.hook(station))
        finish, send = [], []
        try:
            for rma in _returns(station, count):
                finish.append(_one_return(station, rma, frames))
                began = time.perf_counter()
                deliverer.run_once()
                send.append(time.perf_counter() - began)
                if attach:
                    prepared = (station.clock(), "bench", "BENCH-EVIDENCE")
                    began = time.perf_counter()
                    pdf_sizes.append(len(outgoing.render(station, rma, prepared)))
                    renders.append(time.perf_counter() - began)
        finally:
            deliverer.stop()
            station.close()
            sink.stop()
        figures[attach] = {"finish": finish, "send": send}
        sizes[attach] = sink.sizes
    off, on = figures[False], figures[True]
    body_off = statistics.median(sizes[False]["return.decided"])
    body_on = statistics.median(sizes[True]["return.decided"])
    rows = [
        ["last unit's finish (writes return.decided)", _ms(off["finish"]), _ms(on["finish"]),
         f"{statistics.median(on['finish']) / statistics.median(off['finish']):.2f}"],
        ["deliverer round: the return's 3 events", _ms(off["send"]), _ms(on["send"]),
         f"{statistics.median(on['send']) / statistics.median(off['send']):.2f}"],
    ]  # fmt: skip
    lines = [
        f"{count} returns of 2 units with 4 photos (1280×720 demo-video frames), SQLite, "
        "webhook receiver on 127.0.0.1. Median ms (p95 in the notes).",
        "",
        *table(["step", "attach off (peer)", "attach on", "ratio"], rows),
        "",
        f"- Document render alone (gather + reportlab, invariant): median {_ms(renders)} ms, "
        f"p95 {_p95(renders)} ms; PDF {statistics.median(pdf_sizes) / 1024:.0f} KiB "
        f"(min {min(pdf_sizes) / 1024:.0f}, max {max(pdf_sizes) / 1024:.0f}).",
        f"- `return.decided` body: {body_off / 1024:.1f} KiB without, {body_on / 1024:.0f} KiB "
        f"with the PDF (base64 inside the signed JSON).",
        f"- p95 of the deliverer round: {_p95(off['send'])} ms off, {_p95(on['send'])} ms on.",
    ]
    return Section("Evidence PDF with return.decided", lines)
