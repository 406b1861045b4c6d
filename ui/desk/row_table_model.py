"""A read-only Qt table model over a list of rows with fixed column titles, and the table the
desk's lists show it in.

The desk's tables (history, quarantine, conflicts, approvals) share the counting, the headers
and the row under the selection; each says what its rows are and how a cell reads in ``data``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget
from shiboken6 import isValid

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
        titles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)  # whole in a tip
        if role in titles and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                # The titles are marked in the context "Columns" where each table lists them.
                return QCoreApplication.translate("Columns", self.columns[section])
            return None
        return None


def _title_width(table: QTableView, column: int, sortable: Collection[int], text: str) -> int:
    """What ``text`` as ``column``'s title needs in the header, bold, with its sort arrow."""
    header = table.horizontalHeader()
    style = header.style()
    font = QFont(header.font())
    font.setBold(True)  # a title is drawn bold; measuring it so never cuts it
    margin = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 8
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 8
    return (
        QFontMetrics(font).horizontalAdvance(text) + margin + (arrow if column in sortable else 0)
    )


class ColumnShares(QObject):
    """A table's columns as wide as their cells or their titles, whichever is wider, while the
    table has the room (room for the sort arrow only in a column that sorts: Qt's own fit keeps
    it in every column, and the longer titles of German or Polish then outgrew 1366 pixels).
    When the table is narrower than that, the columns whose title is wider than their cells
    give up the title's extra room, in the order of ``give`` (the title elided, whole in its
    tooltip), so that the stretched column ``keep`` shows its cells whole: in French, Dutch,
    Spanish or Italian the history's titles (Contrôleur, Beoordelaar, Correzioni …) took the
    room of the reason. Kept as the table is resized, until the person resizes a
    column by hand: from then on the widths are theirs."""

    def __init__(
        self,
        table: QTableView,
        *,
        keep: int,
        give: Sequence[int],
        sortable: Collection[int] = (),
        caps: Mapping[int, int] | None = None,
    ) -> None:
        super().__init__(table)
        self._table, self._keep, self._give, self._sortable = table, keep, give, sortable
        self._caps = dict(caps or {})  # columns of long text: at most this wide, elided
        self._wanted: dict[int, int] = {}
        self._floor: dict[int, int] = {}
        self._setting = False
        self.by_hand = False
        table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self._pressed = False  # a mouse button held on the header: the person drags an edge
        # Events are told apart by these wrappers alone: while the table is being destroyed its
        # children still send events, and asking the table for its viewport would fail then.
        self._viewport = table.viewport()
        self._header_viewport = table.horizontalHeader().viewport()
        self._viewport.installEventFilter(self)
        self._header_viewport.installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def fit(self) -> None:
        """Measure the rows shown now and share the width (after a table's rows are set)."""
        table = self._table
        for column in range(table.model().columnCount()):
            cells = table.sizeHintForColumn(column)
            text = str(table.model().headerData(column, Qt.Orientation.Horizontal) or "")
            title = _title_width(table, column, self._sortable, text)
            least = _title_width(table, column, self._sortable, text[:3] + "…")  # elided
            cap = self._caps.get(column)
            if cap is not None:  # elided cells, whole in their tooltips
                self._wanted[column] = self._floor[column] = cap
                continue
            self._wanted[column] = max(cells, title)
            self._floor[column] = max(cells, min(least, title))
        self.share()

    def share(self) -> None:
        if not self._wanted or self.by_hand:
            return
        table = self._table
        shown = [c for c in self._wanted if not table.isColumnHidden(c)]
        widths = dict(self._wanted)
        over = sum(widths[c] for c in shown) - table.viewport().width()
        for column in self._give:
            if over <= 0:
                break
            if column in shown:
                taken = min(max(0, widths[column] - self._floor[column]), over)
                widths[column] -= taken
                over -= taken
        self._setting = True
        try:
            header = table.horizontalHeader()
            for column in shown:
                if column != self._keep:  # the kept column stretches into what is left
                    header.resizeSection(column, widths[column])
        finally:
            self._setting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.Resize and isValid(self._table):
                self.share()
        elif kind == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease:
            self._pressed = False
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        # Only a drag of the header's edge is the person's; the kept column just stretches.
        if self._pressed and not self._setting and column != self._keep:
            self.by_hand = True


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
