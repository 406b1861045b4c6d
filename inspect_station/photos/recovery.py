"""At start: settle the photos a crash left stored but not recorded (``photos/pending.py``).

For each record this bench may settle (its own, of a process that is gone; anyone's older than
an hour):

- its file never reached the store: the record goes (nothing was stored);
- its row exists: the crash came after the commit, the record goes;
- its unit is still open: the photo is **adopted**, its row written from the record with an
  audit row (``photo.adopted``), so the unit resumes with it;
- another row names the same picture: the file is accounted for, the record goes;
- otherwise (the unit was finished or cancelled since): the file is **moved aside** to
  ``root/orphans/`` with an audit row (``photo.set_aside``), reported, and purged with the
  retention like any photo.

``named_elsewhere`` lets a record stand while something else still names its picture (a unit
finished at the bench while the database was out of reach, waiting to be sent). ``journal`` is
the bench's own database when the bench works there: a unit it holds is settled there, and the
record of a photo adopted there stands until the unit is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection, Photo
from inspect_station.audit import trail
from inspect_station.photos import pending
from inspect_station.photos.pending import PendingPhoto, PhotoIntent

if TYPE_CHECKING:
    from inspect_station.app.context import Station

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recovered:
    adopted: tuple[tuple[str, str], ...] = ()  # (licence plate, sha256)
    set_aside: tuple[Path, ...] = ()
    settled: int = 0  # records that only had to go

    @property
    def anything(self) -> bool:
        return bool(self.adopted or self.set_aside)

    def words(self) -> str:
        """What a person is told, or "" when there was nothing to tell."""
        parts = []
        if self.adopted:
            units = ", ".join(sorted({lpn for lpn, _sha in self.adopted}))
            parts.append(f"{len(self.adopted)} photo(s) kept after a crash were added to {units}")
        if self.set_aside:
            where = self.set_aside[0].parent
            parts.append(
                f"{len(self.set_aside)} photo(s) no unit records were moved aside to {where}"
            )
        return "; ".join(parts) + "." if parts else ""


def recover(
    station: Station,
    *,
    named_elsewhere: Callable[[str], bool] | None = None,
    journal: Station | None = None,
) -> Recovered:
    adopted: list[tuple[str, str]] = []
    set_aside: list[Path] = []
    settled = 0
    for record in pending.records(station.photos.root):
        if not record.own:
            continue  # another bench's photo on its way to the database
        intent = record.intent
        if intent is None:
            log.warning("unreadable pending photo record %s removed", record.path)
            pending.settle(record.path)
            continue
        if named_elsewhere is not None and named_elsewhere(intent.sha256):
            continue
        place = station
        if journal is not None and _holds(journal, intent):
            place = journal
        outcome = _settle(place, record, intent)
        if isinstance(outcome, Path):
            set_aside.append(outcome)
        elif outcome is not None:
            adopted.append(outcome)
        else:
            settled += 1
    result = Recovered(tuple(adopted), tuple(set_aside), settled)
    if result.anything:
        log.warning("%s", result.words())
    return result


def _holds(station: Station, intent: PhotoIntent) -> bool:
    with station.db.read() as session:
        return session.get(Inspection, intent.inspection) is not None


def _settle(
    station: Station, record: PendingPhoto, intent: PhotoIntent
) -> tuple[str, str] | Path | None:
    sha = intent.sha256
    if not station.photos.path_for(sha).exists():
        pending.settle(record.path)  # the crash came before the file was in place
        return None
    with station.db.write() as session:
        if session.scalar(
            select(Photo.id).where(Photo.inspection_id == intent.inspection, Photo.sha256 == sha)
        ):
            outcome: tuple[str, str] | Path | None = None
        else:
            insp = session.get(Inspection, intent.inspection)
            if insp is not None and insp.status == "open":
                _adopt(station, session, insp, intent)
                outcome = (insp.lpn, sha)
            elif session.scalar(select(Photo.id).where(Photo.sha256 == sha).limit(1)):
                outcome = None  # the same picture belongs to another unit
            else:
                outcome = station.photos.move_aside(sha)
                trail.audit(
                    station,
                    session,
                    "photo.set_aside",
                    "inspection",
                    intent.inspection_id,
                    sha256=sha,
                    taken_by=intent.operator,
                    unit_state=insp.status if insp else "unknown",
                    to=str(outcome),
                )
    if not (station.working_offline and isinstance(outcome, tuple)):
        pending.settle(record.path)  # adopted offline, it stands until the unit is sent
    return outcome


def _adopt(station: Station, session: Session, insp: Inspection, intent: PhotoIntent) -> None:
    session.add(
        Photo(
            inspection_id=insp.id,
            sha256=intent.sha256,
            size_bytes=intent.size_bytes,
            width=intent.width,
            height=intent.height,
            source=intent.source,
            original_name=intent.original_name,
            taken_at=intent.taken,
            bench=intent.bench,
            operator=intent.operator,
            shot=intent.shot,
            sharpness=intent.sharpness,
            brightness=intent.brightness,
            clipped_pct=intent.clipped_pct,
            dark_pct=intent.dark_pct,
            quality_issues=intent.quality_issues,
        )
    )
    session.flush()
    trail.audit(
        station,
        session,
        "photo.adopted",
        "inspection",
        insp.id,
        sha256=intent.sha256,
        shot=intent.shot,
        taken_by=intent.operator,
        taken_at=intent.taken_at,
    )
