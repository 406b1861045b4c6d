"""A read-only Qt table model over a list of rows with fixed column titles.

The desk's tables (history, quarantine, approvals) share the counting and the headers; each
says what its rows are and how a cell reads in ``data``.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows in ``_rows``, one column per title in ``columns``."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

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
