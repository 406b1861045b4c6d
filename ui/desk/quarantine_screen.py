"""Quarantine: unexpected returns waiting to be placed, oldest first, all from the keyboard.

Enter attaches the selected unit to an expected return (scan or type its RMA, order, tracking
number or the customer's e-mail); Ctrl+N creates the expected return from what the parcel
holds; F5 reloads. Placing is a supervisor's action: the services refuse it for anyone else,
and the screen shows their refusal as it is. Self-contained: it needs only the station and
the task runner, so it can live in any window.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import i18n
from inspect_station.app.errors import KnownError
from inspect_station.bench import quarantine
from inspect_station.bench.quarantine import QuarantineView
from inspect_station.labels.layout import route_words
from inspect_station.people.roles import Role
from ui.desk.quarantine_dialogs import AttachDialog, CreateReturnDialog
from ui.desk.row_table_model import RowTableModel, row_table, table_keys
from ui.style import heading, message_line, show_message
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Waiting"),
    QT_TRANSLATE_NOOP("Columns", "Received"),
    QT_TRANSLATE_NOOP("Columns", "Bench"),
    QT_TRANSLATE_NOOP("Columns", "Operator"),
    QT_TRANSLATE_NOOP("Columns", "Licence plate"),
    QT_TRANSLATE_NOOP("Columns", "Scanned"),
    QT_TRANSLATE_NOOP("Columns", "Read as"),
    QT_TRANSLATE_NOOP("Columns", "Unit"),
)


def age_text(age: timedelta) -> str:
    """ "3 d 4 h", "2 h 05 min", "12 min": how long a parcel has waited, at a glance."""
    minutes = max(0, int(age.total_seconds() // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h"
    if hours:
        return QCoreApplication.translate("QuarantineScreen", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes
        )
    return f"{minutes} min"


class QuarantineModel(RowTableModel[QuarantineView]):
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        unit = row.inspection_status or ""
        if row.inspection_status == "finished":
            unit = self.tr("graded {grade} → {route}").format(
                grade=row.grade, route=route_words(row.route or "")
            )
        values = (
            age_text(row.age),
            f"{i18n.short_day(row.received_at.astimezone())} {row.received_at.astimezone():%H:%M}",
            row.bench,
            row.operator,
            row.lpn,
            row.scanned_code.replace("\x1d", "␝"),
            row.reading,
            unit,
        )
        return values[index.column()]


class QuarantineScreen(QWidget):
    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._dialog: AttachDialog | CreateReturnDialog | None = None
        self._done = ""  # what the last placement did, kept above the reloaded list
        layout = QVBoxLayout(self)
        self.heading = heading("")
        layout.addWidget(self.heading)
        self.message = message_line()
        layout.addWidget(self.message)
        self.model = QuarantineModel(self)
        self.table = row_table(self.model)
        self.table.activated.connect(lambda _index: self.attach_selected())
        layout.addWidget(self.table, 1)
        # Enter is the table's own "activated"; the keys below belong to the table alone, so
        # they never fire from inside a dialog this screen opened.
        table_keys(self.table, (("Ctrl+N", self.create_for_selected), ("F5", self.refresh)))
        self.show_message(self.tr("Loading…"), "info")
        self.show_role()

    @property
    def may_place(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    def show_role(self) -> None:
        """An operator sees the list; placing a parcel is a supervisor's (the service checks)."""
        self.heading.setText(
            self.tr("Quarantine · unexpected returns, oldest first · ")
            + (
                self.tr("Enter attach to a return · Ctrl+N new return from the contents · ")
                if self.may_place
                else self.tr("a supervisor places them · ")
            )
            + self.tr("F5 reload · F1 bench")
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.show_role()  # whoever signed in last decides what is offered
        super().showEvent(event)

    def _refuse_placing(self) -> bool:
        if self.may_place:
            return False
        self.show_message(self.tr("Placing a parcel from quarantine needs a supervisor."), "warn")
        return True

    # -- data -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._tasks.run(
            partial(quarantine.waiting, self._station), self._on_loaded, failure=self._on_error
        )

    def _on_loaded(self, rows: list[QuarantineView]) -> None:
        self.model.set_rows(rows)
        done, self._done = self._done, ""
        if rows:
            self.table.selectRow(0)
            waiting = self.tr("{rows} unexpected return(s) waiting to be placed.").format(
                rows=len(rows)
            )
            self.show_message(f"{done} {waiting}".strip(), "ok" if done else "warn")
        else:
            self.show_message(
                self.tr("{done} Nothing else in quarantine.").format(done=done)
                if done
                else self.tr("Nothing in quarantine."),
                "ok",
            )
        self.table.setFocus()

    def selected(self) -> QuarantineView | None:
        return self.model.selected_in(self.table)

    # -- actions --------------------------------------------------------------------------
    @Slot()
    def attach_selected(self, code: str = "") -> None:
        if self._refuse_placing():
            return
        entry = self.selected()
        if entry is None:
            self.show_message(self.tr("Nothing selected: ↑/↓ to choose a parcel."), "warn")
            return
        dialog = AttachDialog(station=self._station, tasks=self._tasks, entry=entry, parent=self)
        self._open(dialog, code)

    @Slot()
    def create_for_selected(self) -> None:
        if self._refuse_placing():
            return
        entry = self.selected()
        if entry is None:
            self.show_message(self.tr("Nothing selected: ↑/↓ to choose a parcel."), "warn")
            return
        self._open(
            CreateReturnDialog(station=self._station, tasks=self._tasks, entry=entry, parent=self)
        )

    def handle_scan(self, code: str) -> None:
        """A scan while this screen is shown: it names the return to attach to."""
        if isinstance(self._dialog, AttachDialog) and self._dialog.isVisible():
            self._dialog.look_up(code)
        else:
            self.attach_selected(code)

    def _open(self, dialog: AttachDialog | CreateReturnDialog, code: str = "") -> None:
        self._dialog = dialog
        dialog.placed.connect(self._on_dialog_placed)
        dialog.open()
        if code and isinstance(dialog, AttachDialog):
            dialog.look_up(code)

    @Slot(object)
    def _on_dialog_placed(self, placed: QuarantineView) -> None:
        what = (
            self.tr("attached to")
            if placed.state == "attached"
            else self.tr("placed on the new return")
        )
        self._done = f"{placed.lpn} {what} {placed.expected_rma}."
        self.refresh()

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def _on_error(self, error: KnownError) -> None:
        self.show_message(str(error), "error")
