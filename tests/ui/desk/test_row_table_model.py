"""The desk tables' column widths: long titles give way before a stretched column's cells."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView
from pytestqt.qtbot import QtBot

from ui.desk.row_table_model import ColumnShares, RowTableModel

TITLES = ("Number", "A very long title over short cells", "Another long column title", "Reason")
KEEP = 3


class Model(RowTableModel[tuple[str, ...]]):
    columns = TITLES

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.row_at(index.row())[index.column()]
        return None


def _table(qtbot: QtBot, width: int) -> tuple[QTableView, ColumnShares]:
    model = Model()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setSectionResizeMode(KEEP, QHeaderView.ResizeMode.Stretch)
    shares = ColumnShares(table, keep=KEEP, give=(2, 1, 0))
    model.set_rows([("12", "x", "7", "The customer says the quality is not as expected")] * 3)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    shares.fit()
    QApplication.processEvents()
    return table, shares


def _reason_fits(table: QTableView) -> bool:
    return table.sizeHintForColumn(KEEP) <= table.columnWidth(KEEP)


def test_with_room_every_title_is_whole(qtbot: QtBot) -> None:
    table, shares = _table(qtbot, 1400)
    wanted = dict(shares._wanted)
    for column in (0, 1, 2):
        assert table.columnWidth(column) == wanted[column]
        assert wanted[column] > table.sizeHintForColumn(column)  # the titles are the wider
    assert _reason_fits(table)


def test_when_narrow_the_long_titles_give_way_in_order_and_the_reason_shows_whole(
    qtbot: QtBot,
) -> None:
    table, shares = _table(qtbot, 1400)
    wanted = dict(shares._wanted)
    room = table.viewport().width()
    # Narrow enough that the first column given up is not enough on its own.
    give_all = sum(wanted[c] for c in (0, 1, 2)) + table.sizeHintForColumn(KEEP)
    narrow = table.width() - room + give_all - (wanted[2] - shares._floor[2]) - 20
    table.resize(narrow, 200)
    QApplication.processEvents()
    assert table.columnWidth(2) == shares._floor[2]  # given up first, down to its floor
    assert table.columnWidth(1) < wanted[1]  # then the next
    assert table.columnWidth(0) == wanted[0]  # not needed: whole
    assert _reason_fits(table)
    assert (
        table.model().headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        == (TITLES[1])
    )
    table.resize(1400, 200)  # room again: the titles whole again
    QApplication.processEvents()
    assert [table.columnWidth(c) for c in (0, 1, 2)] == [wanted[c] for c in (0, 1, 2)]


def test_a_cell_is_never_cut_for_a_title(qtbot: QtBot) -> None:
    table, _shares = _table(qtbot, 300)
    for column in (0, 1, 2):
        assert table.columnWidth(column) >= table.sizeHintForColumn(column)


def test_widths_set_by_hand_stay(qtbot: QtBot) -> None:
    table, shares = _table(qtbot, 1400)
    header = table.horizontalHeader()
    edge = header.sectionViewportPosition(1) + header.sectionSize(1) - 1
    y = header.height() // 2
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge, y))
    QTest.mouseMove(header.viewport(), QPoint(edge - 60, y))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(edge - 60, y))
    assert shares.by_hand
    dragged = table.columnWidth(1)
    assert dragged < shares._wanted[1]
    table.resize(700, 200)
    QApplication.processEvents()
    assert table.columnWidth(1) == dragged
