"""Signing in: badge and PIN, the lock after five wrong PINs, bad input, revoked users."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import delete, select, update

from db.models.audit import AuditEvent
from db.models.people import User as UserRow
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, KnownError, NotAllowed
from inspect_station.bench import inspection, scanning
from inspect_station.people import auth, pins, users
from inspect_station.people.roles import Role
from tests.helpers import PEOPLE, row_counts, seed_people, sign_in_as, split_audit


@pytest.fixture
def people(station: Station) -> Station:
    seed_people(station)
    return station


def audit_actions(station: Station) -> list[str]:
    with station.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def user_row(station: Station, name: str) -> UserRow:
    with station.db.read() as session:
        row = session.scalars(select(UserRow).where(UserRow.name == name)).one()
        session.expunge(row)
        return row


def test_badge_and_pin_sign_in_and_the_station_knows_who_and_what_role(people: Station) -> None:
    user = auth.sign_in(people, " B-SAM-02 ", "1357")
    assert people.user == user
    assert (user.name, user.role, people.operator) == ("sam", Role.SUPERVISOR, "sam")
    assert user.user_id == user_row(people, "sam").id
    assert user_row(people, "sam").last_sign_in_at == people.clock()
    with people.db.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.action, last.actor, last.bench, last.entity_id) == (
        "auth.signed_in",
        "sam",
        "BENCH-07",
        str(user.user_id),
    )


def test_pins_are_argon2id_at_owasp_strength_with_a_pepper_file_of_its_own(
    people: Station,
) -> None:
    row = user_row(people, "maria")
    assert row.pin_hash.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert "2468" not in row.pin_hash
    pepper_file = people.settings.resolved_pepper_file
    assert stat.S_IMODE(pepper_file.stat().st_mode) == 0o600
    # The pepper is part of the hash: the same PIN under another pepper does not verify.
    assert pins.Pepper(pepper_file.read_bytes().strip()).verify(row.pin_hash, "2468")
    assert not pins.Pepper(b"x" * 64).verify(row.pin_hash, "2468")
    with people.db.read() as session:
        details = [str(d) for d in session.scalars(select(AuditEvent.detail))]
    assert not any("2468" in d or "$argon2" in d for d in details)


def test_five_wrong_pins_in_a_row_lock_the_badge_until_a_supervisor_unlocks_it(
    people: Station,
) -> None:
    """Brute force: every guess counts, the fifth locks, then even the right PIN is refused."""
    for attempt in range(1, 5):
        with pytest.raises(auth.WrongPin) as wrong:
            auth.sign_in(people, "B-MARIA-01", f"{attempt:04d}")
        assert wrong.value.attempts_left == 5 - attempt
    with pytest.raises(auth.BadgeLocked, match="locked after 5 wrong PINs"):
        auth.sign_in(people, "B-MARIA-01", "0005")
    row = user_row(people, "maria")
    assert (row.locked, row.failed_attempts) == (True, 5)
    for guess in ("2468", "0000", "9999"):  # the right PIN too: the lock holds
        with pytest.raises(auth.BadgeLocked):
            auth.sign_in(people, "B-MARIA-01", guess)
    assert audit_actions(people)[-9:] == [
        *["auth.failed"] * 5,
        "auth.badge_locked",
        *["auth.refused"] * 3,
    ]
    assert people.user.user_id is None  # nobody signed in

    maria = users.find(people, "maria")
    auth.sign_in(people, PEOPLE["sam"][0], PEOPLE["sam"][2])
    assert people.user.name == "sam"
    users.unlock(people, maria.id)
    assert audit_actions(people)[-1] == "auth.unlocked"
    assert auth.sign_in(people, "B-MARIA-01", "2468").name == "maria"
    assert user_row(people, "maria").failed_attempts == 0


def test_wrong_pins_count_only_in_a_row(people: Station) -> None:
    for _ in range(4):
        with pytest.raises(auth.WrongPin):
            auth.sign_in(people, "B-MARIA-01", "1111")
    sign_in_as(people, "maria")
    for _ in range(4):
        with pytest.raises(auth.WrongPin):
            auth.sign_in(people, "B-MARIA-01", "1111")
    assert not user_row(people, "maria").locked


@pytest.mark.parametrize(
    ("badge", "pin", "error", "message"),
    [
        ("B-MARIA-01\x07\x1b[2J", "2468", BadInput, "control characters"),
        ("7" * 10_000, "2468", BadInput, "10,000 characters"),
        ("   ", "2468", BadInput, "Scan your badge"),
        ("B-MARIA-01", "", BadInput, "Type your PIN"),
        ("B-MARIA-01", "24a8", BadInput, "digits only"),
        ("B-MARIA-01", "２４６８", BadInput, "digits only"),  # full-width digits
        ("B-MARIA-01", "24", BadInput, "4 to 12 digits"),
        ("B-NOBODY-99", "2468", BadInput, "not known at this station"),
        ("B-SAM-02", "1357", NotAllowed, "disabled"),
    ],
)
def test_bad_sign_in_input_gets_a_clear_message_and_only_its_audit_row(
    people: Station, badge: str, pin: str, error: type[KnownError], message: str
) -> None:
    with people.db.write() as session:
        session.execute(update(UserRow).where(UserRow.name == "sam").values(disabled=True))
    before = row_counts(people.db)
    users_before = [(u.failed_attempts, u.locked) for u in users_in(people)]
    with pytest.raises(error, match=message):
        auth.sign_in(people, badge, pin)
    after = row_counts(people.db)
    assert split_audit(after) == (split_audit(before)[0], split_audit(before)[1] + 1)
    assert after["audit_chain"] == after["audit_events"]  # each event has its link
    assert [(u.failed_attempts, u.locked) for u in users_in(people)] == users_before
    assert people.user.user_id is None
    with people.db.read() as session:
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert last.action in ("auth.refused", "auth.failed")
    assert pin not in str(last.detail) or not pin
    assert len(str(last.detail)) < 500  # a 10,000-character scan is not copied into the trail


def users_in(station: Station) -> list[UserRow]:
    with station.db.read() as session:
        rows = list(session.scalars(select(UserRow).order_by(UserRow.id)))
        for row in rows:
            session.expunge(row)
        return rows


@pytest.mark.parametrize("how", ["disabled", "deleted", "demoted"])
def test_a_user_revoked_while_signed_in_can_save_nothing_more(people: Station, how: str) -> None:
    sign_in_as(people, "sam")
    opened = scanning.scan(people, seeded_rma(people))
    assert isinstance(opened, scanning.Opened)
    with people.db.write(guarded=False) as session:  # an administrator at another bench
        query = UserRow.name == "sam"
        if how == "disabled":
            session.execute(update(UserRow).where(query).values(disabled=True))
        elif how == "deleted":
            session.execute(delete(UserRow).where(query))
        else:
            session.execute(update(UserRow).where(query).values(role="operator"))
    before = row_counts(people.db)
    with pytest.raises(auth.SignedOut, match="since signing in: nothing was saved"):
        inspection.finish(people, opened.inspection, grade="A")
    after = row_counts(people.db)
    assert split_audit(after) == (split_audit(before)[0], split_audit(before)[1] + 1)
    assert after["audit_chain"] == after["audit_events"]  # each event has its link
    assert audit_actions(people)[-1] == "auth.refused"


def seeded_rma(station: Station) -> str:
    from db.models.returns import ExpectedReturn

    with station.db.read() as session:
        return session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).first() or ""


def test_a_bench_with_another_pepper_file_says_so_and_counts_no_wrong_pin(
    people: Station,
) -> None:
    path = people.settings.resolved_pepper_file
    path.write_text("f" * 64, encoding="utf-8")
    with pytest.raises(pins.PepperMismatch, match="pepper file"):
        auth.sign_in(people, "B-MARIA-01", "2468")
    path.unlink()
    with pytest.raises(pins.PepperMissing, match="Copy it from another bench"):
        auth.sign_in(people, "B-MARIA-01", "2468")
    assert user_row(people, "maria").failed_attempts == 0


def test_a_badge_scan_is_told_apart_from_a_parcel_code(people: Station) -> None:
    assert auth.is_badge(people, "B-ADA-03")
    assert not auth.is_badge(people, seeded_rma(people))
    assert not auth.is_badge(people, "x" * 10_000)
    assert auth.has_users(people.db)
