"""Plain, immutable pictures of database rows for the screens and the command line.

Services hand these out instead of ORM objects, so nothing outside a session can lazily touch
the database (and the UI thread never does I/O by accident).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection, Photo, Unit
from db.models.returns import ExpectedReturn
from inspect_station.app.i18n import _
from inspect_station.bench.return_facts import facts_of, goods_received_at
from inspect_station.bench.units import local_today, received_counts
from inspect_station.photos.views import PhotoView, photo_view
from inspect_station.rules.withdrawal import Withdrawal, Withholding, withheld_until

if TYPE_CHECKING:
    from inspect_station.app.context import Station


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
    withdrawal: Withdrawal = field(default_factory=Withdrawal)
    goods_received_at: datetime | None = None  # the first scan of its parcel at the dock
    customer_name: str | None = None
    customer_email: str | None = None

    @property
    def withheld(self) -> Withholding | None:
        """Until when the refund may be withheld (art. 13(3)); None while it still may be."""
        sent = self.withdrawal.sent
        return withheld_until(self.goods_received_at, sent.utc if sent else None)

    @property
    def customer(self) -> str:
        """The customer as a person reads it: the name, else the e-mail address."""
        return self.customer_name or self.customer_email or _("customer unknown")

    @property
    def units_expected(self) -> int:
        return sum(line.quantity for line in self.lines)

    @property
    def units_received(self) -> int:
        return sum(min(line.received, line.quantity) for line in self.lines)


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


def return_view(
    er: ExpectedReturn,
    received: dict[int, int],
    today: date,
    goods_received_at: datetime | None = None,
) -> ReturnView:
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
        withdrawal=facts_of(er),
        goods_received_at=goods_received_at,
        customer_name=er.customer_name,
        customer_email=er.customer_email,
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


def expected_view(station: Station, session: Session, er: ExpectedReturn) -> ReturnView:
    return return_view(
        er,
        received_counts(session, er.id),
        local_today(station),
        goods_received_at(session, er.id),
    )


def view(station: Station, session: Session, insp: Inspection) -> InspectionView:
    expected = None
    if insp.expected_return_id is not None:
        er = session.get(ExpectedReturn, insp.expected_return_id)
        if er is not None:
            expected = expected_view(station, session, er)
    unit = session.get(Unit, insp.lpn)
    photos = tuple(
        photo_view(p, station.photos.path_for(p.sha256))
        for p in session.scalars(
            select(Photo).where(Photo.inspection_id == insp.id).order_by(Photo.id)
        )
    )
    return inspection_view(
        insp, line_id=unit.line_id if unit else None, expected=expected, photos=photos
    )
