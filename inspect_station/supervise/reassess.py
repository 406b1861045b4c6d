"""A finished unit decided again on the facts it was finished with, under a new grade.

A supervisor's new grade routes the unit by the rule version active at that moment, on the
facts its bench recorded: the assessment row (receipt, return type and reason, days since
delivery, missing items, the SKU's flags) or, for units finished before assessments were kept,
what their rows still tell — the same rebuild ``rules simulate`` replays. The SKU's recall,
hazmat and return-to-vendor flags are read from the catalogue as it is now when it lists the
SKU: the item goes somewhere now, so a recall issued since the bench holds it, and a recall
lifted since no longer does.

The refund, exchange or warranty recommendation follows the new grade through the outcome
tables with the defects the bench ticked (:func:`recommend_again`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from db.models.grading import CatalogueItem, Recommendation, UnitAssessment
from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.bench.recommendations import (
    advice_fields,
    delivery_taken,
    photos_of,
    unproven,
)
from inspect_station.bench.return_facts import facts_of
from inspect_station.rules import rulebook, simulate
from inspect_station.rules.checklists import Defect
from inspect_station.rules.outcomes import OutcomeFacts
from inspect_station.rules.routing import Decision, Facts
from inspect_station.rules.withdrawal import Withdrawal

if TYPE_CHECKING:
    from inspect_station.app.context import Station

# A supervisor's decision on a recommendation is kept when a later override changes the grade:
# the tables never overwrite an outcome a person set by hand, with a reason.
KEPT_STATUS = "changed"


def stored_facts(session: Session, insp: Inspection) -> Facts:
    """The routing facts the unit was finished with (its grade as it is now)."""
    row = session.execute(simulate.facts_query().where(Inspection.id == insp.id)).one()
    facts = Facts(*simulate.fields_of(row))
    item = session.get(CatalogueItem, insp.sku) if insp.sku else None
    if item is not None:
        facts = replace(
            facts,
            recall=item.recall,
            hazmat=item.hazmat,
            return_to_vendor=item.return_to_vendor,
        )
    return facts


def route_again(station: Station, session: Session, insp: Inspection, grade: str) -> Decision:
    """The route for ``grade`` by the rules active now (re-read if another bench changed them)."""
    table = rulebook.current(station, session)
    return table.decide(
        replace(stored_facts(session, insp), grade=grade), station.settings.currency
    )


@dataclass(frozen=True)
class Recommended:
    """What happened to the unit's recommendation when its grade changed."""

    before: dict[str, Any]
    after: dict[str, Any]
    status_before: str
    status: str
    kept: bool  # a supervisor's own change of the outcome stays as they set it

    def words(self) -> str:
        if self.kept:
            return _("recommendation kept as changed by hand ({short})").format(
                short=_short(self.before)
            )
        change = (
            f"{_short(self.before)} → {_short(self.after)}"
            if _short(self.before) != _short(self.after)
            else _("{short}, unchanged").format(short=_short(self.after))
        )
        released = _(" and released") if self.status_before == "pending" else ""
        return f"recommendation {change}{released}"


def recommend_again(
    station: Station, session: Session, insp: Inspection, grade: str, reason: str
) -> Recommended | None:
    """Work the unit's recommendation out again for ``grade`` and decide it as the supervisor.

    A recommendation waiting for approval is released as the overriding supervisor's decision
    (status ``approved``, decided by them, the override's reason as the note): they have just
    looked at the unit and set its grade. One a supervisor changed by hand stays as it is.
    A unit without a recommendation (an unexpected return, or one finished before the station
    recommended outcomes) gets none. Raises :class:`BadInput` when the new grade leads to a
    deduction and the unit has no photo to back it; nothing is changed then.
    """
    row = session.get(Recommendation, insp.id)
    if row is None:
        return None
    before = _summary(row)
    if row.status == KEPT_STATUS:
        return Recommended(before, before, row.status, row.status, kept=True)
    advice = station.outcomes.recommend(_outcome_facts(station, session, insp, row, grade))
    photos = photos_of(session, insp.id)
    missing = unproven(advice, photos)
    if missing:
        named = ", ".join(d.label for d in missing)
        raise BadInput(
            _(
                "With grade {grade} the refund is reduced for {named}, and a deduction must be "
                "backed by a photo of the defect: this unit has none. Nothing was changed."
            ).format(grade=grade, named=named)
        )
    status_before = row.status
    for column, value in advice_fields(advice, photos).items():
        setattr(row, column, value)
    row.status = "approved"
    row.decided_by = station.operator
    row.decided_at = station.clock()
    row.decision_note = _("with the grade override to {grade}: {reason}").format(
        grade=grade, reason=reason
    )[:300]
    return Recommended(before, _summary(row), status_before, row.status, kept=False)


def _outcome_facts(
    station: Station, session: Session, insp: Inspection, row: Recommendation, grade: str
) -> OutcomeFacts:
    unit = session.get(UnitAssessment, insp.id)
    er = session.get(ExpectedReturn, insp.expected_return_id)
    facts = facts_of(er) if er else Withdrawal()
    taken = delivery_taken(session, insp.expected_return_id, insp.id)
    defects: tuple[Defect, ...] = ()
    if unit is not None and unit.defects:
        checklist = station.grading_sets.get(unit.grading_set)
        defects = tuple(checklist.defect(d) for d in unit.defects)  # BadInput names a lost one
    return OutcomeFacts(
        return_type=row.return_type,  # an exchange that fell back to a refund is an exchange
        receipt=unit.receipt if unit else "received",
        grade=grade,
        value=insp.value,
        defects=defects,
        sealed=unit.sealed if unit else False,
        missing_items=unit.missing_items if unit else 0,
        informed=facts.informed,
        delivery=None if taken else facts.delivery_owed,
        route=insp.route,
    )


def _summary(row: Recommendation) -> dict[str, Any]:
    return {
        "outcome": row.outcome,
        "refund": None if row.refund_amount is None else str(row.refund_amount),
        "deductions": [d.get("defect") for d in row.deductions],
    }


def _short(summary: dict[str, Any]) -> str:
    refund = f" {summary['refund']}" if summary["refund"] is not None else ""
    return f"{summary['outcome']}{refund}"
