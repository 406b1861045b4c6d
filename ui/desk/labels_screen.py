"""The desk's list of labels printed and never scanned on their item, oldest first.

Each one may lie on a printer or sit on the wrong item: the supervisor sees the plate, where it
goes, the bench and the worker, and how long ago it printed. F5 reloads; the list is read again
whenever the tab comes into view.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import KnownError
from inspect_station.bench import label_reminders
from inspect_station.bench.label_reminders import UnconfirmedLabel
from ui.style import heading, message_line, show_message
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Printed"),
    QT_TRANSLATE_NOOP("Columns", "Waiting"),
    QT_TRANSLATE_NOOP("Columns", "LPN"),
    QT_TRANSLATE_NOOP("Columns", "Goes to"),
    QT_TRANSLATE_NOOP("Columns", "Item"),
    QT_TRANSLATE_NOOP("Columns", "Bench"),
    QT_TRANSLATE_NOOP("Columns", "Worker"),
    QT_TRANSLATE_NOOP("Columns", "State"),
)


class LabelsScreen(QWidget):
    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(self.tr("Labels printed and never scanned on their item · F5 reload"))
        )
        self.message = message_line()
        layout.addWidget(self.message)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Columns", column) for column in COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, context=context).activated.connect(self.refresh)

    def refresh(self) -> None:
        self._tasks.run(
            partial(label_reminders.waiting, self._station),
            self.show_labels,
            failure=self._on_error,
        )

    def show_labels(self, labels: tuple[UnconfirmedLabel, ...]) -> None:
        now = self._station.clock()
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            cells = (
                _local(label.printed_at),
                _age(now, label.printed_at),
                label.lpn,
                label.destination,
                label.description or "",
                label.bench,
                label.operator,
                self.tr("printed?") if label.state == "unknown" else self.tr("printed"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        count = len(labels)
        if count:
            show_message(
                self.message,
                self.tr(
                    "{count} label(s) not scanned yet: find each on its printer or item and scan "
                    "it."
                ).format(count=count),
                "warn",
            )
        else:
            show_message(
                self.message, self.tr("Every printed label was scanned on its item."), "ok"
            )

    def _on_error(self, error: KnownError) -> None:
        show_message(self.message, str(error), "error")

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)


def _local(when: datetime | None) -> str:
    return when.astimezone().strftime("%Y-%m-%d %H:%M") if when else ""


def _age(now: datetime, when: datetime | None) -> str:
    if when is None:
        return ""
    minutes = max(0, int((now - when).total_seconds() // 60))
    if minutes >= 60:
        return QCoreApplication.translate("LabelsScreen", "{hours} h {minutes:02d} min").format(
            hours=minutes // 60, minutes=minutes % 60
        )
    return QCoreApplication.translate("LabelsScreen", "{minutes} min").format(minutes=minutes)
