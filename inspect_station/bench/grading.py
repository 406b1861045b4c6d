"""Reading a unit's context and writing its assessment, inside the services' transactions.

:func:`prepare` runs when a unit opens (worker thread) and gives the bench what it needs to
assess every key press instantly. :func:`record` runs inside ``inspection.finish``'s
transaction: it assesses again on fresh rows, refuses an incomplete draft before anything is
written, records the units the parcel lacked, the assessment and the recommendation.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection, Unit
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.bench import recommendations, return_facts, units, views, wrong_item
from inspect_station.bench.assessment import (
    PHYSICAL,
    Assessment,
    Draft,
    UnitContext,
    approval_reasons,
    assess,
    withdrawal_reasons,
)
from inspect_station.bench.views import InspectionView
from inspect_station.offline.twin import here
from inspect_station.rules import catalogue, rulebook
from inspect_station.rules.checklists import Defect
from inspect_station.rules.outcomes import OutcomeFacts
from inspect_station.rules.outcomes import Recommendation as Advice
from inspect_station.rules.routing import Decision, Facts

if TYPE_CHECKING:
    from inspect_station.app.context import Station

NOT_IN_PARCEL = ("missing", "empty_box")


def prepare(station: Station, insp: InspectionView) -> UnitContext:
    """The unit's checklist, SKU flags and the units already recorded as not in the parcel."""
    station = here(station)
    with station.db.read() as session:
        return context_in(station, session, insp)


def context_in(station: Station, session: Session, insp: InspectionView) -> UnitContext:
    by_line: dict[int, int] = {}
    if insp.expected is not None:
        rows = session.execute(
            select(Unit.line_id, func.count())
            .join(Inspection, Inspection.lpn == Unit.lpn)
            .join(UnitAssessment, UnitAssessment.inspection_id == Inspection.id)
            .where(
                Unit.expected_return_id == insp.expected.id,
                Inspection.status == "finished",
                UnitAssessment.receipt.in_(NOT_IN_PARCEL),
            )
            .group_by(Unit.line_id)
        ).all()
        by_line = {line: count for line, count in rows if line is not None}
    return UnitContext(
        grading_set=station.grading_sets.for_category(insp.category),
        flags=catalogue.flags_for(session, insp.sku),
        missing_recorded=sum(by_line.values()),
        missing_by_line=tuple(sorted(by_line.items())),
        delivery_taken=recommendations.delivery_taken(
            session, insp.expected.id if insp.expected else None, insp.id
        ),
    )


def record(
    station: Station,
    session: Session,
    insp: Inspection,
    draft: Draft,
    *,
    rules_version: int | None = None,
) -> Assessment:
    """Assess on fresh rows and store it all; a draft that cannot finish writes nothing.

    Routes by the version active now, on every bench, or by ``rules_version`` (a unit the bench
    finished offline is routed by the rules it had then)."""
    view = views.view(station, session, insp)
    ctx = context_in(station, session, view)
    if rules_version is None:
        rulebook.current(station, session)
    else:
        rulebook.use_version(station, session, rules_version)
    if draft.actual is not None:  # the wrong item's product and flags as they are now
        draft = replace(draft, actual=wrong_item.identify_in(session, draft.actual.code))
    result = assess(station, view, ctx, draft)
    if result.needs:
        raise BadInput(_("{needs} Nothing was saved.").format(needs=result.needs))
    wrong = draft.receipt == "wrong_item"
    others = _units_not_in_parcel(view, draft)
    for line_id, count in others:
        for _unit in range(count):
            _record_absent(station, session, insp, view, line_id, draft.receipt)
    session.add(
        UnitAssessment(
            inspection_id=insp.id,
            receipt=draft.receipt,
            grading_set=ctx.grading_set.id,
            defects=[d.id for d in result.defects],
            sealed=draft.sealed,
            computed_grade=result.computed.grade if result.computed else None,
            override_reason=(draft.override_reason or "").strip() or None
            if result.overridden
            else None,
            rule_version_id=station.rules.number if result.decision else None,
            return_type=view.expected.return_type if view.expected else None,
            return_reason=view.expected.reason if view.expected else None,
            days_since_delivery=view.expected.days_since_delivery if view.expected else None,
            missing_items=result.facts.missing_items if result.facts else 0,
            recall=result.facts.recall if result.facts else ctx.flags.recall,
            hazmat=result.facts.hazmat if result.facts else ctx.flags.hazmat,
            return_to_vendor=(
                result.facts.return_to_vendor if result.facts else ctx.flags.return_to_vendor
            ),
            actual_code=draft.actual.code if wrong and draft.actual else None,
            actual_sku=draft.actual.sku if wrong and draft.actual else None,
            actual_description=draft.actual.description if wrong and draft.actual else None,
        )
    )
    if result.recommendation is not None:
        photos = [(p.sha256, p.defect) for p in view.photos]
        _add_recommendation(station, session, insp, view, result, result.recommendation, photos)
    return result


