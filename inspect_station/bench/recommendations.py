"""What a recommendation row records: the outcome, each deduction with the handling behind it and
the photos (their SHA-256 hashes) that show it, deductions the law refused, the delivery cost
owed, and the refund deadline.

The delivery cost is owed once per return (art. 13(2)): the first unit of the return whose
refund is recommended carries it; the others do not.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models.grading import Recommendation
from db.models.inspections import Inspection, Photo
from inspect_station.app.i18n import _
from inspect_station.rules.outcomes import Deduction
from inspect_station.rules.outcomes import Recommendation as Advice

if TYPE_CHECKING:
    from inspect_station.app.context import Station

# (SHA-256, the defect the photo shows or None), in the order the photos were taken
PhotoRef = tuple[str, str | None]


def photos_of(session: Session, inspection_id: object) -> list[PhotoRef]:
    return [
        (sha, defect)
        for sha, defect in session.execute(
            select(Photo.sha256, Photo.defect)
            .where(Photo.inspection_id == inspection_id)
            .order_by(Photo.id)
        )
    ]


def delivery_taken(session: Session, expected_id: int | None, inspection_id: object) -> bool:
    """Whether another unit of the return already refunds the delivery cost."""
    if expected_id is None:
        return False
    return (
        session.scalar(
            select(Recommendation.inspection_id)
            .join(Inspection, Inspection.id == Recommendation.inspection_id)
            .where(
                Inspection.expected_return_id == expected_id,
                Recommendation.inspection_id != inspection_id,
                Recommendation.delivery_refund > 0,
            )
            .limit(1)
        )
        is not None
    )


def notice_changed(session: Session, expected_id: int, notice_on: date | None) -> None:
    """The return's notice day became known (or changed): its recommendations sort by it."""
    session.execute(
        update(Recommendation)
        .where(
            Recommendation.inspection_id.in_(
                select(Inspection.id).where(Inspection.expected_return_id == expected_id)
            )
        )
        .values(notice_on=notice_on)
        .execution_options(synchronize_session=False)
    )


def unproven(advice: Advice, photos: Sequence[PhotoRef]) -> tuple[Deduction, ...]:
    """Deductions no photo shows."""
    shown = {defect for _sha, defect in photos}
    return tuple(d for d in advice.deductions if d.defect_id not in shown)


def new_row(
    station: Station,
    insp: Inspection,
    advice: Advice,
    *,
    photos: Sequence[PhotoRef],
    approval: Sequence[str],
    due_on: date | None,
    notice_on: date | None = None,
) -> Recommendation:
    return Recommendation(
        inspection_id=insp.id,
        **advice_fields(advice, photos),
        due_on=due_on,
        notice_on=notice_on,
        status="pending" if approval else "released",
        approval_reasons=list(approval),
        created_at=station.clock(),
    )


def advice_fields(advice: Advice, photos: Sequence[PhotoRef]) -> dict[str, Any]:
    """The columns of a :class:`Recommendation` row that say what is recommended."""

    def shown(d: Deduction) -> list[str]:
        return [sha for sha, defect in photos if defect == d.defect_id]

    reason = advice.reason
    proof = sorted({sha for d in advice.deductions for sha in shown(d)})
    if proof:
        reason += _(". Photos: {photos}").format(photos=", ".join(sha[:12] for sha in proof))
    return {
        "return_type": advice.return_type,
        "outcome": advice.outcome,
        "fallback": advice.fallback,
        "refund_amount": advice.refund,
        "deduction_percent": advice.deduction_percent,
        "deductions": [_deduction(d, shown(d)) for d in advice.deductions],
        "refused_deductions": [_deduction(d, shown(d)) for d in advice.refused],
        "delivery_refund": advice.delivery,
        "reason": reason,
        "photos": [sha for sha, _defect in photos],
    }


def _deduction(d: Deduction, photos: list[str]) -> dict[str, Any]:
    return {
        "defect": d.defect_id,
        "label": d.label,
        "percent": str(d.percent),
        "amount": str(d.amount),
        "handling": d.handling,
        "photos": photos,
    }
