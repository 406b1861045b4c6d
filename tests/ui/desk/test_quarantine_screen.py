"""The quarantine screen from the keyboard: F7, Enter, scan the RMA slip, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.people.roles import Role, User
from tests.helpers import row_counts
from ui.desk.quarantine_dialogs import AttachDialog, CreateReturnDialog
from ui.main_window import MainWindow

WAIT = 10_000


def unexpected_parcel(station: Station) -> None:
    opened = scanning.receive_unexpected(station, "1Z999AA10123456784")
    inspection.finish(station, opened.inspection, grade="A")


def open_quarantine(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.bench, Qt.Key.Key_F7)
    screen = window.quarantine
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT)
    assert window.stack.currentWidget() is window.desk
    assert window.desk.tabs.currentWidget() is screen  # the desk's quarantine tab
    assert "1 unexpected return(s) waiting" in screen.message.text()


def test_a_supervisor_attaches_a_parcel_by_scanning_the_rma_slip(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    unexpected_parcel(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    with station.db.read() as session:
        rma = session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).first()
    assert rma is not None
    open_quarantine(qtbot, window)
    screen = window.quarantine
    assert screen.model.data(screen.model.index(0, 6)) == "UPS tracking number 1Z999AA10123456784"
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen._dialog
    assert isinstance(dialog, AttachDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    # The slip is scanned: the wedge scanner's burst goes to the dialog, not to the bench.
    qtbot.keyClicks(dialog.reference, rma)
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.found.count() == 1, timeout=WAIT)
    assert window.stack.currentWidget() is window.desk
    assert window.desk.tabs.currentWidget() is screen  # the desk's quarantine tab
    qtbot.keyClick(dialog.found, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=WAIT)
    assert "attached to " + rma in screen.message.text()
    with station.db.read() as session:
        entry = session.scalars(select(UnexpectedReturn)).one()
        assert (entry.state, entry.resolved_by) == ("attached", "sam")


def test_an_operator_is_offered_no_placing_and_nothing_changes(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    unexpected_parcel(station)
    open_quarantine(qtbot, window)
    screen = window.quarantine
    assert "a supervisor places them" in screen.heading.text()
    assert "Ctrl+N" not in screen.heading.text()
    before = row_counts(station.db)
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen._dialog is None
    assert screen.message.text() == "Placing a parcel from quarantine needs a supervisor."
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert screen._dialog is None
    assert row_counts(station.db) == before


def test_a_supervisor_who_lost_the_role_meanwhile_is_refused_by_the_service(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    unexpected_parcel(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    open_quarantine(qtbot, window)
    screen = window.quarantine
    assert "Ctrl+N new return" in screen.heading.text()
    before = row_counts(station.db)
    screen.create_for_selected()
    dialog = screen._dialog
    assert isinstance(dialog, CreateReturnDialog)
    # the dialog stays open; the service decides
    station.change_shift(user=User("maria", Role.OPERATOR))
    dialog.fields["order_number"].setText("SO-12345678")
    dialog.fields["sku"].setText("AP-1001-M")
    qtbot.keyClick(dialog.fields["sku"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "needs the supervisor role" in dialog.message.text(), timeout=WAIT)
    assert dialog.message.property("level") == "error"
    assert row_counts(station.db) == before
    dialog.reject()


def test_the_new_return_carries_the_withdrawal_typed_in(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    unexpected_parcel(station)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    open_quarantine(qtbot, window)
    screen = window.quarantine
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = screen._dialog
    assert isinstance(dialog, CreateReturnDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    form = dialog.withdrawal
    # Typed fields as typed (a fast burst of keys would be the scanner's, held by the wedge).
    dialog.fields["order_number"].setText("SO-12345678")
    dialog.fields["sku"].setText("AP-1001-M")
    form.notice.setText("2026-11-20 21:40")
    form.zone.setText("Europe/Berlin")
    form.channel.setCurrentIndex(2)  # e-mail
    form.informed.setCurrentIndex(2)  # no
    form.paid.setText("-4.95")
    before = row_counts(station.db)
    qtbot.keyClick(form.paid, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "Delivery paid: -4.95 is not a cost" in dialog.message.text(), timeout=WAIT
    )
    assert row_counts(station.db) == before  # refused whole: nothing written
    form.paid.setText("4.95")
    qtbot.keyClick(form.paid, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=WAIT)
    with station.db.read() as session:
        er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma.like("UNX-%"))).one()
    assert (er.withdrawal_zone, er.withdrawal_channel, er.consumer_informed) == (
        "Europe/Berlin",
        "email",
        False,
    )
    assert er.withdrawal_notified_at is not None
    assert er.withdrawal_notified_at.isoformat() == "2026-11-20T20:40:00+00:00"
    assert str(er.delivery_paid) == "4.95"
