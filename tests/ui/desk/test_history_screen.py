from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.desk.history import HistoryQuery
from inspect_station.people.roles import Role, User
from inspect_station.printing import queue
from inspect_station.supervise import overrides
from tests.conftest import FakeClock
from tests.inspect_station.bench.test_inspection import frame
from tests.inspect_station.desk_data import finish_units
from tests.inspect_station.returns import add_return, open_rma, with_photo
from ui.desk.history_model import HistoryModel
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

WAIT = 10_000
# The daily report draws its charts and PDF on the long-task runner: on a busy two-core machine
# that alone took over 10 s. The wait is a deadline, not a measure (benchmarks/desk.py times it).
REPORT_WAIT = 60_000


def finish_some(station: Station, grades: str) -> list[str]:
    with station.db.read() as session:
        rmas = session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).all()
    plates = []
    for rma, grade in zip(rmas, grades, strict=False):
        opened = scanning.scan(station, rma)
        assert isinstance(opened, scanning.Opened)
        inspection.add_camera_photo(station, opened.inspection.id, frame())
        inspection.finish(station, opened.inspection, grade=grade)
        plates.append(opened.inspection.lpn)
    return plates


def test_the_model_fetches_pages_as_the_view_asks(
    qtbot: QtBot, qtmodeltester: ModelTester, station: Station, clock: FakeClock
) -> None:
    units = finish_units(station, clock)
    tasks = TaskRunner()
    model = HistoryModel(station=station, tasks=tasks, page_size=3)
    try:
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT):
            model.set_query(HistoryQuery())
        assert model.rowCount() == 3
        assert model.canFetchMore()
        qtmodeltester.check(model)  # it fetches more itself; the checks hold throughout

        def scrolled_to_the_end() -> bool:
            if model.canFetchMore():  # what a view does as it scrolls to the last row
                model.fetchMore()
            return model.complete

        qtbot.waitUntil(scrolled_to_the_end, timeout=WAIT)
        assert [model.row_at(r).lpn for r in range(model.rowCount())] == [
            u.lpn for u in reversed(units)
        ]
        with qtbot.waitSignal(model.page_loaded, timeout=WAIT):
            model.sort(4, Qt.SortOrder.AscendingOrder)  # by grade
        qtbot.waitUntil(lambda: model.complete or model.rowCount() == 3, timeout=WAIT)
        assert model.row_at(0).grade == "A"
        qtmodeltester.check(model)
    finally:
        tasks.shutdown()


