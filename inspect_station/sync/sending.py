"""Sending the journal: the units a bench worked on offline, in order, once the shared database
answers again.

A unit is sent when the bench has finished or cancelled it, oldest first (the open unit, the
newest, waits). Sending replays what the bench did through the same services, with the ids,
plate, times and people the bench recorded:

1. open: the return is claimed as a scan would claim it (``scanning.open_recorded``); a parcel
   another bench took meanwhile, or whose line is complete, is **not merged**: the unit is
   received as an unexpected parcel in quarantine, and a conflict goes to the supervisor's list
   (``offline_conflicts``);
2. its photos (``unit_photos.record_sent``); the photo's pending record then goes;
3. finish with what the worker said (the journal's draft), routed by the rules version the
   bench used and at the time it finished (``inspection.finish``); a decision that differs from
   the label printed offline is a conflict too; or cancel;
4. its label: printed offline, the shared database's job is marked so and never printed again;
   still waiting at the bench, it is handed over and prints from the shared database.

Every step first looks whether the shared database has it already, so a send cut short (a
kill, the database gone again) is repeated safely: nothing is lost and nothing is doubled. Only
then is the unit marked sent in the bench's database.
"""

from __future__ import annotations

import itertools
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Photo, Unit
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import AlreadyClaimed, DatabaseUnavailable, KnownError
from inspect_station.app.i18n import _
from inspect_station.bench import inspection, scanning, unit_photos
from inspect_station.bench.assessment import PHYSICAL, Draft
from inspect_station.bench.units import RecordedUnit
from inspect_station.bench.views import InspectionView
from inspect_station.people.roles import Role, User
from inspect_station.photos import pending
from inspect_station.sync import conflicts, labels

if TYPE_CHECKING:
    from inspect_station.app.context import Station
    from inspect_station.offline.twin import OfflineBench

log = logging.getLogger(__name__)

SENT = "sent"


@dataclass(frozen=True)
class Sent:
    inspection_id: uuid.UUID
    lpn: str
    outcome: str  # "sent", or the kind of conflict it was recorded as


@dataclass(frozen=True)
class _Local:
    """A unit as the bench's own database holds it."""

    insp: Inspection
    unit: Unit
    photos: list[Photo]
    rules_version: int | None
    finish: dict[str, Any] | None  # the finish's audit detail: what the worker said
    cancel_reason: str | None
    rma: str | None


def send_next(station: Station) -> Sent | None:
    """Send the oldest unit waiting, if the bench is done with it. None: nothing to send."""
    bench = station.offline
    if bench is None:
        return None
    waiting = bench.waiting()
    if not waiting or not waiting[0].closed:
        return None
    return _send_one(station, bench, waiting[0].inspection_id)


def send_all(
    station: Station,
    *,
    stop: Callable[[], bool] | None = None,
    each: Callable[[Sent], object] | None = None,
) -> list[Sent]:
    """Send every unit ready, in order, until none is left (or ``stop()`` says so);
    ``each(sent)`` is told of each unit as soon as it is marked sent."""
    bench = station.offline
    done: list[Sent] = []
    while bench is not None and (stop is None or not stop()):
        ready = list(itertools.takewhile(lambda w: w.closed, bench.waiting()))
        if not ready:
            break
        for unit in ready:  # the journal is read once per round, not once per unit
            if stop is not None and stop():
                break
            done.append(_send_one(station, bench, unit.inspection_id))
            if each is not None:
                each(done[-1])
    return done


def _send_one(station: Station, bench: OfflineBench, unit: uuid.UUID) -> Sent:
    local = _read_local(bench.twin(station), unit)
    outcome = _send(station, bench, local)
    bench.mark_sent(unit, outcome, station.clock())
    return Sent(unit, local.insp.lpn, outcome)


def _read_local(twin: Station, unit: uuid.UUID) -> _Local:
    with twin.db.read() as session:
        insp = session.get(Inspection, unit)
        assert insp is not None, f"unit {unit} of the journal is not in the bench's database"
        row = session.get(Unit, insp.lpn)
        assert row is not None
        photos = list(
            session.scalars(select(Photo).where(Photo.inspection_id == unit).order_by(Photo.id))
        )
        assessment = session.get(UnitAssessment, unit)
        events = {
            action: detail
            for action, detail in session.execute(
                select(AuditEvent.action, AuditEvent.detail)
                .where(
                    AuditEvent.entity == "inspection",
                    AuditEvent.entity_id == str(unit),
                    AuditEvent.action.in_(("inspection.finished", "inspection.cancelled")),
                )
                .order_by(AuditEvent.id)
            ).all()
        }
        er_id = insp.expected_return_id
        er = session.get(ExpectedReturn, er_id) if er_id is not None else None
        return _Local(
            insp=insp,
            unit=row,
            photos=photos,
            rules_version=assessment.rule_version_id if assessment else None,
            finish=events.get("inspection.finished"),
            cancel_reason=str((events.get("inspection.cancelled") or {}).get("reason") or "")
            or None,
            rma=er.rma if er else None,
        )


