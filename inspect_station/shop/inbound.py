"""Expected returns from a shop: the returns its customers asked to send back, pulled after a
cursor and stored through the manifest's own checks (``bench.manifest.parse_labelled`` and
``add_parsed``), so a shop's return is held to exactly what a manifest row is.

A page of returns is taken whole or not at all: a return with a line that names no SKU, or a
quantity or price the manifest refuses, refuses the page with the shop's return and line id
named; nothing is written and the cursor stays, so the pull says the same until the shop's
return is put right. A return already pulled (the cursor re-reads a little overlap, a restart
reads again) is skipped, so none is stored twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.outbox import ShopCursor, ShopReturn
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.bench.manifest import add_parsed, parse_labelled
from inspect_station.identify.identifiers import gtin_is_valid
from inspect_station.identify.resolver import Patterns
from inspect_station.shop.config import ConnectorConfig
from inspect_station.shop.connector import Connector, Pulled, ShopReturnData

if TYPE_CHECKING:
    from inspect_station.app.context import Station

Row = dict[str, str | None]


@dataclass(frozen=True)
class PullResult:
    created: int
    skipped: int
    cursor: str | None


def pull(station: Station, connector: Connector) -> PullResult:
    """Ask the shop for returns after the stored cursor and store them (see the module)."""
    name = connector.config.name
    with station.db.read() as session:
        row = session.get(ShopCursor, name)
        cursor = row.cursor if row else None
    return store(station, connector.config, connector.pull(cursor))


def store(station: Station, config: ConnectorConfig, pulled: Pulled) -> PullResult:
    """Store a pulled page in one transaction with its cursor and an audit row."""
    ids = [r.shop_return_id for r in pulled.returns]
    with station.db.write(guarded=False) as session:
        known = set(
            session.scalars(
                select(ShopReturn.shop_return_id).where(
                    ShopReturn.connector == config.name, ShopReturn.shop_return_id.in_(ids)
                )
            )
        )
        fresh = [r for r in pulled.returns if r.shop_return_id not in known]
        created = 0
        if fresh:
            rows = [row for r in fresh for row in _rows(config, r)]
            patterns = Patterns.from_settings(station.settings)
            now = station.clock()
            parsed = parse_labelled(rows, patterns, now=now)
            created = add_parsed(session, parsed, now=now, patterns=patterns).created
            session.flush()
            for shop_return, manifest in zip(fresh, parsed, strict=True):
                _link(session, config, shop_return, manifest.rma)
        if pulled.cursor is not None:
            cursor = session.get(ShopCursor, config.name)
            if cursor is None:
                session.add(ShopCursor(connector=config.name, cursor=pulled.cursor))
            else:
                cursor.cursor, cursor.updated_at = pulled.cursor, station.clock()
        if fresh:
            trail.audit_as(
                station,
                session,
                f"shop:{config.name}"[:80],
                "returns.pulled",
                "connector",
                config.name,
                created=created,
                returns=[r.shop_return_id for r in fresh][:50],
            )
    return PullResult(created, len(pulled.returns) - len(fresh), pulled.cursor)


def _rows(config: ConnectorConfig, ret: ShopReturnData) -> list[tuple[str, Row]]:
    where = f"{config.kind.capitalize()} return {ret.shop_return_id}"
    if not ret.lines:
        raise BadInput(_("{where}: it names no item.").format(where=where))
    # A shop keeps a reason per line; the return holds one: each line's, once, in order.
    reasons = dict.fromkeys(r for r in (line.reason or ret.reason for line in ret.lines) if r)
    reason = "; ".join(reasons)[:200]
    rows = []
    for line in ret.lines:
        label = f"{where}, line {line.shop_line_id}"
        if not line.sku:
            raise BadInput(
                _("{label}: unknown SKU (the shop's line names no product SKU).").format(
                    label=label
                )
            )
        ean = line.ean if line.ean and line.ean.isdigit() and gtin_is_valid(line.ean) else ""
        row: Row = {
            "rma": ret.rma,
            "order_number": ret.order_number,
            "customer_email": ret.email or "",
            "return_type": "refund",
            "reason": reason,
            "delivered_on": ret.delivered_at.date().isoformat() if ret.delivered_at else "",
            # The customer's request to return, made in the shop's online interface, is the
            # notice of withdrawal: its moment with its offset, so its day is the notice's own.
            **_notice(ret),
            "sku": line.sku,
            "ean": ean,
            "description": line.title[:200],
            "category": config.category(line.sku),
            "quantity": str(line.quantity),
            "unit_price": str(line.unit_price),
        }
        rows.append((label, row))
    return rows


def _notice(ret: ShopReturnData) -> Row:
    at = ret.requested_at
    if at is None:
        return {}
    if at.tzinfo is None:  # a shop that gives no zone: the day only, as it said it
        return {"withdrawal_notice_on": at.date().isoformat()}
    return {"withdrawal_notice_at": at.isoformat(), "withdrawal_channel": "button"}


def _link(session: Session, config: ConnectorConfig, ret: ShopReturnData, rma: str) -> None:
    er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma == rma)).one()
    if session.scalars(select(ShopReturn).where(ShopReturn.expected_return_id == er.id)).first():
        return  # the RMA came in by a manifest already linked to a shop: leave it as it is
    lines = {
        str(number): {"id": line.shop_line_id, "sku": line.sku}
        for number, line in enumerate(ret.lines, start=1)
    }
    session.add(
        ShopReturn(
            expected_return_id=er.id,
            connector=config.name,
            shop_return_id=ret.shop_return_id,
            shop_order_id=ret.shop_order_id,
            currency=ret.currency.upper()[:3],
            lines=lines | {"_extra": ret.extra} if ret.extra else lines,
        )
    )