def test_history_filters_sorts_and_opens_a_unit_with_photos(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, station: Station
) -> None:
    plates = finish_some(station, "ABX")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    qtmodeltester.check(history.model)
    assert {history.model.row_at(r).lpn for r in range(3)} == set(plates)
    assert history.model.data(history.model.index(0, 3)) == "maria"
    qtbot.waitUntil(lambda: history.filters.grade.count() > 1, timeout=WAIT)

    history.filters.grade.setCurrentIndex(history.filters.grade.findData("X"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    assert history.model.row_at(0).lpn == plates[2]
    history.filters.clear()
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    history.filters.search.setText(plates[1].lower())
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    history.filters.search.setText("LP\x07")
    qtbot.waitUntil(lambda: "control characters" in history.status.text(), timeout=WAIT)
    history.filters.search.clear()
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    history.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    assert [history.model.row_at(r).grade for r in range(3)] == ["A", "B", "X"]

    with qtbot.waitSignal(history.opened, timeout=WAIT) as opened:
        history.table.selectRow(0)
        history.open_current()
    assert opened.args[0].inspection.lpn == history.model.row_at(0).lpn
    dialog = history._dialog
    assert dialog is not None
    assert dialog.photos.count() == 1
    assert [dialog.tabs.tabText(i) for i in range(6)] == [
        "&Grading (0 defect(s))",
        "&Refund",
        "&Lines (1)",
        "L&abels (1)",
        "&Timeline (3)",
        "S&hop (2)",  # its event and its return's decision, kept: no connector is configured
    ]
    summary = dialog.summary_text()
    assert "Receipt: received" in summary
    assert "Grade: A Like new · given by key, no defect ticked" in summary
    assert "Refund: Full refund" in summary
    with qtbot.waitSignal(history.label_requested, timeout=WAIT) as asked:
        dialog.label_button.click()  # the label's preview and reprint live with the labels
    assert asked.args[0] == dialog.detail.inspection.id
    dialog.close()


def test_history_is_driven_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    plates = finish_some(station, "AB")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
    assert history.filters.search.hasFocus()
    qtbot.keyClick(history.filters.search, Qt.Key.Key_Down)
    assert history.table.currentIndex().row() == 1
    with qtbot.waitSignal(history.opened, timeout=WAIT) as opened:
        qtbot.keyClick(history.filters.search, Qt.Key.Key_Return)
    assert opened.args[0].inspection.lpn == history.model.row_at(1).lpn
    assert history.model.row_at(1).lpn in plates
    assert history._dialog is not None
    history._dialog.close()
    window.activateWindow()
    history.filters.search.setFocus()
    qtbot.waitUntil(history.filters.search.hasFocus, timeout=WAIT)
    qtbot.keyClick(history.filters.search, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert history.filters.bench.hasFocus()  # Alt+B: the bench filter


def test_a_supervisor_overrides_from_the_unit_and_a_stale_view_is_refused(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    [plate] = finish_some(station, "B")
    queue.dispatch(station)  # the bench printed the unit's label
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        history.open_current()
    dialog = history._dialog
    assert dialog is not None
    seen = dialog.detail.inspection
    # Meanwhile another supervisor regrades the unit.
    overrides.override(station, seen.id, seen_version=seen.version, grade="C", reason="worn")
    dialog.ask_override()
    ask = dialog._override
    assert ask is not None
    ask.grade.setCurrentIndex(ask.grade.findData("D"))
    ask.reason.setText("heel cracked")
    ask._on_buttons_accepted()
    qtbot.waitUntil(lambda: "changed since you opened it" in dialog.message.text(), timeout=WAIT)
    assert dialog.detail.inspection.grade == "C"  # the fresh state is shown
    # Decided again on the fresh state: applied, and the label prints here.
    dialog.ask_override()
    ask = dialog._override
    assert ask is not None
    ask.grade.setCurrentIndex(ask.grade.findData("D"))
    ask.reason.setText("heel cracked")
    with qtbot.waitSignal(dialog.overridden, timeout=WAIT):
        ask._on_buttons_accepted()
    assert dialog.detail.inspection.grade == "D"
    assert "Overridden" in dialog.message.text()
    labels = Path(station.settings.labels_dir)
    # The first label, and one corrected label: the other supervisor's was still waiting when
    # this override came, so it went out once, as this override left the unit.
    qtbot.waitUntil(lambda: len(list(labels.glob("*.pdf"))) == 2, timeout=WAIT)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: history.model.row_at(0).grade == "D", timeout=WAIT)
    assert plate == history.model.row_at(0).lpn
    dialog.close()


def test_the_shown_history_is_exported(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    finish_some(station, "AAB")
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    history.filters.grade.setCurrentIndex(history.filters.grade.findData("A"))
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
    target = tmp_path / "a.csv"
    with qtbot.waitSignal(history.exported, timeout=WAIT) as done:
        history.export_to(target)
    assert done.args[0].rows == 2
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert [r[4] for r in rows[1:]] == ["A", "A"]
    assert "2 rows exported" in history.status.text()


def test_the_dashboard_shows_the_day_and_writes_the_report(
    qtbot: QtBot, window: MainWindow, station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    finish_units(station, clock)
    dashboard = window.desk.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=WAIT) as loaded:
        qtbot.keyClick(window, Qt.Key.Key_F6)
    assert loaded.args[0].team.units == 7
    assert "7 units" in dashboard.status.text()
    target = tmp_path / "day.pdf"
    # the report names each grader's figures
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    with qtbot.waitSignal(dashboard.report_written, timeout=REPORT_WAIT):
        dashboard.write_report(target)
    assert target.read_bytes()[:5] == b"%PDF-"


def test_scanning_a_finished_plate_opens_that_unit(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    [plate] = finish_some(station, "C")
    with qtbot.waitSignal(window.history.opened, timeout=WAIT) as opened:
        window._scanner.scanned.emit(plate)
    assert opened.args[0].inspection.lpn == plate
    assert window.history._dialog is not None
    window.history._dialog.close()


def test_a_supervisors_scan_at_the_desk_finds_the_unit(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    plates = finish_some(station, "AB")
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 2, timeout=WAIT)
    window._scanner.scanned.emit(plates[0])
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=WAIT)
    assert window.stack.currentWidget() is window.desk
    assert window.history.model.row_at(0).lpn == plates[0]


def test_an_operator_is_offered_no_export_report_or_override(
    qtbot: QtBot, window: MainWindow, station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    finish_some(station, "B")
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    assert not history.export_button.isVisible()
    assert "Ctrl+E" not in history.heading.text()
    qtbot.keyClick(history.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert history.status.text() == "Exporting history needs a supervisor."
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        history.open_current()
    dialog = history._dialog
    assert dialog is not None
    assert not dialog.override_button.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert dialog._override is None
    assert dialog.message.text().startswith("Overriding a grade or route needs a supervisor")
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    dashboard = window.desk.dashboard
    with qtbot.waitSignal(dashboard.loaded, timeout=WAIT):
        window.show_dashboard()
    assert not dashboard.report_button.isVisible()
    assert "Ctrl+R" not in dashboard.heading.text()
    qtbot.keyClick(dashboard.day, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert dashboard.status.text() == "The daily report needs a supervisor."
    # The same screens offer all three to a supervisor once one signs in.
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    assert history.export_button.isVisible()
    assert "Ctrl+E export" in history.heading.text()
    window.show_dashboard()
    assert dashboard.report_button.isVisible()


def test_the_unit_shows_the_withdrawal_and_writes_the_evidence(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    facts = {
        "withdrawal_notice_at": "2026-11-20T21:40[Europe/Berlin]",
        "withdrawal_channel": "button",
        "withdrawal_ack_id": "ACK-7",
        "proof_of_sending_at": "2026-11-21T10:12[Europe/Berlin]",
        "proof_of_sending_by": "first-scan",
        "delivery_cost_paid": "9.95",
        "cheapest_delivery_cost": "4.95",
    }
    add_return(station, "RMA-V-000001", [("AP-9", "apparel", "80.00", 1)], facts=facts)
    opened = with_photo(station, open_rma(station, "RMA-V-000001"), "stain")
    inspection.finish(station, opened, draft=Draft(defects=frozenset({"stain"})))
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        history.open_current()
    dialog = history._dialog
    assert dialog is not None
    summary = dialog.summary_text()
    assert (
        "Withdrawal: notice 20 Nov 2026 21:40 Europe/Berlin · by withdrawal button · ack ACK-7 · "
        "informed of the right: yes · sent 21 Nov 10:12 Europe/Berlin (first-scan) · delivery "
        "paid €9.95, cheapest standard €4.95"
    ) in summary
    assert "Refund: Partial refund €56.00 (−30 %) + delivery €4.95" in summary
    assert (
        "Deadline: Refund due by 4 Dec 23:59 Europe/Berlin (in 8 days) · may be withheld "
        "until 21 Nov 10:12 (proof of sending)"
    ) in summary
    assert dialog.evidence_button.isVisible()
    target = tmp_path / "evidence.pdf"
    with qtbot.waitSignal(dialog.evidence_written, timeout=WAIT):
        dialog.write_evidence(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Evidence written to" in dialog.message.text()
    dialog.close()


def test_enter_on_a_photo_opens_the_photo_only(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    finish_some(station, "B")
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        history.open_current()
    dialog = history._dialog
    assert dialog is not None
    dialog.photos.setFocus()
    dialog.photos.setCurrentRow(0)
    with qtbot.waitSignal(dialog.gallery_requested, timeout=WAIT) as shown:
        qtbot.keyClick(dialog.photos, Qt.Key.Key_Return)
    assert shown.args == [0]
    assert dialog._override is None  # the override did not open beside the photo
    dialog.close()


def test_the_override_reason_message_goes_once_a_reason_is_typed(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    finish_some(station, "B")
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        history.open_current()
    dialog = history._dialog
    assert dialog is not None
    dialog.ask_override()
    ask = dialog._override
    assert ask is not None
    ask.grade.setCurrentIndex(ask.grade.findData("D"))
    ask._on_buttons_accepted()
    assert ask.problem.text() == "Say why: the reason is required."
    qtbot.keyClicks(ask.reason, "heel cracked")  # typed: the wedge filter replays the keys
    qtbot.waitUntil(lambda: ask.reason.text() == "heel cracked", timeout=WAIT)
    assert ask.problem.text() == ""
    ask.reject()
    dialog.close()


def test_ctrl_e_in_find_exports_into_the_documents_folder(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    finish_some(station, "A")
    folder = tmp_path / "exports-here"
    folder.mkdir()
    station.settings = station.settings.replace(export_dir=str(folder))
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    search = history.filters.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=WAIT)
    # Under GNOME's and KDE's key bindings a line edit claims Ctrl+E ("end of line") before
    # any shortcut: the key then arrives at the field itself, as it is sent here.
    ctrl = Qt.KeyboardModifier.ControlModifier
    claim = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_E, ctrl, "\x05")
    QApplication.sendEvent(search, claim)
    assert claim.isAccepted()  # the field keeps Ctrl+E from the shortcut map …
    QApplication.sendEvent(search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_E, ctrl, "\x05"))
    qtbot.waitUntil(lambda: getattr(history, "save_dialog", None) is not None, timeout=WAIT)
    dialog = history.save_dialog
    assert Path(dialog.directory().absolutePath()) == folder
    with qtbot.waitSignal(history.exported, timeout=WAIT) as done:
        dialog.fileSelected.emit(str(folder / "history.csv"))
    assert done.args[0].rows == 1
    assert (folder / "history.csv").exists()
    dialog.reject()


def test_save_dialogs_open_in_the_documents_folder_by_default(station: Station) -> None:
    import platformdirs

    documents = Path(platformdirs.user_documents_dir())
    expected = documents if documents.is_dir() else Path.home()
    assert station.settings.replace(export_dir="").resolved_export_dir == expected
    assert station.settings.replace(export_dir="/no/such/folder").resolved_export_dir == expected
