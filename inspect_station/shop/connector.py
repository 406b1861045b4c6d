"""The one interface every connector has, and what passes through it.

``deliver`` sends one event and returns what the receiver did, or raises :class:`Refused` (the
receiver said no: a dead letter at once, with its words) or :class:`TryAgain` (no answer, a
server error, or a refusal the shop documents as passing): tried again later. ``pull`` returns the
shop's requested returns after a cursor, already read into :class:`ShopReturnData`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any, Protocol

from inspect_station.app.errors import KnownError
from inspect_station.shop.config import ConnectorConfig


class DeliveryFailed(KnownError):
    """A delivery that did not happen; ``str()`` is the receiver's own words."""

    def __init__(self, words: str, *, status: int | None = None) -> None:
        super().__init__(words[:2000])
        self.status = status


class Refused(DeliveryFailed):
    """The receiver refused the event (a 4xx): sending it again would not help."""


class TryAgain(DeliveryFailed):
    """No answer, a timeout, a 5xx, or a refusal that passes: sent again after a pause."""


@dataclass(frozen=True)
class ShopLine:
    shop_line_id: str
    sku: str | None
    ean: str | None
    title: str
    quantity: int
    unit_price: Decimal
    reason: str = ""


@dataclass(frozen=True)
class ShopReturnData:
    """A return the shop was asked for, as the shop describes it."""

    shop_return_id: str
    shop_order_id: str
    rma: str
    order_number: str
    email: str | None
    currency: str
    requested_at: datetime | None
    delivered_at: datetime | None
    reason: str
    lines: tuple[ShopLine, ...]
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Pulled:
    returns: tuple[ShopReturnData, ...]
    cursor: str | None


class Connector(Protocol):
    config: ConnectorConfig

    def check(self) -> None:
        """Ask the receiver whether the settings fit it (locations, reasons); raise if not."""

    def deliver(self, event: dict[str, Any]) -> dict[str, Any]:
        """Send one event (its stored payload); return the receiver's receipt."""

    def pull(self, cursor: str | None) -> Pulled:
        """The shop's returns requested after ``cursor``."""

    def close(self) -> None: ...
