"""Everything the desk shows about one unit: the inspection, how it was received and graded,
its refund recommendation, its labels, overrides and timeline.

How it was received and graded is read from the unit's :class:`~db.models.grading.UnitAssessment`
row: the receipt, the ticked defects with their severities (named from the grading set), the
checklist's grade against the grade given with the override reason, and the facts the route was
decided on.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db.models.audit import AuditEvent
from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Override
from db.models.printing import PrintJob
from db.models.returns import UnexpectedReturn
from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _
from inspect_station.bench import views
from inspect_station.bench.views import InspectionView
from inspect_station.outbox.status import EventView, events_in
from inspect_station.supervise import approvals
from inspect_station.supervise.approvals import RecommendationView

if TYPE_CHECKING:
    from inspect_station.app.context import Station

RECEIPT_WORDS = {
    "received": "received",
    "wrong_item": N_("wrong item (not what was ordered)"),
    "missing": N_("missing from the parcel"),
    "empty_box": N_("empty box"),
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
        words = RECEIPT_WORDS.get(self.receipt)
        return _(words) if words else self.receipt

    @property
    def flags(self) -> tuple[str, ...]:
        """The SKU's flags the bench saw, in words."""
        names = (
            (self.recall, "recalled"),
            (self.hazmat, "hazmat"),
            (self.return_to_vendor, _("vendor takes it back")),
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


@dataclass(frozen=True)
class PrintJobView:
    id: uuid.UUID
    created_at: datetime
    bench: str
    printer: str
    state: str
    attempts: int
    reason: str | None  # why it was printed again (reprint, override); None for the first label
    output: str | None
    sent_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class OverrideView:
    at: datetime
    actor: str
    bench: str
    grade_before: str
    grade_after: str
    route_before: str
    route_after: str
    reason: str


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    actor: str
    bench: str
    action: str
    text: str  # the event in words


@dataclass(frozen=True)
class UnitDetail:
    inspection: InspectionView
    rules_version: str | None
    print_jobs: tuple[PrintJobView, ...]
    overrides: tuple[OverrideView, ...]
    timeline: tuple[TimelineEntry, ...]
    assessment: AssessmentView | None = None  # None: finished before assessments were kept
    recommendation: RecommendationView | None = None  # None: unexpected, or before outcomes
    shots_missing: tuple[str, ...] = ()  # shot types finished without (names)
    shots_missing_reason: str | None = None
    # What the outbox told the shops of this unit (and of its return's decisions), and how far
    # each delivery got.
    shop_events: tuple[EventView, ...] = ()

    @property
    def reprints(self) -> int:
        return max(0, len(self.print_jobs) - 1)


def unit_detail(station: Station, inspection_id: uuid.UUID) -> UnitDetail:
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None:
            raise BadInput(_("No such inspection."))
        return load(station, session, insp)


def load(station: Station, session: Session, insp: Inspection) -> UnitDetail:
    jobs = session.scalars(
        select(PrintJob).where(PrintJob.inspection_id == insp.id).order_by(PrintJob.created_at)
    ).all()
    overrides = session.scalars(
        select(Override).where(Override.inspection_id == insp.id).order_by(Override.at)
    ).all()
    # A parcel that came through quarantine: its placing is part of the unit's story.
    placed = session.scalars(
        select(UnexpectedReturn.id).where(UnexpectedReturn.lpn == insp.lpn)
    ).all()
    events = session.scalars(
        select(AuditEvent)
        .where(
            or_(
                and_(AuditEvent.entity == "inspection", AuditEvent.entity_id == str(insp.id)),
                and_(
                    AuditEvent.entity == "print_job",
                    AuditEvent.entity_id.in_([str(job.id) for job in jobs]),
                ),
                and_(
                    AuditEvent.entity == "unexpected_return",
                    AuditEvent.entity_id.in_([str(entry) for entry in placed]),
                ),
            )
        )
        .order_by(AuditEvent.at, AuditEvent.id)
    ).all()
    return UnitDetail(
        inspection=views.view(station, session, insp),
        rules_version=insp.rules_version,
        print_jobs=tuple(
            PrintJobView(
                id=job.id,
                created_at=job.created_at,
                bench=job.bench,
                printer=job.printer,
                state=job.state,
                attempts=job.attempts,
                reason=job.reason,
                output=job.output,
                sent_at=job.sent_at,
                last_error=job.last_error,
            )
            for job in jobs
        ),
        overrides=tuple(
            OverrideView(
                at=o.at,
                actor=o.actor,
                bench=o.bench,
                grade_before=o.grade_before,
                grade_after=o.grade_after,
                route_before=o.route_before,
                route_after=o.route_after,
                reason=o.reason,
            )
            for o in overrides
        ),
        timeline=tuple(
            TimelineEntry(
                e.at,
                e.actor,
                e.bench,
                e.action,
                describe(e.action, e.detail, station.shots.name_of),
            )
            for e in events
        ),
        assessment=assessment_in(station, session, insp.id),
        recommendation=approvals.view_in(station, session, insp.id),
        shots_missing=tuple(
            station.shots.name_of(code) for code in (insp.shots_missing or "").split(",") if code
        ),
        shots_missing_reason=insp.shots_missing_reason,
        shop_events=events_in(session, insp.id, insp.expected_return_id),
    )


def describe(action: str, detail: dict[str, Any], shot_name: Callable[[str], str] = str) -> str:
    """An audit event as a sentence a supervisor reads: shots by name, no hashes or ``key=``
    pairs; an action this desk does not know is said as plainly as its record allows."""
    d = detail
    words = _WORDS_BY_KIND.get(action.split(".", 1)[0])
    if words is not None:
        return words(action, d)
    if action.startswith("label."):
        return _label_words(action, d)
    match action:
        case "unit.opened":
            return _("Opened at the bench after scanning {scanned} (return {rma}).").format(
                scanned=d.get("scanned", "?"), rma=d.get("rma", "?")
            )
        case "unit.received_unexpected":
            return _(
                "Received as an unexpected parcel after scanning {scanned}; held in quarantine "
                "until it is placed."
            ).format(scanned=d.get("scanned", "?"))
        case "photo.added":
            return _photo_words(d, shot_name)
        case "inspection.finished":
            rule = d.get("rule")
            if d.get("rules_version"):
                return _(
                    "Graded {grade} and sent to {route} by the rule “{rule}”, rules {version}."
                ).format(
                    grade=d.get("grade"),
                    route=d.get("route"),
                    rule=rule,
                    version=d["rules_version"],
                )
            return _("Graded {grade} and sent to {route} by the rule “{rule}”.").format(
                grade=d.get("grade"), route=d.get("route"), rule=rule
            )
        case "inspection.cancelled":
            return _("Cancelled: {reason}.").format(reason=d.get("reason", ""))
        case "inspection.overridden":
            rules = (
                _(" under rules v{version}").format(version=d["rules_version"])
                if d.get("rules_version")
                else ""
            )
            return _(
                "Overridden from grade {grade_before} ({route_before}) to grade {grade_after} "
                "({route_after}){rules}: {reason}. New label {label}."
            ).format(
                grade_before=d.get("grade_before"),
                route_before=d.get("route_before"),
                grade_after=d.get("grade_after"),
                route_after=d.get("route_after"),
                rules=rules,
                reason=d.get("reason"),
                label=d.get("label"),
            )
        case "photos.missing_accepted":
            return _("Finished without {missing}: {reason}.").format(
                missing=", ".join(d.get("missing", [])), reason=d.get("reason", "")
            )
    return _plain(action, d)


def _photo_words(d: dict[str, Any], shot_name: Callable[[str], str]) -> str:
    shot = d.get("shot")
    text = (
        _("Photo of the {shot} taken").format(shot=i18n.in_sentence(shot_name(shot)))
        if shot
        else _("Photo taken")
    )
    if d.get("code"):
        text += _("; the camera read code {code} on it").format(code=d["code"])
    if d.get("issues"):
        text += _("; kept although {issues}").format(issues=", ".join(d["issues"]))
    return text + "."


def _label_words(action: str, d: dict[str, Any]) -> str:
    error = d.get("error", "")
    match action:
        case "label.sent":
            return _("Label printed ({output}).").format(output=d.get("output", ""))
        case "label.confirmed":
            if d.get("how") == "scan":
                return _("Label confirmed by scanning it at the tote: it is on the item.")
            return _("Label confirmed by hand: it is on the item.")
        case "label.answered":
            if d.get("printed"):
                return _("The worker said the label printed.")
            return _("The worker said the label did not print; it goes out again.")
        case "label.outcome_unknown":
            return _("Not known whether the label printed: {error}.").format(error=error)
        case "label.not_sent":
            return _("Label not sent yet, tried again later: {error}.").format(error=error)
        case "label.unprintable":
            return _("Label could not be made: {error}.").format(error=error)
        case "label.failed":
            return _("Label not printed: {error}.").format(error=error)
        case "label.reprint":
            return _("Reprint {reprint_no} asked for: {reason}.").format(
                reprint_no=d.get("reprint_no", ""), reason=d.get("reason", "")
            )
    return _plain(action, d)


def _plain(action: str, d: dict[str, Any]) -> str:
    """An unknown action: its name in words, then what was recorded, without hashes."""
    facts = "; ".join(
        f"{k.replace('_', ' ')} {v}"
        for k, v in sorted(d.items())
        if v not in (None, "", [], {}) and not k.endswith(("sha256", "hash"))
    )
    words = action.replace(".", " ").replace("_", " ").capitalize()
    return f"{words}: {facts}." if facts else f"{words}."


def _recommendation_words(action: str, d: dict[str, Any]) -> str:
    match action:
        case "recommendation.queued":
            return _("Recommendation {outcome} waits for a supervisor: {reasons}").format(
                outcome=d.get("outcome"), reasons="; ".join(d.get("reasons", []))
            ) + (
                _(" (placed from quarantine under {placed_under})").format(
                    placed_under=d["placed_under"]
                )
                if d.get("placed_under")
                else ""
            )
        case "recommendation.released":
            return _(
                "Recommendation {outcome} released when placed from quarantine under {placed_under}"
            ).format(outcome=d.get("outcome"), placed_under=d.get("placed_under"))
        case "recommendation.approved":
            note = f": {d['note']}" if d.get("note") else ""
            return _("Recommendation {outcome} approved{note}").format(
                outcome=d.get("outcome"), note=note
            )
        case "recommendation.changed":
            before = d.get("before", {})
            return _(
                "Recommendation changed from {outcome} to {outcome2} (refund {refund}): {note}"
            ).format(
                outcome=before.get("outcome"),
                outcome2=d.get("outcome"),
                refund=d.get("refund") or "—",
                note=d.get("note", ""),
            )
        case "recommendation.recomputed":
            before, after = d.get("before", {}), d.get("after", {})
            return _(
                "Recommendation for grade {grade}: {outcome} → {outcome2} (refund {refund}), "
                "{status_before} → {status}"
            ).format(
                grade=d.get("grade"),
                outcome=before.get("outcome"),
                outcome2=after.get("outcome"),
                refund=after.get("refund") or "—",
                status_before=d.get("status_before"),
                status=d.get("status"),
            )
    return _plain(action, d)


def _quarantine_words(action: str, d: dict[str, Any]) -> str:
    how = {"quarantine.attached": _("attached to"), "quarantine.created": _("placed under the new")}
    if action not in how:
        return _plain(action, d)
    note = f": {d['note']}" if d.get("note") else ""
    return _("From quarantine, {how} return {rma} (line {line}){note}").format(
        how=how[action], rma=d.get("rma"), line=d.get("line"), note=note
    )


_WORDS_BY_KIND = {"recommendation": _recommendation_words, "quarantine": _quarantine_words}
