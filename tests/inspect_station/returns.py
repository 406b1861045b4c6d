"""Expected returns made to measure for grading tests, and a way to open them at the bench."""

from __future__ import annotations

import numpy as np

from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.bench.views import InspectionView

Line = tuple[str, str, str, int]  # sku, category, unit price, quantity


def add_return(
    station: Station,
    rma: str,
    lines: list[Line],
    *,
    return_type: str = "refund",
    reason: str = "Changed my mind",
    delivered_on: str = "2026-11-20",
    notice_on: str = "",
) -> None:
    rows: list[dict[str, str | None]] = [
        {
            "rma": rma,
            "order_number": f"SO-{rma[-6:]}",
            "return_type": return_type,
            "reason": reason,
            "delivered_on": delivered_on,
            "withdrawal_notice_on": notice_on,
            "sku": sku,
            "description": f"{category} item {sku}",
            "category": category,
            "quantity": str(quantity),
            "unit_price": price,
        }
        for sku, category, price, quantity in lines
    ]
    now = station.clock()
    store(station.db, parse_rows(rows, now=now), now=now)


def open_rma(station: Station, rma: str) -> InspectionView:
    outcome = scanning.scan(station, rma)
    assert isinstance(outcome, scanning.Opened), outcome
    return outcome.inspection


def with_photo(station: Station, insp: InspectionView) -> InspectionView:
    frame = np.random.default_rng(3).integers(0, 255, size=(240, 320, 3), dtype=np.uint8)
    inspection.add_camera_photo(station, insp.id, frame)
    return inspection.inspection_detail(station, insp.id)
