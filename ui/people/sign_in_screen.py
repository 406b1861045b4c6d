"""The sign-in screen, shown at start and whenever the station is locked.

Keyboard only: scan the badge (or type its code and press Enter), then type the PIN and press
Enter. Esc clears both. The PIN field is emptied as soon as it is sent.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from inspect_station.app.errors import KnownError
from inspect_station.people import auth
from inspect_station.people.roles import User
from ui.style import message_line, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def centred_panel(outer: QWidget) -> QVBoxLayout:
    """A column of fixed width in the middle of ``outer``; returns the column's layout."""
    layout = QVBoxLayout(outer)
    layout.addStretch(1)
    panel = QWidget()
    panel.setObjectName("signInPanel")
    panel.setFixedWidth(560)
    column = QVBoxLayout(panel)
    layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(2)
    return column


class SignInScreen(QWidget):
    """Signals:
    signed_in(object): the roles.User now at the station.
    """

    signed_in = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._busy = False
        column = centred_panel(self)
        self.title = QLabel()
        self.title.setObjectName("signInTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.title)
        self.message = message_line()
        column.addWidget(self.message)
        form = QFormLayout()
        self.badge = QLineEdit()
        self.badge.setObjectName("badgeField")
        self.badge.setPlaceholderText(self.tr("scan your badge, or type its code"))
        self.badge.setMaxLength(auth.MAX_BADGE)
        self.badge.returnPressed.connect(self._on_badge_return_pressed)
        self.pin = QLineEdit()
        self.pin.setObjectName("pinField")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN, then Enter"))
        self.pin.setMaxLength(12)
        self.pin.returnPressed.connect(self._on_pin_return_pressed)
        form.addRow(self.tr("Badge"), self.badge)
        form.addRow(self.tr("PIN"), self.pin)
        column.addLayout(form)
        hint = QLabel(self.tr("Enter moves on · Esc starts again"))
        hint.setObjectName("heading")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(hint)
        QShortcut(
            QKeySequence("Escape"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.clear)
        self.show_start()

    def show_start(self) -> None:
        self.title.setText(self.tr("Inspect Station · {bench}").format(bench=self._station.bench))
        show_message(self.message, self.tr("Scan your badge to sign in."), "info")
        self.clear()

    def show_locked(self, text: str, level: str = "warn") -> None:
        self.title.setText(self.tr("Locked · {bench}").format(bench=self._station.bench))
        show_message(self.message, text, level)
        self.clear()

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    @Slot()
    def clear(self) -> None:
        self.badge.clear()
        self.pin.clear()
        self.badge.setFocus()

    def focus(self) -> None:
        (self.pin if self.badge.text() else self.badge).setFocus()

    @Slot(str)
    def handle_badge(self, code: str) -> None:
        """A scan while locked: it is taken as a badge, never as a parcel."""
        try:
            badge = auth.clean_badge(code)
        except KnownError as exc:
            show_message(self.message, str(exc), "error")
            self.clear()
            return
        self.badge.setText(badge)
        self.pin.clear()
        self.pin.setFocus()
        show_message(
            self.message,
            self.tr("Badge {badge}: type your PIN, then Enter.").format(badge=badge),
            "info",
        )

    @Slot()
    def _on_badge_return_pressed(self) -> None:
        if self.badge.text().strip():
            self.handle_badge(self.badge.text())

    @Slot()
    def _on_pin_return_pressed(self) -> None:
        pin = self.pin.text()
        self.pin.clear()
        if self._busy:
            return
        self._busy = True
        show_message(self.message, self.tr("Checking…"), "info")
        self._tasks.run(
            partial(auth.sign_in, self._station, self.badge.text(), pin),
            self._on_signed_in,
            failure=self._on_refused,
        )

    def _on_signed_in(self, user: User) -> None:
        self._busy = False
        self.signed_in.emit(user)

    def _on_refused(self, error: KnownError) -> None:
        self._busy = False
        show_message(self.message, str(error), "error")
        if isinstance(error, auth.WrongPin):
            self.pin.setFocus()  # the badge stays: try the PIN again
        else:
            self.clear()
