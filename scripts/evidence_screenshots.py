"""Three returns inspected at a demo station, and the evidence PDF of each, rasterised.

A full refund, a partial refund with two deductions proven by close-ups, and a deduction
refused because the customer was not informed of the right of withdrawal. From the checkout:
    INSPECT_STATION_HOME=/tmp/evidence-shots \\
        .venv/bin/python scripts/evidence_screenshots.py DIR [LANGUAGE]
Writes evidence-full.pdf, evidence-partial.pdf and evidence-refused.pdf and their pages as
evidence-<case>-<page>.png (pdftoppm, 150 dpi) into DIR (default docs/screenshots).
"""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np

from inspect_station.app import i18n, settings
from inspect_station.app.context import Station
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.demo import sample
from inspect_station.evidence.document import write_evidence
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals

# (case, RMA, line, withdrawal facts, defects, grade key)
FACTS = {
    "withdrawal_notice_at": "2026-11-20T21:40[Europe/Berlin]",
    "withdrawal_channel": "button",
    "withdrawal_ack_id": "ACK-2026-118842",
    "proof_of_sending_at": "2026-11-21T10:12[Europe/Berlin]",
    "proof_of_sending_by": "first-scan",
    "consumer_informed": "yes",
    "delivery_cost_paid": "9.95",
    "cheapest_delivery_cost": "4.95",
}
CASES = (
    ("full", "RMA-2026-700001", ("AP-1001-M", "Merino crew jumper, navy, M", "79.90"),
     FACTS, (), "A"),
    (
        "partial",
        "RMA-2026-700002",
        ("AP-5200-38", "Summer dress, floral, 38", "59.00"),
        FACTS | {"withdrawal_notice_at": "2026-11-22T08:05+01:00[Europe/Paris]",
                 "withdrawal_channel": "email", "proof_of_sending_at": ""},
        ("stain", "tags-removed"),
        None,
    ),
    (
        "refused",
        "RMA-2026-700003",
        ("AP-3300-32", "Slim jeans, dark wash, W32 L32", "89.00"),
        FACTS | {"consumer_informed": "no", "withdrawal_channel": "letter",
                 "withdrawal_ack_id": "", "delivery_cost_paid": "0.00",
                 "cheapest_delivery_cost": "0.00"},
        ("worn",),
        None,
    ),
)  # fmt: skip


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def frames(video: str, count: int) -> list[np.ndarray]:
    capture = cv2.VideoCapture(video)
    shots = []
    for n in range(count * 9):
        ok, frame = capture.read()
        if ok and n % 9 == 0:
            shots.append(frame)
    capture.release()
    return shots


def inspect(station: Station, clock: Clock, case: tuple, pictures: list[np.ndarray]) -> None:  # type: ignore[type-arg]
    name, rma, (sku, description, price), facts, defects, grade = case
    row = {
        "rma": rma,
        "order_number": f"SO-{rma[-8:].replace('-', '')}",
        "tracking_number": "1Z999AA10123456784",
        "carrier": "UPS",
        "return_type": "refund",
        "reason": "Changed my mind",
        "delivered_on": "2026-11-18",
        "sku": sku,
        "description": description,
        "category": "apparel",
        "quantity": "1",
        "unit_price": price,
    } | {k: v for k, v in facts.items() if v}
    store(station.db, parse_rows([row], now=clock()), now=clock())
    station.change_shift(user=User("anna", Role.OPERATOR))
    opened = scanning.scan(station, rma)
    assert isinstance(opened, scanning.Opened)
    insp = opened.inspection
    for shot, picture in zip(("front", "back", "label"), pictures, strict=False):
        clock.now += timedelta(seconds=20)
        inspection.add_camera_photo(station, insp.id, picture, shot=shot)
    for n, defect in enumerate(defects):
        clock.now += timedelta(seconds=25)
        close_up = cv2.resize(pictures[3 + n][100:500, 600:1200], (1280, 720))
        inspection.add_camera_photo(station, insp.id, close_up, shot="defect", defect=defect)
    clock.now += timedelta(seconds=40)
    draft = Draft(defects=frozenset(defects), key_grade=grade)
    done = inspection.finish(station, inspection.inspection_detail(station, insp.id), draft=draft)
    view = approvals.recommendation(station, done.inspection.id)
    if view is not None and view.status == "pending":
        station.change_shift(user=User("sam", Role.SUPERVISOR))
        clock.now += timedelta(hours=2)
        approvals.approve(station, done.inspection.id, note="photos agree")
    clock.now += timedelta(minutes=30)
    print(name, done.inspection.lpn, view.outcome if view else None)


def main(out: Path, language: str = "en") -> None:
    """``language``: the station's, which the document speaks (de, pl, …)."""
    i18n.activate(language)
    out.mkdir(parents=True, exist_ok=True)
    clock = Clock(datetime(2026, 11, 26, 8, 30, tzinfo=UTC))
    config = sample.demo_settings(settings.Settings()).replace(require_shots=False)
    station = open_station(config, clock=clock)
    try:
        pictures = frames(station.settings.camera_source, 6)
        for case in CASES:
            inspect(station, clock, case, pictures)
        station.change_shift(user=User("sam", Role.SUPERVISOR))
        for name, rma, *_rest in CASES:
            pdf = out / f"evidence-{name}.pdf"
            write_evidence(station, rma, pdf)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "150", str(pdf), str(out / f"evidence-{name}")],
                check=True,
            )
            pdf.unlink()
    finally:
        station.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"), *sys.argv[2:3])
