"""Signing in with a badge and a PIN.

:func:`sign_in` makes ``station.user`` the badge's holder. Five wrong PINs in a row lock the
badge until a supervisor unlocks it (``users.unlock``). Every attempt is an audit row: a
sign-in, a wrong PIN, a lock, a refusal (bad input, disabled user, locked badge); the PIN
itself is never recorded.

Once someone has signed in, ``station.db.guard`` checks before each write that they may still
write: a user disabled (or removed) while signed in gets a clear refusal, and the only row
written is the audit row that records it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from db.engine import Database
from db.models.people import User as UserRow
from inspect_station.app.errors import BadInput, KnownError, NotAllowed
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.people import pins
from inspect_station.people.roles import Role, User

if TYPE_CHECKING:
    from inspect_station.app.context import Station

MAX_BADGE = 64
MAX_FAILURES = 5
UNKNOWN = "(unknown badge)"


class WrongPin(BadInput):
    def __init__(self, attempts_left: int) -> None:
        super().__init__(
            _("Wrong PIN. {attempts_left} more wrong PIN(s) lock this badge.").format(
                attempts_left=attempts_left
            )
            if attempts_left
            else _("Wrong PIN.")
        )
        self.attempts_left = attempts_left


class BadgeLocked(NotAllowed):
    """Too many wrong PINs: a supervisor must unlock the badge."""


class SignedOut(NotAllowed):
    """The signed-in user may no longer work here (disabled or removed meanwhile)."""


def clean_badge(raw: str) -> str:
    """A badge code as scanned or typed: 1–64 printable characters, outer spaces dropped."""
    badge = raw.strip()
    if not badge:
        raise BadInput(_("Scan your badge or type its code, then Enter."))
    if len(badge) > MAX_BADGE:
        raise BadInput(
            _(
                "That is not a badge: {badge_count:,} characters (a badge code has at most "
                "{max_badge})."
            ).format(badge_count=len(badge), max_badge=MAX_BADGE)
        )
    if not badge.isprintable():
        raise BadInput(_("That is not a badge: the code contains control characters."))
    return badge


@dataclass(frozen=True)
class _Holder:
    id: int
    name: str
    role: str
    pin_hash: str
    pepper_id: str
    locked: bool
    disabled: bool


def has_users(database: Database) -> bool:
    with database.read() as session:
        return bool(session.scalar(select(func.count()).select_from(UserRow)))


def is_badge(station: Station, code: str) -> bool:
    """Whether a scanned code is someone's badge (a badge scan at the bench switches user)."""
    try:
        badge = clean_badge(code)
    except BadInput:
        return False
    with station.db.read() as session:
        return session.scalar(select(UserRow.id).where(UserRow.badge == badge)) is not None


def _holder(station: Station, badge: str) -> _Holder | None:
    with station.db.read() as session:
        row = session.scalars(select(UserRow).where(UserRow.badge == badge)).first()
        if row is None:
            return None
        return _Holder(
            row.id, row.name, row.role, row.pin_hash, row.pepper_id, row.locked, row.disabled
        )


def _record(station: Station, actor: str, action: str, entity_id: object, **detail: object) -> None:
    """One audit row in a transaction of its own (also when the attempt itself is refused)."""
    with station.db.write(guarded=False) as session:
        trail.audit_as(station, session, actor, action, "user", entity_id, **detail)


