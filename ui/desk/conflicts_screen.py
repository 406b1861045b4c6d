"""Conflicts: units a bench finished while the database was out of reach that did not fit.

A supervisor's list (F12): a parcel another bench took or received meanwhile (the unit waits in
quarantine, F7, to be attached where it belongs), or a unit the database decided differently
from the label printed at the bench. The selected entry is shown in full below the list; D (or
Alt+N) moves to the note, Enter dismisses the entry with it; F5 reloads. Self-contained: it
needs only the station and the task runner.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import KnownError
from inspect_station.people.roles import Role
from inspect_station.sync import conflicts
from inspect_station.sync.conflicts import KIND_WORDS, ConflictView
from ui.desk.row_table_model import RowTableModel, row_table, table_keys
from ui.style import add_keyed_rows, heading, message_line, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("Sent", "Bench", "Operator", "Licence plate", "Return", "What", "Other bench", "Now")


class ConflictsModel(RowTableModel[ConflictView]):
    columns = COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        values = (
            row.at.astimezone().strftime("%d %b %H:%M"),
            row.bench,
            row.operator,
            row.lpn,
            row.rma or "—",
            KIND_WORDS[row.kind],
            row.other_bench or "",
            self.tr("in quarantine as {in_quarantine}").format(in_quarantine=row.in_quarantine)
            if row.in_quarantine
            else "",
        )
        return values[index.column()]


class ConflictsScreen(QWidget):
    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._done = ""
        layout = QVBoxLayout(self)
        layout.addWidget(
            heading(
                self.tr(
                    "Conflicts · units finished offline that did not fit, oldest first · D note, "
                    "Enter dismiss · F5 reload · F7 quarantine · F1 bench"
                )
            )
        )
        self.message = message_line()
        layout.addWidget(self.message)
        self.model = ConflictsModel(self)
        self.table = row_table(self.model)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        layout.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        self.note = QLineEdit()
        self.note.setMaxLength(conflicts.MAX_NOTE)
        self.note.setPlaceholderText(self.tr("What was done (attached, relabelled, …), then Enter"))
        self.note.returnPressed.connect(self.dismiss_selected)
        self.table.activated.connect(lambda _index: self.note.setFocus())
        form = QFormLayout()
        add_keyed_rows(form, [(self.tr("&Note"), self.note)])
        layout.addLayout(form)
        table_keys(self.table, (("D", self.note.setFocus), ("F5", self.refresh)))
        self.show_message(self.tr("Loading…"), "info")

    @property
    def may_read(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # coming into view, it reloads
        super().showEvent(event)

    # -- data -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        if not self.may_read:
            self.model.set_rows([])
            self.detail.clear()
            self.show_message(
                self.tr("The conflicts of offline benches are for a supervisor."), "warn"
            )
            return
        self._tasks.run(
            partial(conflicts.open_conflicts, self._station),
            self._on_loaded,
            failure=self._on_error,
        )

    def _on_loaded(self, rows: list[ConflictView]) -> None:
        self.model.set_rows(rows)
        done, self._done = self._done, ""
        if rows:
            self.table.selectRow(0)
            waiting = self.tr("{rows} conflict(s) from benches that worked offline.").format(
                rows=len(rows)
            )
            self.show_message(f"{done} {waiting}".strip(), "warn")
        else:
            self.detail.clear()
            self.show_message(self.tr("{done} No conflicts.").format(done=done).strip(), "ok")
        self.table.setFocus()

    def selected(self) -> ConflictView | None:
        return self.model.selected_in(self.table)

    @Slot()
    def _on_selection_changed(self) -> None:
        entry = self.selected()
        self.detail.setText(entry.what() if entry else "")

    # -- actions --------------------------------------------------------------------------
    @Slot()
    def dismiss_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.show_message(self.tr("Nothing selected: ↑/↓ to choose an entry."), "warn")
            return
        note = self.note.text()
        self._tasks.run(
            partial(conflicts.dismiss, self._station, entry, note=note),
            lambda _none: self._on_dismissed(entry),
            failure=self._on_error,
        )

    def _on_dismissed(self, entry: ConflictView) -> None:
        self._done = f"{entry.lpn} dismissed."
        self.note.clear()
        self.refresh()

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def _on_error(self, error: KnownError) -> None:
        self.show_message(str(error), "error")
        if "dealt with meanwhile" in str(error):
            self.refresh()
