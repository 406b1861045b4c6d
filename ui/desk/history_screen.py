"""History: every finished unit, filtered and sorted in the database, paged as you scroll.

Keys: Alt+underlined letter reaches a filter, Ctrl+F the search, ↑/↓ move in the table from
any filter, Enter opens the unit, Ctrl+E exports what is shown to CSV or XLSX, Ctrl+Backspace
clears the filters, F5 reloads.
"""

from __future__ import annotations

import threading
import uuid
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import KnownError
from inspect_station.desk import exports, history
from inspect_station.desk.history import FilterChoices, HistoryQuery
from inspect_station.people.roles import Role
from inspect_station.supervise import unit_detail
from inspect_station.supervise.unit_detail import UnitDetail
from ui.desk.filter_bar import FilterBar
from ui.desk.history_model import SORT_COLUMNS, HistoryModel
from ui.desk.inspection_dialog import InspectionDialog
from ui.desk.row_table_model import ColumnShares
from ui.desk.save_dialog import save_dialog
from ui.photos.gallery_dialog import open_gallery
from ui.style import heading
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

REASON_COLUMN = 10
# The columns whose long titles give way first when the reason lacks room: overrides,
# photos, grader, bench, category, value, finished, route, SKU, RMA, grade, LPN.
GIVE_ORDER = (11, 12, 3, 2, 6, 8, 0, 5, 7, 9, 4, 1)


