"""First start on a database without users: make the first administrator, then sign in."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from inspect_station.app.errors import BadInput, KnownError
from inspect_station.people import auth, users
from inspect_station.people.roles import Role, User
from ui.people.sign_in_screen import centred_panel
from ui.style import message_line, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def _make_admin(station: Station, new: users.NewUser) -> User:
    users.create_first_admin(station, new)
    return auth.sign_in(station, new.badge, new.pin)


class FirstRunScreen(QWidget):
    """Signals:
    signed_in(object): the new administrator (roles.User), already signed in.
    """

    signed_in = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        column = centred_panel(self)
        title = QLabel(self.tr("Welcome · {bench}").format(bench=station.bench))
        title.setObjectName("signInTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(title)
        self.message = message_line()
        column.addWidget(self.message)
        form = QFormLayout()
        self.name = QLineEdit()
        self.badge = QLineEdit()
        self.badge.setMaxLength(auth.MAX_BADGE)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(12)
        self.fields = (self.name, self.badge, self.pin, self.pin_again)
        for label, field in zip(
            (self.tr("Your name"), self.tr("Badge"), self.tr("PIN"), self.tr("PIN again")),
            self.fields,
            strict=True,
        ):
            form.addRow(label, field)
            field.returnPressed.connect(self._on_field_return_pressed)
        column.addLayout(form)
        show_message(
            self.message,
            self.tr(
                "No one can sign in yet. Make the first administrator: name, badge (scan it), a "
                "PIN of 4 to 12 digits twice. Enter moves on."
            ),
            "info",
        )

    def focus(self) -> None:
        next((f for f in self.fields if not f.text()), self.name).setFocus()

    @Slot(str)
    def handle_badge(self, code: str) -> None:
        self.badge.setText(code.strip()[: auth.MAX_BADGE])
        self.focus()

    @Slot()
    def _on_field_return_pressed(self) -> None:
        empty = next((f for f in self.fields if not f.text()), None)
        if empty is not None:
            empty.setFocus()
            return
        pin, again = self.pin.text(), self.pin_again.text()
        self.pin.clear()
        self.pin_again.clear()
        try:
            if pin != again:
                raise BadInput(self.tr("The two PINs differ; type the PIN twice again."))
            new = users.check_new_user(self.name.text(), self.badge.text(), Role.ADMIN, pin)
        except KnownError as exc:
            show_message(self.message, str(exc), "error")
            self.focus()
            return
        show_message(self.message, self.tr("Saving…"), "info")
        self._tasks.run(
            partial(_make_admin, self._station, new), self.signed_in.emit, failure=self._on_error
        )

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def _on_error(self, error: KnownError) -> None:
        show_message(self.message, str(error), "error")
        self.focus()
