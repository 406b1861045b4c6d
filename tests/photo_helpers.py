"""Pictures and units the photo tests share (not fixtures)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
from sqlalchemy import select

from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.context import Station
from inspect_station.bench import scanning
from inspect_station.bench.views import InspectionView
from inspect_station.photos.camera import CameraSource

Frame = npt.NDArray[np.uint8]


def demo_frames(video: Path, count: int = 1, step: int = 7) -> list[Frame]:
    """Real frames of the demo video (the parcel with its EAN-13 label), ``step`` apart."""
    frames = []
    with CameraSource(str(video)) as source:
        for n in range(count * step):
            frame = source.read()
            if n % step == 0:
                frames.append(frame)
    return frames


def blurred(frame: Frame) -> Frame:
    """Out of focus: what a shaking hand or a wrong focus gives."""
    return np.asarray(cv2.GaussianBlur(frame, (41, 41), 0), np.uint8)


def dark(frame: Frame) -> Frame:
    return np.asarray(cv2.convertScaleAbs(frame, alpha=0.2), np.uint8)


def blown_out(frame: Frame) -> Frame:
    return np.asarray(cv2.convertScaleAbs(frame, alpha=2.6, beta=40), np.uint8)


def rma_of(station: Station, category: str) -> str:
    """The first waiting return whose first line is of ``category``."""
    with station.db.read() as session:
        rows = session.execute(
            select(ExpectedReturn.rma, ExpectedReturnLine.category)
            .join(ExpectedReturnLine, ExpectedReturnLine.expected_return_id == ExpectedReturn.id)
            .where(ExpectedReturn.status == "open", ExpectedReturnLine.line_no == 1)
            .order_by(ExpectedReturn.id)
        ).all()
    return next(rma for rma, cat in rows if cat == category)


def open_unit_of(station: Station, category: str) -> InspectionView:
    """Open a unit of ``category`` through the scan service."""
    outcome = scanning.scan(station, rma_of(station, category))
    assert isinstance(outcome, scanning.Opened)
    assert outcome.inspection.category == category
    return outcome.inspection


def files_in(root: Path) -> list[Path]:
    """Every file under ``root`` (none when it does not exist)."""
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []
