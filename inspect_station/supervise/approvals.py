"""The supervisor approval queue for refund, exchange and warranty recommendations.

A unit above the value threshold, or whose grade was overridden, is finished as usual (label,
route) but its recommendation is recorded ``pending``: it is not released to the refund
system until a supervisor approves it as it is, or changes it with a reason. These are the
services the supervisor desk and ``inspect-station approvals`` call; each checks the role
itself, runs in one transaction, writes an audit row, and refuses a decision made on a stale
row (:class:`Conflict`).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.bench import units
from inspect_station.bench.return_facts import facts_of, goods_received_at
from inspect_station.identify.identifiers import normalise
from inspect_station.outbox import events
from inspect_station.people import roles
from inspect_station.people.roles import Role
from inspect_station.rules.outcomes import OUTCOMES
from inspect_station.rules.withdrawal import Deadline, Withdrawal, Withholding, withheld_until

if TYPE_CHECKING:
    from inspect_station.app.context import Station

# What a supervisor may change an outcome to, by return type ("partial" takes an amount).
CHOICES = {
    "refund": ("full", "partial", "refuse"),
    "exchange": ("approve", "full", "partial", "refuse"),
    "warranty": OUTCOMES["warranty"],
}
MAX_NOTE = 300


@dataclass(frozen=True)
class RecommendationView:
    """One unit's recommendation as the supervisor sees it (pending or decided)."""

    inspection_id: uuid.UUID
    lpn: str
    rma: str | None
    sku: str | None
    description: str | None
    value: Decimal | None
    grade: str | None
    computed_grade: str | None
    override_reason: str | None
    return_type: str
    outcome: str
    fallback: bool
    refund_amount: Decimal | None
    deduction_percent: Decimal
    deductions: tuple[dict[str, Any], ...]
    reason: str
    photos: tuple[str, ...]
    status: str
    waits_because: tuple[str, ...]
    created_at: datetime
    age: timedelta
    due_on: date | None
    bench: str
    operator: str
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str | None
    version: int  # pass it back to approve/change: a decision on stale data is refused
    category: str | None = None
    late: bool = False  # pending longer than the setting approval_flag_hours
    deadline_close: bool = False  # the refund is due within the outcome tables' warn_hours
    deadline: Deadline | None = None  # the refund deadline (art. 13(1)), from the notice
    withheld: Withholding | None = None  # until when it may be withheld (art. 13(3))
    delivery_refund: Decimal | None = None  # the delivery cost refunded with it
    refused_deductions: tuple[dict[str, Any], ...] = ()  # not allowed: consumer not informed
    withdrawal: Withdrawal = field(default_factory=Withdrawal)

    @property
    def total_refund(self) -> Decimal | None:
        """The item's refund and the delivery cost it carries."""
        if self.refund_amount is None:
            return None
        return self.refund_amount + (self.delivery_refund or Decimal(0))

    @property
    def flagged(self) -> bool:
        """Shown in red in the queue: waiting too long, or the refund is nearly due."""
        return self.status == "pending" and (self.late or self.deadline_close)


def pending(station: Station, *, limit: int = 500) -> list[RecommendationView]:
    """Recommendations waiting for a supervisor, the refund due soonest first, those without
    a withdrawal notice after them, oldest first (any supervisor may list).

    Three queries: the ``limit`` most urgent ids (from the index on status and the notice's day
    kept on each recommendation: every deadline is the same days after it; the exact instants,
    which hang on each notice's zone, are sorted here), those rows with their unit, assessment
    and return, and when each return's parcel reached the dock.
    """
    roles.require(station.user, Role.SUPERVISOR, _("Reviewing the approval queue"))
    flag_after = _flag_after(station)
    with station.db.read() as session:
        ids = list(
            session.scalars(
                select(Recommendation.inspection_id)
                .where(Recommendation.status == "pending")
                .order_by(
                    Recommendation.notice_on.asc().nulls_last(),
                    Recommendation.created_at,
                    Recommendation.inspection_id,
                )
                .limit(limit)
            )
        )
        rows = session.execute(_joined().where(Recommendation.inspection_id.in_(ids))).all()
        received = _received(session, {er.id for _rec, _insp, _unit, er in rows if er})
        views = [
            _make_view(
                station, *row, received.get(row[3].id) if row[3] else None, flag_after=flag_after
            )
            for row in rows
        ]
    return sorted(views, key=_urgency)


def _received(session: Session, expected_ids: set[int]) -> dict[int, datetime]:
    """When the parcel of each return reached the dock (its first scan, not cancelled)."""
    if not expected_ids:
        return {}
    rows = session.execute(
        select(Inspection.expected_return_id, func.min(Inspection.started_at))
        .where(Inspection.expected_return_id.in_(expected_ids), Inspection.status != "cancelled")
        .group_by(Inspection.expected_return_id)
    ).all()
    return {er_id: at for er_id, at in rows if er_id is not None}


