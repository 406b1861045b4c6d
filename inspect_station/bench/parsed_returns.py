"""A return as it comes in, before it is stored: the type every way in fills (a manifest row,
the quarantine form, a shop's return), and the rules it must meet.

``check_return`` refuses what cannot be right, naming where the return came from and the column
(the manifest's column names, which are also the fields a shop connector fills).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from db.models.returns import RETURN_TYPES
from inspect_station.app.i18n import _
from inspect_station.bench.manifest_csv import ManifestError
from inspect_station.identify.carriers import normalise_tracking
from inspect_station.identify.identifiers import gtin_is_valid, normalise
from inspect_station.identify.resolver import Patterns, canonical
from inspect_station.rules.withdrawal import FactError, Withdrawal

Refuse = Callable[[str, str], ManifestError]

# column → longest text it takes
LIMITS = {
    "rma": 40,
    "order_number": 40,
    "tracking_number": 40,
    "carrier": 40,
    "customer_email": 254,
    "customer_name": 120,
    "reason": 200,
    "sku": 40,
    "serial_number": 40,
    "description": 200,
    "category": 40,
}
MAX_PRICE = Decimal(1_000_000)


@dataclass(frozen=True)
class ManifestLine:
    sku: str
    quantity: int
    unit_price: Decimal
    ean: str | None = None
    serial_number: str | None = None  # the unit's own serial (GS1 AI 21), when known
    description: str = ""
    category: str = "general"


@dataclass
class ManifestReturn:
    """One return as a manifest or a shop gives it, before it is stored.

    ``origin`` names it when it is refused: "Row 3", "Medusa return ret_01J…".
    """

    rma: str
    order_number: str
    tracking_number: str | None = None
    carrier: str | None = None
    customer_email: str | None = None
    customer_name: str | None = None  # shown to the bench when several returns match a scan
    return_type: str = "refund"
    reason: str = ""
    delivered_on: date | None = None
    lines: list[ManifestLine] = field(default_factory=list)
    withdrawal: Withdrawal = field(default_factory=Withdrawal)
    origin: str = ""


def check_return(entry: ManifestReturn, *, now: datetime) -> None:
    """Refuse a return that cannot be right (:class:`ManifestError` naming its origin and the
    column); the same rules for a manifest row, the quarantine form and a shop's return."""
    where = entry.origin or entry.rma or _("A return")

    def refuse(column: str, problem: str) -> ManifestError:
        return ManifestError(where, column, problem)

    texts: dict[str, str | None] = {
        "rma": entry.rma,
        "order_number": entry.order_number,
        "tracking_number": entry.tracking_number,
        "carrier": entry.carrier,
        "customer_email": entry.customer_email,
        "customer_name": entry.customer_name,
        "reason": entry.reason,
    }
    for line in entry.lines:
        texts |= {
            "sku": line.sku,
            "serial_number": line.serial_number,
            "description": line.description,
            "category": line.category,
        }
        _check_line(line, refuse)
    for column, value in texts.items():
        _check_text(column, value, refuse)
    for column in ("rma", "order_number"):
        if not texts[column]:
            raise refuse(column, _("missing."))
    if entry.return_type not in RETURN_TYPES:
        raise refuse(
            "return_type",
            _("must be one of {return_types}.").format(return_types=", ".join(RETURN_TYPES)),
        )
    if not entry.lines:
        raise refuse("sku", _("the return names no item."))
    try:
        entry.withdrawal.check(now=now, delivered_on=entry.delivered_on)
    except FactError as error:
        raise refuse(error.field, error.problem) from None


def _check_line(line: ManifestLine, refuse: Refuse) -> None:
    if not line.sku:
        raise refuse("sku", _("missing."))
    if line.ean and not gtin_is_valid(line.ean):
        raise refuse("ean", _("{ean} has a wrong check digit.").format(ean=line.ean))
    if not 1 <= line.quantity <= 999:
        raise refuse("quantity", _("{quantity} is not 1–999.").format(quantity=line.quantity))
    price = line.unit_price
    if not price.is_finite() or not 0 <= price <= MAX_PRICE:
        raise refuse(
            "unit_price",
            _("{price} is not a price of 0–{max_price:,}.").format(
                price=price, max_price=MAX_PRICE
            ),
        )


def _check_text(column: str, value: str | None, refuse: Refuse) -> None:
    if not value:
        return
    if not value.isprintable():
        raise refuse(column, _("contains control characters."))
    if len(value) > LIMITS[column]:
        raise refuse(column, _("longer than {limit} characters.").format(limit=LIMITS[column]))


def normalised(entry: ManifestReturn, patterns: Patterns | None) -> ManifestReturn:
    """Codes in the form a scan is matched in, however the shop wrote them."""
    tracking = normalise_tracking(normalise(entry.tracking_number or "")) or None
    return dataclasses.replace(
        entry,
        rma=canonical(entry.rma.strip(), patterns),
        order_number=canonical(entry.order_number.strip(), patterns),
        tracking_number=tracking,
        customer_email=(entry.customer_email or "").strip().lower() or None,
        customer_name=(entry.customer_name or "").strip() or None,
        return_type=entry.return_type.strip().lower() or "refund",
    )
