"""Expected returns coming in: from a CSV manifest, from quarantine, or pulled from a shop.

Every way in ends in :func:`add_parsed`: parsed returns are checked whole (:func:`check_return`:
the same rules and words for a manifest row and a shop's return), then stored in one go, or
refused naming the row or the shop's id and the column, with nothing written. An RMA the
database already knows is skipped, so a manifest can be imported again; withdrawal facts it
did not know yet (a proof of sending that came later) are filled in, and a different order
number or a different recorded fact is refused. :func:`import_manifest` is the supervisor's
action (role checked, audited); :func:`import_csv` and :func:`store` write as told (demo
data, tests, benchmarks).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from db.types import utcnow
from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.bench import recommendations, return_facts
from inspect_station.bench.manifest_csv import ManifestError, read_rows, row_label
from inspect_station.bench.manifest_rows import FACT_COLUMNS, RETURN_COLUMNS, parse_row
from inspect_station.bench.parsed_returns import (
    ManifestLine,
    ManifestReturn,
    check_return,
    normalised,
)
from inspect_station.identify.resolver import Patterns
from inspect_station.people import roles
from inspect_station.people.roles import Role
from inspect_station.rules.withdrawal import FactError, Withdrawal

if TYPE_CHECKING:
    from inspect_station.app.context import Station

__all__ = [
    "ImportResult",
    "ManifestError",
    "ManifestLine",
    "ManifestReturn",
    "add_parsed",
    "check_return",
    "import_csv",
    "import_manifest",
    "parse_labelled",
    "parse_rows",
    "read_csv",
    "store",
]


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    lines: int
    updated: int = 0  # known returns whose missing withdrawal facts were filled in


def parse_rows(
    rows: Iterable[Mapping[str, str | None]],
    patterns: Patterns | None = None,
    *,
    now: datetime | None = None,
) -> list[ManifestReturn]:
    """Check and group manifest rows (the first is row 2: row 1 is a file's header)."""
    labelled = ((row_label(number), row) for number, row in enumerate(rows, start=2))
    return _parse(labelled, patterns, now or utcnow())


def parse_labelled(
    rows: Iterable[tuple[str, Mapping[str, str | None]]],
    patterns: Patterns | None = None,
    *,
    now: datetime | None = None,
) -> list[ManifestReturn]:
    """:func:`parse_rows` for rows that name themselves (a shop's return and line id): the
    first bad row refuses them all, named by its label."""
    return _parse(rows, patterns, now or utcnow())


def _parse(
    labelled: Iterable[tuple[str, Mapping[str, str | None]]],
    patterns: Patterns | None,
    now: datetime,
) -> list[ManifestReturn]:
    returns: dict[str, tuple[ManifestReturn, set[str]]] = {}
    for label, row in labelled:
        entry, given = parse_row(row, label, patterns)
        check_return(entry, now=now)
        if entry.rma in returns:
            _merge(*returns[entry.rma], entry, given)
        else:
            returns[entry.rma] = (entry, given)
    if not returns:
        raise BadInput(_("The manifest holds no returns."))
    merged = [entry for entry, _given in returns.values()]
    for entry in merged:
        check_return(entry, now=now)  # facts from several rows must agree with each other
    return merged


def _merge(first: ManifestReturn, known: set[str], row: ManifestReturn, given: set[str]) -> None:
    """Add ``row``'s line to the return ``first``: return-level values given on both rows
    must be the same; one given only on the later row is taken."""
    for column, attribute in RETURN_COLUMNS.items():
        if column not in given:
            continue
        new = getattr(row, attribute)
        if column in known and getattr(first, attribute) != new:
            raise _conflict(row, first, column, getattr(first, attribute), new)
        setattr(first, attribute, new)
    facts = first.withdrawal
    for column, attribute in FACT_COLUMNS.items():
        if column not in given:
            continue
        new = getattr(row.withdrawal, attribute)
        if column in known and getattr(facts, attribute) != new:
            raise _conflict(row, first, column, getattr(facts, attribute), new)
        facts = dataclasses.replace(facts, **{attribute: new})
    first.withdrawal = facts
    known |= given
    first.lines.append(row.lines[0])


def _conflict(
    row: ManifestReturn, first: ManifestReturn, column: str, old: Any, new: Any
) -> ManifestError:
    if column == "order_number":
        problem = _(
            "{rma} is on {where} with order {old} and here with order {new}: an RMA is the "
            "return of one order; give the other order's return its own RMA."
        ).format(rma=row.rma, where=i18n.in_sentence(first.origin), old=old, new=new)
    else:
        problem = _(
            "{rma} has {old} on {where} and {new} here; the rows of one return must agree."
        ).format(
            rma=row.rma, old=_shown(old), where=i18n.in_sentence(first.origin), new=_shown(new)
        )
    return ManifestError(row.origin, column, problem)


def _shown(value: Any) -> str:
    if value is None:
        return _("nothing")
    utc = getattr(value, "utc", None)
    return f"{utc:%Y-%m-%d %H:%M} UTC" if isinstance(utc, datetime) else repr(str(value))


def read_csv(
    path: Path, patterns: Patterns | None = None, *, now: datetime | None = None
) -> list[ManifestReturn]:
    labelled = ((row_label(number), row) for number, row in read_rows(path))
    return _parse(labelled, patterns, now or utcnow())


def store(
    db: Database,
    returns: list[ManifestReturn],
    *,
    now: datetime | None = None,
    patterns: Patterns | None = None,
) -> ImportResult:
    """Check the parsed returns and write them in one transaction."""
    with db.write() as session:
        return add_parsed(session, returns, now=now or utcnow(), patterns=patterns)


def add_parsed(
    session: Session,
    returns: list[ManifestReturn],
    *,
    now: datetime,
    patterns: Patterns | None = None,
) -> ImportResult:
    """Parsed returns in → checked → stored in the caller's transaction; or refused
    (:class:`ManifestError` naming the row or shop id) before anything is added."""
    entries = [normalised(entry, patterns) for entry in returns]
    seen: dict[str, ManifestReturn] = {}
    for entry in entries:
        check_return(entry, now=now)
        if entry.rma in seen:
            raise ManifestError(
                entry.origin or entry.rma,
                "rma",
                _("{rma} is also {where}.").format(
                    rma=entry.rma,
                    where=seen[entry.rma].origin or _("given before"),
                ),
            )
        seen[entry.rma] = entry
    known = _known(session, list(seen))
    updates = [_fill_in(known[e.rma], e, now) for e in entries if e.rma in known]
    created = lines = 0
    for entry in entries:
        if entry.rma in known:
            continue
        er = ExpectedReturn(
            rma=entry.rma,
            order_number=entry.order_number,
            tracking_number=entry.tracking_number,
            carrier=entry.carrier,
            customer_email=entry.customer_email,
            return_type=entry.return_type,
            reason=entry.reason,
            delivered_on=entry.delivered_on,
            created_at=now,
            customer_name=entry.customer_name,
            status="open",
        )
        return_facts.record(er, entry.withdrawal)
        er.lines = [
            ExpectedReturnLine(line_no=n, **dataclasses.asdict(line))
            for n, line in enumerate(entry.lines, start=1)
        ]
        session.add(er)
        created += 1
        lines += len(entry.lines)
    for er, facts in updates:
        if facts is not None:
            day_before = er.withdrawal_notified_on
            return_facts.record(er, facts)
            er.version += 1
            if facts.day != day_before:
                recommendations.notice_changed(session, er.id, facts.day)
    updated = sum(1 for _er, facts in updates if facts is not None)
    return ImportResult(created, len(updates), lines, updated)


def _known(session: Session, rmas: list[str]) -> dict[str, ExpectedReturn]:
    known: dict[str, ExpectedReturn] = {}
    for start in range(0, len(rmas), 5000):  # stay under SQLite's bound-parameter limit
        chunk = rmas[start : start + 5000]
        known |= {
            er.rma: er
            for er in session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma.in_(chunk)))
        }
    return known


