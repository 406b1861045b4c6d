"""Labels through a real CUPS queue: ``./station test`` starts cupsd and adds a cups-pdf queue
whose output lands in one folder, so the label that comes out can be scanned back."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pytest
from sqlalchemy import select

from db.models.printing import PrintJob
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.identify.decoding import decode_image
from inspect_station.labels.layout import STOCKS
from inspect_station.labels.raster import pdf_to_image
from inspect_station.printing import queue
from inspect_station.printing.cups import CupsPrinter
from tests.conftest import need_service
from tests.helpers import row_counts
from tests.inspect_station.bench.test_inspection import open_first

QUEUE = os.environ.get("INSPECT_STATION_TEST_CUPS_QUEUE", "")
OUT = os.environ.get("INSPECT_STATION_TEST_CUPS_OUT", "")


@pytest.fixture
def cups_queue() -> CupsPrinter:
    if not QUEUE or not OUT or shutil.which("lp") is None:
        need_service("no CUPS test queue (./station test installs CUPS and adds it)")
    printer = CupsPrinter(QUEUE, name="cups-test", stock="4x6", dpi=203)
    problem = printer.check()
    if problem:
        need_service(f"CUPS test queue not ready: {problem}")
    return printer


def wait_for_pdf(title: str, seconds: float = 60) -> bytes:
    """cups-pdf names the file after the job title, spaces as underscores."""
    path = Path(OUT) / f"{title.replace(' ', '_')}.pdf"
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size > 0:
            time.sleep(0.2)  # cups-pdf writes the file in one go, then sets its owner
            return path.read_bytes()
        time.sleep(0.2)
    pytest.fail(f"CUPS did not produce {path} within {seconds:g} s")


def test_a_routing_label_printed_through_cups_scans_back(
    station: Station, cups_queue: CupsPrinter
) -> None:
    station.change_shift(printer=cups_queue)
    done = inspection.finish(station, open_first(station), grade="B")
    [outcome] = queue.dispatch(station)
    assert outcome.state == "sent", outcome.detail
    assert outcome.detail.startswith(f"cups:{QUEUE}-")
    pdf = wait_for_pdf(f"{done.inspection.lpn} {done.print_job_id.hex[:8]}")
    document = pdfium.PdfDocument(pdf)
    width, height = document[0].get_size()
    document.close()
    stock = STOCKS["4x6"]
    assert (round(width), round(height)) == (
        round(stock.width_mm / 25.4 * 72),
        round(stock.height_mm / 25.4 * 72),
    )
    found = decode_image(pdf_to_image(pdf, 203))
    assert [(d.format, d.text) for d in found] == [("Code128", done.inspection.lpn)]


def test_a_cups_queue_that_does_not_exist_keeps_the_label(station: Station) -> None:
    if shutil.which("lp") is None:
        need_service("CUPS client (lp) not installed")
    station.change_shift(printer=CupsPrinter("NoSuchQueue", name="office", stock="4x6", dpi=203))
    assert "CUPS queue 'NoSuchQueue' does not exist" in (station.printer.check() or "")
    inspection.finish(station, open_first(station), grade="B")
    before = row_counts(station.db)
    [outcome] = queue.dispatch(station)
    assert outcome.state == "queued"
    assert "CUPS queue 'NoSuchQueue' does not exist" in outcome.detail
    with station.db.read() as session:
        job = session.scalars(select(PrintJob)).one()
    assert job.state == "queued"
    assert row_counts(station.db)["print_jobs"] == before["print_jobs"]
