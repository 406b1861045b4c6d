"""A return's withdrawal facts between the database row and :class:`Withdrawal`, and when its
goods reached the dock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.rules.withdrawal import Moment, Withdrawal


def facts_of(er: ExpectedReturn) -> Withdrawal:
    """What the row records of the withdrawal."""
    notice = sent = None
    if er.withdrawal_notified_at is not None:
        notice = Moment(er.withdrawal_notified_at, er.withdrawal_zone or "UTC")
    if er.sent_at is not None:
        sent = Moment(er.sent_at, er.sent_zone or "UTC")
    return Withdrawal(
        notice=notice,
        notice_day=er.withdrawal_notified_on,
        channel=er.withdrawal_channel,
        acknowledgement=er.withdrawal_ack_id,
        sent=sent,
        proof=er.sent_proof,
        informed=er.consumer_informed,
        delivery_paid=er.delivery_paid,
        delivery_cheapest=er.delivery_cheapest,
    )


def record(er: ExpectedReturn, facts: Withdrawal) -> None:
    """Write ``facts`` on the row (the notice's day in its own zone with it)."""
    values = {
        "withdrawal_notified_on": facts.day,
        "withdrawal_notified_at": facts.notice.utc if facts.notice else None,
        "withdrawal_zone": facts.notice.zone if facts.notice else None,
        "withdrawal_channel": facts.channel,
        "withdrawal_ack_id": facts.acknowledgement,
        "sent_at": facts.sent.utc if facts.sent else None,
        "sent_zone": facts.sent.zone if facts.sent else None,
        "sent_proof": facts.proof,
        "consumer_informed": facts.informed,
        "delivery_paid": facts.delivery_paid,
        "delivery_cheapest": facts.delivery_cheapest,
    }
    for column, value in values.items():
        setattr(er, column, value)


def goods_received_at(session: Session, expected_id: int) -> datetime | None:
    """When the parcel reached the dock: the first scan that opened a unit of the return (a
    cancelled one, a parcel scanned by mistake, does not count)."""
    return session.scalar(
        select(func.min(Inspection.started_at)).where(
            Inspection.expected_return_id == expected_id, Inspection.status != "cancelled"
        )
    )
