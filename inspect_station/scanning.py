"""Identify a scanned code and open the unit it belongs to.

The look-up order: a licence plate already known, then an expected return by RMA, order or
tracking number, then (for a product code) the open returns that expect that product. A code
nobody expects is offered as an unexpected return; the parcel is never turned away.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db.models import ExpectedReturn, ExpectedReturnLine
from inspect_station import records
from inspect_station.errors import AlreadyClaimed, BadInput
from inspect_station.identifiers import ScanCode, classify
from inspect_station.station import Station
from inspect_station.views import InspectionView, ReturnView, return_view


@dataclass(frozen=True)
class Opened:
    """An inspection is open at this bench (new, or resumed after a restart)."""

    inspection: InspectionView
    resumed: bool = False


@dataclass(frozen=True)
class NotFound:
    """No expected return matches: the bench offers "receive as unexpected return"."""

    code: ScanCode


@dataclass(frozen=True)
class Choose:
    """Several open returns match (e.g. one EAN in many orders): the worker picks one."""

    code: ScanCode
    candidates: tuple[ReturnView, ...]


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
    code = classify(raw)
    with station.db.read() as session:
        if code.kind == "lpn":
            insp = records.latest_inspection_for_lpn(session, code.code)
            if insp is not None:
                return KnownUnit(records.view(station, session, insp))
        matches = _find_returns(session, code)
        if not matches:
            return NotFound(code)
        if len(matches) > 1:
            counts = records.received_counts_many(session, [er.id for er in matches])
            today = records.local_today(station)
            views = tuple(return_view(er, counts.get(er.id, {}), today) for er in matches)
            return Choose(code, views)
        expected_id = matches[0].id
    return open_return(station, expected_id, scanned_code=code.code)


def _find_returns(session: Session, code: ScanCode) -> list[ExpectedReturn]:
    by_reference = session.scalars(
        select(ExpectedReturn)
        .where(
            (ExpectedReturn.rma == code.code)
            | (ExpectedReturn.order_number == code.code)
            | (ExpectedReturn.tracking_number == code.code)
        )
        .options(selectinload(ExpectedReturn.lines))
    ).all()
    if by_reference:
        return list(by_reference)
    if code.kind != "gtin":
        return []
    # A product code matches only returns still waiting for it. A semi-join, not a join with
    # DISTINCT: a popular product has thousands of lines, nearly all long received.
    expecting = select(ExpectedReturnLine.expected_return_id).where(
        ExpectedReturnLine.ean == code.code
    )
    return list(
        session.scalars(
            select(ExpectedReturn)
            .where(ExpectedReturn.id.in_(expecting), ExpectedReturn.status != "received")
            .options(selectinload(ExpectedReturn.lines))
            .order_by(ExpectedReturn.delivered_on, ExpectedReturn.id)
            .limit(20)
        ).all()
    )


def open_return(station: Station, expected_id: int, *, scanned_code: str) -> ScanOutcome:
    """Claim the expected return for this bench and open its next unit (or resume one)."""
    for _attempt in range(3):
        try:
            return _open_return_once(station, expected_id, scanned_code)
        except IntegrityError as exc:
            # Only a clash of two random 60-bit licence plates is worth another draw.
            if "lpn" not in str(exc.orig).lower():
                raise
    raise RuntimeError("could not create a unique licence plate in three attempts")


def _open_return_once(station: Station, expected_id: int, scanned_code: str) -> ScanOutcome:
    now = station.clock()
    with station.db.write() as session:
        er = session.get(ExpectedReturn, expected_id)
        if er is None:
            raise BadInput(f"Expected return {expected_id} no longer exists.")
        if er.status == "received":
            return AlreadyReceived(records.expected_view(station, session, er))
        # One unit at a time per bench: a second scan that raced the first gets the open one.
        open_here = records.open_inspection_at_bench(station, session)
        if open_here is not None:
            return Opened(records.view(station, session, open_here), resumed=True)
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
                return AlreadyReceived(records.expected_view(station, session, er))
            raise AlreadyClaimed(er.rma, er.claimed_by_bench or "another bench")
        session.refresh(er)
        received = records.received_counts(session, er.id)
        waiting = [ln for ln in er.lines if received.get(ln.id, 0) < ln.quantity]
        # A product code names the line; any other code takes the lines in order.
        line = next((ln for ln in waiting if ln.ean == scanned_code), None)
        line = line or next(iter(waiting), None)
        if line is None:
            er.status = "received"
            return AlreadyReceived(return_view(er, received, records.local_today(station)))
        insp = records.new_unit(station, session, scanned_code, expected=er, line=line)
        return Opened(records.view(station, session, insp))


def receive_unexpected(station: Station, raw: str) -> Opened:
    """Receive a parcel nobody announced: it gets a licence plate and is inspected as usual."""
    code = classify(raw)
    with station.db.write() as session:
        open_here = records.open_inspection_at_bench(station, session)
        if open_here is not None:
            return Opened(records.view(station, session, open_here), resumed=True)
        insp = records.new_unit(station, session, code.code, expected=None, line=None)
        return Opened(records.view(station, session, insp))