def _urgency(view: RecommendationView) -> tuple[bool, datetime, datetime]:
    """Soonest deadline first; recommendations without one after them, oldest first."""
    if view.deadline is None:
        return True, view.created_at, view.created_at
    return False, view.deadline.ends_at, view.created_at


def pending_count(station: Station) -> int:
    """How many recommendations wait (the queue shows the oldest ``limit`` of them)."""
    roles.require(station.user, Role.SUPERVISOR, _("Reviewing the approval queue"))
    with station.db.read() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(Recommendation)
                .where(Recommendation.status == "pending")
            )
            or 0
        )


def recommendation(station: Station, inspection_id: uuid.UUID) -> RecommendationView | None:
    """The recommendation recorded for one unit, whatever its state (None if it has none)."""
    with station.db.read() as session:
        return view_in(station, session, inspection_id)


def view_in(
    station: Station, session: Session, inspection_id: uuid.UUID
) -> RecommendationView | None:
    """:func:`recommendation` inside a session the caller holds."""
    row = session.execute(_joined().where(Recommendation.inspection_id == inspection_id)).first()
    if row is None:
        return None
    try:
        flag_after = _flag_after(station)
    except BadInput:
        flag_after = timedelta.max  # the queue names the bad setting; a unit still shows
    er = row[3]
    received = goods_received_at(session, er.id) if er is not None else None
    return _make_view(station, *row, received, flag_after=flag_after)


def find(station: Station, reference: str) -> uuid.UUID:
    """An inspection id from a licence plate (as scanned) or the id itself."""
    try:
        return uuid.UUID(reference.strip())
    except ValueError:
        pass
    with station.db.read() as session:
        insp = units.latest_inspection_for_lpn(session, normalise(reference))
        if insp is None:
            raise BadInput(_("No unit {reference!r}.").format(reference=reference))
        return insp.id


def approve(
    station: Station, inspection_id: uuid.UUID, *, version: int | None = None, note: str = ""
) -> RecommendationView:
    """Release the recommendation as the station made it."""
    roles.require(station.user, Role.SUPERVISOR, _("Approving a recommendation"))
    note = _note(note, required=False)

    def apply(row: Recommendation, _insp: Inspection) -> dict[str, object]:
        row.status = "approved"
        return {"outcome": row.outcome}

    return _decide(station, inspection_id, version, note, "recommendation.approved", apply)


def change(
    station: Station,
    inspection_id: uuid.UUID,
    *,
    outcome: str,
    reason: str,
    refund: Decimal | str | None = None,
    version: int | None = None,
) -> RecommendationView:
    """Release a different outcome; ``reason`` is required and kept with the unit.

    ``refund`` is the item's refund; a delivery cost the recommendation carried stays with a
    full or partial refund and goes with a refusal (nothing is refunded then).
    """
    roles.require(station.user, Role.SUPERVISOR, _("Changing a recommendation"))
    reason = _note(reason, required=True)
    amount = _amount(refund) if refund is not None else None

    def apply(row: Recommendation, insp: Inspection) -> dict[str, object]:
        choices = CHOICES[row.return_type]
        if outcome not in choices:
            raise BadInput(
                _("A {return_type} can become {choices}, not {outcome!r}.").format(
                    return_type=row.return_type, choices=", ".join(choices), outcome=outcome
                )
            )
        before = {"outcome": row.outcome, "refund": _text(row.refund_amount)}
        row.outcome = outcome
        row.fallback = row.return_type == "exchange" and outcome != "approve"
        row.refund_amount, row.deduction_percent = _refund(outcome, amount, insp.value)
        if outcome != "partial":
            row.deductions = []
        if row.refund_amount is None or outcome == "refuse":
            row.delivery_refund = None  # nothing refunded: no delivery cost with it
        row.reason = reason
        row.status = "changed"
        return {"before": before, "outcome": outcome, "refund": _text(row.refund_amount)}

    return _decide(station, inspection_id, version, reason, "recommendation.changed", apply)


def _decide(
    station: Station,
    inspection_id: uuid.UUID,
    version: int | None,
    note: str,
    action: str,
    apply: Callable[[Recommendation, Inspection], dict[str, object]],
) -> RecommendationView:
    try:
        with station.db.write() as session:
            row = session.get(Recommendation, inspection_id)
            if row is None:
                raise BadInput(_("This unit has no recommendation to decide."))
            if row.status != "pending":
                by = f" by {row.decided_by}" if row.decided_by else ""
                raise Conflict(
                    _("This recommendation was already {status}{by}; nothing changed.").format(
                        status=row.status, by=by
                    )
                )
            if version is not None and row.version != version:
                raise Conflict(_("This recommendation changed since it was shown; reload it."))
            insp = session.get(Inspection, inspection_id)
            assert insp is not None  # a recommendation row refers to its inspection
            detail = apply(row, insp)
            row.decided_by = station.operator
            row.decided_at = station.clock()
            row.decision_note = note or None
            session.flush()
            trail.audit(station, session, action, "inspection", inspection_id, note=note, **detail)
            events.unit_event(station, session, "recommendation.decided", insp, version=row.version)
            events.return_decided(station, session, insp.expected_return_id)
            return _view(station, session, row)
    except StaleDataError:
        raise Conflict(
            _("Another supervisor decided this recommendation just now; reload it.")
        ) from None


