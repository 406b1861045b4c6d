"""The evidence document on its way to a receiver that takes files, with a ``return.decided``.

Rendered when the event is first sent, never in the transaction that decided the return (the
bench does not wait for a PDF), from the return as that event decided it: prepared at the
decision's moment, by who decided it, at their bench, with no clock in the file. The bytes are
then kept with the event, so every retry and every receiver gets the same file under the same
key, whatever happens to the return or its photos later.

If the return changed after this decision (a supervisor's override wrote a later
``return.decided``), the document of this one cannot be drawn any more: it goes without content,
``omitted: "superseded"``, and the later event carries the document of what stands.
"""

from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import json
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from db.models.outbox import OutboxEvent
from inspect_station.evidence import gather
from inspect_station.evidence.document import file_name
from inspect_station.outbox import events

if TYPE_CHECKING:
    from inspect_station.app.context import Station

log = logging.getLogger(__name__)
MEDIA_TYPE = "application/pdf"


def attachment(station: Station, event_id: int) -> dict[str, Any]:
    """The evidence object of a ``return.decided`` event (its row id): kept, or made now."""
    with station.db.read() as session:
        event = session.get(OutboxEvent, event_id)
        if event is None or event.kind != "return.decided" or event.expected_return_id is None:
            raise ValueError(f"event {event_id} is not a return's decision")
        if "evidence" in event.payload:
            return dict(event.payload["evidence"])
        decided = event.payload["data"]
        now = json.loads(json.dumps(events.units_now(session, event.expected_return_id)))
        moment, actor, bench = event.created_at, event.actor, event.bench
    name = file_name(decided["rma"])
    if now != decided["units"]:
        made: dict[str, Any] = {"filename": name, "media_type": MEDIA_TYPE, "omitted": "superseded"}
    else:
        made = _rendered(station, decided["rma"], name, (moment, actor, bench))
    return _keep(station, event_id, made)


def render(station: Station, rma: str, prepared: tuple[datetime, str, str]) -> bytes:
    """The return's document as decided at ``prepared`` = (moment, actor, bench): the same
    return in the same state gives the same bytes."""
    from inspect_station.evidence import pdf  # reportlab loads with the first document

    moment, actor, bench = prepared
    evidence = dataclasses.replace(
        gather.gather(station, rma), produced_at=moment, produced_by=actor, bench=bench
    )
    return pdf.render(evidence, invariant=True)


def _rendered(
    station: Station, rma: str, name: str, prepared: tuple[datetime, str, str]
) -> dict[str, Any]:
    started = time.perf_counter()
    data = render(station, rma, prepared)
    log.info(
        "evidence %s: %d bytes in %.0f ms", name, len(data), (time.perf_counter() - started) * 1e3
    )
    return {
        "filename": name,
        "media_type": MEDIA_TYPE,
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "content": base64.b64encode(data).decode("ascii"),
    }


def _keep(station: Station, event_id: int, made: dict[str, Any]) -> dict[str, Any]:
    """Store ``made`` with the event, unless another deliverer stored one first (then that one
    is what everybody sends)."""
    with station.db.write(guarded=False) as session:
        event = session.get(OutboxEvent, event_id, with_for_update=True)
        assert event is not None  # read above; events are never deleted
        if "evidence" in event.payload:
            return dict(event.payload["evidence"])
        event.payload = {**event.payload, "evidence": made}
    return made


def hook(station: Station) -> Callable[[int], dict[str, Any]]:
    """What a deliverer of ``station`` is given as ``evidence``."""
    return functools.partial(attachment, station)
