"""What a scan at the bench means, decided in one call: :func:`answer`.

The window hands over the code and the plate of the unit open at its bench (if any) and shows
the :data:`ScanAnswer` that comes back; every rule lives here:

- a colleague's badge → :class:`Colleague` (the station locks and asks for their PIN);
- with a unit open, only a printed label is taken: the plate of a finished unit whose label
  was sent (or whose outcome is unknown) → :class:`LabelConfirmed` (the next unit of a parcel
  opens by itself, so the label of the one before is often scanned then); anything else →
  :class:`Refused`;
- with the bench empty: a parcel code opens its unit with what grading needs at once
  (:class:`UnitOpened`), or several returns match (:class:`~scanning.Choose`), or none
  (:class:`~scanning.NotFound`: the bench offers "receive as unexpected"); a finished unit's
  plate confirms its label (:class:`LabelConfirmed`) or, with nothing to confirm, shows the unit
  (:class:`FinishedUnit`); a unit still in progress, or a return already received in full →
  :class:`Refused`.

Confirming a label belongs to the bench: the bench queues the label when it finishes a unit
(``inspection.finish``) and the worker closes the loop by scanning it; sending it is the print
queue's (``printing``).
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.models.inspections import Inspection
from db.models.printing import PrintJob
from inspect_station.app.errors import BadInput, KnownError
from inspect_station.app.i18n import _
from inspect_station.audit.trail import audit
from inspect_station.bench import grading, inspection, label_reminders, scanning
from inspect_station.bench.assessment import UnitContext
from inspect_station.bench.label_reminders import UnconfirmedLabel
from inspect_station.bench.scanning import Choose, NotFound
from inspect_station.bench.views import InspectionView
from inspect_station.identify.identifiers import clean_scan, normalise
from inspect_station.identify.resolver import Patterns, resolve
from inspect_station.offline.twin import here, places
from inspect_station.people import auth

if TYPE_CHECKING:
    from inspect_station.app.context import Station

__all__ = [
    "Choose",
    "Colleague",
    "FinishedUnit",
    "LabelConfirmed",
    "NotFound",
    "Refused",
    "ScanAnswer",
    "UnitOpened",
    "answer",
    "confirm_scanned",
    "open_return",
    "receive_unexpected",
    "resume",
]


@dataclass(frozen=True)
class Colleague:
    """Someone's badge: the station locks and asks for that person's PIN."""

    badge: str


@dataclass(frozen=True)
class UnitOpened:
    """A unit is open at this bench, with what the bench needs to grade and show it at once."""

    inspection: InspectionView
    context: UnitContext
    thumbnails: dict[str, str]  # photo sha256 → thumbnail file (a resumed unit has photos)
    resumed: bool = False
    # This bench's labels printed and never scanned: the worker is reminded as the unit opens.
    unconfirmed: tuple[UnconfirmedLabel, ...] = ()


@dataclass(frozen=True)
class LabelConfirmed:
    """The scan was a printed label: its jobs are confirmed."""

    lpn: str
    jobs: tuple[uuid.UUID, ...]
    open_unit: str | None = None  # the plate of the unit still open here, to carry on with


@dataclass(frozen=True)
class FinishedUnit:
    """A finished unit's plate with no label to confirm: the bench shows the unit."""

    inspection: InspectionView


@dataclass(frozen=True)
class Refused:
    """Nothing was done, and why (in words for the worker)."""

    reason: str


ScanAnswer = Colleague | UnitOpened | LabelConfirmed | FinishedUnit | NotFound | Choose | Refused


def answer(station: Station, raw: str, *, open_lpn: str | None) -> ScanAnswer:
    """What scanning ``raw`` at this bench means, with ``open_lpn`` the plate of the unit open
    here (None: the bench is empty); opens, confirms or refuses accordingly.

    Raises BadInput for what no label can hold (control characters, too long, a wrong check
    digit) and AlreadyClaimed when another bench has the parcel.
    """
    text = clean_scan(raw)
    if auth.is_badge(station, text):
        return Colleague(text)
    if open_lpn is not None:
        return _while_open(station, text, open_lpn)
    return _answer_opening(station, scanning.scan(station, text))


def _while_open(station: Station, text: str, open_lpn: str) -> LabelConfirmed | Refused:
    plate = None
    with contextlib.suppress(BadInput):  # not a plate, whatever else it is
        reading = resolve(text, Patterns.from_settings(station.settings)).first("lpn")
        plate = reading.value if reading else None
    if open_lpn in (normalise(text), plate):
        return Refused(_("{open_lpn} is the unit on the bench.").format(open_lpn=open_lpn))
    confirmed = confirm_scanned(station, plate) if plate else ()
    if confirmed:
        return LabelConfirmed(plate or "", confirmed, open_unit=open_lpn)
    return Refused(
        _(
            "Finish {open_lpn} first (F10), or cancel it (Ctrl+Del), before scanning the next "
            "parcel."
        ).format(open_lpn=open_lpn)
    )


