"""Writing events: each service that decides an outcome calls :func:`record` (or one of the
helpers below) inside its own transaction, so the event commits with the change or not at all.

An event's idempotency key is the licence plate (for a whole return, its RMA), the kind and the
version of the decision: the inspection's or the recommendation's version counter after the
change, or the count of the return's decisions. It is stored, so a delivery retried after a
restart sends the same key, and the shops apply it once.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection, Unit
from db.models.outbox import OutboxDelivery, OutboxEvent, ShopReturn
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.outbox.targets import targets

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def record(
    station: Station,
    session: Session,
    kind: str,
    *,
    subject: str,
    version: int,
    data: dict[str, Any],
    lpn: str | None = None,
    inspection_id: uuid.UUID | None = None,
    expected_return_id: int | None = None,
) -> OutboxEvent:
    """Add the event and one pending delivery per connector that takes it."""
    now = station.clock()
    event = OutboxEvent(
        event_id=uuid.uuid4(),
        kind=kind,
        idempotency_key=f"{subject}:{kind}:v{version}",
        lpn=lpn,
        inspection_id=inspection_id,
        expected_return_id=expected_return_id,
        created_at=now,
        bench=station.bench,
        actor=station.operator[:80],
        payload={},
    )
    event.payload = {
        "type": kind,
        "id": str(event.event_id),
        "idempotency_key": event.idempotency_key,
        "timestamp": now.isoformat(),
        "station": {"bench": station.bench, "actor": station.operator},
        "data": data,
    }
    session.add(event)
    session.flush()
    shop = data.get("shop") if isinstance(data.get("shop"), dict) else None
    for target in targets(station.settings.connectors):
        if kind not in target.events:
            continue
        if target.is_shop:
            if shop is None or shop.get("connector") != target.name:
                continue  # a shop hears only of the returns it sent
            key = f"order:{shop['order_id']}"  # the shop allows one change per order at a time
        else:
            key = f"return:{expected_return_id}" if expected_return_id else f"unit:{lpn}"
        session.add(
            OutboxDelivery(
                event_id=event.id,
                connector=target.name,
                order_key=key[:120],
                state="pending",
                attempts=0,
                next_attempt_at=now,
            )
        )
    return event


def money(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:.2f}"


def unit_data(session: Session, insp: Inspection) -> dict[str, Any]:
    """What the station decided about one unit, as the events carry it."""
    rec = session.get(Recommendation, insp.id)
    unit = session.get(UnitAssessment, insp.id)
    row = session.get(Unit, insp.lpn)
    line = session.get(ExpectedReturnLine, row.line_id) if row and row.line_id else None
    er = session.get(ExpectedReturn, insp.expected_return_id) if insp.expected_return_id else None
    return {
        "lpn": insp.lpn,
        "inspection_id": str(insp.id),
        "rma": er.rma if er else None,
        "order_number": er.order_number if er else None,
        "line_no": line.line_no if line else None,
        "sku": insp.sku,
        "description": insp.description,
        "category": insp.category,
        "value": money(insp.value),
        "receipt": unit.receipt if unit else "received",
        "grade": insp.grade,
        "computed_grade": unit.computed_grade if unit else None,
        "defects": list(unit.defects) if unit else [],
        "route": insp.route,
        "rule": insp.rule_id,
        "tote": insp.tote,
        "status": insp.status,
        "finished_at": insp.finished_at.isoformat() if insp.finished_at else None,
        "bench": insp.bench,
        "operator": insp.operator,
        "recommendation": _recommendation(rec),
    }


def _recommendation(rec: Recommendation | None) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {
        "return_type": rec.return_type,
        "outcome": rec.outcome,
        "refund": money(rec.refund_amount),
        "deductions": [dict(d) for d in rec.deductions],
        "status": rec.status,
        "decided_by": rec.decided_by,
        "due_on": rec.due_on.isoformat() if rec.due_on else None,
    }


def shop_data(session: Session, expected_return_id: int | None) -> dict[str, Any] | None:
    """The shop's own ids of a return that came from a shop (None for a manifest's)."""
    if expected_return_id is None:
        return None
    link = session.scalars(
        select(ShopReturn).where(ShopReturn.expected_return_id == expected_return_id)
    ).first()
    if link is None:
        return None
    return {
        "connector": link.connector,
        "return_id": link.shop_return_id,
        "order_id": link.shop_order_id,
        "currency": link.currency,
        "lines": dict(link.lines),
    }


def unit_event(
    station: Station,
    session: Session,
    kind: str,
    insp: Inspection,
    version: int | None = None,
    **extra: Any,
) -> OutboxEvent:
    """A unit's event (finished, overridden, its recommendation decided, received unexpected);
    the version is the inspection's after the change unless another row's is given."""
    session.flush()
    version = insp.version if version is None else version
    data = unit_data(session, insp) | extra
    data["shop"] = shop_data(session, insp.expected_return_id)
    return record(
        station,
        session,
        kind,
        subject=insp.lpn,
        version=version,
        data=data,
        lpn=insp.lpn,
        inspection_id=insp.id,
        expected_return_id=insp.expected_return_id,
    )


def return_decided(station: Station, session: Session, expected_return_id: int | None) -> None:
    """Write ``return.decided`` when the return's every unit is finished and no recommendation
    waits for a supervisor, and only if what is decided differs from the last such event."""
    if expected_return_id is None:
        return
    session.flush()
    er = session.get(ExpectedReturn, expected_return_id)
    if er is None or er.status != "received":
        return
    inspections = _inspections(session, expected_return_id)
    if any(i.status != "finished" for i in inspections):
        return
    units = [unit_data(session, i) for i in inspections]
    if any((u["recommendation"] or {}).get("status") == "pending" for u in units):
        return
    previous = session.scalars(
        select(OutboxEvent)
        .where(
            OutboxEvent.expected_return_id == expected_return_id,
            OutboxEvent.kind == "return.decided",
        )
        .order_by(OutboxEvent.id.desc())
    ).first()
    if previous is not None and previous.payload["data"]["units"] == units:
        return
    count = session.scalar(
        select(func.count())
        .select_from(OutboxEvent)
        .where(
            OutboxEvent.expected_return_id == expected_return_id,
            OutboxEvent.kind == "return.decided",
        )
    )
    shop = shop_data(session, expected_return_id)
    refunds = [Decimal((u["recommendation"] or {}).get("refund") or 0) for u in units]
    data = {
        "rma": er.rma,
        "order_number": er.order_number,
        "return_type": er.return_type,
        "currency": shop["currency"].upper() if shop else station.settings.currency,
        "refund_total": money(sum(refunds, Decimal(0))),
        "units": units,
        "shop": shop,
    }
    record(
        station,
        session,
        "return.decided",
        subject=er.rma,
        version=(count or 0) + 1,
        data=data,
        expected_return_id=expected_return_id,
    )


def _inspections(session: Session, expected_return_id: int) -> list[Inspection]:
    return list(
        session.scalars(
            select(Inspection)
            .where(
                Inspection.expected_return_id == expected_return_id,
                Inspection.status != "cancelled",
            )
            .order_by(Inspection.started_at, Inspection.lpn)
        )
    )


def units_now(session: Session, expected_return_id: int) -> list[dict[str, Any]]:
    """The return's units as a ``return.decided`` written now would carry them (to tell whether
    an earlier one still describes the return)."""
    return [unit_data(session, i) for i in _inspections(session, expected_return_id)]
