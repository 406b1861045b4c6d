"""What the evidence document says, read in one transaction: the return and its withdrawal, each
unit with its condition, photos and recommendation, the refund and its deadline.

A plate names its unit's return (all of the return's units are in the document); a plate of a
parcel received without an expected return names that unit alone; an RMA names the return.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Photo
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput, KnownError
from inspect_station.app.i18n import _
from inspect_station.bench import units
from inspect_station.bench.return_facts import facts_of, goods_received_at
from inspect_station.identify.identifiers import lpn_is_valid, normalise
from inspect_station.identify.resolver import Patterns, canonical
from inspect_station.rules.routing import CURRENCY_SIGNS
from inspect_station.rules.withdrawal import (
    REFUND_DAYS,
    Deadline,
    Withdrawal,
    Withholding,
    withheld_until,
)
from inspect_station.supervise import approvals
from inspect_station.supervise.approvals import RecommendationView

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class PhotoEvidence:
    number: int  # as the document numbers them, from 1
    sha256: str
    shot: str  # the shot type's name
    taken_at: datetime
    operator: str
    defect: str | None  # the label of the defect it shows
    thumbnail: Path | None  # None: deleted under the retention policy, or unreadable
    purged_at: datetime | None


@dataclass(frozen=True)
class UnitEvidence:
    lpn: str
    sku: str | None
    description: str | None
    price: Decimal | None
    receipt: str  # received, wrong_item, missing, empty_box
    status: str  # open, finished
    grade: str | None
    grade_name: str | None
    grade_description: str | None
    defects: tuple[str, ...]  # labels of the defects found
    started_at: datetime
    finished_at: datetime | None
    operator: str
    bench: str
    photos: tuple[PhotoEvidence, ...]
    recommendation: RecommendationView | None

    def photo_numbers(self, shas: list[str]) -> list[int]:
        return [p.number for p in self.photos if p.sha256 in shas]


@dataclass(frozen=True)
class ReturnEvidence:
    rma: str | None  # None: a parcel received without an expected return
    order_number: str | None
    tracking_number: str | None
    carrier: str | None
    delivered_on: date | None
    withdrawal: Withdrawal
    deadline: Deadline | None
    withheld: Withholding | None
    goods_received_at: datetime | None
    units: tuple[UnitEvidence, ...]
    sign: str
    produced_at: datetime
    produced_by: str
    bench: str
    refund_days: int = REFUND_DAYS  # the outcome tables' [deadline] days
    currency: str | None = None  # the settings' currency: amounts as the language writes them

    @property
    def photos(self) -> tuple[tuple[UnitEvidence, PhotoEvidence], ...]:
        return tuple((unit, photo) for unit in self.units for photo in unit.photos)

    @property
    def items_refund(self) -> Decimal | None:
        amounts = [
            u.recommendation.refund_amount
            for u in self.units
            if u.recommendation and u.recommendation.refund_amount is not None
        ]
        return sum(amounts, Decimal(0)) if amounts else None

    @property
    def delivery_refund(self) -> Decimal:
        return sum(
            (
                u.recommendation.delivery_refund or Decimal(0)
                for u in self.units
                if u.recommendation
            ),
            Decimal(0),
        )


def find(station: Station, reference: str) -> tuple[int | None, uuid.UUID | None]:
    """(expected return id, unit's inspection id) named by a licence plate or an RMA."""
    code = normalise(reference)
    if not code or len(code) > 100 or not code.isprintable():
        raise BadInput(_("Name a return by its RMA or a unit by its licence plate."))
    with station.db.read() as session:
        if lpn_is_valid(code):
            insp = units.latest_inspection_for_lpn(session, code)
            if insp is None:
                raise BadInput(_("No unit {code} at this station.").format(code=code))
            return insp.expected_return_id, insp.id
        rma = canonical(code, Patterns.from_settings(station.settings))
        er_id = session.scalar(select(ExpectedReturn.id).where(ExpectedReturn.rma == rma))
        if er_id is None:
            raise BadInput(
                _("No return or unit {reference!r}: give an RMA or a plate.").format(
                    reference=reference.strip()
                )
            )
        return er_id, None


def gather(station: Station, reference: str) -> ReturnEvidence:
    """Everything the document shows for the return (or lone unit) ``reference`` names."""
    expected_id, unit_id = find(station, reference)
    currency = station.settings.currency
    with station.db.read() as session:
        er = session.get(ExpectedReturn, expected_id) if expected_id is not None else None
        if er is not None:
            inspections = session.scalars(
                select(Inspection)
                .where(Inspection.expected_return_id == er.id, Inspection.status != "cancelled")
                .order_by(Inspection.started_at, Inspection.id)
            ).all()
        else:
            inspections = [i for i in (session.get(Inspection, unit_id),) if i is not None]
        if not inspections:
            raise BadInput(
                _("Nothing of {reference} has been received yet.").format(
                    reference=reference.strip()
                )
            )
        facts = facts_of(er) if er else Withdrawal()
        received = goods_received_at(session, er.id) if er else inspections[0].started_at
        numbered = _Counter()
        unit_views = tuple(_unit(station, session, i, numbered) for i in inspections)
        return ReturnEvidence(
            rma=er.rma if er else None,
            order_number=er.order_number if er else None,
            tracking_number=er.tracking_number if er else inspections[0].scanned_code,
            carrier=er.carrier if er else None,
            delivered_on=er.delivered_on if er else None,
            withdrawal=facts,
            deadline=station.outcomes.deadline(facts),
            withheld=withheld_until(received, facts.sent.utc if facts.sent else None),
            goods_received_at=received,
            units=unit_views,
            sign=CURRENCY_SIGNS.get(currency, currency + " "),
            produced_at=station.clock(),
            produced_by=station.operator,
            bench=station.bench,
            refund_days=station.outcomes.policy.deadline_days,
            currency=currency,
        )


class _Counter:
    def __init__(self) -> None:
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n


def _unit(station: Station, session: Session, insp: Inspection, numbered: _Counter) -> UnitEvidence:
    unit = session.get(UnitAssessment, insp.id)
    labels: dict[str, str] = {}
    defects: tuple[str, ...] = ()
    if unit is not None:
        try:
            checklist = station.grading_sets.get(unit.grading_set)
            labels = {d.id: d.label for d in checklist.defects}
        except BadInput:
            labels = {}  # a set removed since: the ids stand as they were kept
        defects = tuple(labels.get(d, d) for d in unit.defects)
    grade = station.grades.get(insp.grade) if insp.grade in station.grades.codes else None
    photos = tuple(
        _photo(station, photo, numbered.next(), labels)
        for photo in session.scalars(
            select(Photo).where(Photo.inspection_id == insp.id).order_by(Photo.id)
        )
    )
    return UnitEvidence(
        lpn=insp.lpn,
        sku=insp.sku,
        description=insp.description,
        price=insp.value,
        receipt=unit.receipt if unit else "received",
        status=insp.status,
        grade=insp.grade,
        grade_name=grade.name if grade else None,
        grade_description=grade.description if grade else None,
        defects=defects,
        started_at=insp.started_at,
        finished_at=insp.finished_at,
        operator=insp.operator,
        bench=insp.bench,
        photos=photos,
        recommendation=approvals.view_in(station, session, insp.id),
    )


def _photo(station: Station, photo: Photo, number: int, labels: dict[str, str]) -> PhotoEvidence:
    thumbnail = None
    if photo.purged_at is None:
        try:
            thumbnail = station.photos.thumbnail(photo.sha256, 320)
        except KnownError:
            thumbnail = None  # the document says the picture could not be read
    return PhotoEvidence(
        number=number,
        sha256=photo.sha256,
        shot=station.shots.name_of(photo.shot) if photo.shot else photo.source,
        taken_at=photo.taken_at,
        operator=photo.operator,
        defect=labels.get(photo.defect, photo.defect) if photo.defect else None,
        thumbnail=thumbnail,
        purged_at=photo.purged_at,
    )
