"""Plain, immutable pictures of database rows for the screens and the command line.

Services hand these out instead of ORM objects, so nothing outside a session can lazily touch
the database (and the UI thread never does I/O by accident).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from db.models.inspections import Inspection, Photo
from db.models.returns import ExpectedReturn
from inspect_station.quality import Quality


@dataclass(frozen=True)
class LineView:
    id: int
    line_no: int
    sku: str
    ean: str | None
    description: str
    category: str
    quantity: int
    unit_price: Decimal
    received: int


@dataclass(frozen=True)
class ReturnView:
    id: int
    rma: str
    order_number: str
    tracking_number: str | None
    carrier: str | None
    return_type: str
    reason: str
    delivered_on: date | None
    days_since_delivery: int | None
    total_value: Decimal
    status: str
    claimed_by_bench: str | None
    lines: tuple[LineView, ...]
    withdrawal_notified_on: date | None = None

    @property
    def units_expected(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_received(self) -> int:
        return sum(min(line.received, line.quantity) for line in self.lines)


@dataclass(frozen=True)
class PhotoView:
    sha256: str
    path: Path
    width: int
    height: int
    source: str
    taken_at: datetime
    id: int = 0
    size_bytes: int = 0
    bench: str = ""
    operator: str = ""
    original_name: str | None = None
    shot: str | None = None  # a shot type code (shots.toml)
    quality: Quality | None = None  # None for photos taken before quality was measured
    code_format: str | None = None  # a barcode seen in the photo
    code_text: str | None = None
    purged_at: datetime | None = None  # the file is gone under the retention rule


@dataclass(frozen=True)
class InspectionView:
    id: uuid.UUID
    version: int
    lpn: str
    status: str
    scanned_code: str
    unexpected: bool
    bench: str
    operator: str
    started_at: datetime
    finished_at: datetime | None
    line_id: int | None
    sku: str | None
    category: str | None
    description: str | None
    value: Decimal | None
    grade: str | None
    notes: str
    route: str | None
    rule_id: str | None
    rule_explanation: str | None
    expected: ReturnView | None
    photos: tuple[PhotoView, ...]
    rule_why: str | None = None  # the rule's short reason, printed on the label
    tote: str | None = None


def return_view(er: ExpectedReturn, received: dict[int, int], today: date) -> ReturnView:
    lines = tuple(
        LineView(
            id=line.id,
            line_no=line.line_no,
            sku=line.sku,
            ean=line.ean,
            description=line.description,
            category=line.category,
            quantity=line.quantity,
            unit_price=line.unit_price,
            received=received.get(line.id, 0),
        )
        for line in er.lines
    )
    return ReturnView(
        id=er.id,
        rma=er.rma,
        order_number=er.order_number,
        tracking_number=er.tracking_number,
        carrier=er.carrier,
        return_type=er.return_type,
        reason=er.reason,
        delivered_on=er.delivered_on,
        days_since_delivery=(today - er.delivered_on).days if er.delivered_on else None,
        total_value=sum((line.unit_price * line.quantity for line in er.lines), Decimal("0")),
        status=er.status,
        claimed_by_bench=er.claimed_by_bench,
        lines=lines,
        withdrawal_notified_on=er.withdrawal_notified_on,
    )


def photo_view(photo: Photo, path: Path) -> PhotoView:
    return PhotoView(
        sha256=photo.sha256,
        path=path,
        width=photo.width,
        height=photo.height,
        source=photo.source,
        taken_at=photo.taken_at,
        id=photo.id,
        size_bytes=photo.size_bytes,
        bench=photo.bench,
        operator=photo.operator,
        original_name=photo.original_name,
        shot=photo.shot,
        quality=_quality(photo),
        code_format=photo.code_format,
        code_text=photo.code_text,
        purged_at=photo.purged_at,
    )


def _quality(photo: Photo) -> Quality | None:
    if photo.sharpness is None or photo.brightness is None:
        return None
    return Quality(
        sharpness=photo.sharpness,
        brightness=photo.brightness,
        clipped_pct=photo.clipped_pct or 0.0,
        dark_pct=photo.dark_pct or 0.0,
        issues=tuple(filter(None, (photo.quality_issues or "").split("\n"))),
    )


def inspection_view(
    insp: Inspection,
    *,
    line_id: int | None,
    expected: ReturnView | None,
    photos: tuple[PhotoView, ...],
) -> InspectionView:
    return InspectionView(
        id=insp.id,
        version=insp.version,
        lpn=insp.lpn,
        status=insp.status,
        scanned_code=insp.scanned_code,
        unexpected=insp.unexpected,
        bench=insp.bench,
        operator=insp.operator,
        started_at=insp.started_at,
        finished_at=insp.finished_at,
        line_id=line_id,
        sku=insp.sku,
        category=insp.category,
        description=insp.description,
        value=insp.value,
        grade=insp.grade,
        notes=insp.notes,
        route=insp.route,
        rule_id=insp.rule_id,
        rule_explanation=insp.rule_explanation,
        expected=expected,
        photos=photos,
        rule_why=insp.rule_why,
        tote=insp.tote,
    )
