"""Managing who may sign in: add, list, disable or enable, reset a PIN, unlock a badge.

Administrators manage users; supervisors list them and unlock badges. Each function checks
the role itself. The first administrator of a new database is made by
:func:`create_first_admin`, which works only while there are no users at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models.people import User as UserRow
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.people import pins
from inspect_station.people.auth import clean_badge
from inspect_station.people.roles import Role, require

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_NAME = 80


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    badge: str
    role: Role
    locked: bool
    disabled: bool
    failed_attempts: int
    last_sign_in_at: datetime | None


@dataclass(frozen=True)
class NewUser:
    """A user as typed in: checked by :func:`check_new_user` before anything is written."""

    name: str
    badge: str
    role: Role
    pin: str


def _view(row: UserRow) -> UserView:
    return UserView(
        row.id,
        row.name,
        row.badge,
        Role.parse(row.role),
        row.locked,
        row.disabled,
        row.failed_attempts,
        row.last_sign_in_at,
    )


def clean_name(raw: str) -> str:
    name = " ".join(raw.split())
    if not name:
        raise BadInput(_("Give the user a name."))
    if len(name) > MAX_NAME or not name.isprintable():
        raise BadInput(_("A name is 1–{max_name} printable characters.").format(max_name=MAX_NAME))
    return name


def check_identity(name: str, badge: str, role: Role | str) -> tuple[str, str, Role]:
    parsed = role if isinstance(role, Role) else _parse_role(role)
    return clean_name(name), clean_badge(badge), parsed


def check_new_user(name: str, badge: str, role: Role | str, pin: str) -> NewUser:
    return NewUser(*check_identity(name, badge, role), pins.check_pin(pin))


def _parse_role(text: str) -> Role:
    try:
        return Role.parse(text)
    except ValueError as exc:
        raise BadInput(str(exc)) from None


def count(station: Station) -> int:
    with station.db.read() as session:
        return session.scalar(select(func.count()).select_from(UserRow)) or 0


def list_users(station: Station) -> list[UserView]:
    require(station.user, Role.SUPERVISOR, _("Listing users"))
    with station.db.read() as session:
        return [_view(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]


def add_user(station: Station, new: NewUser) -> UserView:
    require(station.user, Role.ADMIN, _("Adding a user"))
    return _insert(station, new, action="user.added")


def create_first_admin(station: Station, new: NewUser) -> UserView:
    """The first user of a new station: an administrator, made without signing in."""
    if new.role is not Role.ADMIN:
        raise BadInput(_("The first user must be an administrator."))
    return _insert(station, new, action="user.first_admin", only_if_none=True)


def seed(station: Station, people: list[NewUser]) -> list[UserView]:
    """Add ``people`` to a database that has no users yet (demo data, tests); else nothing."""
    if count(station):
        return []
    return [_insert(station, new, action="user.seeded") for new in people]


def _insert(station: Station, new: NewUser, *, action: str, only_if_none: bool = False) -> UserView:
    # Hashing takes tens of milliseconds: before the transaction, not inside it.
    pepper = pins.load_pepper(station.settings.resolved_pepper_file, create=True)
    pin_hash = pepper.hash(new.pin)
    try:
        with station.db.write() as session:
            if only_if_none and _any_users(session):
                raise Conflict(_("This station already has users: sign in as an administrator."))
            _refuse_duplicates(session, new)
            row = UserRow(
                badge=new.badge,
                name=new.name,
                role=new.role.label,
                pin_hash=pin_hash,
                pepper_id=pepper.id,
                failed_attempts=0,
                locked=False,
                disabled=False,
                created_at=station.clock(),
            )
            session.add(row)
            session.flush()
            actor = station.operator if action == "user.added" else new.name
            trail.audit_as(
                station, session, actor, action, "user", row.id, name=new.name, role=new.role.label
            )
            return _view(row)
    except IntegrityError:  # the same badge or name added at another bench in the same instant
        raise BadInput(
            _("Badge {badge} or name {name} is already taken.").format(
                badge=new.badge, name=new.name
            )
        ) from None


def _any_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(UserRow)))


def _refuse_duplicates(session: Session, new: NewUser) -> None:
    if session.scalar(select(UserRow.name).where(UserRow.badge == new.badge)) is not None:
        raise BadInput(_("Badge {badge} already belongs to someone.").format(badge=new.badge))
    if session.scalar(select(UserRow.id).where(UserRow.name == new.name)) is not None:
        raise BadInput(_("There is already a user called {name}.").format(name=new.name))


def set_disabled(station: Station, user_id: int, *, disabled: bool) -> UserView:
    require(station.user, Role.ADMIN, _("Disabling a user") if disabled else _("Enabling a user"))
    with station.db.write() as session:
        row = _get(session, user_id)
        if disabled and row.role == Role.ADMIN.label and not row.disabled:
            admins = session.scalar(
                select(func.count())
                .select_from(UserRow)
                .where(UserRow.role == Role.ADMIN.label, UserRow.disabled.is_(False))
            )
            if (admins or 0) <= 1:
                raise BadInput(
                    _("{name} is the last administrator; add another one first.").format(
                        name=row.name
                    )
                )
        if row.disabled != disabled:
            row.disabled = disabled
            action = "user.disabled" if disabled else "user.enabled"
            trail.audit(station, session, action, "user", row.id, name=row.name)
        return _view(row)


def reset_pin(station: Station, user_id: int, pin: str) -> UserView:
    """A new PIN; it also clears wrong-PIN counts and the lock (the holder starts afresh)."""
    require(station.user, Role.ADMIN, _("Resetting a PIN"))
    pins.check_pin(pin)
    pepper = pins.load_pepper(station.settings.resolved_pepper_file, create=True)
    pin_hash = pepper.hash(pin)
    with station.db.write() as session:
        row = _get(session, user_id)
        row.pin_hash, row.pepper_id = pin_hash, pepper.id
        row.failed_attempts, row.locked = 0, False
        trail.audit(station, session, "user.pin_reset", "user", row.id, name=row.name)
        return _view(row)


def unlock(station: Station, user_id: int) -> UserView:
    require(station.user, Role.SUPERVISOR, _("Unlocking a badge"))
    with station.db.write() as session:
        row = _get(session, user_id)
        if row.locked or row.failed_attempts:
            row.locked, row.failed_attempts = False, 0
            trail.audit(station, session, "auth.unlocked", "user", row.id, name=row.name)
        return _view(row)


def find(station: Station, who: str) -> UserView:
    """A user by badge code or by name (for the command line)."""
    with station.db.read() as session:
        row = session.scalars(
            select(UserRow).where((UserRow.badge == who) | (UserRow.name == who))
        ).first()
        if row is None:
            raise BadInput(_("No user with the badge or name {who!r}.").format(who=who))
        return _view(row)


def _get(session: Session, user_id: int) -> UserRow:
    row = session.get(UserRow, user_id, with_for_update=True)
    if row is None:
        raise BadInput(_("User {user_id} does not exist.").format(user_id=user_id))
    return row