def _known_unit(station: Station, insp: InspectionView) -> LabelConfirmed | FinishedUnit | Refused:
    if insp.status != "finished":
        return Refused(
            _("{lpn} is {status} at bench {bench}.").format(
                lpn=insp.lpn, status=insp.status, bench=insp.bench
            )
        )
    # Scanning a freshly printed label confirms it; any other finished plate shows the unit.
    confirmed = confirm_scanned(station, insp.lpn)
    if confirmed:
        return LabelConfirmed(insp.lpn, confirmed)
    return FinishedUnit(insp)


def open_return(
    station: Station, expected_id: int, *, scanned_code: str, product: tuple[str, ...] = ()
) -> UnitOpened | Refused:
    """Open the next unit of a chosen return (from the chooser, or the parcel's next unit after
    a finish), with its grading context."""
    found = scanning.open_return(station, expected_id, scanned_code=scanned_code, product=product)
    answered = _answer_opening(station, found)
    assert isinstance(answered, UnitOpened | Refused)  # open_return never finds or chooses
    return answered


def receive_unexpected(station: Station, raw: str) -> UnitOpened:
    """Receive a parcel nobody announced (``scanning.receive_unexpected``), ready to grade."""
    return _opened(station, scanning.receive_unexpected(station, raw))


def resume(station: Station) -> UnitOpened | None:
    """The unit this bench left open (a crash, a restart, the last shift), ready to grade."""
    insp = inspection.resume(station)
    return None if insp is None else _opened(station, scanning.Opened(insp, resumed=True))


def _answer_opening(station: Station, found: scanning.ScanOutcome) -> ScanAnswer:
    if isinstance(found, scanning.Opened):
        return _opened(station, found)
    if isinstance(found, scanning.AlreadyReceived):
        er = found.expected
        return Refused(
            _(
                "{rma} was already received ({units_received} of {units_expected} units). See "
                "History (F2)."
            ).format(rma=er.rma, units_received=er.units_received, units_expected=er.units_expected)
        )
    if isinstance(found, scanning.KnownUnit):
        return _known_unit(station, found.inspection)
    return found  # NotFound, Choose


def _opened(station: Station, opened: scanning.Opened) -> UnitOpened:
    insp = opened.inspection
    thumbs: dict[str, str] = {}
    for photo in insp.photos:
        # A lost photo file shows no thumbnail; the unit still opens.
        with contextlib.suppress(OSError, KnownError, ValueError):
            thumbs[photo.sha256] = str(station.photos.thumbnail(photo.sha256))
    place = here(station)  # the offline database while the bench works there
    with place.db.read() as session:
        context = grading.context_in(place, session, insp)
        unconfirmed = label_reminders.for_bench(place, session, except_lpn=insp.lpn)
    return UnitOpened(insp, context, thumbs, resumed=opened.resumed, unconfirmed=unconfirmed)


def confirm_scanned(station: Station, lpn: str) -> tuple[uuid.UUID, ...]:
    """The printed label of ``lpn`` was scanned: it exists, so its sent (or unknown) jobs are
    confirmed and audited, in the database the bench prints from now (the offline one while it
    works there). Returns the jobs confirmed (none when there was nothing to confirm; then
    nothing is written)."""
    confirmed: tuple[uuid.UUID, ...] = ()
    for place in places(station):
        confirmed += _confirm_scanned(place, lpn)
    return confirmed


def _confirm_scanned(station: Station, lpn: str) -> tuple[uuid.UUID, ...]:
    with station.db.read() as session:
        waiting = session.scalar(
            select(PrintJob.id)
            .join(Inspection, Inspection.id == PrintJob.inspection_id)
            .where(Inspection.lpn == lpn, PrintJob.state.in_(("sent", "unknown")))
            .limit(1)
        )
    if waiting is None:
        return ()
    with station.db.write() as session:
        jobs = session.scalars(
            select(PrintJob)
            .join(Inspection, Inspection.id == PrintJob.inspection_id)
            .where(Inspection.lpn == lpn, PrintJob.state.in_(("sent", "unknown")))
            .order_by(PrintJob.created_at, PrintJob.id)
        ).all()
        now = station.clock()
        for job in jobs:
            job.state, job.confirmed_at, job.confirmed_how = "confirmed", now, "scan"
            audit(station, session, "label.confirmed", "print_job", job.id, lpn=lpn, how="scan")
        return tuple(job.id for job in jobs)
