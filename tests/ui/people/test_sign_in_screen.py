"""Signing in at the window: badge then PIN, idle lock on a fake clock, switching operators."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from db.models.audit import AuditEvent
from db.models.inspections import Inspection
from db.models.people import User as UserRow
from inspect_station.app.context import Station
from tests.helpers import PEOPLE, row_counts, seed_people, split_audit
from tests.ui.bench.test_bench_screen import WAIT, open_parcel, seeded_rma, wedge_scan
from tests.ui.conftest import MakeWindow
from ui.main_window import MainWindow


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    """A person types the PIN (slower than a scanner), then Enter."""
    qtbot.waitUntil(lambda: window.focusWidget() is window.sign_in.pin, timeout=WAIT)
    qtbot.keyClicks(window.sign_in.pin, pin, delay=60)
    qtbot.keyClick(window.sign_in.pin, Qt.Key.Key_Return)


def sign_in(qtbot: QtBot, window: MainWindow, name: str) -> None:
    badge, _role, pin = PEOPLE[name]
    wedge_scan(qtbot, window, badge)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sign_in.pin, timeout=WAIT)
    assert window.sign_in.badge.text() == badge
    type_pin(qtbot, window, pin)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)


def last_actions(station: Station, n: int) -> list[tuple[str, str]]:
    with station.db.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(n)).all()
    return [(r.action, r.actor) for r in reversed(rows)]


@pytest.fixture
def people(station: Station) -> Station:
    seed_people(station)
    return station


def test_the_station_starts_locked_and_a_parcel_scan_never_reaches_the_bench(
    qtbot: QtBot, make_window: MakeWindow, people: Station
) -> None:
    window = make_window()
    assert window.locked
    assert window.stack.currentWidget() is window.sign_in
    assert window.status.operator.text() == "Nobody signed in"
    before = row_counts(people.db)
    sounds: list[str] = []
    window.feedback.sounded.connect(sounds.append)
    wedge_scan(qtbot, window, seeded_rma(people))
    # A parcel code on the lock screen is no badge: sign in first.
    qtbot.waitUntil(lambda: "Sign in first" in window.sign_in.message.text(), timeout=WAIT)
    assert window.sign_in.message.property("level") == "error"
    assert window.sign_in.badge.text() == ""
    assert sounds == ["refused"]
    assert window.bench.inspection is None
    for key in (Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F8):  # no way round the lock
        qtbot.keyClick(window.sign_in.pin, key)
        assert window.stack.currentWidget() is window.sign_in
    assert row_counts(people.db) == before
    window.sign_in.clear()
    sign_in(qtbot, window, "maria")
    assert window.stack.currentWidget() is window.bench
    assert window.status.operator.text() == "maria (operator)"
    qtbot.keyClick(window.bench, Qt.Key.Key_F8)  # operators have no users screen
    assert window.stack.currentWidget() is window.bench
    assert window.bench.message.text() == (
        "The users screen needs a supervisor; maria is signed in as operator."
    )


def test_a_wrong_pin_is_said_plainly_and_the_badge_stays_for_another_try(
    qtbot: QtBot, make_window: MakeWindow, people: Station
) -> None:
    window = make_window()
    wedge_scan(qtbot, window, PEOPLE["sam"][0])
    qtbot.waitUntil(lambda: window.focusWidget() is window.sign_in.pin, timeout=WAIT)
    type_pin(qtbot, window, "0000")
    qtbot.waitUntil(lambda: "Wrong PIN" in window.sign_in.message.text(), timeout=WAIT)
    assert "4 more wrong PIN(s) lock this badge" in window.sign_in.message.text()
    assert window.sign_in.pin.text() == ""
    type_pin(qtbot, window, "1357")
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)
    assert "sam (supervisor) · F8 users" in window.status.operator.text()


def test_the_first_start_makes_an_administrator(
    qtbot: QtBot, make_window: MakeWindow, station: Station
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=WAIT)
    form = window.first_run
    for field, text in zip(form.fields, ("Ada Admin", "B-ADA", "9090", "9090"), strict=True):
        qtbot.waitUntil(field.hasFocus, timeout=WAIT)
        qtbot.keyClicks(field, text, delay=60)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)
    assert "Ada Admin (admin)" in window.status.operator.text()
    assert station.user.name == "Ada Admin"
    assert [a for a, _ in last_actions(station, 2)] == ["user.first_admin", "auth.signed_in"]


def test_idle_lock_on_a_fake_clock_keeps_the_open_unit_for_the_next_sign_in(
    qtbot: QtBot, make_window: MakeWindow, people: Station
) -> None:
    clock = Clock()
    window = make_window(idle_clock=clock)
    sign_in(qtbot, window, "maria")
    open_parcel(qtbot, window, seeded_rma(people))
    lpn = window.bench.inspection.lpn  # type: ignore[union-attr]
    clock.now += 4 * 60 + 59
    window.idle.check()
    assert not window.locked
    qtbot.keyClick(window.bench, Qt.Key.Key_B)  # a key is activity: the count starts again
    qtbot.waitUntil(lambda: window.bench.grade == "B", timeout=WAIT)
    clock.now += 4 * 60 + 59
    window.idle.check()
    assert not window.locked
    clock.now += 2
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)  # the window's own timer notices
    assert "Locked after 5 minute(s) without activity" in window.sign_in.message.text()
    assert window.status.operator.text() == "Locked · maria"
    qtbot.waitUntil(lambda: last_actions(people, 1) == [("auth.screen_locked", "maria")])
    # A parcel scanned while locked never reaches the bench: sign in first.
    wedge_scan(qtbot, window, seeded_rma(people, 1))
    qtbot.waitUntil(lambda: "Sign in first" in window.sign_in.message.text(), timeout=WAIT)
    assert window.bench.inspection is not None
    assert window.bench.inspection.lpn == lpn
    window.sign_in.clear()
    sign_in(qtbot, window, "maria")
    assert window.bench.inspection.lpn == lpn
    assert window.bench.grade == "B"
    assert f"Carry on with {lpn}" in window.bench.message.text()
    qtbot.keyClick(window.bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.bench.inspection is None, timeout=WAIT)


def test_another_badge_switches_the_operator_and_the_unit_carries_on(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    seed = PEOPLE["sam"]
    _add_sam(station)  # the window fixture seeded maria only
    open_parcel(qtbot, window, seeded_rma(station))
    insp = window.bench.inspection
    assert insp is not None
    qtbot.keyClick(window.bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.bench.grade == "A", timeout=WAIT)
    wedge_scan(qtbot, window, seed[0])
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)
    qtbot.waitUntil(lambda: window.focusWidget() is window.sign_in.pin, timeout=WAIT)
    assert f"Badge {seed[0]}: type your PIN" in window.sign_in.message.text()
    type_pin(qtbot, window, seed[2])
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)
    assert station.operator == "sam"
    assert window.bench.inspection == insp
    qtbot.keyClick(window.bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.bench.inspection is None, timeout=WAIT)
    with station.db.read() as session:
        finished = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.finished")
        ).one()
        signed_in = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "auth.signed_in")
            .order_by(AuditEvent.id.desc())
        ).first()
    assert finished.actor == "sam"
    assert signed_in is not None
    assert signed_in.detail == {"role": "supervisor", "replaces": "maria"}


def _add_sam(station: Station) -> None:
    """Add sam as an administrator at another bench would (this station keeps maria)."""
    from inspect_station.people import users
    from inspect_station.people.roles import Role, User

    admin = station.user
    station.change_shift(user=User("setup", Role.ADMIN))
    try:
        badge, role, pin = PEOPLE["sam"]
        users.add_user(station, users.check_new_user("sam", badge, role, pin))
    finally:
        station.change_shift(user=admin)


def test_a_user_disabled_while_signed_in_is_locked_out_and_nothing_is_saved(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    open_parcel(qtbot, window, seeded_rma(station))
    qtbot.keyClick(window.bench, Qt.Key.Key_C)
    with station.db.write(guarded=False) as session:
        session.execute(update(UserRow).where(UserRow.name == "maria").values(disabled=True))
    before = row_counts(station.db)
    qtbot.keyClick(window.bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)
    assert "maria was disabled since signing in" in window.sign_in.message.text()
    after = row_counts(station.db)
    assert split_audit(after) == (split_audit(before)[0], split_audit(before)[1] + 1)
    with station.db.read() as session:
        assert session.scalars(select(Inspection.status)).all() == ["open"]


def test_the_users_screen_shows_each_role_only_what_it_may_do(
    qtbot: QtBot, make_window: MakeWindow, people: Station
) -> None:
    window = make_window()
    sign_in(qtbot, window, "ada")
    qtbot.keyClick(window.bench, Qt.Key.Key_F8)
    screen = window.users
    assert window.stack.currentWidget() is screen
    qtbot.waitUntil(lambda: screen.table.rowCount() == 3, timeout=WAIT)
    assert "Insert add" in screen.hints.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: screen.dialog is not None and screen.dialog.isVisible(), timeout=WAIT)
    dialog = screen.dialog
    assert dialog is not None
    dialog.name.setText("Lena")
    dialog.badge.setText("B-LENA")
    dialog.role.setCurrentText("operator")
    dialog.pin.setText("1234")
    dialog.pin_again.setText("4321")
    dialog.accept()
    assert "The two PINs differ" in dialog.message.text()
    dialog.pin_again.setText("1234")
    dialog.accept()
    qtbot.waitUntil(lambda: screen.table.rowCount() == 4, timeout=WAIT)
    assert "Lena added." in screen.message.text()
    # A supervisor sees the list and may unlock, but has no add, disable or PIN keys.
    window.lock_now()
    sign_in(qtbot, window, "sam")
    qtbot.keyClick(window.bench, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: screen.table.rowCount() == 4, timeout=WAIT)
    assert "Insert add" not in screen.hints.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    assert screen.dialog is dialog  # no new dialog
    before = row_counts(people.db)
    screen.table.selectRow(0)
    qtbot.keyClick(screen.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert row_counts(people.db) == before


def test_an_operator_is_not_offered_to_cancel_a_photographed_unit(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station))
    qtbot.keyClick(bench, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.photos.thumbs.count() == 1, timeout=WAIT)
    before = row_counts(station.db)
    qtbot.keyClick(bench, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "needs a supervisor" in bench.message.text(), timeout=WAIT)
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert row_counts(station.db) == before


def test_a_long_name_keeps_bench_and_desk_within_a_1366_pixel_screen(
    qtbot: QtBot, make_window: MakeWindow, station: Station
) -> None:
    from inspect_station.people import auth, users

    name = "Maximiliane Konstantinopoulou-Wittgenstein"
    users.seed(station, [users.check_new_user(name, "B-LONG-01", "supervisor", "8642")])
    auth.sign_in(station, "B-LONG-01", "8642")
    window = make_window()
    shown = window.status.operator
    assert shown.text().endswith("…")
    assert shown.toolTip() == f"{name} (supervisor) · F8 users · F11 approvals"
    for show in (window.show_bench, window.show_history, window.show_approvals):
        show()
        qtbot.wait(50)
        assert window.width() <= 1366
