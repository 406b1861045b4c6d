"""The history table's model: pages of rows fetched from the database as the view scrolls.

``canFetchMore``/``fetchMore`` ask the task runner for the next keyset page; the rows arrive on
the UI thread and are inserted. A new filter or sort starts a new generation: pages still on
their way for the old one are dropped when they arrive.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from inspect_station.app import i18n
from inspect_station.app.errors import KnownError
from inspect_station.desk import history
from inspect_station.desk.history import HistoryQuery, HistoryRow
from inspect_station.labels.layout import route_words
from ui.desk.row_table_model import RowTableModel
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station

Index = QModelIndex | QPersistentModelIndex
# The core's column titles (history.COLUMNS, also the export's header), marked for the window.
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Finished"),
    QT_TRANSLATE_NOOP("Columns", "LPN"),
    QT_TRANSLATE_NOOP("Columns", "Bench"),
    QT_TRANSLATE_NOOP("Columns", "Grader"),
    QT_TRANSLATE_NOOP("Columns", "Grade"),
    QT_TRANSLATE_NOOP("Columns", "Route"),
    QT_TRANSLATE_NOOP("Columns", "Category"),
    QT_TRANSLATE_NOOP("Columns", "SKU"),
    QT_TRANSLATE_NOOP("Columns", "Value"),
    QT_TRANSLATE_NOOP("Columns", "RMA"),
    QT_TRANSLATE_NOOP("Columns", "Reason"),
    QT_TRANSLATE_NOOP("Columns", "Overrides"),
    QT_TRANSLATE_NOOP("Columns", "Photos"),
)
# Column → sort key of ``history.SORTS``; the other columns do not sort.
SORT_COLUMNS = {0: "finished", 2: "bench", 3: "grader", 4: "grade", 5: "route"}
RIGHT = {8, 11, 12}
OVERRIDDEN = QColor("#c77700")


class HistoryModel(RowTableModel[HistoryRow]):
    """Signals:
    page_loaded(int): a page arrived; the number of rows now loaded.
    failed(str): a page could not be read (the message to show).
    sort_changed(int, object): the column and Qt.SortOrder now in force.
    """

    page_loaded = Signal(int)
    failed = Signal(str)
    sort_changed = Signal(int, object)
    columns = COLUMNS

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        page_size: int = history.PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._page_size = page_size
        self._query: HistoryQuery | None = None
        self._generation = 0
        self._fetching = False
        self._exhausted = True

    @property
    def query(self) -> HistoryQuery | None:
        return self._query

    @property
    def complete(self) -> bool:
        """Every row of the query is loaded."""
        return self._exhausted and not self._fetching

    def set_query(self, query: HistoryQuery) -> None:
        """Show ``query`` from its first page (a new generation)."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._rows = []
        self._fetching = False
        self._exhausted = False
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def reload(self) -> None:
        if self._query is not None:
            self.set_query(self._query)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._query is None:
            return
        self._fetching = True
        generation = self._generation
        self._tasks.run(
            partial(
                history.page,
                self._station,
                self._query,
                after=self._rows[-1] if self._rows else None,
                limit=self._page_size,
            ),
            lambda rows: self._on_page(generation, rows),
            failure=lambda error: self._on_error(generation, error),
        )

    def _on_page(self, generation: int, rows: list[HistoryRow]) -> None:
        if generation != self._generation:
            return  # a page of a filter no longer shown
        # Still "fetching" while the rows go in: a view that asks for more while it hears of
        # the insertion must not start a page after a row that is not there yet.
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._fetching = False
        self._exhausted = len(rows) < self._page_size
        self.page_loaded.emit(len(self._rows))

    def _on_error(self, generation: int, error: KnownError) -> None:
        if generation == self._generation:
            self._fetching = False
            self._exhausted = True
            self.failed.emit(str(error))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_COLUMNS.get(column)
        if self._query is None:
            return
        if key is None:  # not sortable: keep the order in force
            self.sort_changed.emit(*self.sort_indicator())
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(self._query.sorted_by(key, descending))
        self.sort_changed.emit(column, order)

    def sort_indicator(self) -> tuple[int, Qt.SortOrder]:
        query = self._query or HistoryQuery()
        column = next(c for c, key in SORT_COLUMNS.items() if key == query.sort)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        return column, order

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:  # the day and minute show; the second and the year on hovering
                return row.finished_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return _display(row)[column] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.overrides and column in (4, 5, 11):
            return OVERRIDDEN
        return None


def _display(row: HistoryRow) -> tuple[str, ...]:
    return (
        # Short enough that the stated reason keeps its room on a 1366-pixel screen.
        i18n.day_time(row.finished_at.astimezone()),
        row.lpn,
        row.bench,
        row.operator,
        _grade_text(row),
        _route_text(row),
        row.category or "",
        row.sku or "",
        i18n.number(row.value, 2) if row.value is not None else "",
        row.rma or QCoreApplication.translate("HistoryModel", "unexpected"),
        row.reason or "",
        str(row.overrides) if row.overrides else "",
        str(row.photos),
    )


# What stands in the grade column for a unit that was not in the parcel.
NOT_GRADED = {
    "missing": QT_TRANSLATE_NOOP("HistoryModel", "missing"),
    "empty_box": QT_TRANSLATE_NOOP("HistoryModel", "empty box"),
}


def _grade_text(row: HistoryRow) -> str:
    """The grade as the desk shows it: a unit not in the parcel has none, and says so."""
    missing = NOT_GRADED.get(row.receipt or "")
    return QCoreApplication.translate("HistoryModel", missing) if missing else row.grade or ""


def _route_text(row: HistoryRow) -> str:
    if row.receipt in NOT_GRADED:
        return QCoreApplication.translate("HistoryModel", "no label")
    route = route_words(row.route) if row.route else ""
    if row.receipt == "wrong_item":
        return QCoreApplication.translate("HistoryModel", "{route} (wrong item)").format(
            route=route
        )
    return route
