"""Which connectors take which events, read from the settings' ``[connectors.NAME]`` tables.

Only the names, kinds and event filters are read here (the bench needs them in every finish);
``shop.config`` checks the whole tables, secrets and mappings when the station opens.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from db.models.outbox import EVENT_KINDS

# A shop answers a return as a whole; a webhook hears every event unless told otherwise.
SHOP_KINDS = ("medusa", "shopify")
CONNECTOR_KINDS = (*SHOP_KINDS, "webhook")
SHOP_EVENTS = ("return.decided",)


@dataclass(frozen=True)
class Target:
    name: str
    kind: str
    events: tuple[str, ...]

    @property
    def is_shop(self) -> bool:
        return self.kind in SHOP_KINDS


def targets(connectors: Mapping[str, Any]) -> tuple[Target, ...]:
    """The configured connectors, in name order (tables already checked at start-up)."""
    found = []
    for name in sorted(connectors):
        table = connectors[name]
        if not isinstance(table, Mapping):
            continue
        kind = str(table.get("kind", ""))
        if kind not in CONNECTOR_KINDS or not table.get("enabled", True):
            continue
        default = SHOP_EVENTS if kind in SHOP_KINDS else EVENT_KINDS
        events = tuple(str(e) for e in table.get("events", default))
        found.append(Target(name, kind, events))
    return tuple(found)