def _units_not_in_parcel(view: InspectionView, draft: Draft) -> list[tuple[int, int]]:
    """(line, units) to record as absent besides the unit on the bench, checked."""
    er = view.expected
    if er is None:
        if draft.missing or draft.receipt == "empty_box":
            raise BadInput(_("An unexpected return has no expected items to mark missing."))
        return []
    remaining = {line.id: line.quantity - line.received for line in er.lines}
    if draft.receipt == "empty_box":
        return [(line_id, n) for line_id, n in remaining.items() if n > 0]
    for line_id, count in draft.missing:
        if line_id not in remaining:
            raise BadInput(
                _("Line {line_id} is not part of {rma}; nothing was saved.").format(
                    line_id=line_id, rma=er.rma
                )
            )
        if not 0 < count <= remaining[line_id]:
            raise BadInput(
                _(
                    "Only {remaining} unit(s) of that line are still expected, not {count}; "
                    "nothing "
                    "was saved."
                ).format(remaining=remaining[line_id], count=count)
            )
    return list(draft.missing)


def _record_absent(
    station: Station,
    session: Session,
    current: Inspection,
    view: InspectionView,
    line_id: int,
    receipt: str,
) -> None:
    er = session.get(ExpectedReturn, view.expected.id if view.expected else None)
    line = session.get(ExpectedReturnLine, line_id)
    assert er is not None
    assert line is not None
    assert view.expected is not None
    absent = units.new_unit(station, session, current.scanned_code, expected=er, line=line)
    kind = receipt if receipt == "empty_box" else "missing"
    absent.status = "finished"
    absent.finished_at = station.clock()
    session.add(
        UnitAssessment(
            inspection_id=absent.id,
            receipt=kind,
            grading_set=station.grading_sets.for_category(line.category).id,
            return_type=er.return_type,
            return_reason=er.reason,
            days_since_delivery=view.expected.days_since_delivery,
        )
    )
    advice = station.outcomes.recommend(
        OutcomeFacts(return_type=er.return_type, receipt=kind, grade=None, value=line.unit_price)
    )
    session.flush()
    trail.audit(
        station,
        session,
        "unit.not_in_parcel",
        "inspection",
        absent.id,
        lpn=absent.lpn,
        receipt=kind,
        sku=line.sku,
        outcome=advice.outcome,
    )
    session.add(
        recommendations.new_row(station, absent, advice, photos=[], approval=(), due_on=None)
    )


