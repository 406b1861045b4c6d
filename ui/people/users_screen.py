"""Users (F4): who may sign in. Supervisors see the list and unlock badges; administrators
also add users, disable or enable them and reset PINs. The services check the role again."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import BadInput, KnownError
from inspect_station.people import users
from inspect_station.people.roles import Role
from ui.style import code_field, heading, show_message
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Badge"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "State"),
    QT_TRANSLATE_NOOP("Columns", "Wrong PINs"),
    QT_TRANSLATE_NOOP("Columns", "Last signed in"),
)


class UserDialog(QDialog):
    """Add a user (name, badge, role, PIN twice) or, with ``user``, give one a new PIN.

    Signals:
        entered(object): the checked users.NewUser.
    """

    entered = Signal(object)

    def __init__(self, *, user: users.UserView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._user = user
        self.setWindowTitle(
            self.tr("New PIN for {name}").format(name=user.name) if user else self.tr("Add a user")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(user.name if user else "")
        self.name.setAccessibleName(self.tr("Name"))
        self.badge = QLineEdit(user.badge if user else "")
        code_field(self.badge)
        self.badge.setAccessibleName(self.tr("Badge"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.title, role)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        if user is None:
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Badge"), self.badge)
            form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            if self.pin.text() != self.pin_again.text():
                raise BadInput(self.tr("The two PINs differ."))
            role = self._user.role if self._user else Role(self.role.currentData())
            new = users.check_new_user(self.name.text(), self.badge.text(), role, self.pin.text())
        except KnownError as exc:
            show_message(self.message, str(exc), "error")
            return
        super().accept()
        self.entered.emit(new)


class UsersScreen(QWidget):
    """The list of users and what the signed-in role may do with them."""

    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._users: list[users.UserView] = []
        self.dialog: UserDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Users")))
        self.message = QLabel()
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Columns", title) for title in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        layout.addWidget(self.table, 1)
        self.hints = heading("")
        layout.addWidget(self.hints)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Insert", self.add_user),
            ("Ctrl+N", self.add_user),
            ("Ctrl+D", self.toggle_disabled),
            ("Ctrl+R", self.reset_pin),
            ("Ctrl+U", self.unlock),
            ("F5", self.refresh),
        ):
            QShortcut(QKeySequence(keys), self, context=context).activated.connect(slot)

    @property
    def is_admin(self) -> bool:
        return self._station.user.may(Role.ADMIN)

    def refresh(self) -> None:
        admin = (
            self.tr("Insert add · Ctrl+D disable/enable · Ctrl+R new PIN · ")
            if self.is_admin
            else ""
        )
        self.hints.setText(
            self.tr("↑/↓ choose · {admin}Ctrl+U unlock · F5 refresh · F1 bench").format(admin=admin)
        )
        self._tasks.run(
            partial(users.list_users, self._station), self._show, failure=self._on_error
        )

    def _show(self, rows: list[users.UserView]) -> None:
        if not self.message.text():
            locked = sum(u.locked for u in rows)
            show_message(
                self.message,
                self.tr("{rows} users, {locked} badge(s) locked.").format(
                    rows=len(rows), locked=locked
                ),
                "info",
            )
        current = self.table.currentRow()
        self._users = rows
        self.table.setRowCount(len(rows))
        for r, u in enumerate(rows):
            state = (
                self.tr("disabled")
                if u.disabled
                else self.tr("LOCKED")
                if u.locked
                else self.tr("active")
            )
            last = f"{u.last_sign_in_at.astimezone():%Y-%m-%d %H:%M}" if u.last_sign_in_at else "—"
            values = (u.name, u.badge, u.role.title, state, str(u.failed_attempts), last)
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.selectRow(min(max(current, 0), len(rows) - 1) if rows else -1)
        self.table.setFocus()

    def selected(self) -> users.UserView | None:
        row = self.table.currentRow()
        return self._users[row] if 0 <= row < len(self._users) else None

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def _on_error(self, error: KnownError) -> None:
        show_message(self.message, str(error), "error")

    def _run(self, fn: Callable[..., Any], *args: Any, done: str) -> None:
        def shown(view: users.UserView) -> None:
            show_message(self.message, done.format(name=view.name), "ok")
            self.refresh()

        self._tasks.run(partial(fn, self._station, *args), shown, failure=self._on_error)

    @Slot()
    def add_user(self) -> None:
        if not self.is_admin:
            return
        self.dialog = UserDialog(parent=self)
        self.dialog.entered.connect(
            lambda new: self._run(users.add_user, new, done=self.tr("{name} added."))
        )
        self.dialog.open()

    @Slot()
    def reset_pin(self) -> None:
        user = self.selected()
        if user is None or not self.is_admin:
            return
        self.dialog = UserDialog(user=user, parent=self)
        self.dialog.entered.connect(
            lambda new: self._run(
                users.reset_pin, user.id, new.pin, done=self.tr("{name} has a new PIN.")
            )
        )
        self.dialog.open()

    @Slot()
    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None or not self.is_admin:
            return
        done = self.tr("{name} enabled.") if user.disabled else self.tr("{name} disabled.")
        toggle = partial(users.set_disabled, disabled=not user.disabled)
        self._run(toggle, user.id, done=done)

    @Slot()
    def unlock(self) -> None:
        user = self.selected()
        if user is not None:
            self._run(users.unlock, user.id, done=self.tr("{name} unlocked."))
