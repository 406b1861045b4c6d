"""A supervisor corrects a finished unit's grade or route, with a reason.

The change carries the inspection version the supervisor was looking at. If anything changed
the unit since (another supervisor, the bench), the change is refused with :class:`StaleUnit`,
which carries the unit as it is now; nothing is applied. A new routing label is queued in the
same transaction, at the supervisor's bench or at the unit's own bench.

A new grade without a route is routed again by the rules active now, on the facts the unit was
finished with (:mod:`inspect_station.supervise.reassess`: receipt, return type and reason, days
since delivery, missing items, the SKU's recall, hazmat and vendor flags), and its refund,
exchange or warranty recommendation is worked out again for the new grade. A recommendation
still waiting for approval is released as the overriding supervisor's decision; one a supervisor
changed by hand is kept. The override row records the rule and the rule version that decided.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Override
from db.models.printing import PRINT_PENDING, PrintJob
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.outbox import events
from inspect_station.people import roles
from inspect_station.people.roles import Role
from inspect_station.supervise import reassess, unit_detail
from inspect_station.supervise.reassess import Recommended
from inspect_station.supervise.unit_detail import UnitDetail

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_REASON = 200
OVERRIDE_RULE = "override"


class PrintAt(Enum):
    """Where the corrected label is printed."""

    HERE = "here"  # the supervisor's own printer (this station's bench)
    UNIT_BENCH = "unit-bench"  # queued for the bench that inspected the unit


class StaleUnit(Conflict):
    """The unit changed since the supervisor looked at it; ``current`` is how it is now."""

    def __init__(self, message: str, current: UnitDetail) -> None:
        super().__init__(message)
        self.current = current


@dataclass(frozen=True)
class Overridden:
    detail: UnitDetail
    print_job_id: uuid.UUID
    print_bench: str
    recommendation: Recommended | None = None  # how the refund recommendation followed


def override(
    station: Station,
    inspection_id: uuid.UUID,
    *,
    seen_version: int,
    reason: str,
    grade: str | None = None,
    route: str | None = None,
    print_at: PrintAt = PrintAt.HERE,
) -> Overridden:
    """Change grade and/or route. A new grade without a route is routed by the rules again."""
    roles.require(station.user, Role.SUPERVISOR, _("Overriding a grade or route"))
    reason = _check_reason(reason)
    if grade is None and route is None:
        raise BadInput(_("Choose a new grade or a new route."))
    if grade is not None:
        station.grades.get(grade)  # BadInput for a grade the scale does not have
    if route is not None and route not in station.rules.destinations:
        raise BadInput(
            _("Route {route!r} is not a destination; use one of {destinations}.").format(
                route=route, destinations=", ".join(station.rules.destinations)
            )
        )
    try:
        return _apply(station, inspection_id, seen_version, reason, grade, route, print_at)
    except StaleDataError:
        # Another writer committed between our read and our update (PostgreSQL lets both
        # read): the version guard refused our UPDATE, so nothing of ours was applied.
        current = unit_detail.unit_detail(station, inspection_id)
        raise _stale(current, None) from None


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise BadInput(_("Say why the grade or route is overridden."))
    if len(reason) > MAX_REASON:
        raise BadInput(
            _("The reason is limited to {max_reason} characters ({reason_count} given).").format(
                max_reason=MAX_REASON, reason_count=len(reason)
            )
        )
    if any(unicodedata.category(c).startswith("C") for c in reason):
        raise BadInput(_("The reason contains control characters; type it again."))
    return reason


def _apply(
    station: Station,
    inspection_id: uuid.UUID,
    seen_version: int,
    reason: str,
    grade: str | None,
    route: str | None,
    print_at: PrintAt,
) -> Overridden:
    now = station.clock()
    with station.db.write() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None:
            raise BadInput(_("No such inspection."))
        if insp.status != "finished" or insp.grade is None or insp.route is None:
            raise Conflict(
                _("{lpn} is {status}; only a finished unit can be overridden.").format(
                    lpn=insp.lpn, status=insp.status
                )
            )
        if insp.version != seen_version:
            last = _last_change(session, insp)
            raise _stale(unit_detail.load(station, session, insp), last)
        before = (insp.grade, insp.route, insp.rule_id)
        new_grade = grade or insp.grade
        rule_version_id = None
        if route is not None:
            routed = {
                "route": route,
                "rule_id": OVERRIDE_RULE,
                "rule_explanation": f"supervisor override: {reason}",
                "rule_why": "supervisor override",  # the label's short line; the reason is kept
                "tote": dict(station.rules.totes).get(route),
            }
        else:
            decision = reassess.route_again(station, session, insp, new_grade)
            routed = {
                "route": decision.route,
                "rule_id": decision.rule_id,
                "rules_version": decision.rules_version,
                "rule_explanation": decision.explanation,
                "rule_why": decision.why,
                "tote": decision.tote,
            }
            rule_version_id = decision.rules_number
        if (new_grade, routed["route"]) == before[:2]:
            raise BadInput(
                _(
                    "{lpn} already has grade {new_grade} and route {route}; nothing was changed."
                ).format(lpn=insp.lpn, new_grade=new_grade, route=routed["route"])
            )
        recommended = None
        if new_grade != before[0]:
            recommended = reassess.recommend_again(station, session, insp, new_grade, reason)
        # The unit's row changes in one go, so the update raises its version once.
        for column, value in routed.items():
            setattr(insp, column, value)
        insp.grade = new_grade
        insp.override_count += 1
        job = _print_job(station, session, insp, print_at, reason, now)
        session.add(job)
        session.flush()  # the version guard: refuses if another writer got there first
        session.add(
            Override(
                id=uuid.uuid4(),
                inspection_id=insp.id,
                at=now,
                bench=station.bench,
                actor=station.operator,
                seen_version=seen_version,
                grade_before=before[0],
                grade_after=new_grade,
                route_before=before[1],
                route_after=insp.route,
                rule_before=before[2],
                reason=reason,
                print_job_id=job.id,
                rule_after=insp.rule_id,
                rule_version_id=rule_version_id,
            )
        )
        trail.audit(
            station,
            session,
            "inspection.overridden",
            "inspection",
            insp.id,
            lpn=insp.lpn,
            grade_before=before[0],
            grade_after=new_grade,
            route_before=before[1],
            route_after=insp.route,
            reason=reason,
            seen_version=seen_version,
            label=f"queued at {job.bench}",
            rule=insp.rule_id,
            rules_version=rule_version_id,
            recommendation=recommended.words() if recommended else None,
        )
        if recommended is not None and not recommended.kept:
            trail.audit(
                station,
                session,
                "recommendation.recomputed",
                "inspection",
                insp.id,
                grade=new_grade,
                before=recommended.before,
                after=recommended.after,
                status_before=recommended.status_before,
                status=recommended.status,
                note=reason,
            )
        events.unit_event(
            station,
            session,
            "unit.overridden",
            insp,
            grade_before=before[0],
            route_before=before[1],
            reason=reason,
        )
        events.return_decided(station, session, insp.expected_return_id)
        session.flush()
        return Overridden(unit_detail.load(station, session, insp), job.id, job.bench, recommended)


def _print_job(
    station: Station,
    session: Session,
    insp: Inspection,
    print_at: PrintAt,
    reason: str,
    now: datetime,
) -> PrintJob:
    """A queued label, as ``inspection.finish`` queues one, at the chosen bench.

    A label of the unit still waiting for its printer is that label: labels are drawn from the
    unit as it is when they print, so it comes out corrected, sent where the override asks.
    One on its way or of unknown outcome must be settled first (never two labels at once).
    """
    bench = station.bench if print_at is PrintAt.HERE else insp.bench
    printer, stock, dpi = station.printer.name, station.printer.stock, station.printer.dpi
    if bench != station.bench:
        # That bench's own printer and stock, as its last label used them.
        last = session.scalars(
            select(PrintJob).where(PrintJob.bench == bench).order_by(PrintJob.created_at.desc())
        ).first()
        if last is not None:
            printer, stock, dpi = last.printer, last.stock, last.dpi
    pending = session.scalars(
        select(PrintJob).where(PrintJob.inspection_id == insp.id, PrintJob.state.in_(PRINT_PENDING))
    ).first()
    if pending is not None and pending.state != "queued":
        raise Conflict(
            _(
                "The label of {lpn} is being printed or nobody knows yet whether it printed: "
                "settle that at its bench first; nothing was changed."
            ).format(lpn=insp.lpn)
        )
    if pending is not None:
        pending.bench, pending.printer, pending.stock, pending.dpi = bench, printer, stock, dpi
        pending.reason = f"override: {reason}"[:200]
        pending.next_attempt_at = None  # print it at the next dispatch
        return pending
    return PrintJob(
        id=uuid.uuid4(),
        inspection_id=insp.id,
        bench=bench,
        printer=printer,
        stock=stock,
        dpi=dpi,
        copies=1,
        state="queued",
        kind="label",  # a new label with new content, not a reprint of the old one
        reason=f"override: {reason}"[:200],
        requested_by=station.operator,
        created_at=now,
    )


def _last_change(session: Session, insp: Inspection) -> AuditEvent | None:
    return session.scalars(
        select(AuditEvent)
        .where(
            AuditEvent.entity == "inspection",
            AuditEvent.entity_id == str(insp.id),
            # A decision on the recommendation leaves the unit's own row as it was.
            AuditEvent.action.not_like("recommendation.%"),
        )
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
    ).first()


def _stale(current: UnitDetail, last: AuditEvent | None) -> StaleUnit:
    insp = current.inspection
    who = (
        _(" ({action} by {actor} at {bench}, {at:%H:%M:%S})").format(
            action=last.action, actor=last.actor, bench=last.bench, at=last.at.astimezone()
        )
        if last is not None
        else ""
    )
    return StaleUnit(
        _(
            "{lpn} was changed since you opened it{who}; nothing was applied. It is now grade "
            "{grade}, route {route}: check and decide again."
        ).format(lpn=insp.lpn, who=who, grade=insp.grade, route=insp.route),
        current,
    )
