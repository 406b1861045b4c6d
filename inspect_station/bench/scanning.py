"""Identify a scanned code and open the unit it belongs to.

``resolver.resolve`` lists what the code may be (licence plate, RMA, order, tracking number,
GS1 SSCC/serial/GTIN, EAN/UPC, customer e-mail, free text); a licence plate already known
shows its unit, otherwise ``lookup.find_returns`` tries the readings in that order. A code
nobody expects is offered as an unexpected return; the parcel is never turned away, and the
unexpected return waits in quarantine for a supervisor (``quarantine.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.errors import AlreadyClaimed, BadInput
from inspect_station.app.i18n import _
from inspect_station.bench import units, views
from inspect_station.bench.units import RecordedUnit
from inspect_station.bench.views import InspectionView, ReturnView, return_view
from inspect_station.identify import lookup
from inspect_station.identify.resolver import Patterns, Resolution, resolve
from inspect_station.offline.twin import follow, here
from inspect_station.outbox import events

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class Opened:
    """An inspection is open at this bench (new, or resumed after a restart)."""

    inspection: InspectionView
    resumed: bool = False


@dataclass(frozen=True)
class NotFound:
    """No expected return matches: the bench offers "receive as unexpected return"."""

    code: Resolution


@dataclass(frozen=True)
class Choose:
    """Several open returns match (e.g. one EAN in many orders): the worker picks one."""

    code: Resolution
    candidates: tuple[ReturnView, ...]
    matched: str = ""  # the value that matched (scanned_code for open_return)
    label: str = ""  # how it matched, e.g. "EAN-13 4006381333931"; empty: "this code"
    product: tuple[str, ...] = ()  # product codes / serials in the scan (pick the line)


@dataclass(frozen=True)
class KnownUnit:
    """The scan is the licence plate of a unit already inspected."""

    inspection: InspectionView


@dataclass(frozen=True)
class AlreadyReceived:
    expected: ReturnView


ScanOutcome = Opened | NotFound | Choose | KnownUnit | AlreadyReceived


def scan(station: Station, raw: str) -> ScanOutcome:
    """Identify a scanned code and, for an expected return, claim it and open a unit."""
    station = here(station)  # offline: the local copy identifies, the journal opens
    code = resolve(raw, Patterns.from_settings(station.settings))
    with station.db.read() as session:
        plate = code.first("lpn")
        if plate is not None:
            insp = units.latest_inspection_for_lpn(session, plate.value)
            if insp is not None:
                return KnownUnit(views.view(station, session, insp))
        found = lookup.find_returns(session, code)
        if found is None:
            return NotFound(code)
        matched = found.candidate.value
        if len(found.returns) > 1:
            ids = [er.id for er in found.returns]
            counts = units.received_counts_many(session, ids)
            today = units.local_today(station)
            choices = tuple(return_view(er, counts.get(er.id, {}), today) for er in found.returns)
            return Choose(
                code, choices, matched=matched, label=found.candidate.label, product=code.products
            )
        expected_id = found.returns[0].id
    return open_return(station, expected_id, scanned_code=matched, product=code.products)


def open_return(
    station: Station, expected_id: int, *, scanned_code: str, product: tuple[str, ...] = ()
) -> ScanOutcome:
    """Claim the expected return for this bench and open its next unit (or resume one).

    ``product`` holds the serial numbers and product codes the scan carried: the unit opens on
    the line they name, else on the first line still waiting.
    """
    station = here(station)
    for _attempt in range(3):
        try:
            opened = _open_return_once(station, expected_id, scanned_code, product)
            if isinstance(opened, Opened):
                follow(station, opened.inspection.id)
            return opened
        except IntegrityError as exc:
            # Only a clash of two random 60-bit licence plates is worth another draw.
            if "lpn" not in str(exc.orig).lower():
                raise
    raise RuntimeError("could not create a unique licence plate in three attempts")


def open_recorded(station: Station, expected_id: int, recorded: RecordedUnit) -> ScanOutcome:
    """Open a unit the bench opened offline, as its journal recorded it (the same ids, plate
    and line), claiming the return as a scan would: ``AlreadyClaimed`` when another bench took
    the parcel meanwhile, ``AlreadyReceived`` when its line is complete."""
    return _open_return_once(station, expected_id, recorded.scanned_code, (), recorded=recorded)


def _open_return_once(
    station: Station,
    expected_id: int,
    scanned_code: str,
    product: tuple[str, ...],
    *,
    recorded: RecordedUnit | None = None,
) -> ScanOutcome:
    now = station.clock()
    with station.db.write() as session:
        er = session.get(ExpectedReturn, expected_id)
        if er is None:
            raise BadInput(
                _("Expected return {expected_id} no longer exists.").format(expected_id=expected_id)
            )
        if er.status == "received":
            return AlreadyReceived(views.expected_view(station, session, er))
        # One unit at a time per bench: a second scan that raced the first gets the open one.
        open_here = None if recorded else units.open_inspection_at_bench(station, session)
        if open_here is not None:
            return Opened(views.view(station, session, open_here), resumed=True)
        # The conditional update is the claim: of two benches, exactly one changes the row.
        claimed = session.execute(
            update(ExpectedReturn)
            .where(
                ExpectedReturn.id == expected_id,
                ExpectedReturn.status != "received",
                (ExpectedReturn.claimed_by_bench.is_(None))
                | (ExpectedReturn.claimed_by_bench == station.bench),
            )
            .values(
                claimed_by_bench=station.bench,
                claimed_at=now,
                status="in_progress",
                version=ExpectedReturn.version + 1,
            )
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount == 0:  # type: ignore[attr-defined]
            session.refresh(er)
            if er.status == "received":
                return AlreadyReceived(views.expected_view(station, session, er))
            raise AlreadyClaimed(er.rma, er.claimed_by_bench or _("another bench"))
        session.refresh(er)
        received = units.received_counts(session, er.id)
        waiting = [ln for ln in er.lines if received.get(ln.id, 0) < ln.quantity]
        # A serial or product code names the line; any other code takes the lines in order.
        named = (*product, scanned_code)
        line = next((ln for ln in waiting if ln.serial_number and ln.serial_number in named), None)
        line = line or next((ln for ln in waiting if ln.ean in named), None)
        line = line or next(iter(waiting), None)
        if recorded is not None:  # the line the bench chose offline, if it still waits
            line = next((ln for ln in waiting if ln.id == recorded.line_id), None)
        if line is None:
            if not waiting:
                er.status = "received"
            return AlreadyReceived(return_view(er, received, units.local_today(station)))
        insp = units.new_unit(
            station, session, scanned_code, expected=er, line=line, recorded=recorded
        )
        return Opened(views.view(station, session, insp))


def receive_unexpected(station: Station, raw: str) -> Opened:
    """Receive a parcel nobody announced: it gets a licence plate, is inspected as usual, and
    waits in quarantine until a supervisor attaches it to an expected return."""
    station = here(station)
    opened = _receive_unexpected_once(station, raw)
    follow(station, opened.inspection.id)
    return opened


def receive_recorded(
    station: Station, raw: str, recorded: RecordedUnit, *, reading: str | None = None
) -> Opened:
    """Receive, as its journal recorded it, a parcel the bench received offline as unexpected
    (or one whose return another bench took meanwhile: ``reading`` then says so)."""
    return _receive_unexpected_once(station, raw, recorded=recorded, reading=reading)


def _receive_unexpected_once(
    station: Station,
    raw: str,
    *,
    recorded: RecordedUnit | None = None,
    reading: str | None = None,
) -> Opened:
    code = resolve(raw, Patterns.from_settings(station.settings))
    with station.db.write() as session:
        open_here = None if recorded else units.open_inspection_at_bench(station, session)
        if open_here is not None:
            return Opened(views.view(station, session, open_here), resumed=True)
        insp = units.new_unit(
            station, session, code.code, expected=None, line=None, recorded=recorded
        )
        session.add(
            UnexpectedReturn(
                lpn=insp.lpn,
                scanned_code=code.code,
                reading=(reading or code.describe())[:200],
                carrier=code.carrier,
                received_at=insp.started_at,
                bench=station.bench,
                operator=insp.operator,
                state="waiting",
                note="",
            )
        )
        events.unit_event(
            station,
            session,
            "parcel.unexpected",
            insp,
            scanned_code=code.code,
            reading=code.describe()[:200],
            carrier=code.carrier,
        )
        return Opened(views.view(station, session, insp))
