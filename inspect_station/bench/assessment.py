"""One unit's whole decision: receipt, grade from the checklist, route, and recommendation.

The bench keeps a :class:`Draft` (what the worker said so far) and calls :func:`assess` on
every key press: pure and instant, from a :class:`UnitContext` read once when the unit opened.
Finishing runs the same assessment again inside the finishing transaction on fresh rows
(:mod:`inspect_station.bench.grading`), so what is stored never rests on what the screen held.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.bench.views import InspectionView
from inspect_station.bench.wrong_item import ActualItem
from inspect_station.labels.layout import route_words
from inspect_station.photos.views import PhotoView
from inspect_station.rules.catalogue import SkuFlags
from inspect_station.rules.checklists import Computed, Defect, GradingSet
from inspect_station.rules.outcomes import Deduction, OutcomeFacts, Recommendation
from inspect_station.rules.routing import Decision, Facts
from inspect_station.rules.withdrawal import Deadline

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_REASON = 200
PHYSICAL = ("received", "wrong_item")  # receipts with an item on the bench to grade and route


@dataclass(frozen=True)
class Draft:
    """What the worker has said about the unit on the bench. Every change makes a new one."""

    receipt: str = "received"
    defects: frozenset[str] = frozenset()
    sealed: bool = False
    key_grade: str | None = None  # a grade key pressed; differs from the checklist = override
    override_reason: str | None = None
    missing: tuple[tuple[int, int], ...] = ()  # (line id, units) not in the parcel, other lines
    actual: ActualItem | None = None  # a wrong item identified by its own code

    def with_actual(self, item: ActualItem) -> Draft:
        """The wrong item identified: the receipt becomes "wrong item" with it."""
        return replace(self, receipt="wrong_item", actual=item)

    def toggle_defect(self, defect_id: str) -> Draft:
        # The checklist takes over again: a grade key pressed before no longer stands.
        return replace(
            self, defects=self.defects ^ {defect_id}, key_grade=None, override_reason=None
        )

    def toggle_sealed(self) -> Draft:
        return replace(self, sealed=not self.sealed, key_grade=None, override_reason=None)

    def with_grade(self, code: str, reason: str | None = None) -> Draft:
        return replace(self, key_grade=code, override_reason=reason)

    def with_receipt(self, receipt: str) -> Draft:
        """Toggle: the same receipt again goes back to "received" (and forgets the item)."""
        if self.receipt == receipt:
            return replace(self, receipt="received", actual=None)
        return replace(
            self, receipt=receipt, actual=None if receipt != "wrong_item" else self.actual
        )

    def with_missing(self, line_id: int, units: int) -> Draft:
        marks = dict(self.missing)
        marks[line_id] = units
        return replace(self, missing=tuple(sorted((k, v) for k, v in marks.items() if v > 0)))

    @property
    def missing_units(self) -> int:
        return sum(units for _, units in self.missing)


@dataclass(frozen=True)
class UnitContext:
    """What the database says about the unit beyond its view: read when the unit opens."""

    grading_set: GradingSet
    flags: SkuFlags = field(default_factory=SkuFlags)
    missing_recorded: int = 0  # units of the same return already recorded as not in the parcel
    missing_by_line: tuple[tuple[int, int], ...] = ()
    delivery_taken: bool = False  # another unit of the return already refunds the delivery


@dataclass(frozen=True)
class Assessment:
    receipt: str
    computed: Computed | None  # what the checklist says (None: nothing ticked, not sealed)
    grade: str | None  # the grade stored: the checklist's, or the key pressed
    overridden: bool
    facts: Facts | None
    decision: Decision | None  # None when there is nothing on the bench to route
    recommendation: Recommendation | None  # None for unexpected returns
    approval: tuple[str, ...] = ()  # why the recommendation waits for a supervisor
    deadline: Deadline | None = None  # the refund deadline (art. 13(1))
    needs: str | None = None  # what is still missing before the unit can be finished
    defects: tuple[Defect, ...] = field(default=())

    @property
    def due_on(self) -> date | None:
        """The refund deadline's last day, in the notice's zone."""
        return self.deadline.last_day if self.deadline else None

    def unproven(self, photos: Iterable[PhotoView]) -> tuple[Deduction, ...]:
        """The deductions no photo of ``photos`` shows (each needs one of its own defect)."""
        shown = {photo.defect for photo in photos}
        rec = self.recommendation
        return tuple(d for d in rec.deductions if d.defect_id not in shown) if rec else ()


def assess(station: Station, insp: InspectionView, ctx: UnitContext, draft: Draft) -> Assessment:
    """Everything that follows from the draft; ``needs`` says what blocks finishing."""
    if draft.receipt not in ("received", "wrong_item", "missing", "empty_box"):
        raise BadInput(_("Unknown receipt {receipt!r}.").format(receipt=draft.receipt))
    gset = ctx.grading_set
    defects = tuple(d for d in gset.defects if d.id in draft.defects)
    unknown = draft.defects - {d.id for d in defects}
    if unknown:
        gset.defect(sorted(unknown)[0])  # raises, naming the checklist
    physical = draft.receipt in PHYSICAL
    computed = gset.compute(draft.defects, draft.sealed, station.grades) if physical else None
    grade, overridden = _final_grade(computed, draft.key_grade if physical else None)
    if grade is not None:
        station.grades.get(grade)  # a grade outside the scale is refused by name
    expected = insp.expected
    missing = ctx.missing_recorded + draft.missing_units
    facts = decision = None
    if physical:
        item = _item_on_bench(insp, ctx, draft)
        facts = Facts(
            grade=grade,
            category=item.category,
            value=item.value,
            return_type=expected.return_type if expected else None,
            unexpected=insp.unexpected,
            sku=item.sku,
            reason=expected.reason if expected else None,
            days_since_delivery=expected.days_since_delivery if expected else None,
            missing_items=missing,
            receipt=draft.receipt,
            recall=item.flags.recall,
            hazmat=item.flags.hazmat,
            return_to_vendor=item.flags.return_to_vendor,
        )
        if grade is not None:
            decision = station.rules.decide(facts, station.settings.currency)
    recommendation = None
    approval: tuple[str, ...] = ()
    deadline = station.outcomes.deadline(expected.withdrawal) if expected else None
    if expected is not None and (grade is not None or not physical):
        facts_in = expected.withdrawal
        recommendation = station.outcomes.recommend(
            OutcomeFacts(
                return_type=expected.return_type,
                receipt=draft.receipt,
                grade=grade,
                value=insp.value,
                defects=defects,
                sealed=draft.sealed,
                missing_items=missing,
                informed=facts_in.informed,
                delivery=None if ctx.delivery_taken else facts_in.delivery_owed,
                route=decision.route if decision else None,
            )
        )
        approval = _approval(station, insp, computed, grade, overridden, physical, decision)
        approval += withdrawal_reasons(recommendation, facts_in.informed)
    result = Assessment(
        receipt=draft.receipt,
        computed=computed,
        grade=grade,
        overridden=overridden,
        facts=facts,
        decision=decision,
        recommendation=recommendation,
        approval=approval,
        deadline=deadline,
        defects=defects,
    )
    return replace(result, needs=_needs(result, draft, insp.photos))


def _item_on_bench(insp: InspectionView, ctx: UnitContext, draft: Draft) -> ActualItem:
    """What is routed: the expected unit, or for a wrong item the item that came back (an
    item not identified has no flags: the expected product's recall never routes it)."""
    if draft.receipt == "wrong_item":
        return draft.actual or ActualItem(code="", category=insp.category)
    return ActualItem(
        code="", sku=insp.sku, category=insp.category, value=insp.value, flags=ctx.flags
    )


def _final_grade(computed: Computed | None, key_grade: str | None) -> tuple[str | None, bool]:
    if key_grade is None:
        return (computed.grade if computed else None), False
    if computed is None or key_grade == computed.grade:
        return key_grade, False
    return key_grade, True


def _approval(
    station: Station,
    insp: InspectionView,
    computed: Computed | None,
    grade: str | None,
    overridden: bool,
    physical: bool,
    decision: Decision | None,
) -> tuple[str, ...]:
    return approval_reasons(
        station,
        value=insp.value,
        computed_grade=computed.grade if computed is not None and overridden else None,
        grade=grade,
        physical=physical,
        route=decision.route if decision else None,
        route_why=decision.why if decision else None,
    )


def approval_reasons(
    station: Station,
    *,
    value: Decimal | None,
    computed_grade: str | None,
    grade: str | None,
    physical: bool,
    route: str | None = None,
    route_why: str | None = None,
) -> tuple[str, ...]:
    """Why a recommendation waits for a supervisor: the unit's value at or above the
    threshold, a grade given against the checklist's ``computed_grade`` (None: not
    overridden), or a route the policy holds (quarantine: the outcome is not the bench's)."""
    policy = station.outcomes.policy
    reasons = []
    limit = policy.approval_min_value
    if physical and limit is not None and value is not None and value >= limit:
        currency = station.settings.currency
        reasons.append(
            _("value {value} ≥ {limit}").format(
                value=i18n.money(value, currency), limit=i18n.money(limit, currency)
            )
        )
    if computed_grade is not None and computed_grade != grade and policy.approval_when_overridden:
        reasons.append(
            _("grade overridden ({computed_grade} by the checklist, {grade} given)").format(
                computed_grade=computed_grade, grade=grade
            )
        )
    if route is not None and route in policy.approval_routes:
        reasons.append(
            _("routed to {route}: {why}").format(route=route_words(route), why=route_why)
            if route_why
            else _("routed to {route}").format(route=route_words(route))
        )
    return tuple(reasons)


def withdrawal_reasons(advice: Recommendation, informed: bool | None) -> tuple[str, ...]:
    """Why a deduction waits for a supervisor under the withdrawal law: nobody recorded
    whether the consumer was informed of the right of withdrawal, and without that no
    deduction is allowed (art. 14(2))."""
    if advice.deductions and informed is None:
        return (_("informed of the right not known (a deduction needs it: art. 14(2))"),)
    return ()


def _needs(result: Assessment, draft: Draft, photos: tuple[PhotoView, ...]) -> str | None:
    if result.receipt in PHYSICAL and result.grade is None:
        what = _("the wrong item too") if result.receipt == "wrong_item" else _("the unit")
        return _("Grade {what}: tick its defects, S if factory sealed, or press its grade.").format(
            what=what
        )
    if result.overridden:
        reason = (draft.override_reason or "").strip()
        if not reason:
            assert result.computed is not None
            return _("Say why grade {grade} instead of the checklist's {grade2}.").format(
                grade=result.grade, grade2=result.computed.grade
            )
        if len(reason) > MAX_REASON:
            return _("The override reason is limited to {max_reason} characters.").format(
                max_reason=MAX_REASON
            )
    unproven = result.unproven(photos)
    if unproven:
        names = ", ".join(_("“{label}”").format(label=d.label) for d in unproven)
        return _(
            "A deduction must be shown in a photo of its defect: take a close-up of {names} "
            "(the bench asks for it next)."
        ).format(names=names)
    return None
