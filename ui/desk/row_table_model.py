"""A read-only Qt table model over a list of rows with fixed column titles, and the table the
desk's lists show it in.

The desk's tables (history, quarantine, conflicts, approvals) share the counting, the headers
and the row under the selection; each says what its rows are and how a cell reads in ``data``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

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
            return self.columns[section] if 0 <= section < len(self.columns) else None
        return None


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
