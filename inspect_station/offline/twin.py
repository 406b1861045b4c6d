"""The bench's own database, where it works while the shared one is out of reach.

The offline database is a station database on the bench's disk (SQLite, the same schema and
migrations) holding the local copy (``copy.py``). While the shared database does not answer,
or while units finished offline still wait to be sent, the bench's services run on it:
:func:`here` hands them a *twin* of the station whose database is this one. Scanning,
photographing, grading, finishing and printing then work as always, with the same client-made
ids, and every change writes its audit row there as it would on the shared database.

Those audit rows are the journal: the units they name, in the order of their first row, are
the units waiting to be sent (``inspect_station/sync/sending.py`` sends them, in that order, and
records each here once the shared database has it). Nothing else has to be written to keep the
journal: a change and its audit row commit together or not at all.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select, text, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.engine import Database
from db.local import LOCAL, offline_sent, offline_state
from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Photo
from inspect_station.app.errors import KnownError
from inspect_station.app.health import DatabaseHealth, Reach
from inspect_station.offline import copy

if TYPE_CHECKING:
    from inspect_station.app.context import Station

log = logging.getLogger(__name__)

# The audit rows that make a unit a unit to send.
JOURNALED = (
    "unit.opened",
    "unit.received_unexpected",
    "photo.added",
    "photo.adopted",
    "inspection.finished",
    "inspection.cancelled",
)
_BASELINE = "journal_after_event"  # audit events up to this id were there before the copy
_COPIED_AT = "copied_at"


@dataclass(frozen=True)
class Waiting:
    """A unit of the journal not yet sent."""

    inspection_id: uuid.UUID
    first_event: int
    closed: bool  # finished or cancelled at the bench: ready to send


class OfflineBench:
    """The offline database of one bench, and whether the bench works on it now."""

    def __init__(self, local: Database, *, clock: Callable[[], datetime]) -> None:
        self.local = local
        self.health = DatabaseHealth(local, clock=clock)
        self.health.install()
        # Tests and the crash harness make a bench work offline while the database answers.
        self.forced = False
        LOCAL.create_all(local.engine)
        self._lock = threading.Lock()
        self._counted_at = -1  # the newest local audit event when the journal was counted
        self.last_count = 0  # units waiting, as last counted (the status bar reads it)

    # -- where the bench works ---------------------------------------------------------------
    def working_offline(self, health: DatabaseHealth) -> bool:
        if self.forced or health.snapshot().reach is Reach.UNREACHABLE:
            return True
        return self.count() > 0  # in order: nothing goes online before the journal is sent

    def twin(self, station: Station) -> Station:
        return replace(
            station, db=self.local, health=self.health, offline=None, working_offline=True
        )

    # -- the journal -------------------------------------------------------------------------
    def count(self) -> int:
        """Units waiting to be sent (counted again only when the journal has grown or a unit
        was sent since)."""
        with self._lock:
            with self.local.read() as session:
                newest = session.scalar(select(func.max(AuditEvent.id))) or 0
            if newest != self._counted_at:
                self.last_count = len(self.waiting())
                self._counted_at = newest
            return self.last_count

    def waiting(self) -> list[Waiting]:
        """The units waiting to be sent, in the order of their first change."""
        with self.local.read() as session:
            baseline = int(self._state(session, _BASELINE) or 0)
            sent = select(offline_sent.c.inspection_id)
            rows = session.execute(
                select(AuditEvent.entity_id, func.min(AuditEvent.id).label("first"))
                .where(
                    AuditEvent.id > baseline,
                    AuditEvent.entity == "inspection",
                    AuditEvent.action.in_(JOURNALED),
                )
                .group_by(AuditEvent.entity_id)
                .order_by(text("first"))
            ).all()
            ids = [uuid.UUID(entity) for entity, _first in rows]
            done = set(session.scalars(sent.where(offline_sent.c.inspection_id.in_(ids))))
            status = dict(
                session.execute(
                    select(Inspection.id, Inspection.status).where(Inspection.id.in_(ids))
                ).all()
            )
        return [
            Waiting(unit, first, status.get(unit, "open") != "open")
            for unit, (_entity, first) in zip(ids, rows, strict=True)
            if unit not in done
        ]

    def mark_sent(self, inspection_id: uuid.UUID, outcome: str, at: datetime) -> None:
        with self.local.write(guarded=False) as session:
            session.execute(
                insert(offline_sent)
                .values(inspection_id=inspection_id, sent_at=at, outcome=outcome)
                .prefix_with("OR IGNORE")
            )
        with self._lock:
            self._counted_at = -1  # count again

    def names_photo(self, sha256: str) -> bool:
        """A photo row of a unit still waiting to be sent names this picture."""
        with self.local.read() as session:
            units = session.scalars(select(Photo.inspection_id).where(Photo.sha256 == sha256))
            waiting = {w.inspection_id for w in self.waiting()}
            return any(unit in waiting for unit in units)

    # -- keeping the copy --------------------------------------------------------------------
    def refresh(
        self, server: Database, *, days: int, limit: int, now: datetime, bench: str = ""
    ) -> copy.Copied:
        """Replace the local copy; only while nothing waits to be sent (the units of the
        journal live in the same tables). The units open at ``bench`` are copied whatever
        their age, so an outage in the middle of one leaves it at the bench."""
        if self.count():
            raise RuntimeError("the local copy is refreshed only with an empty journal")
        copied = copy.refresh(server, self.local, days=days, limit=limit, now=now)
        for unit in copy.open_at(server, bench) if bench else ():
            copy.mirror(server, self.local, unit)
        with self.local.write(guarded=False) as session:
            last = session.scalar(select(func.max(AuditEvent.id))) or 0
            session.execute(offline_sent.delete())
            self._set_state(session, _BASELINE, str(last))
            self._set_state(session, _COPIED_AT, now.isoformat())
        with self._lock:
            self._counted_at = -1
        return copied

    def copied_at(self) -> datetime | None:
        with self.local.read() as session:
            value = self._state(session, _COPIED_AT)
        return datetime.fromisoformat(value) if value else None

    def mirror(self, server: Database, inspection_id: uuid.UUID) -> None:
        """The unit just opened or photographed online, with its parcel, into the copy."""
        copy.mirror(server, self.local, inspection_id)

    def note_closed(self, inspection_id: uuid.UUID, status: str) -> None:
        """A unit finished or cancelled online is no longer open in the copy either."""
        with self.local.write(guarded=False) as session:
            session.execute(
                update(Inspection)
                .where(Inspection.id == inspection_id)
                .values(status=status)
                .execution_options(synchronize_session=False)
            )

    @staticmethod
    def _state(session: Session, key: str) -> str | None:
        return session.scalar(select(offline_state.c.value).where(offline_state.c.key == key))

    @staticmethod
    def _set_state(session: Session, key: str, value: str) -> None:
        session.execute(
            insert(offline_state).values(key=key, value=value).prefix_with("OR REPLACE")
        )


def follow(station: Station, inspection_id: uuid.UUID, *, closed: str | None = None) -> None:
    """After the bench changed its unit on the shared database, keep the copy in step: the
    unit (and its parcel) copied again, or marked finished or cancelled. Best effort: a copy
    a moment behind costs nothing while the database answers."""
    bench = station.offline
    if bench is None or station.working_offline:
        return
    try:
        if closed is not None:
            bench.note_closed(inspection_id, closed)
        else:
            bench.mirror(station.db, inspection_id)
    except (KnownError, SQLAlchemyError, OSError) as exc:
        log.warning("the offline copy of unit %s is behind: %s", inspection_id, exc)


def places(station: Station) -> list[Station]:
    """Where this bench's labels are printed from now: the offline database while the bench
    works there, else the shared one. The shared database's labels wait while units are sent:
    a unit's label printed offline is marked printed there when the unit arrives
    (``sync/labels.py``), never printed a second time."""
    return [here(station)]


def where_is(station: Station, inspection_id: uuid.UUID) -> Station:
    """The station that holds the truth about one unit: the offline database for a unit
    waiting to be sent (or any unit it knows while the shared one is out of reach), else the
    shared one."""
    bench = station.offline
    if bench is None or not bench.working_offline(station.health):
        return station
    if any(w.inspection_id == inspection_id for w in bench.waiting()):
        return bench.twin(station)
    if station.health.snapshot().reach is Reach.UNREACHABLE:
        return bench.twin(station)
    return station


def here(station: Station) -> Station:
    """The station a bench service should work on now: the station itself while the shared
    database answers and nothing waits to be sent, else its twin on the offline database."""
    bench = station.offline
    if bench is None or not bench.working_offline(station.health):
        return station
    return bench.twin(station)
