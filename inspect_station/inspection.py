"""The bench worker's actions on an open unit: photos, grade and route, finish, cancel.

One function per action, one transaction each. None keeps state between calls, so a crash
between two actions loses nothing that was committed and the open inspection resumes from the
database with its photos.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sqlalchemy import func, select, update
from sqlalchemy.orm.exc import StaleDataError

from db.models import ExpectedReturn, Inspection, Photo, PrintJob
from inspect_station import records
from inspect_station.errors import BadInput, Conflict
from inspect_station.photos import StoredPhoto
from inspect_station.roles import Role, require
from inspect_station.routing import Decision, Facts
from inspect_station.station import Station
from inspect_station.views import InspectionView, PhotoView, photo_view

MAX_NOTES = 2000


@dataclass(frozen=True)
class Finished:
    inspection: InspectionView
    print_job_id: uuid.UUID
    more_units: bool  # the same parcel holds more units still to inspect


def resume(station: Station) -> InspectionView | None:
    """The inspection this bench left open (after a crash or a restart), if any."""
    with station.db.read() as session:
        insp = records.open_inspection_at_bench(station, session)
        return records.view(station, session, insp) if insp else None


def add_camera_photo(station: Station, inspection_id: uuid.UUID, frame: np.ndarray) -> PhotoView:
    _require_open(station, inspection_id)
    stored = station.photos.save_frame(frame)
    return _record_photo(station, inspection_id, stored, source="camera", original_name=None)


def add_file_photo(station: Station, inspection_id: uuid.UUID, path: Path) -> PhotoView:
    _require_open(station, inspection_id)
    stored = station.photos.save_file(path)
    return _record_photo(station, inspection_id, stored, source="file", original_name=path.name)


def _require_open(station: Station, inspection_id: uuid.UUID) -> None:
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None or insp.status != "open":
            raise BadInput("This inspection is no longer open; photos cannot be added to it.")


def _record_photo(
    station: Station,
    inspection_id: uuid.UUID,
    stored: StoredPhoto,
    *,
    source: str,
    original_name: str | None,
) -> PhotoView:
    with station.db.write() as session:
        photo = session.scalars(
            select(Photo).where(Photo.inspection_id == inspection_id, Photo.sha256 == stored.sha256)
        ).first()
        if photo is None:
            photo = Photo(
                inspection_id=inspection_id,
                sha256=stored.sha256,
                size_bytes=stored.size_bytes,
                width=stored.width,
                height=stored.height,
                source=source,
                original_name=original_name,
                taken_at=station.clock(),
                bench=station.bench,
                operator=station.operator,
            )
            session.add(photo)
            session.flush()
            records.audit(
                station, session, "photo.added", "inspection", inspection_id, sha256=stored.sha256
            )
        return photo_view(photo, stored.path)


def decide(station: Station, inspection: InspectionView, grade: str) -> Decision:
    """The route the rules give this unit at this grade (shown before confirming)."""
    station.grades.get(grade)
    facts = Facts(
        grade=grade,
        category=inspection.category,
        value=inspection.value,
        return_type=inspection.expected.return_type if inspection.expected else None,
        unexpected=inspection.unexpected,
    )
    return station.rules.decide(facts, station.settings.currency)


def finish(
    station: Station,
    inspection: InspectionView,
    *,
    grade: str,
    notes: str = "",
) -> Finished:
    """Commit grade, route and a queued print job in one transaction.

    Replaying the same call (same inspection id) returns the first result and writes nothing.
    """
    if len(notes) > MAX_NOTES:
        raise BadInput(f"Notes are limited to {MAX_NOTES} characters ({len(notes)} given).")
    decision = decide(station, inspection, grade)
    try:
        return _finish_once(station, inspection, grade, notes, decision)
    except StaleDataError:
        # Another writer changed this unit in the same instant; answer as a replay would
        # (the first result) or as a conflict, never with a half-applied write.
        return _finish_once(station, inspection, grade, notes, decision)


def _finish_once(
    station: Station, inspection: InspectionView, grade: str, notes: str, decision: Decision
) -> Finished:
    now = station.clock()
    with station.db.write() as session:
        insp = session.get(Inspection, inspection.id)
        if insp is None:
            raise BadInput("This inspection does not exist.")
        if insp.status == "finished":
            job = session.scalars(
                select(PrintJob)
                .where(PrintJob.inspection_id == insp.id)
                .order_by(PrintJob.created_at)
            ).first()
            if job is not None:
                return Finished(
                    records.view(station, session, insp), job.id, records.more_units(session, insp)
                )
        if insp.status != "open":
            raise Conflict(f"{insp.lpn} was {insp.status}; nothing was saved.")
        if insp.version != inspection.version:
            raise Conflict(f"{insp.lpn} was changed elsewhere since it was opened; reopen it.")
        insp.grade = grade
        insp.notes = notes
        insp.route = decision.route
        insp.rule_id = decision.rule_id
        insp.rules_version = decision.rules_version
        insp.rule_explanation = decision.explanation
        insp.status = "finished"
        insp.finished_at = now
        job = PrintJob(
            id=uuid.uuid4(),
            inspection_id=insp.id,
            bench=station.bench,
            printer=station.printer.name,
            stock=station.settings.label_stock,
            dpi=station.settings.label_dpi,
            copies=1,
            state="queued",
            created_at=now,
        )
        session.add(job)
        more = False
        if insp.expected_return_id is not None:
            more = records.more_units(session, insp)
            if not more:
                session.execute(
                    update(ExpectedReturn)
                    .where(ExpectedReturn.id == insp.expected_return_id)
                    .values(status="received", version=ExpectedReturn.version + 1)
                )
        session.flush()
        records.audit(
            station,
            session,
            "inspection.finished",
            "inspection",
            insp.id,
            lpn=insp.lpn,
            grade=grade,
            route=decision.route,
            rule=decision.rule_id,
            rules_version=decision.rules_version,
        )
        return Finished(records.view(station, session, insp), job.id, more)


def cancel_role(station: Station, operator: str, photos: int) -> Role:
    """Who may cancel a unit: its own operator while it has no photos (a wrong scan put
    right at once); once photos prove its condition, or for someone else's unit, a supervisor."""
    return Role.OPERATOR if operator == station.operator and photos == 0 else Role.SUPERVISOR


