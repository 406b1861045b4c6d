"""User management and the role each service that changes an outcome asks for."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, NotAllowed
from inspect_station.bench import inspection, scanning
from inspect_station.people import users
from inspect_station.people.roles import Role
from tests.helpers import row_counts, seed_people, sign_in_as


@pytest.fixture
def people(station: Station) -> Station:
    seed_people(station)
    return station


def user_id(station: Station, name: str) -> int:
    return users.find(station, name).id


ACTIONS: dict[str, tuple[Role, Callable[[Station], object]]] = {
    "list": (Role.SUPERVISOR, lambda st: users.list_users(st)),
    "add": (
        Role.ADMIN,
        lambda st: users.add_user(st, users.check_new_user("lena", "B-LENA", "operator", "5555")),
    ),
    "disable": (
        Role.ADMIN,
        lambda st: users.set_disabled(st, user_id(st, "maria"), disabled=True),
    ),
    "enable": (
        Role.ADMIN,
        lambda st: users.set_disabled(st, user_id(st, "maria"), disabled=False),
    ),
    "reset-pin": (Role.ADMIN, lambda st: users.reset_pin(st, user_id(st, "maria"), "8642")),
    "unlock": (Role.SUPERVISOR, lambda st: users.unlock(st, user_id(st, "maria"))),
}
WHO = {Role.OPERATOR: "maria", Role.SUPERVISOR: "sam", Role.ADMIN: "ada"}


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", list(Role))
def test_user_management_asks_for_its_role_and_a_refusal_writes_nothing(
    people: Station, action: str, role: Role
) -> None:
    needed, call = ACTIONS[action]
    sign_in_as(people, WHO[role])
    before = row_counts(people.db)
    if role >= needed:
        call(people)
        return
    with pytest.raises(NotAllowed, match=f"needs the {needed.label} role"):
        call(people)
    assert row_counts(people.db) == before


def test_an_admin_manages_users_and_every_change_is_audited(people: Station) -> None:
    sign_in_as(people, "ada")
    new = users.check_new_user("  Lena  Park ", "B-LENA", "Supervisor", "5555")
    lena = users.add_user(people, new)
    assert (lena.name, lena.role, lena.locked, lena.disabled) == (
        "Lena Park",
        Role.SUPERVISOR,
        False,
        False,
    )
    users.set_disabled(people, lena.id, disabled=True)
    users.set_disabled(people, lena.id, disabled=False)
    users.reset_pin(people, lena.id, "123456")
    names = [u.name for u in users.list_users(people)]
    assert names == sorted(names)
    with people.db.read() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.entity_id == str(lena.id)).order_by(AuditEvent.id)
        ).all()
    assert [(r.action, r.actor) for r in rows] == [
        ("user.added", "ada"),
        ("user.disabled", "ada"),
        ("user.enabled", "ada"),
        ("user.pin_reset", "ada"),
    ]


@pytest.mark.parametrize(
    ("name", "badge", "role", "pin", "message"),
    [
        ("", "B-X", "operator", "1234", "Give the user a name"),
        ("x" * 81, "B-X", "operator", "1234", "1–80 printable"),
        ("lena", "B-\x00X", "operator", "1234", "control characters"),
        ("lena", "B" * 10_000, "operator", "1234", "10,000 characters"),
        ("lena", "B-X", "boss", "1234", "unknown role 'boss'"),
        ("lena", "B-X", "operator", "12ab", "digits only"),
        ("lena", "B-MARIA-01", "operator", "1234", "already belongs to someone"),
        ("maria", "B-X", "operator", "1234", "already a user called maria"),
    ],
)
def test_bad_new_users_are_refused_and_nothing_is_written(
    people: Station, name: str, badge: str, role: str, pin: str, message: str
) -> None:
    sign_in_as(people, "ada")
    before = row_counts(people.db)
    with pytest.raises(BadInput, match=message):
        users.add_user(people, users.check_new_user(name, badge, role, pin))
    assert row_counts(people.db) == before


def test_the_last_administrator_cannot_be_disabled(people: Station) -> None:
    sign_in_as(people, "ada")
    with pytest.raises(BadInput, match="last administrator"):
        users.set_disabled(people, user_id(people, "ada"), disabled=True)


def test_the_first_administrator_is_made_only_on_a_station_without_users(
    station: Station,
) -> None:
    first = users.check_new_user("ada", "B-ADA-03", "admin", "9090")
    with pytest.raises(BadInput, match="must be an administrator"):
        users.create_first_admin(station, users.check_new_user("op", "B-OP", "operator", "1234"))
    made = users.create_first_admin(station, first)
    assert made.role is Role.ADMIN
    before = row_counts(station.db)
    with pytest.raises(Conflict, match="already has users"):
        users.create_first_admin(station, users.check_new_user("eve", "B-EVE", "admin", "6666"))
    assert row_counts(station.db) == before


def open_unit(station: Station) -> inspection.InspectionView:
    from db.models.returns import ExpectedReturn

    with station.db.read() as session:
        rma = session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).first()
    outcome = scanning.scan(station, rma or "")
    assert isinstance(outcome, scanning.Opened)
    return outcome.inspection


def test_an_operator_cancels_a_wrong_scan_of_their_own_but_not_a_photographed_unit(
    people: Station,
) -> None:
    import numpy as np

    sign_in_as(people, "maria")
    insp = open_unit(people)
    inspection.cancel(people, insp, reason="Wrong parcel scanned")
    insp = open_unit(people)
    inspection.add_camera_photo(people, insp.id, np.full((120, 160, 3), 90, np.uint8))
    before = row_counts(people.db)
    with pytest.raises(NotAllowed, match="which has photos, needs the supervisor role"):
        inspection.cancel(people, insp, reason="Scanned twice")
    assert row_counts(people.db) == before
    sign_in_as(people, "sam")  # the supervisor scans their badge at the bench
    inspection.cancel(people, insp, reason="Scanned twice")


def test_cancelling_a_unit_someone_else_opened_needs_a_supervisor(people: Station) -> None:
    sign_in_as(people, "sam")
    insp = open_unit(people)
    sign_in_as(people, "maria")
    with pytest.raises(NotAllowed, match="opened by sam, needs the supervisor role"):
        inspection.cancel(people, insp, reason="Wrong parcel scanned")
    # Finishing it is bench work: the unit resumes with whoever is signed in.
    assert inspection.finish(people, insp, grade="A").inspection.status == "finished"
