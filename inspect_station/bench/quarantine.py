"""Quarantine: parcels received without an expected return, until a supervisor places them.

The bench never turns a parcel away: an unknown code becomes an unexpected return with a
licence plate (``scanning.receive_unexpected``) and an entry here with what was scanned, when
and where. A supervisor later attaches the unit to an expected return that turned up, or
creates the expected return from what the parcel holds. Both are supervisor actions, audited,
refused on stale data, and never done while the unit is still open at a bench.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection, Unit
from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import N_, _
from inspect_station.audit import trail
from inspect_station.bench import grading, units
from inspect_station.bench.manifest import ManifestError, add_parsed, parse_rows
from inspect_station.bench.manifest_rows import FACT_COLUMNS
from inspect_station.bench.views import ReturnView, return_view
from inspect_station.identify import lookup
from inspect_station.identify.carriers import normalise_tracking
from inspect_station.identify.resolver import Patterns, resolve
from inspect_station.outbox import events
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_LISTED = 500
# What the quarantine form calls each manifest column, for its messages.
FORM_NAMES = {
    "order_number": N_("order number"),
    "customer_email": N_("customer e-mail"),
    "sku": N_("SKU"),
    "ean": N_("EAN / UPC"),
    "serial_number": N_("serial number"),
    "unit_price": N_("unit price"),
    "withdrawal_notice_at": N_("notice received"),
    "withdrawal_channel": N_("notice channel"),
    "withdrawal_ack_id": N_("acknowledgement id"),
    "proof_of_sending_at": N_("proof of sending"),
    "proof_of_sending_by": N_("proof by"),
    "consumer_informed": N_("informed of the right"),
    "delivery_cost_paid": N_("delivery paid"),
    "cheapest_delivery_cost": N_("cheapest standard delivery"),
}


@dataclass(frozen=True)
class QuarantineView:
    id: int
    version: int
    lpn: str
    scanned_code: str
    reading: str  # what the code looked like, e.g. "UPS tracking number 1Z…"
    carrier: str | None
    received_at: datetime
    age: timedelta
    bench: str
    operator: str
    state: str
    inspection_status: str | None
    grade: str | None
    route: str | None
    expected_rma: str | None
    note: str


@dataclass(frozen=True)
class ContentLine:
    """One kind of item found in the parcel."""

    sku: str
    description: str = ""
    category: str = "general"
    quantity: int = 1
    unit_price: Decimal = Decimal("0")
    ean: str = ""
    serial_number: str = ""


def waiting(station: Station) -> list[QuarantineView]:
    """Unexpected returns still waiting, oldest first (the longest wait is the worst). A unit
    the bench cancelled (scanned twice, wrong parcel) is not a parcel to place."""
    with station.db.read() as session:
        entries = session.scalars(
            select(UnexpectedReturn)
            .where(UnexpectedReturn.state == "waiting")
            .order_by(UnexpectedReturn.received_at, UnexpectedReturn.id)
            .limit(MAX_LISTED)
        ).all()
        views = [_view(station, session, entry) for entry in entries]
        return [view for view in views if view.inspection_status != "cancelled"]


def find_expected(station: Station, raw: str) -> list[ReturnView]:
    """Expected returns a supervisor's scan or typed reference points at (nothing claimed)."""
    code = resolve(raw, Patterns.from_settings(station.settings))
    with station.db.read() as session:
        found = lookup.find_returns(session, code)
        if found is None:
            return []
        counts = units.received_counts_many(session, [er.id for er in found.returns])
        today = units.local_today(station)
        return [return_view(er, counts.get(er.id, {}), today) for er in found.returns]


def attach(
    station: Station, entry_id: int, expected_id: int, *, version: int, note: str = ""
) -> QuarantineView:
    """Attach the quarantined unit to an expected return (on its first line still waiting)."""
    roles.require(station.user, Role.SUPERVISOR, _("Attaching an unexpected return"))
    with station.db.write() as session:
        entry, insp = _placeable(session, entry_id, version)
        er = session.get(ExpectedReturn, expected_id)
        if er is None:
            raise BadInput(
                _("Expected return {expected_id} no longer exists.").format(expected_id=expected_id)
            )
        _place(station, session, entry, insp, er, "attached", _clean_note(note))
        return _view(station, session, entry)


