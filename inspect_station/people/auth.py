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
from inspect_station.app.health import Reach
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.identify.resolver import Patterns, resolve
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
class KeptPin:
    """The PIN check of the person who signed in last, kept in memory (never on disk) so that
    they can sign in again while the database is out of reach (the station locked when idle)."""

    badge: str
    pin_hash: str
    failures: int = 0


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


def _out_of_reach(station: Station) -> bool:
    bench = station.offline
    return bench is not None and bench.working_offline(station.health)


def is_badge(station: Station, code: str) -> bool:
    """Whether a scanned code is someone's badge (a badge scan at the bench switches user).

    Offline, the bench's copy of who has a badge answers."""
    try:
        badge = clean_badge(code)
    except BadInput:
        return False
    if station.offline is not None and _out_of_reach(station):
        station = station.offline.twin(station)
    with station.db.read() as session:
        return session.scalar(select(UserRow.id).where(UserRow.badge == badge)) is not None


def scanned_while_locked(station: Station, code: str) -> str:
    """What a scan on the lock screen is: "badge" (someone's: they sign in), "parcel" (a code
    the bench would look up: sign in first) or "other" (said as an unknown badge)."""
    if is_badge(station, code):
        return "badge"
    try:
        resolution = resolve(code, Patterns.from_settings(station.settings))
    except BadInput:
        return "other"
    return "parcel" if resolution.kind not in ("text", "email") else "other"


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
    """Check badge and PIN; on success the holder becomes ``station.user``.

    While the database does not answer, only the person who signed in last can sign in again
    (:func:`_sign_in_again_offline`)."""
    place = station  # where the attempt is recorded: the bench's own database while offline
    if station.offline is not None and station.health.snapshot().reach is Reach.UNREACHABLE:
        place = station.offline.twin(station)
    try:
        badge = clean_badge(badge_raw)
    except BadInput as exc:
        _record(place, UNKNOWN, "auth.refused", "-", reason=str(exc), length=len(badge_raw))
        raise
    if place is not station:
        return _sign_in_again_offline(station, badge, pin)
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
    station.change_shift(user=user, pin_kept=KeptPin(badge, holder.pin_hash))
    station.db.guard = partial(check_still_allowed, station)
    return user


def _sign_in_again_offline(station: Station, badge: str, pin: str) -> User:
    """The database is out of reach: the person who signed in last signs in again against the
    PIN check kept in memory; anyone else waits for the database. Five wrong PINs and nobody
    can until it answers. The attempts are audited in the bench's own database."""
    bench = station.offline
    assert bench is not None
    twin = bench.twin(station)
    kept = station.on_shift.pin_kept
    user = station.user
    pins.check_pin(pin)
    if kept is None or kept.badge != badge or user.user_id is None:
        _record(twin, UNKNOWN, "auth.refused", "-", badge=badge, reason="database out of reach")
        who = f"only {user.name}, who signed in last," if kept is not None else "nobody"
        raise NotAllowed(
            _("The database does not answer: {who} can sign in here until it is back.").format(
                who=who
            )
        )
    if kept.failures >= MAX_FAILURES:
        _record(twin, user.name, "auth.refused", user.user_id, reason="offline: too many PINs")
        raise BadgeLocked(
            _("Too many wrong PINs: {name} signs in when the database is back.").format(
                name=user.name
            )
        )
    pepper = pins.load_pepper(station.settings.resolved_pepper_file, create=False)
    if not pepper.verify(kept.pin_hash, pin):
        failures = kept.failures + 1
        station.change_shift(pin_kept=KeptPin(kept.badge, kept.pin_hash, failures))
        _record(twin, user.name, "auth.failed", user.user_id, reason="wrong PIN", offline=True)
        raise WrongPin(MAX_FAILURES - failures)
    station.change_shift(pin_kept=KeptPin(kept.badge, kept.pin_hash))
    _record(twin, user.name, "auth.signed_in", user.user_id, role=user.role.label, offline=True)
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