def sign_in(station: Station, badge_raw: str, pin: str) -> User:
    """Check badge and PIN; on success the holder becomes ``station.user``."""
    try:
        badge = clean_badge(badge_raw)
    except BadInput as exc:
        _record(station, UNKNOWN, "auth.refused", "-", reason=str(exc), length=len(badge_raw))
        raise
    holder = _holder(station, badge)
    actor = holder.name if holder else UNKNOWN
    subject = holder.id if holder else "-"
    try:
        pins.check_pin(pin)
    except BadInput as exc:
        _record(station, actor, "auth.refused", subject, badge=badge, reason=str(exc))
        raise
    if holder is None:
        pins.spend_time_like_a_verify()
        _record(station, UNKNOWN, "auth.failed", "-", badge=badge, reason="unknown badge")
        raise BadInput(
            _("Badge {badge} is not known at this station. Ask a supervisor.").format(badge=badge)
        )
    if holder.disabled:
        _record(station, actor, "auth.refused", subject, reason="user disabled")
        raise NotAllowed(
            _("{name}'s badge is disabled. Ask an administrator.").format(name=holder.name)
        )
    if holder.locked:
        _record(station, actor, "auth.refused", subject, reason="badge locked")
        raise BadgeLocked(_locked_message(holder.name))
    try:
        pepper = pins.load_pepper(station.settings.resolved_pepper_file, create=False)
        if pepper.id != holder.pepper_id:
            raise pins.PepperMismatch(
                _(
                    "This bench's PIN pepper file ({resolved_pepper_file}) is not the one "
                    "{name}'s PIN was set with. Copy the site's pepper file here."
                ).format(
                    resolved_pepper_file=station.settings.resolved_pepper_file, name=holder.name
                )
            )
    except KnownError as exc:
        _record(station, actor, "auth.refused", subject, reason=str(exc))
        raise
    # Argon2 takes tens of milliseconds: checked before the write lock is taken.
    correct = pepper.verify(holder.pin_hash, pin)
    user = _settle(station, holder, pepper, pin, correct=correct)
    station.change_shift(user=user)
    station.db.guard = partial(check_still_allowed, station)
    return user


def _settle(
    station: Station, holder: _Holder, pepper: pins.Pepper, pin: str, *, correct: bool
) -> User:
    """Count the attempt on the user's row (locked against other benches) and audit it."""
    refusal: KnownError | None = None
    with station.db.write(guarded=False) as session:

        def note(action: str, **detail: object) -> None:
            trail.audit_as(station, session, holder.name, action, "user", holder.id, **detail)

        row = session.get(UserRow, holder.id, with_for_update=True)
        if row is None or row.disabled:
            note("auth.refused", reason="user disabled")
            refusal = NotAllowed(
                _("{name}'s badge is disabled. Ask an administrator.").format(name=holder.name)
            )
        elif row.locked:  # locked by wrong PINs at another bench meanwhile
            note("auth.refused", reason="badge locked")
            refusal = BadgeLocked(_locked_message(holder.name))
        elif not correct or row.pin_hash != holder.pin_hash:
            row.failed_attempts += 1
            note("auth.failed", reason="wrong PIN", failures=row.failed_attempts)
            if row.failed_attempts >= MAX_FAILURES:
                row.locked = True
                note("auth.badge_locked", failures=row.failed_attempts)
                refusal = BadgeLocked(_locked_message(holder.name))
            else:
                refusal = WrongPin(MAX_FAILURES - row.failed_attempts)
        else:
            row.failed_attempts = 0
            row.last_sign_in_at = station.clock()
            if pepper.needs_rehash(row.pin_hash):
                row.pin_hash = pepper.hash(pin)
            previous = station.user.name if station.user.user_id is not None else None
            note(
                "auth.signed_in",
                role=row.role,
                replaces=previous if previous != row.name else None,
            )
            user = User(row.name, Role.parse(row.role), user_id=row.id)
    if refusal is not None:
        raise refusal
    return user


def _locked_message(name: str) -> str:
    return _(
        "{name}'s badge is locked after {max_failures} wrong PINs. A supervisor can unlock "
        "it (Users screen, or 'inspect-station users unlock')."
    ).format(name=name, max_failures=MAX_FAILURES)


def check_still_allowed(station: Station) -> None:
    """Refuse a write by a user disabled, removed or given another role since signing in.

    Installed as ``station.db.guard`` by :func:`sign_in`; the identity a station takes from
    its settings (no ``user_id``) is not checked.
    """
    user = station.user
    if user.user_id is None:
        return
    with station.db.read() as session:
        row = session.get(UserRow, user.user_id)
        state = None if row is None else (row.disabled, row.role)
    if state is None:
        why = _("was removed")
    elif state[0]:
        why = _("was disabled")
    elif state[1] != user.role.label:
        why = _("is now {state}").format(state=state[1])
    else:
        return
    _record(station, user.name, "auth.refused", user.user_id, reason=f"user {why}")
    raise SignedOut(
        _("{name} {why} since signing in: nothing was saved. Sign in again.").format(
            name=user.name, why=why
        )
    )


def note_screen_locked(station: Station, *, reason: str) -> None:
    """Audit that the station locked its screen (idle, or the worker locked it)."""
    user = station.user
    if user.user_id is not None:
        _record(station, user.name, "auth.screen_locked", user.user_id, reason=reason)