def _fill_in(
    er: ExpectedReturn, entry: ManifestReturn, now: datetime
) -> tuple[ExpectedReturn, Withdrawal | None]:
    """The facts to record on a known return (None: nothing new); a different order or a
    different recorded fact is refused."""
    where = entry.origin or entry.rma
    if er.order_number != entry.order_number:
        raise ManifestError(
            where,
            "order_number",
            _("{rma} is already known as the return of order {known}, not {given}.").format(
                rma=er.rma, known=er.order_number, given=entry.order_number
            ),
        )
    stored, given = return_facts.facts_of(er), entry.withdrawal
    merged = stored
    for column, attribute in FACT_COLUMNS.items():
        old, new = getattr(stored, attribute), getattr(given, attribute)
        if new is None or new == old:
            continue
        if old is not None:
            raise ManifestError(
                where,
                column,
                _("{rma} already records {old}; an import does not change a recorded fact.").format(
                    rma=er.rma, old=_shown(old)
                ),
            )
        merged = dataclasses.replace(merged, **{attribute: new})
    if merged == stored:
        return er, None
    try:
        merged.check(now=now, delivered_on=er.delivered_on)
    except FactError as error:
        raise ManifestError(where, error.field, error.problem) from None
    return er, merged


def import_csv(
    db: Database, path: Path, patterns: Patterns | None = None, *, now: datetime | None = None
) -> ImportResult:
    now = now or utcnow()
    return store(db, read_csv(path, patterns, now=now), now=now, patterns=patterns)


def import_manifest(station: Station, path: Path) -> ImportResult:
    """Import a manifest file as the signed-in supervisor, with an audit row naming the file."""
    roles.require(station.user, Role.SUPERVISOR, _("Importing expected returns"))
    patterns = Patterns.from_settings(station.settings)
    now = station.clock()
    returns = read_csv(path, patterns, now=now)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with station.db.write() as session:
        result = add_parsed(session, returns, now=now, patterns=patterns)
        trail.audit(
            station,
            session,
            "returns.imported",
            "manifest",
            digest,
            file=str(path)[-200:],
            created=result.created,
            skipped=result.skipped,
            updated=result.updated,
            lines=result.lines,
        )
    return result
