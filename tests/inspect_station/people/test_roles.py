from __future__ import annotations

import pytest

from inspect_station.app.errors import NotAllowed
from inspect_station.people.roles import Role, User, require


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.OPERATOR, {Role.OPERATOR}),
        (Role.SUPERVISOR, {Role.OPERATOR, Role.SUPERVISOR}),
        (Role.ADMIN, {Role.OPERATOR, Role.SUPERVISOR, Role.ADMIN}),
    ],
)
def test_roles_are_ranked(role: Role, allowed: set[Role]) -> None:
    user = User("kim", role)
    for needed in Role:
        if needed in allowed:
            require(user, needed, "This")
        else:
            with pytest.raises(NotAllowed, match=f"needs the {needed.label} role"):
                require(user, needed, "This")


def test_role_names_parse_and_unknown_ones_are_named() -> None:
    assert Role.parse(" Supervisor ") is Role.SUPERVISOR
    with pytest.raises(ValueError, match="unknown role 'boss'"):
        Role.parse("boss")