def _send(station: Station, bench: OfflineBench, local: _Local) -> str:
    # The shared database, whatever mode the bench is in, acting as the person who did it.
    direct = replace(station, offline=None)
    direct.change_shift(user=User(local.insp.operator, Role.OPERATOR))
    try:
        return _replay(direct, bench, local)
    except DatabaseUnavailable:
        raise  # not sent: tried again when the database is back
    except KnownError as exc:
        # The shared database refuses what the bench recorded: recorded for a supervisor, and
        # the journal goes on (one refusal must not hold every later unit back).
        log.warning("unit %s could not be sent as recorded: %s", local.insp.lpn, exc)
        conflicts.record(direct, local.insp, "decided_differently", rma=local.rma, error=str(exc))
        return "decided_differently"


def _replay(direct: Station, bench: OfflineBench, local: _Local) -> str:
    insp = local.insp
    outcome = SENT
    view = _server_view(direct, insp.id)
    if view is None:
        outcome, view = _open(direct, local)
        if view is None:
            return outcome  # nothing on the bench to record (the parcel was missing or empty)
    elif view.unexpected and insp.expected_return_id is not None:
        outcome = conflicts.again(direct, insp, rma=local.rma)  # opened as a conflict before
    for photo in local.photos:
        unit_photos.record_sent(direct, insp.id, photo)
        _settle_record(direct, insp.id, photo.sha256)
    if insp.status == "finished" and local.finish is not None:
        decided = _finish(direct, local, view)
        if outcome == SENT and decided is not None:
            conflicts.record(direct, insp, "decided_differently", rma=local.rma, **decided)
            outcome = "decided_differently"
        labels.hand_over(direct, bench.twin(direct), insp.id)
    elif insp.status == "cancelled":
        inspection.cancel_recorded(
            direct, _server_view(direct, insp.id) or view, reason=local.cancel_reason or "cancelled"
        )
    return outcome


def _server_view(direct: Station, unit: uuid.UUID) -> InspectionView | None:
    try:
        return inspection.inspection_detail(direct, unit)
    except KnownError as exc:
        if isinstance(exc, DatabaseUnavailable):
            raise
        return None


def _open(direct: Station, local: _Local) -> tuple[str, InspectionView | None]:
    insp = local.insp
    recorded = RecordedUnit(
        inspection_id=insp.id,
        lpn=insp.lpn,
        line_id=local.unit.line_id,
        started_at=insp.started_at,
        operator=insp.operator,
        scanned_code=insp.scanned_code,
    )
    if insp.expected_return_id is None:
        return SENT, scanning.receive_recorded(direct, insp.scanned_code, recorded).inspection
    try:
        opened = scanning.open_recorded(direct, insp.expected_return_id, recorded)
    except AlreadyClaimed as exc:
        return _as_conflict(direct, local, recorded, "claimed_elsewhere", exc.bench)
    if isinstance(opened, scanning.Opened):
        return SENT, opened.inspection
    return _as_conflict(direct, local, recorded, "received_elsewhere", None)


def _as_conflict(
    direct: Station, local: _Local, recorded: RecordedUnit, kind: str, other: str | None
) -> tuple[str, InspectionView | None]:
    """The parcel is no longer this bench's to record: the unit goes to quarantine as an
    unexpected parcel (when there is an item to route), and to the supervisor's list."""
    receipt = (local.finish or {}).get("receipt", "received")
    where = (
        _("{rma} was taken by bench {other}").format(rma=local.rma, other=other)
        if other
        else _("{rma} was received").format(rma=local.rma)
    )
    view = None
    if receipt in PHYSICAL:
        reading = _("Finished offline at bench {bench}; meanwhile {where}.").format(
            bench=direct.bench, where=where
        )
        view = scanning.receive_recorded(
            direct, local.insp.scanned_code, recorded, reading=reading
        ).inspection
    conflicts.record(
        direct,
        local.insp,
        kind,
        rma=local.rma,
        other_bench=other,
        server_inspection=view.id if view else None,
        receipt=receipt,
    )
    return kind, view


def _finish(direct: Station, local: _Local, view: InspectionView) -> dict[str, Any] | None:
    """Finish on the shared database as the bench did; what differs from the label printed
    offline, or None."""
    said = local.finish or {}
    insp = local.insp
    missing = () if view.unexpected else tuple(tuple(pair) for pair in said.get("missing") or ())
    draft = Draft(
        receipt=said.get("receipt", "received"),
        defects=frozenset(said.get("defects") or ()),
        sealed=bool(said.get("sealed")),
        key_grade=said.get("key_grade"),
        override_reason=said.get("override_reason"),
        missing=missing,
    )
    finished_at: datetime = insp.finished_at or direct.clock()
    at_the_time = replace(direct, clock=lambda: finished_at)
    # Photos added since ``view`` was read do not change the inspection's version.
    done = inspection.finish(
        at_the_time,
        view,
        draft=draft,
        notes=insp.notes,
        missing_shots_reason=insp.shots_missing_reason or "",
        rules_version=local.rules_version,
    )
    there = done.inspection
    if view.unexpected and insp.expected_return_id is not None:
        return None  # a conflict already: as an unexpected parcel its route may well differ
    if (there.grade, there.route, there.rule_id) == (insp.grade, insp.route, insp.rule_id):
        return None
    return {
        "printed": {"grade": insp.grade, "route": insp.route, "rule": insp.rule_id},
        "decided": {"grade": there.grade, "route": there.route, "rule": there.rule_id},
    }


def _settle_record(direct: Station, unit: uuid.UUID, sha256: str) -> None:
    """The photo's row is on the shared database: its pending record has done its job."""
    for record in pending.records_for(direct.photos.root, sha256):
        if record.intent is not None and record.intent.inspection == unit:
            pending.settle(record.path)
