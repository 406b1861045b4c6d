"""Upkeep of the photo store: prove every photo is intact, and let old ones go.

``verify`` re-hashes every stored photo: a file whose bytes no longer hash to its name was
altered, a file that is gone is missing, and a photo purged under the retention rule whose file
is still there was not purged. It also walks the store for files no row names (an *orphan*: a
crash between storing a file and writing its row, from before such crashes were settled at
start, or a file put there by hand) and lists what start-up moved aside (``photos/recovery.py``).
``purge`` deletes the files of photos taken before a cut-off and marks their rows purged: the
record that a photo existed stays (its hash, shot type, size, quality figures, who took it and
when), the picture does not (data minimisation); orphans and files moved aside older than the
cut-off go too.

A purge holds the photos behind a deduction from a refund: the shop has to prove it (Consumer
Rights Directive art. 14(2)). They stay while the deduction waits for a supervisor, and for
``dispute_window_days`` (a setting) after it was decided; the report says which were held and
why.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, exists, func, select, update
from sqlalchemy.orm import aliased

from db.models.grading import Recommendation
from db.models.inspections import Inspection, Photo
from inspect_station.app.errors import BadInput, PhotoRejected
from inspect_station.app.i18n import N_, _
from inspect_station.audit import trail
from inspect_station.people import roles
from inspect_station.people.roles import Role
from inspect_station.photos import pending

if TYPE_CHECKING:
    from inspect_station.app.context import Station

BATCH = 1000
NOT_PURGED = N_("still on disk after purge")
ORPHAN = "orphan: no row names it"


@dataclass(frozen=True)
class Problem:
    sha256: str
    state: str  # "missing", "altered" or NOT_PURGED
    lpns: tuple[str, ...]
    first_taken: datetime


@dataclass(frozen=True)
class VerifyReport:
    checked: int  # distinct pictures whose file should be there, re-hashed
    purged: int  # distinct pictures purged, checked to be gone
    problems: tuple[Problem, ...]
    set_aside: tuple[Path, ...] = ()  # files start-up moved aside (reported, not a fault)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Held:
    """A unit whose old photos a purge kept, and why."""

    lpn: str
    photos: int
    reason: str  # "deduction not settled" or "dispute window"
    until: datetime | None  # the end of the dispute window; None while not settled

    def words(self) -> str:
        if self.until is None:
            return _("a deduction from the refund waits for a supervisor")
        return _("a deduction from the refund may be disputed until {day}").format(
            day=f"{self.until:%Y-%m-%d}"
        )


@dataclass(frozen=True)
class PurgeReport:
    cutoff: datetime
    photos: int  # rows marked purged
    files: int  # files deleted (photos and thumbnails)
    held: tuple[Held, ...] = ()  # units whose old photos were kept, and why
    orphans: int = 0  # files no row named (in the store or moved aside), deleted


def verify(station: Station, *, progress: Callable[[int], None] | None = None) -> VerifyReport:
    """Check every photo the database knows against the store, and the store for files no row
    names."""
    checked = purged = 0
    problems: list[Problem] = []
    named = _Named(station)
    for sha, rows in itertools.groupby(named.rows(), key=lambda row: row[0]):
        group = list(rows)
        live = any(purged_at is None for _sha, purged_at, _lpn, _taken in group)
        if live:
            state = station.photos.check(sha)
            checked += 1
        else:
            state = NOT_PURGED if station.photos.path_for(sha).exists() else "ok"
            purged += 1
        if state != "ok":
            lpns = tuple(sorted({lpn for _sha, _purged, lpn, _taken in group}))
            problems.append(Problem(sha, state, lpns, min(taken for *_rest, taken in group)))
        if progress is not None and (checked + purged) % BATCH == 0:
            progress(checked + purged)
    for sha, mtime in orphans(station, named):
        problems.append(Problem(sha, ORPHAN, (), datetime.fromtimestamp(mtime, UTC)))
    return VerifyReport(checked, purged, tuple(problems), tuple(_set_aside(station)))


class _Named:
    """The pictures rows name, streamed in hash order, remembered for the walk of the store."""

    def __init__(self, station: Station) -> None:
        self._station = station
        self.shas: set[str] = set()

    def rows(self) -> Iterator[tuple[str, datetime | None, str, datetime]]:
        query = (
            select(Photo.sha256, Photo.purged_at, Inspection.lpn, Photo.taken_at)
            .join(Inspection, Inspection.id == Photo.inspection_id)
            .order_by(Photo.sha256, Photo.id)
            .execution_options(yield_per=BATCH)
        )
        with self._station.db.read() as session:
            for row in session.execute(query):
                self.shas.add(row[0])
                yield row


def orphans(station: Station, named: _Named | None = None) -> Iterator[tuple[str, float]]:
    """(sha256, modification time) of each file in the store that no row names and no
    pending record stands for (``photos/pending.py``: a photo on its way to its row)."""
    if named is None:
        named = _Named(station)
        for _row in named.rows():
            pass
    on_their_way = pending.shas(station.photos.root)
    for sha, mtime in station.photos.stored():
        if sha not in named.shas and sha not in on_their_way:
            yield sha, mtime


def _set_aside(station: Station) -> list[Path]:
    return [path for path, _mtime in station.photos.set_aside()]


def purge(station: Station, *, older_than_days: int | None = None) -> PurgeReport:
    """Delete the files of photos taken more than the given days ago; keep their records.

    Without ``older_than_days`` the setting ``photo_retention_days`` applies. A picture that a
    newer photo row also uses (the same bytes) stays until that row is old enough too. Files go
    before their rows are marked, so a purge cut short is finished by the next one.
    """
    # The photos back refund deductions and overrides: deleting them is the retention policy's
    # business (an admin's setting), not that of whoever decided those outcomes.
    roles.require(station.user, Role.ADMIN, _("Purging photos"))
    days = station.settings.photo_retention_days if older_than_days is None else older_than_days
    if days < 1:
        raise BadInput(
            _(
                "Say how old photos must be to go: --older-than DAYS (1 or more), or set "
                "photo_retention_days."
            )
        )
    window = station.settings.dispute_window_days
    if not 0 <= window <= 3650:
        raise BadInput(
            _("Setting dispute_window_days must be 0–3650 days, not {window}.").format(
                window=window
            )
        )
    now = station.clock()
    cutoff = now - timedelta(days=days)
    held = _held(now - timedelta(days=window))
    photos = files = 0
    after = 0
    while True:
        with station.db.read() as session:
            batch = session.execute(
                select(Photo.id, Photo.sha256)
                .where(
                    Photo.taken_at < cutoff,
                    Photo.purged_at.is_(None),
                    Photo.id > after,
                    ~held,
                )
                .order_by(Photo.id)
                .limit(BATCH)
            ).all()
            shas = {sha for _id, sha in batch}
            still_used = set(
                session.scalars(
                    select(Photo.sha256).where(
                        Photo.sha256.in_(shas),
                        Photo.purged_at.is_(None),
                        (Photo.taken_at >= cutoff) | held,
                    )
                )
            )
        if not batch:
            break
        for sha in sorted(shas - still_used):
            files += station.photos.remove(sha)
        ids = [photo_id for photo_id, _sha in batch]
        with station.db.write() as session:
            session.execute(update(Photo).where(Photo.id.in_(ids)).values(purged_at=now))
            trail.audit(
                station,
                session,
                "photos.purged",
                "photos",
                cutoff.isoformat(),
                photos=len(ids),
                older_than_days=days,
                first_id=ids[0],
                last_id=ids[-1],
            )
        photos += len(ids)
        after = ids[-1]
    orphans_gone, orphan_files = _purge_orphans(station, cutoff)
    if orphans_gone:
        with station.db.write() as session:
            trail.audit(
                station,
                session,
                "photos.orphans_purged",
                "photos",
                cutoff.isoformat(),
                files=orphans_gone,
                older_than_days=days,
            )
    kept = _held_units(station, cutoff, held, window)
    if kept:
        with station.db.write() as session:
            trail.audit(
                station,
                session,
                "photos.held",
                "photos",
                cutoff.isoformat(),
                units=len(kept),
                photos=sum(unit.photos for unit in kept),
                dispute_window_days=window,
                lpns=[unit.lpn for unit in kept[:50]],
            )
    return PurgeReport(cutoff, photos, files + orphan_files, kept, orphans_gone)


def _held(window_start: datetime) -> ColumnElement[bool]:
    """Photos of a unit whose refund carries a deduction not settled (waiting for a
    supervisor) or decided within the dispute window."""
    rec = aliased(Recommendation)
    return exists().where(
        rec.inspection_id == Photo.inspection_id,
        rec.deduction_percent > 0,
        (rec.status == "pending") | (func.coalesce(rec.decided_at, rec.created_at) > window_start),
    )


def _held_units(
    station: Station, cutoff: datetime, held: ColumnElement[bool], window: int
) -> tuple[Held, ...]:
    """The units whose photos older than ``cutoff`` the purge kept."""
    with station.db.read() as session:
        rows = session.execute(
            select(
                Inspection.lpn,
                func.count(Photo.id),
                Recommendation.status,
                func.coalesce(Recommendation.decided_at, Recommendation.created_at),
            )
            .join(Inspection, Inspection.id == Photo.inspection_id)
            .join(Recommendation, Recommendation.inspection_id == Photo.inspection_id)
            .where(Photo.taken_at < cutoff, Photo.purged_at.is_(None), held)
            .group_by(
                Inspection.lpn,
                Recommendation.status,
                Recommendation.decided_at,
                Recommendation.created_at,
            )
            .order_by(Inspection.lpn)
        ).all()
    return tuple(
        Held(lpn, count, "deduction not settled", None)
        if status == "pending"
        else Held(lpn, count, "dispute window", decided + timedelta(days=window))
        for lpn, count, status, decided in rows
    )


def _purge_orphans(station: Station, cutoff: datetime) -> tuple[int, int]:
    """Files no row names (in the store, or moved aside at start) stored before ``cutoff``:
    (pictures, files) deleted."""
    limit = cutoff.timestamp()
    pictures = files = 0
    for sha, mtime in list(orphans(station)):
        if mtime < limit:
            files += station.photos.remove(sha)
            pictures += 1
    for path, mtime in station.photos.set_aside():
        if mtime < limit:
            try:
                path.unlink()
            except OSError as error:
                raise PhotoRejected(
                    _("Cannot delete {path}: {strerror}").format(
                        path=path, strerror=error.strerror or error
                    )
                ) from error
            pictures += 1
            files += 1
    return pictures, files