def recommend_placed(
    station: Station, session: Session, insp: Inspection, er: ExpectedReturn
) -> Recommendation | None:
    """A finished parcel from quarantine now belongs to ``er``: its refund, exchange or
    warranty recommendation, as the bench would have made it with that return known.

    Made from the grade, defects and receipt the bench recorded and the return's type; it
    waits for a supervisor for the bench's reasons (value, a grade against the checklist) and
    also when a deduction has no photo to back it. A unit that already has one keeps it.
    """
    if session.get(Recommendation, insp.id) is not None:
        return None
    unit = session.get(UnitAssessment, insp.id)
    receipt = unit.receipt if unit else "received"
    physical = receipt in PHYSICAL
    if physical and insp.grade is None:
        return None
    defects: tuple[Defect, ...] = ()
    if unit is not None:
        unit.return_type, unit.return_reason = er.return_type, er.reason
        if unit.defects:
            checklist = station.grading_sets.get(unit.grading_set)
            defects = tuple(checklist.defect(d) for d in unit.defects)
    facts = return_facts.facts_of(er)
    taken = recommendations.delivery_taken(session, er.id, insp.id)
    # Held as unexpected until now: the outcome follows where the rules send the unit now that
    # its return is known (a hazmat or recall hold still holds), not the hold for being unknown.
    placed = _placed_decision(station, insp, er, unit, receipt) if physical else None
    route, route_why = (placed.route, placed.why) if placed else (insp.route, insp.rule_why)
    advice = station.outcomes.recommend(
        OutcomeFacts(
            return_type=er.return_type,
            receipt=receipt,
            grade=insp.grade,
            value=insp.value,
            defects=defects,
            sealed=unit.sealed if unit else False,
            missing_items=unit.missing_items if unit else 0,
            informed=facts.informed,
            delivery=None if taken else facts.delivery_owed,
            route=route,
        )
    )
    photos = recommendations.photos_of(session, insp.id)
    approval = approval_reasons(
        station,
        value=insp.value,
        computed_grade=unit.computed_grade if unit and unit.override_reason else None,
        grade=insp.grade,
        physical=physical,
        route=route,
        route_why=route_why,
    )
    if recommendations.unproven(advice, photos):
        approval += (_("deduction without a photo of the defect"),)
    approval += withdrawal_reasons(advice, facts.informed)
    deadline = station.outcomes.deadline(facts)
    row = recommendations.new_row(
        station,
        insp,
        advice,
        photos=photos,
        approval=approval,
        due_on=deadline.last_day if deadline else None,
        notice_on=facts.day,
    )
    session.add(row)
    session.flush()
    trail.audit(
        station,
        session,
        "recommendation.queued" if row.status == "pending" else "recommendation.released",
        "inspection",
        insp.id,
        outcome=advice.outcome,
        reasons=list(approval),
        placed_under=er.rma,
    )
    return row


def _add_recommendation(
    station: Station,
    session: Session,
    insp: Inspection,
    view: InspectionView,
    result: Assessment,
    advice: Advice,
    photos: list[recommendations.PhotoRef],
) -> None:
    notice = view.expected.withdrawal.day if view.expected else None
    row = recommendations.new_row(
        station,
        insp,
        advice,
        photos=photos,
        approval=result.approval,
        due_on=result.due_on,
        notice_on=notice,
    )
    session.add(row)
    if row.status == "pending":
        session.flush()
        trail.audit(
            station,
            session,
            "recommendation.queued",
            "inspection",
            insp.id,
            outcome=advice.outcome,
            reasons=list(result.approval),
        )


def _placed_decision(
    station: Station,
    insp: Inspection,
    er: ExpectedReturn,
    unit: UnitAssessment | None,
    receipt: str,
) -> Decision | None:
    """The route the rules give a placed parcel now that its return is known."""
    if insp.grade is None:
        return None
    facts = Facts(
        grade=insp.grade,
        category=insp.category,
        value=insp.value,
        return_type=er.return_type,
        unexpected=False,
        sku=insp.sku,
        reason=er.reason,
        days_since_delivery=(
            (units.local_today(station) - er.delivered_on).days if er.delivered_on else None
        ),
        missing_items=unit.missing_items if unit else 0,
        receipt=receipt,
        recall=unit.recall if unit else False,
        hazmat=unit.hazmat if unit else False,
        return_to_vendor=unit.return_to_vendor if unit else False,
    )
    return station.rules.decide(facts, station.settings.currency)
