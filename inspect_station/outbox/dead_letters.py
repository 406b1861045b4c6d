"""A supervisor's decision on a dead letter: send it again, or skip it for good.

Both check the supervisor role, refuse a delivery that is not dead (or that changed since it was
shown), write one audit row, and run in one transaction. A retry starts the attempts afresh; a
skipped delivery lets the later events of its return go.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy.orm.exc import StaleDataError

from db.models.outbox import OutboxDelivery, OutboxEvent
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.outbox.status import DeliveryView, delivery_view
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_REASON = 200


def retry(station: Station, delivery_id: int, *, version: int | None = None) -> DeliveryView:
    """Send a dead letter again (after the cause was put right at the receiver)."""
    roles.require(station.user, Role.SUPERVISOR, "Retrying a dead letter")
    return _decide(station, delivery_id, version, "outbox.retried", "pending", "")


def skip(
    station: Station, delivery_id: int, *, reason: str, version: int | None = None
) -> DeliveryView:
    """Never send this dead letter (settled by hand at the receiver); ``reason`` is kept."""
    roles.require(station.user, Role.SUPERVISOR, "Skipping a dead letter")
    reason = reason.strip()
    if not reason:
        raise BadInput(_("Say why the dead letter is skipped."))
    if len(reason) > MAX_REASON or any(unicodedata.category(c).startswith("C") for c in reason):
        raise BadInput(
            _("The reason must be printable text of at most {max_reason} characters.").format(
                max_reason=MAX_REASON
            )
        )
    return _decide(station, delivery_id, version, "outbox.skipped", "skipped", reason)


def _decide(
    station: Station, delivery_id: int, version: int | None, action: str, state: str, reason: str
) -> DeliveryView:
    try:
        with station.db.write() as session:
            row = session.get(OutboxDelivery, delivery_id)
            if row is None:
                raise BadInput(
                    _("There is no delivery {delivery_id}.").format(delivery_id=delivery_id)
                )
            if row.state != "dead":
                raise Conflict(
                    _(
                        "Delivery {delivery_id} is {state}, not a dead letter; nothing changed."
                    ).format(delivery_id=delivery_id, state=row.state)
                )
            if version is not None and row.version != version:
                raise Conflict(
                    _("Delivery {delivery_id} changed since it was shown; look again.").format(
                        delivery_id=delivery_id
                    )
                )
            event = session.get(OutboxEvent, row.event_id)
            assert event is not None
            words = row.last_error
            row.state = state
            row.decided_by = station.operator[:80]
            if state == "pending":
                row.attempts = 0
                row.next_attempt_at = station.clock()
            session.flush()
            trail.audit(
                station,
                session,
                action,
                "outbox_delivery",
                row.id,
                connector=row.connector,
                event=event.idempotency_key,
                receiver_said=(words or "")[:300] or None,
                reason=reason or None,
            )
            return delivery_view(row)
    except StaleDataError:
        raise Conflict(
            _("Delivery {delivery_id} changed just now; look again.").format(
                delivery_id=delivery_id
            )
        ) from None
