"""The audit trail's writing end: each change a service makes is recorded, by whom and where;
the row joins the hash chain (``db.audit_chain``) at commit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from db import audit_chain
from db.models.audit import AuditEvent

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def audit(
    station: Station,
    session: Session,
    action: str,
    entity: str,
    entity_id: object,
    **detail: object,
) -> None:
    """Record a change by the person signed in; the row joins the audit chain at commit."""
    audit_as(station, session, station.operator, action, entity, entity_id, **detail)


def audit_as(
    station: Station,
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    **detail: object,
) -> None:
    """:func:`audit` for a named actor (sign-in attempts are made by whoever holds the badge)."""
    audit_chain.append(
        session,
        AuditEvent(
            at=station.clock(),
            bench=station.bench,
            actor=actor[:80],
            action=action,
            entity=entity,
            entity_id=str(entity_id)[:64],
            detail={k: v for k, v in detail.items() if v is not None},
        ),
    )
