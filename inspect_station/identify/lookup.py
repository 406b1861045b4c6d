"""Find the expected returns a resolved scan points at.

The resolver's candidates are tried in their order; the first that finds something decides.
References that name one return (RMA, order, tracking number, SSCC, serial) match it whatever
its state, so a parcel already received is told as such. Codes that many returns share (a
product's GTIN, a customer's e-mail) match only the returns still waiting, oldest delivery
first, at most :data:`MAX_CHOICES` of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.identify.resolver import Candidate, Kind, Resolution

MAX_CHOICES = 20
Query = Select[ExpectedReturn]


@dataclass(frozen=True)
class Found:
    candidate: Candidate  # the reading that matched
    returns: list[ExpectedReturn]  # lines loaded


def find_returns(session: Session, resolution: Resolution) -> Found | None:
    """The first candidate of ``resolution`` that matches expected returns, with them."""
    for candidate in resolution.candidates:
        query = _QUERIES.get(candidate.kind)
        if query is None:
            continue
        returns = list(
            session.scalars(query(candidate).options(selectinload(ExpectedReturn.lines))).all()
        )
        if returns:
            return Found(candidate, returns)
    return None


def _by_rma(candidate: Candidate) -> Query:
    return select(ExpectedReturn).where(ExpectedReturn.rma.in_(candidate.values))


def _by_order(candidate: Candidate) -> Query:
    return select(ExpectedReturn).where(ExpectedReturn.order_number.in_(candidate.values))


def _by_tracking(candidate: Candidate) -> Query:
    return select(ExpectedReturn).where(ExpectedReturn.tracking_number.in_(candidate.values))


def _by_serial(candidate: Candidate) -> Query:
    having = select(ExpectedReturnLine.expected_return_id).where(
        ExpectedReturnLine.serial_number.in_(candidate.values)
    )
    return select(ExpectedReturn).where(ExpectedReturn.id.in_(having))


def _waiting(query: Query) -> Query:
    return (
        query.where(ExpectedReturn.status != "received")
        .order_by(ExpectedReturn.delivered_on, ExpectedReturn.id)
        .limit(MAX_CHOICES)
    )


def _by_product(candidate: Candidate) -> Query:
    # A semi-join, not a join with DISTINCT: a popular product has thousands of lines, nearly
    # all long received; the partial index of waiting returns does the rest.
    expecting = select(ExpectedReturnLine.expected_return_id).where(
        ExpectedReturnLine.ean.in_(candidate.values)
    )
    return _waiting(select(ExpectedReturn).where(ExpectedReturn.id.in_(expecting)))


def _by_email(candidate: Candidate) -> Query:
    return _waiting(select(ExpectedReturn).where(ExpectedReturn.customer_email == candidate.value))


def _by_text(candidate: Candidate) -> Query:
    code = candidate.value
    return select(ExpectedReturn).where(
        (ExpectedReturn.rma == code)
        | (ExpectedReturn.order_number == code)
        | (ExpectedReturn.tracking_number == code)
    )


_QUERIES: dict[Kind, Callable[[Candidate], Query]] = {
    "rma": _by_rma,
    "order": _by_order,
    "tracking": _by_tracking,
    "sscc": _by_tracking,  # a parcel's SSCC is its tracking number for DHL Paket and others
    "serial": _by_serial,
    "gtin": _by_product,
    "email": _by_email,
    "text": _by_text,
}
