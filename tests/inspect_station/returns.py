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
    informed: str = "yes",
    facts: dict[str, str] | None = None,
) -> None:
    """An expected return. The consumer was informed of the right of withdrawal, as a shop's
    checkout does (``informed=""``: not known); ``facts`` are more manifest columns of the
    withdrawal (``withdrawal_notice_at``, ``delivery_cost_paid``, …)."""
    rows: list[dict[str, str | None]] = [
        {
            "rma": rma,
            "order_number": f"SO-{rma[-6:]}",
            "return_type": return_type,
            "reason": reason,
            "delivered_on": delivered_on,
            "withdrawal_notice_on": notice_on,
            "consumer_informed": informed,
            "sku": sku,
            "description": f"{category} item {sku}",
            "category": category,
            "quantity": str(quantity),
            "unit_price": price,
        }
        | (facts or {})
        for sku, category, price, quantity in lines
    ]
    now = station.clock()
    store(station.db, parse_rows(rows, now=now), now=now)


def open_rma(station: Station, rma: str) -> InspectionView:
    outcome = scanning.scan(station, rma)
    assert isinstance(outcome, scanning.Opened), outcome
    return outcome.inspection


def with_photo(station: Station, insp: InspectionView, *defects: str) -> InspectionView:
    """A photo of the unit, or one close-up of each defect named (the proof a deduction
    needs)."""
    for defect in defects or (None,):
        rng = np.random.default_rng(3 + sum(map(ord, defect or "")))  # a picture per defect
        frame = rng.integers(0, 255, size=(240, 320, 3), dtype=np.uint8)
        shot = "defect" if defect else None
        inspection.add_camera_photo(station, insp.id, frame, shot=shot, defect=defect)
    return inspection.inspection_detail(station, insp.id)
