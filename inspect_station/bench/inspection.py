"""The bench worker's actions on an open unit: photos, grade and route, finish, cancel.

One function per action, one transaction each. None keeps state between calls, so a crash
between two actions loses nothing that was committed and the open inspection resumes from the
database with its photos.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from sqlalchemy import func, select, update
from sqlalchemy.orm.exc import StaleDataError

from db.models.inspections import Inspection, Photo
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.bench import grading, unit_photos, units, views
from inspect_station.bench.assessment import Assessment, Draft
from inspect_station.bench.views import InspectionView
from inspect_station.offline.twin import follow, here, where_is
from inspect_station.outbox import events
from inspect_station.people.roles import Role, require
from inspect_station.photos.views import PhotoView

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_NOTES = 2000


@dataclass(frozen=True)
class Finished:
    inspection: InspectionView
    print_job_id: uuid.UUID | None  # None: nothing on the bench to label (missing, empty box)
    more_units: bool  # the same parcel holds more units still to inspect
    assessment: Assessment | None = None  # grade, route and recommendation as recorded


def resume(station: Station) -> InspectionView | None:
    """The inspection this bench left open (after a crash or a restart), if any."""
    station = here(station)
    with station.db.read() as session:
        insp = units.open_inspection_at_bench(station, session)
        view = views.view(station, session, insp) if insp else None
    if view is not None:
        follow(station, view.id)  # a copy cut short by the crash is made whole again
    return view


def add_camera_photo(
    station: Station,
    inspection_id: uuid.UUID,
    frame: np.ndarray,
    *,
    shot: str | None = None,
    defect: str | None = None,
) -> PhotoView:
    """Store a camera frame as it is, poor or not (the bench asks first: ``unit_photos``)."""
    added = unit_photos.add_frame(
        station, inspection_id, frame, shot=shot, keep_poor=True, defect=defect
    )
    assert isinstance(added, unit_photos.Added)
    return added.photo


def add_file_photo(
    station: Station,
    inspection_id: uuid.UUID,
    path: Path,
    *,
    shot: str | None = None,
    defect: str | None = None,
) -> PhotoView:
    added = unit_photos.add_file(
        station, inspection_id, path, shot=shot, keep_poor=True, defect=defect
    )
    assert isinstance(added, unit_photos.Added)
    return added.photo


def finish(
    station: Station,
    inspection: InspectionView,
    *,
    grade: str | None = None,
    notes: str = "",
    draft: Draft | None = None,
    missing_shots_reason: str = "",
    rules_version: int | None = None,
) -> Finished:
    """Commit grade, route, recommendation and a queued print job in one transaction.

    ``draft`` carries the receipt, ticked defects, override reason and missing units
    (:mod:`inspect_station.bench.assessment`); ``grade`` alone grades by key, as before.
    A unit without its category's required photos needs ``missing_shots_reason``.
    Replaying the same call (same inspection id) returns the first result and writes nothing.
    ``rules_version`` routes by that stored version instead of the active one (a unit the
    bench finished offline, by the rules it had then).
    """
    if len(notes) > MAX_NOTES:
        raise BadInput(
            _("Notes are limited to {max_notes} characters ({notes} given).").format(
                max_notes=MAX_NOTES, notes=len(notes)
            )
        )
    if draft is None:
        draft = Draft(key_grade=grade)
    elif grade is not None:
        draft = draft.with_grade(grade, draft.override_reason)
    station = here(station)  # offline: finished into the journal, sent later
    try:
        done = _finish_once(station, inspection, notes, draft, missing_shots_reason, rules_version)
    except StaleDataError:
        # Another writer changed this unit in the same instant; answer as a replay would
        # (the first result) or as a conflict, never with a half-applied write.
        done = _finish_once(station, inspection, notes, draft, missing_shots_reason, rules_version)
    follow(station, inspection.id, closed="finished")
    return done


def _finish_once(
    station: Station,
    inspection: InspectionView,
    notes: str,
    draft: Draft,
    missing_shots_reason: str,
    rules_version: int | None,
) -> Finished:
    now = station.clock()
    with station.db.write() as session:
        insp = session.get(Inspection, inspection.id)
        if insp is None:
            raise BadInput(_("This inspection does not exist."))
        if insp.status == "finished":
            job = session.scalars(
                select(PrintJob)
                .where(PrintJob.inspection_id == insp.id)
                .order_by(PrintJob.created_at)
            ).first()
            return Finished(
                views.view(station, session, insp),
                job.id if job else None,
                units.more_units(session, insp),
            )
        if insp.status != "open":
            raise Conflict(
                _("{lpn} was {status}; nothing was saved.").format(lpn=insp.lpn, status=insp.status)
            )
        if insp.version != inspection.version:
            raise Conflict(
                _("{lpn} was changed elsewhere since it was opened; reopen it.").format(
                    lpn=insp.lpn
                )
            )
        assessed = grading.record(station, session, insp, draft, rules_version=rules_version)
        decision = assessed.decision
        if decision is not None:  # a unit not in the parcel has nothing to photograph
            unit_photos.check_shots(
                station, session, insp, assessed.grade or "", missing_shots_reason
            )
        insp.grade = assessed.grade
        insp.notes = notes
        if decision is not None:
            insp.route = decision.route
            insp.rule_id = decision.rule_id
            insp.rules_version = decision.rules_version
            insp.rule_explanation = decision.explanation
            insp.rule_why = decision.why
            insp.tote = decision.tote
        insp.status = "finished"
        insp.finished_at = now
        job = None
        if decision is not None:  # a missing item or an empty box gets no routing label
            job = PrintJob(
                id=uuid.uuid4(),
                inspection_id=insp.id,
                bench=station.bench,
                printer=station.printer.name,
                stock=station.printer.stock,
                dpi=station.printer.dpi,
                copies=station.settings.label_copies,
                state="queued",
                created_at=now,
            )
            session.add(job)
        more = False
        if insp.expected_return_id is not None:
            more = units.more_units(session, insp)
            if not more:
                session.execute(
                    update(ExpectedReturn)
                    .where(ExpectedReturn.id == insp.expected_return_id)
                    .values(status="received", version=ExpectedReturn.version + 1)
                )
        session.flush()
        trail.audit(
            station,
            session,
            "inspection.finished",
            "inspection",
            insp.id,
            lpn=insp.lpn,
            grade=assessed.grade,
            route=decision.route if decision else None,
            rule=decision.rule_id if decision else None,
            rules_version=decision.rules_version if decision else None,
            receipt=assessed.receipt,
            computed_grade=assessed.computed.grade if assessed.computed else None,
            override_reason=draft.override_reason if assessed.overridden else None,
            # What the worker said, whole: a unit finished offline is finished again from it.
            defects=sorted(draft.defects) or None,
            sealed=draft.sealed or None,
            key_grade=draft.key_grade,
            missing=[list(pair) for pair in draft.missing] or None,
        )
        events.unit_event(station, session, "unit.finished", insp)
        events.return_decided(station, session, insp.expected_return_id)
        view = views.view(station, session, insp)
        return Finished(view, job.id if job else None, more, assessed)


def cancel_role(station: Station, operator: str, photos: int) -> Role:
    """Who may cancel a unit: its own operator while it has no photos (a wrong scan put
    right at once); once photos prove its condition, or for someone else's unit, a supervisor."""
    return Role.OPERATOR if operator == station.operator and photos == 0 else Role.SUPERVISOR


