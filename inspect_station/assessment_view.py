"""How a finished unit was received and graded, as the desk shows it.

Read from the unit's :class:`~db.models.grading.UnitAssessment` row: the receipt, the ticked
defects with their severities (named from the grading set), the checklist's grade against the
grade given with the override reason, and the facts the route was decided on.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models.grading import UnitAssessment
from inspect_station.errors import BadInput
from inspect_station.station import Station

RECEIPT_WORDS = {
    "received": "received",
    "wrong_item": "wrong item (not what was ordered)",
    "missing": "missing from the parcel",
    "empty_box": "empty box",
}


@dataclass(frozen=True)
class DefectView:
    id: str
    label: str
    severity: str  # critical, major, minor; "" for a defect the checklist no longer has
    caps: str
    cause: str
    deduct: str  # per cent of the price, "" when none


@dataclass(frozen=True)
class AssessmentView:
    receipt: str
    checklist: str  # the grading set's name
    defects: tuple[DefectView, ...]
    sealed: bool
    computed_grade: str | None  # what the checklist gave (None: graded by key alone)
    override_reason: str | None  # why the worker gave another grade
    rule_version: int | None
    return_type: str | None
    return_reason: str | None
    days_since_delivery: int | None
    missing_items: int
    recall: bool
    hazmat: bool
    return_to_vendor: bool

    @property
    def receipt_words(self) -> str:
        return RECEIPT_WORDS.get(self.receipt, self.receipt)

    @property
    def flags(self) -> tuple[str, ...]:
        """The SKU's flags the bench saw, in words."""
        names = (
            (self.recall, "recalled"),
            (self.hazmat, "hazmat"),
            (self.return_to_vendor, "vendor takes it back"),
        )
        return tuple(word for on, word in names if on)


def assessment_in(
    station: Station, session: Session, inspection_id: uuid.UUID
) -> AssessmentView | None:
    """The unit's assessment; None for units finished before assessments were kept."""
    row = session.get(UnitAssessment, inspection_id)
    if row is None:
        return None
    try:
        checklist = station.grading_sets.get(row.grading_set)
    except BadInput:
        checklist = None  # a set that was removed since: the ids are shown as they were kept
    by_id = {d.id: d for d in checklist.defects} if checklist else {}
    defects = []
    for defect_id in row.defects:
        known = by_id.get(defect_id)
        if known is None:
            defects.append(DefectView(defect_id, defect_id, "", "", "", ""))
            continue
        deduct = f"{known.deduct:g}" if known.deduct else ""
        defects.append(
            DefectView(known.id, known.label, known.severity, known.caps, known.cause, deduct)
        )
    return AssessmentView(
        receipt=row.receipt,
        checklist=checklist.name if checklist else row.grading_set,
        defects=tuple(defects),
        sealed=row.sealed,
        computed_grade=row.computed_grade,
        override_reason=row.override_reason,
        rule_version=row.rule_version_id,
        return_type=row.return_type,
        return_reason=row.return_reason,
        days_since_delivery=row.days_since_delivery,
        missing_items=row.missing_items,
        recall=row.recall,
        hazmat=row.hazmat,
        return_to_vendor=row.return_to_vendor,
    )
