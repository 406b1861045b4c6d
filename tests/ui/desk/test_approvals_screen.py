"""The approval queue from the keyboard: F11, ↑/↓, A approve, C change, Enter opens the unit."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.audit import AuditEvent
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals
from tests.conftest import FakeClock
from tests.helpers import row_counts, seed_people, sign_in_as
from tests.inspect_station.returns import add_return, open_rma, with_photo
from tests.ui.conftest import MakeWindow
from ui.desk.approvals_model import ApprovalsModel
from ui.desk.change_dialog import ChangeDialog
from ui.main_window import MainWindow

WAIT = 10_000


def waiting(station: Station, rma: str, price: str = "400.00", *, photo: bool = False) -> uuid.UUID:
    """A unit worth more than the approval threshold: its recommendation waits."""
    user = station.user
    station.change_shift(user=User("maria", Role.OPERATOR))
    try:
        add_return(station, rma, [("EL-7", "electronics", price, 1)], notice_on="2026-11-25")
        opened = open_rma(station, rma)
        if photo:
            opened = with_photo(station, opened)
        return inspection.finish(station, opened, grade="A").inspection.id
    finally:
        station.change_shift(user=user)


@pytest.fixture
def supervisor_window(make_window: MakeWindow, station: Station) -> MainWindow:
    seed_people(station)
    sign_in_as(station, "sam")
    return make_window()


def confirm_box(screen: object) -> QMessageBox | None:
    box = getattr(screen, "confirm_box", None)
    return box if isinstance(box, QMessageBox) and box.isVisible() else None


def test_a_refund_below_the_confirmation_threshold_is_approved_with_one_key(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station
) -> None:
    station.settings = station.settings.replace(approval_confirm_from=500.0)
    unit = waiting(station, "RMA-Q-000009")
    window = supervisor_window
    open_queue(qtbot, window, 1)
    qtbot.keyClick(window.approvals.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() == 0, timeout=WAIT)
    decided = approvals.recommendation(station, unit)
    assert decided is not None
    assert decided.status == "approved"


def open_queue(qtbot: QtBot, window: MainWindow, rows: int) -> None:
    qtbot.keyClick(window.bench, Qt.Key.Key_F11)
    screen = window.approvals
    qtbot.waitUntil(lambda: screen.model.rowCount() == rows, timeout=WAIT)
    qtbot.waitUntil(lambda: "waiting" in screen.message.text(), timeout=WAIT)
    assert window.stack.currentWidget() is window.desk
    assert window.desk.tabs.currentWidget() is screen


def test_the_model_holds_up_under_qt_s_checks(
    qtbot: QtBot, qtmodeltester: ModelTester, station: Station, clock: FakeClock
) -> None:
    for n in range(3):
        waiting(station, f"RMA-Q-00000{n}")
        clock.advance(3600)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    model = ApprovalsModel(currency="EUR", clock=clock)
    model.set_rows(approvals.pending(station))
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 0)) for r in range(3)] == [
        "3 h 00 min",
        "2 h 00 min",
        "1 h 00 min",
    ]
    assert model.data(model.index(0, 7)) == "Full refund €400.00"
    # the notice of 25 Nov, a day only, is counted in this computer's zone
    assert model.data(model.index(0, 8)) == "9 Dec 23:59"
    assert model.data(model.index(0, 9)) == "26 Nov (received)"
    tip = model.data(model.index(0, 8), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Refund due by 9 Dec 23:59 UTC (in 13 days)"


def test_a_supervisor_approves_with_one_key_oldest_first(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station, clock: FakeClock
) -> None:
    first = waiting(station, "RMA-Q-000001")
    clock.advance(30 * 3600)  # the first has waited longer than approval_flag_hours (24)
    second = waiting(station, "RMA-Q-000002", "260.00")
    window = supervisor_window
    open_queue(qtbot, window, 2)
    screen = window.approvals
    model = screen.model
    assert [model.row_at(r).inspection_id for r in range(2)] == [first, second]
    assert model.data(model.index(0, 0)) == "1 d 6 h ⚠"  # flagged: too long in the queue
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color().name() == "#b3261e"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 6)) == "value €400.00 ≥ €250.00"
    assert "1 flagged ⚠" in screen.message.text()
    assert "Full refund €400.00" in screen.detail.text()
    assert screen.approve_button.isVisible()
    # €400 is above approval_confirm_from: A asks first, Esc leaves it waiting, nothing written.
    before = row_counts(station.db)
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: confirm_box(screen) is not None, timeout=WAIT)
    box = confirm_box(screen)
    assert box is not None
    assert "Approve full refund of €400.00" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "not approved" in screen.message.text(), timeout=WAIT)
    assert row_counts(station.db) == before
    assert model.rowCount() == 2
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: confirm_box(screen) is not None and confirm_box(screen) is not box)
    box = confirm_box(screen)
    assert box is not None
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter approves
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
    assert screen.message.text().startswith("Approved: ")
    assert model.row_at(0).inspection_id == second
    decided = approvals.recommendation(station, first)
    assert decided is not None
    assert (decided.status, decided.decided_by) == ("approved", "sam")


def test_c_changes_outcome_refund_and_reason_and_a_bad_amount_keeps_the_dialog(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station
) -> None:
    unit = waiting(station, "RMA-Q-000003")
    window = supervisor_window
    open_queue(qtbot, window, 1)
    screen = window.approvals
    qtbot.keyClick(screen.table, Qt.Key.Key_C)  # held a moment by the scanner's filter
    qtbot.waitUntil(lambda: screen._dialog is not None, timeout=WAIT)
    dialog = screen._dialog
    assert isinstance(dialog, ChangeDialog)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT)
    assert dialog.outcome.currentData() == "partial"  # a full refund is most often cut down
    assert dialog.refund.text() == "400.00"
    before = row_counts(station.db)
    dialog.refund.setText("450")
    dialog.reason.setText("Scratch on the lid")  # typed by hand (keyClicks would be a scan)
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    # Refused by the service: the dialog comes back with the reason still typed.
    qtbot.waitUntil(
        lambda: screen._dialog is not dialog and screen._dialog.isVisible(), timeout=WAIT
    )
    again = screen._dialog
    assert isinstance(again, ChangeDialog)
    assert "cannot exceed the price" in again.problem.text()
    assert again.reason.text() == "Scratch on the lid"
    assert row_counts(station.db) == before
    again.refund.setText("300")
    qtbot.keyClick(again.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=WAIT)
    assert "Changed: " in screen.message.text()
    view = approvals.recommendation(station, unit)
    assert view is not None
    assert (view.outcome, view.refund_amount, view.reason) == (
        "partial",
        Decimal("300.00"),
        "Scratch on the lid",
    )


def test_a_decision_made_elsewhere_meanwhile_is_a_conflict_with_the_fresh_queue(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station
) -> None:
    unit = waiting(station, "RMA-Q-000004")
    window = supervisor_window
    open_queue(qtbot, window, 1)
    screen = window.approvals
    # Another supervisor, at another desk, approves the same unit first.
    me = station.user
    station.change_shift(user=User("lena", Role.SUPERVISOR))
    approvals.approve(station, unit, note="looked at it first")
    station.change_shift(user=me)
    before = row_counts(station.db)
    qtbot.keyClick(screen.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: confirm_box(screen) is not None, timeout=WAIT)
    qtbot.keyClick(confirm_box(screen), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "already approved by lena" in screen.message.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=WAIT)
    assert screen.message.property("level") == "error"
    assert row_counts(station.db) == before


def test_an_operator_sees_no_keys_and_is_refused_with_nothing_written(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    waiting(station, "RMA-Q-000005")
    qtbot.keyClick(window.bench, Qt.Key.Key_F11)
    screen = window.approvals
    qtbot.waitUntil(lambda: "for supervisors" in screen.message.text(), timeout=WAIT)
    assert "needs the supervisor role" in screen.message.text()
    assert screen.model.rowCount() == 0
    assert not screen.approve_button.isVisible()
    assert not screen.change_button.isVisible()
    assert "A approve" not in screen.title.text()
    before = row_counts(station.db)
    screen.approve_selected()
    assert "Only a supervisor may approve" in screen.message.text()
    assert row_counts(station.db) == before


def test_enter_opens_the_unit_with_its_recommendation_and_photos(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station
) -> None:
    unit = waiting(station, "RMA-Q-000006", photo=True)
    window = supervisor_window
    open_queue(qtbot, window, 1)
    screen = window.approvals
    qtbot.waitUntil(lambda: screen.photos.count() == 1, timeout=WAIT)  # the photo behind it
    assert screen.photos.item(0).text() == station.shots.name_of(
        inspection.inspection_detail(station, unit).photos[0].shot
    )  # the shot's name, not its hash
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.history._dialog is not None and window.history._dialog.isVisible(),
        timeout=WAIT,
    )
    dialog = window.history._dialog
    assert dialog is not None
    assert dialog.detail.inspection.id == unit
    assert window.width() <= 1366  # the queue and the unit fit a 1366×768 screen
    assert dialog.width() <= 1366
    assert "pending" in dialog.summary_text()
    assert dialog.photos.count() == 1
    dialog.close()


def test_a_scanned_plate_selects_its_unit(
    qtbot: QtBot, supervisor_window: MainWindow, station: Station, clock: FakeClock
) -> None:
    waiting(station, "RMA-Q-000007")
    clock.advance(60)
    second = waiting(station, "RMA-Q-000008")
    window = supervisor_window
    open_queue(qtbot, window, 2)
    screen = window.approvals
    lpn = screen.model.row_at(1).lpn
    window._on_scan_checked(lpn, False)  # what a scan at the desk becomes once checked
    qtbot.waitUntil(lambda: screen.selected() is not None and screen.selected().lpn == lpn)
    assert screen.selected().inspection_id == second  # type: ignore[union-attr]
    with station.db.read() as session:
        assert not session.scalars(
            select(AuditEvent).where(AuditEvent.action == "recommendation.approved")
        ).all()