def cancel(station: Station, inspection: InspectionView, *, reason: str) -> None:
    """Abandon an open inspection (wrong parcel scanned) and release the return's claim."""
    reason = reason.strip()
    if not reason:
        raise BadInput(_("Say why the inspection is cancelled."))
    station = here(station)
    _cancel_once(station, inspection, reason, checked=False)
    follow(station, inspection.id, closed="cancelled")


def cancel_recorded(station: Station, inspection: InspectionView, *, reason: str) -> None:
    """Cancel a unit the bench cancelled offline (its role was checked there, by whoever was
    signed in then); an inspection already cancelled is left as it is."""
    if inspection.status == "cancelled":
        return
    _cancel_once(station, inspection, reason, checked=True)


def _cancel_once(
    station: Station, inspection: InspectionView, reason: str, *, checked: bool
) -> None:
    with station.db.write() as session:
        insp = session.get(Inspection, inspection.id)
        if insp is None or insp.status != "open":
            raise Conflict(_("Only an open inspection can be cancelled."))
        photos = session.scalar(
            select(func.count()).select_from(Photo).where(Photo.inspection_id == insp.id)
        )
        if not checked:
            needed = cancel_role(station, insp.operator, photos or 0)
            what = (
                _("which has photos")
                if photos
                else _("opened by {operator}").format(operator=insp.operator)
            )
            require(
                station.user, needed, _("Cancelling {lpn}, {what},").format(lpn=insp.lpn, what=what)
            )
        insp.status = "cancelled"
        insp.finished_at = station.clock()
        if insp.expected_return_id is not None:
            session.flush()
            # Units of the return already finished keep it under way; otherwise it is open again.
            started = units.received_counts(session, insp.expected_return_id)
            session.execute(
                update(ExpectedReturn)
                .where(
                    ExpectedReturn.id == insp.expected_return_id,
                    ExpectedReturn.claimed_by_bench == station.bench,
                )
                .values(
                    claimed_by_bench=None,
                    status="in_progress" if started else "open",
                    version=ExpectedReturn.version + 1,
                )
            )
        trail.audit(station, session, "inspection.cancelled", "inspection", insp.id, reason=reason)


def inspection_detail(station: Station, inspection_id: uuid.UUID) -> InspectionView:
    station = where_is(station, inspection_id)
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None:
            raise BadInput(_("No such inspection."))
        return views.view(station, session, insp)
