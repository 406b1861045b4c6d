"""History: today's inspections with a text filter; Enter opens one with its photos."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from inspect_station import history, inspection
from inspect_station.history import HistoryRow
from inspect_station.station import Station
from inspect_station.views import InspectionView
from ui.detail import InspectionDialog
from ui.gallery import open_gallery
from ui.style import heading
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("LPN", "Time", "Bench", "Operator", "Grade", "Route", "SKU", "RMA", "Photos")


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section] if 0 <= section < len(COLUMNS) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        values = (
            row.lpn,
            row.finished_at.astimezone().strftime("%H:%M:%S"),
            row.bench,
            row.operator,
            row.grade,
            row.route,
            row.sku or "",
            row.rma or "unexpected",
            str(row.photos),
        )
        return values[index.column()]


class HistoryScreen(QWidget):
    """Signals:
    opened(object): an inspection's detail was shown (InspectionView).
    label_requested(object): the label of an inspection was asked for (its id).
    """

    opened = Signal(object)
    label_requested = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._dialog: InspectionDialog | None = None
        layout = QVBoxLayout(self)
        title = heading(
            "Today's inspections  ·  type to filter  ·  ↑/↓ and Enter to open  ·  F1 bench"
        )
        layout.addWidget(title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: LPN, RMA, SKU, grade, route, operator, bench…")
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.filter.returnPressed.connect(self.open_current)
        layout.addWidget(self.filter)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        layout.addWidget(self.table, 1)
        self.status = QLabel("")
        layout.addWidget(self.status)
        # Type to filter, ↑/↓ to pick, Enter to open: the hands stay on the keys.
        for key, step in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1)):
            shortcut = QShortcut(
                QKeySequence(key), self.filter, context=Qt.ShortcutContext.WidgetShortcut
            )
            shortcut.activated.connect(lambda step=step: self._move(step))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)

    @Slot(str)
    def _on_filter_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def refresh(self) -> None:
        self._tasks.run(
            history.day_inspections,
            self._station,
            text=self.filter.text(),
            on_done=self._on_rows,
            on_error=lambda e: self.status.setText(str(e)),
        )

    def _on_rows(self, rows: list[HistoryRow]) -> None:
        self.model.set_rows(rows)
        self.status.setText(f"{len(rows)} inspection(s) today")
        if rows:
            self.table.selectRow(0)

    def _move(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows:
            current = self.table.currentIndex().row()
            self.table.selectRow(max(0, min(rows - 1, current + step)))

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
        self._tasks.run(
            self._load,
            inspection_id,
            on_done=self._show,
            on_error=lambda e: self.status.setText(str(e)),
        )

    def _load(self, inspection_id: uuid.UUID) -> tuple[InspectionView, dict[str, str]]:
        insp = inspection.inspection_detail(self._station, inspection_id)
        thumbs = {p.sha256: str(self._station.photos.thumbnail(p.sha256, 320)) for p in insp.photos}
        return insp, thumbs

    def _show(self, loaded: tuple[InspectionView, dict[str, str]]) -> None:
        insp, thumbs = loaded
        self._dialog = InspectionDialog(insp, thumbs, parent=self)
        self._dialog.label_requested.connect(lambda: self.label_requested.emit(insp.id))
        self._dialog.gallery_requested.connect(
            lambda n: open_gallery(
                self, station=self._station, tasks=self._tasks, inspection_id=insp.id, start_at=n
            )
        )
        self._dialog.open()
        self.opened.emit(insp)

    def focus_filter(self) -> None:
        self.filter.setFocus()