def _refund(
    outcome: str, amount: Decimal | None, value: Decimal | None
) -> tuple[Decimal | None, Decimal]:
    price = value if value is not None else Decimal(0)
    if outcome == "full":
        return price, Decimal(0)
    if outcome == "refuse":
        return Decimal(0), Decimal(0)
    if outcome != "partial":
        return None, Decimal(0)
    if amount is None:
        raise BadInput(_("A partial refund needs the amount to refund."))
    if amount > price:
        raise BadInput(
            _("A partial refund cannot exceed the price ({price:,.2f}).").format(price=price)
        )
    percent = ((price - amount) * 100 / price).quantize(Decimal("0.01")) if price else Decimal(0)
    return amount, percent


def _amount(value: Decimal | str) -> Decimal:
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise BadInput(_("{value!r} is not an amount of money.").format(value=value)) from None
    if not amount.is_finite() or amount < 0:
        raise BadInput(
            _("A refund of {value} is not possible: it would deduct more than 100 %.").format(
                value=value
            )
        )
    return amount.quantize(Decimal("0.01"))


def _note(text: str, *, required: bool) -> str:
    text = text.strip()
    if required and not text:
        raise BadInput(_("Say why the recommendation is changed."))
    if len(text) > MAX_NOTE or not text.isprintable():
        raise BadInput(
            _("The reason must be printable text of at most {max_note} characters.").format(
                max_note=MAX_NOTE
            )
        )
    return text


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _flag_after(station: Station) -> timedelta:
    hours = station.settings.approval_flag_hours
    if not 0 < hours <= 24 * 365:
        raise BadInput(
            _("Setting approval_flag_hours must be a number of hours above 0, not {hours}.").format(
                hours=hours
            )
        )
    return timedelta(hours=hours)


def _joined() -> Select[Recommendation, Inspection, UnitAssessment, ExpectedReturn]:
    # UnitAssessment and the return are outer-joined: None for older units and unexpected
    # returns.
    return (
        select(Recommendation, Inspection, UnitAssessment, ExpectedReturn)
        .join(Inspection, Inspection.id == Recommendation.inspection_id)
        .outerjoin(UnitAssessment, UnitAssessment.inspection_id == Recommendation.inspection_id)
        .outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id)
    )


def _view(station: Station, session: Session, row: Recommendation) -> RecommendationView:
    view = view_in(station, session, row.inspection_id)
    assert view is not None  # the row was just read in this session
    return view


def _make_view(
    station: Station,
    row: Recommendation,
    insp: Inspection,
    unit: UnitAssessment | None,
    er: ExpectedReturn | None,
    received: datetime | None,
    *,
    flag_after: timedelta,
) -> RecommendationView:
    now = station.clock()
    age = now - row.created_at
    facts = facts_of(er) if er is not None else Withdrawal()
    deadline = station.outcomes.deadline(facts)
    close = deadline is not None and deadline.warns(now, station.outcomes.policy.warn_hours)
    sent = facts.sent.utc if facts.sent else None
    return RecommendationView(
        inspection_id=row.inspection_id,
        lpn=insp.lpn,
        rma=er.rma if er else None,
        sku=insp.sku,
        description=insp.description,
        value=insp.value,
        grade=insp.grade,
        computed_grade=unit.computed_grade if unit else None,
        override_reason=unit.override_reason if unit else None,
        return_type=row.return_type,
        outcome=row.outcome,
        fallback=row.fallback,
        refund_amount=row.refund_amount,
        deduction_percent=row.deduction_percent,
        deductions=tuple(row.deductions),
        reason=row.reason,
        photos=tuple(row.photos),
        status=row.status,
        waits_because=tuple(row.approval_reasons),
        created_at=row.created_at,
        age=age,
        due_on=deadline.last_day if deadline else row.due_on,
        bench=insp.bench,
        operator=insp.operator,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
        decision_note=row.decision_note,
        version=row.version,
        category=insp.category,
        late=age >= flag_after,
        deadline_close=close,
        deadline=deadline,
        withheld=withheld_until(received, sent) if er is not None else None,
        delivery_refund=row.delivery_refund,
        refused_deductions=tuple(row.refused_deductions),
        withdrawal=facts,
    )
