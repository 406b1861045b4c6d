"""Who is at the station and what their role lets them do.

Roles are ranked: a supervisor may do everything an operator may, an admin everything a
supervisor may. Every service that changes an outcome calls :func:`require` itself, so a
refused action is refused even when the UI is bypassed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from inspect_station.app.errors import NotAllowed
from inspect_station.app.i18n import N_, _


class Role(IntEnum):
    OPERATOR = 1  # bench work: scan, photograph, grade, finish
    SUPERVISOR = 2  # overrides, approvals, reprints without limit, unlocks, exports
    ADMIN = 3  # users, printers, rules, settings

    @property
    def label(self) -> str:
        """The role's code, as stored and typed (``--role supervisor``)."""
        return self.name.lower()

    @property
    def title(self) -> str:
        """The role's name in the station's language."""
        return _(_TITLES[self])

    @classmethod
    def parse(cls, text: str) -> Role:
        try:
            return cls[text.strip().upper()]
        except KeyError:
            names = ", ".join(r.label for r in cls)
            raise ValueError(f"unknown role {text!r}; use one of {names}") from None


_TITLES = {
    Role.OPERATOR: N_("operator"),
    Role.SUPERVISOR: N_("supervisor"),
    Role.ADMIN: N_("admin"),
}


@dataclass(frozen=True)
class User:
    """The person signed in at the station (the name is what audit rows record)."""

    name: str
    role: Role = Role.OPERATOR
    display_name: str = ""
    # The users-table row of someone who signed in with badge and PIN; None for the identity
    # a station takes from its settings (command line, tests) before anyone signs in.
    user_id: int | None = None

    def may(self, role: Role) -> bool:
        return self.role >= role


def require(user: User, role: Role, doing: str) -> None:
    """Refuse ``doing`` (e.g. "Overriding a route") unless ``user`` holds at least ``role``."""
    if not user.may(role):
        raise NotAllowed(
            _("{doing} needs the {label} role; {name} is signed in as {label2}.").format(
                doing=doing, label=role.title, name=user.name, label2=user.role.title
            )
        )
