"""The supervisor's list of units sent after an outage that did not fit (``offline_conflicts``).

Three kinds: the parcel was taken by another bench meanwhile (*claimed elsewhere*) or received in
full (*received elsewhere*) — the unit then waits in quarantine as an unexpected parcel, for the
supervisor to attach where it belongs (F7) — or the shared database decided it differently from
the label printed offline, or could not finish it as recorded (*decided differently*). A
supervisor reads the list on the desk and dismisses each entry with a note once it is dealt with.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from db.models.inspections import Inspection
from db.models.offline import OfflineConflict
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import N_, _
from inspect_station.audit.trail import audit
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_NOTE = 200
KIND_WORDS = {
    "claimed_elsewhere": N_("taken by another bench meanwhile"),
    "received_elsewhere": N_("received in full meanwhile"),
    "decided_differently": N_("decided differently from its label"),
}


@dataclass(frozen=True)
class ConflictView:
    id: uuid.UUID
    at: datetime
    bench: str
    operator: str
    kind: str
    lpn: str
    rma: str | None
    other_bench: str | None
    in_quarantine: str | None  # the plate of the unit waiting in quarantine, if any
    detail: dict[str, Any]
    state: str
    version: int

    def what(self) -> str:
        """One line for the desk's list."""
        parcel = self.rma or _("an unexpected parcel")
        text = _("{lpn} ({parcel}) finished offline at {bench}: {kind}").format(
            lpn=self.lpn, parcel=parcel, bench=self.bench, kind=_(KIND_WORDS[self.kind])
        )
        if self.other_bench:
            text += _(" (bench {other_bench})").format(other_bench=self.other_bench)
        if self.in_quarantine:
            text += _("; waits in quarantine")
        printed = self.detail.get("printed")
        decided = self.detail.get("decided")
        if printed and decided:
            text += _(
                "; label says {route} (grade {grade}), the database decided {route2} (grade "
                "{grade2})"
            ).format(
                route=printed.get("route"),
                grade=printed.get("grade"),
                route2=decided.get("route"),
                grade2=decided.get("grade"),
            )
        if self.detail.get("error"):
            text += f"; {self.detail['error']}"
        return text


def record(
    station: Station,
    insp: Inspection,
    kind: str,
    *,
    rma: str | None,
    other_bench: str | None = None,
    server_inspection: uuid.UUID | None = None,
    **detail: Any,
) -> None:
    """Put a unit on the list (once: its id is the unit's, as the bench made it)."""
    with station.db.write() as session:
        if session.get(OfflineConflict, insp.id) is not None:
            return
        facts = {
            "grade": insp.grade,
            "route": insp.route,
            "rule": insp.rule_id,
            "tote": insp.tote,
            "finished_at": insp.finished_at.isoformat() if insp.finished_at else None,
            **detail,
        }
        session.add(
            OfflineConflict(
                id=insp.id,
                at=station.clock(),
                bench=station.bench,
                operator=insp.operator,
                kind=kind,
                lpn=insp.lpn,
                rma=rma,
                other_bench=other_bench,
                inspection_id=server_inspection,
                detail={k: v for k, v in facts.items() if v is not None},
                state="open",
                note="",
            )
        )
        session.flush()
        audit(
            station,
            session,
            "offline.conflict",
            "inspection",
            insp.id,
            kind=kind,
            lpn=insp.lpn,
            rma=rma,
            other_bench=other_bench,
        )


def again(station: Station, insp: Inspection, *, rma: str | None) -> str:
    """A unit found already received as unexpected although the bench had it under a return:
    an earlier send made it a conflict and was cut short. The entry is made if it is missing."""
    with station.db.read() as session:
        found = session.get(OfflineConflict, insp.id)
        if found is not None:
            return found.kind
        er = session.get(ExpectedReturn, insp.expected_return_id)
        other = er.claimed_by_bench if er is not None else None
    kind = "claimed_elsewhere" if other and other != station.bench else "received_elsewhere"
    record(station, insp, kind, rma=rma, other_bench=other, server_inspection=insp.id)
    return kind


def open_conflicts(station: Station) -> list[ConflictView]:
    """The entries still open, oldest first (a supervisor's)."""
    roles.require(station.user, Role.SUPERVISOR, _("Reading the offline conflicts"))
    with station.db.read() as session:
        rows = session.execute(
            select(OfflineConflict, Inspection.lpn)
            .outerjoin(Inspection, Inspection.id == OfflineConflict.inspection_id)
            .where(OfflineConflict.state == "open")
            .order_by(OfflineConflict.at, OfflineConflict.lpn)
            .limit(500)
        ).all()
        return [_view(row, lpn) for row, lpn in rows]


def count_open(station: Station) -> int:
    with station.db.read() as session:
        return len(
            session.scalars(
                select(OfflineConflict.id).where(OfflineConflict.state == "open").limit(1000)
            ).all()
        )


def dismiss(station: Station, conflict: ConflictView, *, note: str) -> None:
    """A supervisor dealt with the entry (attached the unit, relabelled it …): it leaves the
    list, with their note and an audit row. Refused on a stale entry."""
    roles.require(station.user, Role.SUPERVISOR, _("Dismissing an offline conflict"))
    note = note.strip()
    if not note or len(note) > MAX_NOTE or not note.isprintable():
        raise BadInput(
            _("Say what was done, in one line of at most {max_note} characters.").format(
                max_note=MAX_NOTE
            )
        )
    try:
        with station.db.write() as session:
            row = session.get(OfflineConflict, conflict.id)
            if row is None or row.state != "open" or row.version != conflict.version:
                raise Conflict(
                    _("The entry for {lpn} was dealt with meanwhile.").format(lpn=conflict.lpn)
                )
            row.state, row.note = "dismissed", note
            row.resolved_by, row.resolved_at = station.operator, station.clock()
            session.flush()
            audit(
                station,
                session,
                "offline.conflict_dismissed",
                "inspection",
                conflict.id,
                lpn=conflict.lpn,
                note=note,
            )
    except StaleDataError as exc:
        raise Conflict(
            _("The entry for {lpn} was dealt with meanwhile.").format(lpn=conflict.lpn)
        ) from exc


def _view(row: OfflineConflict, lpn: str | None) -> ConflictView:
    return ConflictView(
        id=row.id,
        at=row.at,
        bench=row.bench,
        operator=row.operator,
        kind=row.kind,
        lpn=row.lpn,
        rma=row.rma,
        other_bench=row.other_bench,
        in_quarantine=lpn,
        detail=dict(row.detail or {}),
        state=row.state,
        version=row.version,
    )