class HistoryScreen(QWidget):
    """Signals:
    opened(object): a unit's detail was shown (UnitDetail).
    label_requested(object): a unit's label was asked for (its inspection id).
    labels_queued(): an override queued a label at this station.
    exported(object): an export finished (inspect_station.exports.Exported).
    unit_changed(object): an override changed a unit (inspect_station.overrides.Overridden).
    """

    opened = Signal(object)
    label_requested = Signal(object)
    labels_queued = Signal()
    unit_changed = Signal(object)
    exported = Signal(object)
    _export_progress = Signal(int, int)  # from the export's worker thread

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        long_tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._long_tasks = long_tasks
        self._dialog: InspectionDialog | None = None
        self._progress: QProgressDialog | None = None
        self._cancel_export = threading.Event()
        layout = QVBoxLayout(self)
        self.heading = heading("")
        layout.addWidget(self.heading)
        self.filters = FilterBar()
        self.filters.changed.connect(self._on_filters_changed)
        layout.addWidget(self.filters)
        self.model = HistoryModel(station=station, tasks=tasks, parent=self)
        self.model.page_loaded.connect(self._on_model_page_loaded)
        self.model.failed.connect(self._on_model_failed)
        self.model.sort_changed.connect(self._on_model_sort_changed)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._sized = False  # columns fit to the first page once; then the user's widths stay
        self.shares = ColumnShares(
            self.table, keep=REASON_COLUMN, give=GIVE_ORDER, sortable=SORT_COLUMNS
        )
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.status = QLabel("")
        bottom.addWidget(self.status, 1)
        self.export_button = QPushButton(self.tr("&Export… (Ctrl+E)"))
        self.export_button.clicked.connect(self.ask_export)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self._export_progress.connect(self._on_export_progress)
        self._shortcuts()
        self.show_role()

    @property
    def may_export(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    def show_role(self) -> None:
        """Offer the export only to those who may export (the service checks again)."""
        self.export_button.setVisible(self.may_export)
        self.heading.setText(
            self.tr("History · Alt+letter: a filter · Ctrl+F find · ↑/↓ and Enter open a unit · ")
            + (self.tr("Ctrl+E export · ") if self.may_export else "")
            + self.tr("Ctrl+Backspace clear")
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.show_role()  # whoever signed in last decides what is offered
        super().showEvent(event)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+F", self.focus_filter),
            ("Ctrl+E", self.ask_export),
            ("Ctrl+Backspace", self.filters.clear),
            ("F5", self.refresh),
        ):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(slot)
        # Enter as the fields' own signal, not a shortcut: a shortcut would take the Enter
        # that ends a scanner's burst before the scanner sees it.
        self.filters.search.returnPressed.connect(self.open_current)
        self.filters.product.returnPressed.connect(self.open_current)
        for field in (self.filters.search, self.filters.product):
            # A line edit takes Ctrl+E as "end of line" before any shortcut sees it (F2 puts
            # the focus in Find): the fields hand it to the export.
            field.installEventFilter(self)
        for key, step in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1)):
            for field in (self.filters.search, self.filters.product):
                shortcut = QShortcut(
                    QKeySequence(key), field, context=Qt.ShortcutContext.WidgetShortcut
                )
                shortcut.activated.connect(lambda step=step: self._move(step))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Ctrl+E in Find or Product: claimed from the line edit (ShortcutOverride), then the
        # export instead of the line edit's "end of line".
        if isinstance(event, QKeyEvent) and _is_export_key(event):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.ask_export()
                return True
        return super().eventFilter(watched, event)

    # -- loading -------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the filter lists and the rows of the filters shown."""
        self._tasks.run(
            partial(history.filter_choices, self._station), self._on_choices, failure=self._on_error
        )
        self.model.set_query(self.filters.query())
        self.status.setText(self.tr("Loading…"))

    def _on_choices(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)

    @Slot(object)
    def _on_filters_changed(self, query: HistoryQuery) -> None:
        current = self.model.query
        if current is not None:
            query = query.sorted_by(current.sort, current.descending)
        self.model.set_query(query)
        self.status.setText(self.tr("Loading…"))

    @Slot(int)
    def _on_model_page_loaded(self, rows: int) -> None:
        if rows and not self._sized:
            self._sized = True
            header = self.table.horizontalHeader()
            header.setSectionResizeMode(REASON_COLUMN, QHeaderView.ResizeMode.Stretch)
            self.shares.fit()
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        if self.model.complete:
            self.status.setText(self.tr("{rows:,} unit(s)").format(rows=rows))
            return
        query = self.model.query
        if query is None:
            return
        self.status.setText(
            self.tr("{rows:,} units shown, more as you scroll · counting…").format(rows=rows)
        )
        self._tasks.run(
            partial(history.count, self._station, query),
            lambda n: self._on_counted(query, n),
            failure=self._on_error,
        )

    def _on_counted(self, query: HistoryQuery, count: int) -> None:
        if query != self.model.query or self.model.complete:
            return
        total = (
            self.tr("over {count_cap:,}").format(count_cap=history.COUNT_CAP)
            if count > history.COUNT_CAP
            else f"{count:,}"
        )
        self.status.setText(
            self.tr("{rowcount:,} of {total} units shown, more as you scroll").format(
                rowcount=self.model.rowCount(), total=total
            )
        )

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self.status.setText(message)

    @Slot(int, object)
    def _on_model_sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)

    # -- moving and opening --------------------------------------------------------------

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.table.currentIndex().row()
            self.table.selectRow(max(0, min(rows - 1, current + step)))

    @Slot(QModelIndex)
    def _on_table_activated(self, index: QModelIndex) -> None:
        self.open_row(index.row())

    @Slot()
    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_row(index.row())
        elif self.model.rowCount():
            self.open_row(0)

    def open_row(self, row: int) -> None:
        self.open_inspection(self.model.row_at(row).id)

    def open_inspection(self, inspection_id: uuid.UUID) -> None:
        self._tasks.run(partial(self._load, inspection_id), self._show, failure=self._on_error)

    def _load(self, inspection_id: uuid.UUID) -> tuple[UnitDetail, dict[str, str]]:
        detail = unit_detail.unit_detail(self._station, inspection_id)
        photos = self._station.photos
        return detail, {
            p.sha256: str(photos.thumbnail(p.sha256, 320)) for p in detail.inspection.photos
        }

    def _show(self, loaded: tuple[UnitDetail, dict[str, str]]) -> None:
        detail, thumbs = loaded
        if self._dialog is not None:
            self._dialog.close()
        self._dialog = InspectionDialog(
            station=self._station, tasks=self._tasks, detail=detail, thumbnails=thumbs, parent=self
        )
        self._dialog.overridden.connect(self._on_dialog_overridden)
        unit = detail.inspection.id
        self._dialog.label_requested.connect(lambda: self.label_requested.emit(unit))
        self._dialog.gallery_requested.connect(
            lambda n: open_gallery(
                self, station=self._station, tasks=self._tasks, inspection_id=unit, start_at=n
            )
        )
        self._dialog.open()
        self.opened.emit(detail)

    @Slot(object)
    def _on_dialog_overridden(self, done: object) -> None:
        self.model.reload()
        self.unit_changed.emit(done)
        if getattr(done, "print_bench", None) == self._station.bench:
            self.labels_queued.emit()

    def show_message(self, text: str, _level: str) -> None:
        """Say something on the status line under the table (the window's refusals too)."""
        self.status.setText(text)

    def _on_error(self, error: KnownError) -> None:
        self.status.setText(str(error))

    def focus_filter(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def handle_scan(self, code: str) -> None:
        """A scan at the desk looks the code up in all of history."""
        self.filters.clear()
        self.filters.search.setText(code)

    # -- export --------------------------------------------------------------------------

    @Slot()
    def ask_export(self) -> None:
        if not self.may_export:
            self.status.setText(self.tr("Exporting history needs a supervisor."))
            return
        self.save_dialog = save_dialog(
            self,
            title=self.tr("Export history"),
            folder=self._station.settings.resolved_export_dir,
            name="history.xlsx",
            filters=self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            chosen=self.export_to,
        )

    def export_to(self, target: Path) -> None:
        """Export every row of the filters shown, with a progress dialog that can cancel."""
        query = self.model.query or self.filters.query()
        self._cancel_export.clear()
        self._progress = QProgressDialog(
            self.tr("Exporting to {name}…").format(name=target.name), self.tr("Cancel"), 0, 0, self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._cancel_export.set)
        self._long_tasks.run(
            partial(
                exports.export,
                self._station,
                query,
                target,
                progress=self._export_progress.emit,
                cancelled=self._cancel_export.is_set,
            ),
            self._on_exported,
            failure=self._on_export_failed,
        )

    @Slot(int, int)
    def _on_export_progress(self, done: int, total: int) -> None:
        if self._progress is not None and not self._cancel_export.is_set():
            self._progress.setMaximum(max(total, 1))
            self._progress.setValue(min(done, total))

    def _on_exported(self, done: exports.Exported) -> None:
        self._close_progress()
        self.status.setText(
            self.tr("{rows:,} rows exported to {path} in {seconds:.1f} s").format(
                rows=done.rows, path=done.path, seconds=done.seconds
            )
        )
        self.exported.emit(done)

    def _on_export_failed(self, error: KnownError) -> None:
        self._close_progress()
        self.status.setText(str(error))

    def cancel_export(self) -> None:
        self._cancel_export.set()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel_export.set)
            self._progress.close()
            self._progress = None


def _is_export_key(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_E and event.modifiers() == Qt.KeyboardModifier.ControlModifier
