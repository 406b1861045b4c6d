"""A read-only Qt table model over a list of rows with fixed column titles, and the table the
desk's lists show it in.

The desk's tables (history, quarantine, conflicts, approvals) share the counting, the headers
and the row under the selection; each says what its rows are and how a cell reads in ``data``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in ``_rows``, one column per title in ``columns``."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def selected_in(self, view: QAbstractItemView) -> Row | None:
        """The row selected in ``view`` (one at a time), or None."""
        rows = view.selectionModel().selectedRows()
        return self.row_at(rows[0].row()) if rows else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                # The titles are marked in the context "Columns" where each table lists them.
                return QCoreApplication.translate("Columns", self.columns[section])
            return None
        return None


def fit_columns(table: QTableView, *, sortable: Collection[int] = ()) -> None:
    """Each column as wide as its cells or its title, whichever is wider, and room for the sort
    arrow only in a column that sorts. Qt's own fit keeps that room in every column: with the
    longer titles of German or Polish the table then outgrows the bench's 1366 pixels."""
    header = table.horizontalHeader()
    model = table.model()
    style = header.style()
    font = QFont(header.font())
    font.setBold(True)  # a title is drawn bold; measuring it so never cuts it
    metrics = QFontMetrics(font)
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 8
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        width = metrics.horizontalAdvance(title) + margin + (arrow if column in sortable else 0)
        header.resizeSection(column, max(table.sizeHintForColumn(column), width))


def row_table(model: RowTableModel[Any]) -> QTableView:
    """A read-only table over ``model``: one whole row selected at a time, columns as wide as
    their contents (the last takes the rest), no row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().hide()
    return table


def table_keys(table: QTableView, keys: Iterable[tuple[str, Callable[[], object]]]) -> None:
    """Keys that belong to the table alone (they never fire from a dialog the screen opened)."""
    for key, slot in keys:
        QShortcut(
            QKeySequence(key), table, context=Qt.ShortcutContext.WidgetShortcut
        ).activated.connect(slot)