def create_expected(
    station: Station,
    entry_id: int,
    *,
    version: int,
    order_number: str,
    lines: list[ContentLine],
    reason: str = "",
    return_type: str = "refund",
    customer_email: str = "",
    withdrawal: Mapping[str, str] | None = None,
) -> QuarantineView:
    """Create an expected return from what the parcel holds and attach the unit to it.

    The return is checked like a manifest row (same rules, same messages, named by the
    field); ``withdrawal`` holds the manifest's withdrawal columns as typed
    (``withdrawal_notice_at``, ``withdrawal_channel``, …). Its RMA is ``UNX-`` + the unit's
    licence plate, its tracking number the scanned carrier code.
    """
    roles.require(station.user, Role.SUPERVISOR, _("Creating a return for an unexpected parcel"))
    if not lines:
        raise BadInput(_("Name at least one item the parcel holds."))
    facts = {key: value for key, value in (withdrawal or {}).items() if value.strip()}
    unknown = sorted(set(facts) - set(FACT_COLUMNS))
    if unknown:
        raise BadInput(_("{fact} is not a withdrawal fact.").format(fact=unknown[0]))
    patterns = Patterns.from_settings(station.settings)
    now = station.clock()
    with station.db.write() as session:
        entry, insp = _placeable(session, entry_id, version)
        tracking = normalise_tracking(entry.scanned_code) if entry.carrier else ""
        rows = [
            {
                "rma": f"UNX-{entry.lpn}",
                "order_number": order_number,
                "tracking_number": tracking,
                "carrier": (entry.carrier or "")[:40],
                "customer_email": customer_email,
                "return_type": return_type,
                "reason": reason,
                "sku": line.sku,
                "ean": line.ean,
                "serial_number": line.serial_number,
                "description": line.description,
                "category": line.category,
                "quantity": str(line.quantity),
                "unit_price": str(line.unit_price),
            }
            | facts
            for line in lines
        ]
        try:
            returns = parse_rows(rows, patterns, now=now)
            add_parsed(session, returns, now=now, patterns=patterns)
        except ManifestError as error:  # "Row 2, column sku: missing." — no rows on screen
            raise BadInput(_in_words(error.refusal.column, error.refusal.problem)) from None
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == returns[0].rma)
        ).one()
        _place(station, session, entry, insp, er, "created", "")
        return _view(station, session, entry)


def _in_words(column: str | None, problem: str) -> str:
    known = FORM_NAMES.get(column or "")
    name = _(known) if known else column or ""
    return f"{name[:1].upper()}{name[1:]}: {problem}" if name else problem


def _placeable(
    session: Session, entry_id: int, version: int
) -> tuple[UnexpectedReturn, Inspection]:
    entry = session.get(UnexpectedReturn, entry_id)
    if entry is None:
        raise BadInput(
            _("Unexpected return {entry_id} no longer exists.").format(entry_id=entry_id)
        )
    if entry.version != version or entry.state != "waiting":
        raise Conflict(
            _("{lpn} was changed by someone else ({state}); look at it again.").format(
                lpn=entry.lpn, state=entry.state
            )
        )
    insp = units.latest_inspection_for_lpn(session, entry.lpn)
    if insp is None:
        raise BadInput(_("{lpn} has no inspection.").format(lpn=entry.lpn))
    if insp.status == "open":
        raise BadInput(
            _(
                "{lpn} is still being inspected at bench {bench}; place it when that inspection "
                "is finished."
            ).format(lpn=entry.lpn, bench=insp.bench)
        )
    return entry, insp


def _place(
    station: Station,
    session: Session,
    entry: UnexpectedReturn,
    insp: Inspection,
    er: ExpectedReturn,
    state: str,
    note: str,
) -> None:
    received = units.received_counts(session, er.id)
    line = next((ln for ln in er.lines if received.get(ln.id, 0) < ln.quantity), None)
    if line is None:
        raise BadInput(
            _("Every unit of {rma} is already received; choose another return.").format(rma=er.rma)
        )
    unit = session.get(Unit, entry.lpn)
    assert unit is not None  # the foreign key guarantees it
    unit.expected_return_id, unit.line_id = er.id, line.id
    insp.expected_return_id = er.id
    # What the unit is, where the bench could not know it; a grade or route stays as decided.
    insp.sku = insp.sku or line.sku
    insp.category = insp.category or line.category
    insp.description = insp.description or line.description
    insp.value = insp.value if insp.value is not None else line.unit_price
    session.flush()
    if not any(
        units.received_counts(session, er.id).get(ln.id, 0) < ln.quantity for ln in er.lines
    ):
        er.status = "received"
    recommended = grading.recommend_placed(station, session, insp, er)
    entry.state, entry.expected_return_id = state, er.id
    entry.resolved_at, entry.resolved_by, entry.note = station.clock(), station.operator, note
    trail.audit(
        station,
        session,
        f"quarantine.{state}",
        "unexpected_return",
        entry.id,
        lpn=entry.lpn,
        rma=er.rma,
        line=line.line_no,
        note=note or None,
        recommendation=recommended.outcome if recommended else None,
    )
    session.flush()
    events.unit_event(
        station, session, "quarantine.placed", insp, version=entry.version, placed=state
    )
    events.return_decided(station, session, er.id)


def _clean_note(note: str) -> str:
    text = note.strip()
    if len(text) > 200 or not text.isprintable():
        raise BadInput(_("The note must be at most 200 printable characters."))
    return text


def _view(station: Station, session: Session, entry: UnexpectedReturn) -> QuarantineView:
    insp = units.latest_inspection_for_lpn(session, entry.lpn)
    rma = None
    if entry.expected_return_id is not None:
        er = session.get(ExpectedReturn, entry.expected_return_id)
        rma = er.rma if er else None
    return QuarantineView(
        id=entry.id,
        version=entry.version,
        lpn=entry.lpn,
        scanned_code=entry.scanned_code,
        reading=entry.reading,
        carrier=entry.carrier,
        received_at=entry.received_at,
        age=station.clock() - entry.received_at,
        bench=entry.bench,
        operator=entry.operator,
        state=entry.state,
        inspection_status=insp.status if insp else None,
        grade=insp.grade if insp else None,
        route=insp.route if insp else None,
        expected_rma=rma,
        note=entry.note,
    )
