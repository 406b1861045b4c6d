from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models import ExpectedReturn
from inspect_station import inspection, scanning
from inspect_station.station import Station
from tests.inspect_station.test_inspection import frame
from ui.main_window import MainWindow

WAIT = 10_000


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


def test_history_lists_today_filters_and_opens_with_photos(
    qtbot: QtBot, qtmodeltester: ModelTester, window: MainWindow, station: Station
) -> None:
    plates = finish_some(station, "ABX")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)
    qtmodeltester.check(history.model)
    shown = {history.model.data(history.model.index(r, 0)) for r in range(3)}
    assert shown == set(plates)
    assert history.model.data(history.model.index(0, 3)) == "maria"

    history.filter.setText(plates[2])
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    assert history.model.data(history.model.index(0, 4)) == "X"
    history.filter.setText("recycle")
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    history.filter.setText("100%_nothing")
    qtbot.waitUntil(lambda: history.model.rowCount() == 0, timeout=WAIT)
    history.filter.setText("")
    qtbot.waitUntil(lambda: history.model.rowCount() == 3, timeout=WAIT)

    with qtbot.waitSignal(history.opened, timeout=WAIT) as opened:
        history.table.setFocus()
        history.table.selectRow(0)
        qtbot.keyClick(history.filter, Qt.Key.Key_Return)
    assert opened.args[0].lpn == history.model.row_at(0).lpn
    dialog = history._dialog
    assert dialog is not None
    assert dialog.photos.count() == 1
    dialog.close()


def test_history_is_driven_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    plates = finish_some(station, "AB")
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 2, timeout=WAIT)
    assert history.filter.hasFocus()
    qtbot.keyClick(history.filter, Qt.Key.Key_Down)
    assert history.table.currentIndex().row() == 1
    with qtbot.waitSignal(history.opened, timeout=WAIT) as opened:
        qtbot.keyClick(history.filter, Qt.Key.Key_Return)
    assert opened.args[0].lpn == plates[0]  # newest first: the second row is the first unit
    assert history._dialog is not None
    history._dialog.close()


def test_scanning_a_finished_plate_opens_that_unit(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    [plate] = finish_some(station, "C")
    with qtbot.waitSignal(window.history.opened, timeout=WAIT) as opened:
        window._scanner.scanned.emit(plate)
    assert opened.args[0].lpn == plate
    assert window.history._dialog is not None
    window.history._dialog.close()
