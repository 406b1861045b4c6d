"""One manifest row of text → a parsed return with its one line.

Only the form is checked here (a number, a date, a date and time with its zone, yes or no);
what the values must meet is :func:`parsed_returns.check_return`'s, for every way in alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _
from inspect_station.bench.manifest_csv import COLUMNS, REQUIRED, ManifestError
from inspect_station.bench.parsed_returns import ManifestLine, ManifestReturn, normalised
from inspect_station.identify.resolver import Patterns
from inspect_station.rules.withdrawal import Withdrawal, channel_of, parse_moment

T = TypeVar("T")
# Columns that describe the return (not its line), and the parsed return's field for each:
# rows of one RMA must agree on them.
RETURN_COLUMNS = {
    "order_number": "order_number",
    "tracking_number": "tracking_number",
    "carrier": "carrier",
    "customer_email": "customer_email",
    "customer_name": "customer_name",
    "return_type": "return_type",
    "reason": "reason",
    "delivered_on": "delivered_on",
}
# Columns of the withdrawal, and the Withdrawal field for each.
FACT_COLUMNS = {
    "withdrawal_notice_at": "notice",
    "withdrawal_notice_on": "notice_day",
    "withdrawal_channel": "channel",
    "withdrawal_ack_id": "acknowledgement",
    "proof_of_sending_at": "sent",
    "proof_of_sending_by": "proof",
    "consumer_informed": "informed",
    "delivery_cost_paid": "delivery_paid",
    "cheapest_delivery_cost": "delivery_cheapest",
}
YES = {"yes", "y", "true", "1", "ja", "oui"}
NO = {"no", "n", "false", "0", "nein", "non"}


def parse_row(
    row: Mapping[str, str | None], where: str, patterns: Patterns | None
) -> tuple[ManifestReturn, set[str]]:
    """The row as a return of one line, and the columns the row gave a value in."""
    unknown = sorted(key for key in row if key not in COLUMNS)
    if unknown:
        raise ManifestError(where, unknown[0], _("not a manifest column."))
    text = {key: (value or "").strip() for key, value in row.items()}
    given = {key for key, value in text.items() if value}
    missing = [key for key in REQUIRED if key not in given]
    if missing:
        raise ManifestError(
            where,
            missing[0],
            _("missing ({missing} must be given).").format(missing=", ".join(missing)),
        )

    def read(column: str, parse: Callable[[str], T], form: str) -> T | None:
        value = text.get(column, "")
        if not value:
            return None
        try:
            return parse(value)
        except (ValueError, InvalidOperation, BadInput) as error:
            detail = (
                str(error)
                if isinstance(error, BadInput)
                else _("{value!r} is not {form}.").format(value=value, form=_(form))
            )
            raise ManifestError(where, column, detail) from None

    quantity = read("quantity", int, N_("a whole number"))
    price = read("unit_price", Decimal, N_("a number"))
    assert quantity is not None  # required, checked above
    assert price is not None
    line = ManifestLine(
        sku=text["sku"],
        quantity=quantity,
        unit_price=price.quantize(Decimal("0.01")) if price.is_finite() else price,
        ean=text.get("ean") or None,
        serial_number=text.get("serial_number") or None,
        description=text.get("description", ""),
        category=(text.get("category") or "general").lower(),
    )
    entry = ManifestReturn(
        rma=text["rma"],
        order_number=text["order_number"],
        tracking_number=text.get("tracking_number") or None,
        carrier=text.get("carrier") or None,
        customer_email=text.get("customer_email") or None,
        customer_name=text.get("customer_name") or None,
        return_type=text.get("return_type", "").lower() or "refund",
        reason=text.get("reason", ""),
        delivered_on=read("delivered_on", date.fromisoformat, N_("a date (YYYY-MM-DD)")),
        lines=[line],
        withdrawal=Withdrawal(
            notice=read("withdrawal_notice_at", parse_moment, N_("a date and time")),
            notice_day=read("withdrawal_notice_on", date.fromisoformat, N_("a date (YYYY-MM-DD)")),
            channel=read("withdrawal_channel", channel_of, N_("a channel")),
            acknowledgement=text.get("withdrawal_ack_id") or None,
            sent=read("proof_of_sending_at", parse_moment, N_("a date and time")),
            proof=read("proof_of_sending_by", str.lower, N_("drop-off or first-scan")),
            informed=read("consumer_informed", _yes_no, N_("yes or no")),
            delivery_paid=read("delivery_cost_paid", _cost, N_("an amount")),
            delivery_cheapest=read("cheapest_delivery_cost", _cost, N_("an amount")),
        ),
        origin=where,
    )
    return normalised(entry, patterns), given


def _yes_no(text: str) -> bool:
    word = text.lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise ValueError(text)


def _cost(text: str) -> Decimal:
    amount = Decimal(text)
    if amount.is_finite() and amount != amount.quantize(Decimal("0.01")):
        raise BadInput(_("{text!r} has more than two decimals.").format(text=text))
    return amount
