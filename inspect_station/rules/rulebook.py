"""Numbered versions of the routing rules in the database, shared by every bench.

The version activated last is the one every bench routes by; each finished inspection records
it. Only an admin activates (``inspect-station rules activate``), with one exception: the very
first start of a database, which has no rules yet, activates the configured file, so a new site
works at once. Afterwards a configured file whose content is new is stored as a version that
is *not* active (audited), and the bench says which version it runs and which one waits:
editing a bench's rule file must not change every bench's routing behind the admin's back.
A file with a problem is refused as a whole: nothing is written, and the station keeps routing
by the last good version (it says why).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models.grading import RuleVersion
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.resources import resource
from inspect_station.audit import trail
from inspect_station.people import roles
from inspect_station.people.roles import Role
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.routing import RuleTable, parse_rules

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class VersionView:
    number: int
    sha256: str
    source: str
    rule_count: int
    loaded_at: datetime
    loaded_by: str
    bench: str
    activated_at: datetime | None
    activated_by: str | None
    active: bool


def read_file(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(
            _("Rule file {path} cannot be read: {exc}").format(path=path, exc=exc)
        ) from exc


def check(path: Path, grades: GradeScale) -> RuleTable:
    """The rule table in ``path``, fully checked; nothing is written."""
    return parse_rules(read_file(path), source=str(path), grades=grades)


def start(station: Station, path: Path | None) -> None:
    """Route by the active version; store the configured file as a version if it is new.

    On a database without an active version the file becomes the active one; otherwise a new
    file waits, inactive, for an admin (``station.rules_file_version`` names it).
    """
    path = path or resource("rules.toml")
    problem = None
    try:
        table: RuleTable | None = check(path, station.grades)
    except BadInput as exc:
        table, problem = None, str(exc)
    file_version = None
    if table is not None:
        with station.db.write() as session:
            row = _by_hash(session, table.text)
            if row is None:
                first = _active_id(session) is None
                action = "rules.loaded" if first else "rules.recorded"
                row = _store(station, session, table, action=action, active=first)
            file_version = row.id
    with station.db.read() as session:
        active = _active(session)
        if active is None:
            raise BadInput(
                problem or _("No routing rules: {path} was not loaded.").format(path=path)
            )
        rules = _table(station, active)
    station.change_shift(
        rules=rules,
        rules_problem=(
            _("{problem}\nRouting keeps the last good rules, version {number}.").format(
                problem=problem, number=rules.number
            )
            if problem
            else None
        ),
        rules_file_version=file_version,
    )


def current(station: Station, session: Session) -> RuleTable:
    """The active version, re-read when another bench or an admin activated a new one."""
    active_id = _active_id(session)
    if active_id is not None and active_id != station.rules.number:
        row = session.get(RuleVersion, active_id)
        assert row is not None
        station.change_shift(rules=_table(station, row))
    return station.rules


def use_version(station: Station, session: Session, number: int) -> RuleTable:
    """Route by stored version ``number`` on this station (a unit finished offline is sent
    with the rules it was routed by); an unknown number keeps the active one."""
    if number != station.rules.number:
        row = session.get(RuleVersion, number)
        if row is None:
            return current(station, session)
        station.change_shift(rules=_table(station, row))
    return station.rules


def activate(station: Station, path: Path) -> VersionView:
    """Make the rules in ``path`` the active version for every bench (admin only)."""
    roles.require(station.user, Role.ADMIN, _("Activating routing rules"))
    table = check(path, station.grades)
    with station.db.write() as session:
        row = _by_hash(session, table.text)
        if row is None:
            row = _store(station, session, table, action="rules.activated", active=True)
        else:
            _activate_row(station, session, row)
        station.change_shift(rules=_table(station, row))
        return _view(row, active=True)


def activate_version(station: Station, number: int) -> VersionView:
    """Make stored version ``number`` the active one for every bench (admin only)."""
    roles.require(station.user, Role.ADMIN, _("Activating routing rules"))
    with station.db.write() as session:
        row = session.get(RuleVersion, number)
        if row is None:
            raise BadInput(
                _("There is no rules version {number}; 'rules show' lists them.").format(
                    number=number
                )
            )
        _activate_row(station, session, row)
        station.change_shift(rules=_table(station, row))
        return _view(row, active=True)


def _activate_row(station: Station, session: Session, row: RuleVersion) -> None:
    if _active_id(session) == row.id:
        return  # already the rules of every bench: nothing to change or record
    row.activated_at = station.clock()
    row.activated_by = station.operator
    trail.audit(station, session, "rules.activated", "rule_version", row.id, sha256=row.sha256)
    session.flush()


def notice(station: Station) -> str | None:
    """What the bench should tell its users about the rules: a refused file, or a version of
    its own file that is stored but not active."""
    if station.rules_problem:
        return station.rules_problem
    mine, active = station.rules_file_version, station.rules.number
    if mine is None or mine == active:
        return None
    return _(
        "This bench routes by rules version {active}. Its rule file is version {mine}, not "
        "active: an admin activates it with 'inspect-station rules activate --version {mine} "
        "--as BADGE'."
    ).format(active=active, mine=mine)


def status(station: Station) -> tuple[str, str]:
    """The rules in a few words for the status bar, and a level: ok, warn or error."""
    active = _("Rules v{number}").format(number=station.rules.number)
    if station.rules_problem:
        return _("{active} · rule file refused").format(active=active), "error"
    mine = station.rules_file_version
    if mine is not None and mine != station.rules.number:
        return _("{active} · v{mine} not active").format(active=active, mine=mine), "warn"
    return active, "ok"


def versions(station: Station) -> list[VersionView]:
    """Every version, newest first; the active one says so."""
    with station.db.read() as session:
        active = _active(session)
        rows = session.scalars(select(RuleVersion).order_by(RuleVersion.id.desc())).all()
        return [_view(r, active=active is not None and r.id == active.id) for r in rows]


def version_table(station: Station, number: int) -> RuleTable:
    with station.db.read() as session:
        row = session.get(RuleVersion, number)
        if row is None:
            raise BadInput(_("There is no rules version {number}.").format(number=number))
        return _table(station, row)


def _store(
    station: Station, session: Session, table: RuleTable, *, action: str, active: bool
) -> RuleVersion:
    now = station.clock()
    row = RuleVersion(
        sha256=_sha(table.text),
        source=table.source[-500:],
        text=table.text,
        rule_count=len(table.rules),
        loaded_at=now,
        loaded_by=station.operator,
        bench=station.bench,
        activated_at=now if active else None,
        activated_by=station.operator if active else None,
    )
    session.add(row)
    try:
        session.flush()
    except IntegrityError:
        # Another bench loaded the same file in the same instant; its row serves.
        raise BadInput(_("These rules were just loaded by another station; try again.")) from None
    trail.audit(
        station,
        session,
        action,
        "rule_version",
        row.id,
        sha256=row.sha256,
        rules=len(table.rules),
        active=active,
    )
    return row


def _active_id(session: Session) -> int | None:
    return session.scalars(
        select(RuleVersion.id)
        .where(RuleVersion.activated_at.is_not(None))
        .order_by(RuleVersion.activated_at.desc(), RuleVersion.id.desc())
        .limit(1)
    ).first()


def _active(session: Session) -> RuleVersion | None:
    active_id = _active_id(session)
    return None if active_id is None else session.get(RuleVersion, active_id)


def _by_hash(session: Session, text: str) -> RuleVersion | None:
    return session.scalars(select(RuleVersion).where(RuleVersion.sha256 == _sha(text))).first()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _table(station: Station, row: RuleVersion) -> RuleTable:
    table = parse_rules(
        row.text, source=_("rules version {id}").format(id=row.id), grades=station.grades
    )
    return replace(table, number=row.id)


def _view(row: RuleVersion, *, active: bool) -> VersionView:
    return VersionView(
        number=row.id,
        sha256=row.sha256,
        source=row.source,
        rule_count=row.rule_count,
        loaded_at=row.loaded_at,
        loaded_by=row.loaded_by,
        bench=row.bench,
        activated_at=row.activated_at,
        activated_by=row.activated_by,
        active=active,
    )