def cancel(station: Station, inspection: InspectionView, *, reason: str) -> None:
    """Abandon an open inspection (wrong parcel scanned) and release the return's claim."""
    reason = reason.strip()
    if not reason:
        raise BadInput("Say why the inspection is cancelled.")
    with station.db.write() as session:
        insp = session.get(Inspection, inspection.id)
        if insp is None or insp.status != "open":
            raise Conflict("Only an open inspection can be cancelled.")
        photos = session.scalar(
            select(func.count()).select_from(Photo).where(Photo.inspection_id == insp.id)
        )
        needed = cancel_role(station, insp.operator, photos or 0)
        what = "which has photos" if photos else f"opened by {insp.operator}"
        require(station.user, needed, f"Cancelling {insp.lpn}, {what},")
        insp.status = "cancelled"
        insp.finished_at = station.clock()
        if insp.expected_return_id is not None:
            session.execute(
                update(ExpectedReturn)
                .where(
                    ExpectedReturn.id == insp.expected_return_id,
                    ExpectedReturn.claimed_by_bench == station.bench,
                )
                .values(claimed_by_bench=None, status="open", version=ExpectedReturn.version + 1)
            )
        records.audit(
            station, session, "inspection.cancelled", "inspection", insp.id, reason=reason
        )


def inspection_detail(station: Station, inspection_id: uuid.UUID) -> InspectionView:
    with station.db.read() as session:
        insp = session.get(Inspection, inspection_id)
        if insp is None:
            raise BadInput("No such inspection.")
        return records.view(station, session, insp)
