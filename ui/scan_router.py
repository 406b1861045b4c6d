"""Where a scan goes: where the person is.

A keyboard-wedge scan knows the widget that had the focus at its first key (its *origin*);
serial and camera scans have none. In this order:

1. The origin is a field marked to take codes (:func:`ui.style.code_field`: a badge field,
   history's Find, the quarantine RMA field, a dialog's code field) and still shown: the whole
   code goes into it at once, and a field marked ``enter`` acts on it as on Enter.
2. A modal dialog is open: the scan is refused ("close the dialog first"), nothing typed.
3. The station is locked: a badge signs in; a parcel code says "sign in first"; anything
   else is said as an unknown badge.
4. The origin is any other text field (a note, a reason, a PIN): refused, nothing typed.
5. Otherwise the window's screens take it (the bench, or a supervisor's desk).

Every refusal is said on the message line with the refusal sound (``refused``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from inspect_station.app.errors import BadInput
from inspect_station.identify.identifiers import GS, clean_scan
from inspect_station.people import auth
from ui.devices.wedge_scanner import text_entry
from ui.people.first_run_screen import FirstRunScreen
from ui.people.sign_in_screen import SignInScreen
from ui.style import CODE_FIELD
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def _field_name(widget: QWidget) -> str:
    name = widget.accessibleName() or (
        widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    )
    if name:
        return QCoreApplication.translate("ScanRouter", "the field “{name}”").format(name=name)
    return QCoreApplication.translate("ScanRouter", "a text field")


class ScanRouter(QObject):
    """Signals:
    refused(str): a scan refused here; the reason, in the person's words.
    accepted(): a scan put into a code field.
    """

    refused = Signal(str)
    accepted = Signal()

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        sign_in: SignInScreen,
        first_run: FirstRunScreen,
        locked: Callable[[], bool],
        elsewhere: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._sign_in = sign_in
        self._first_run = first_run
        self._locked = locked
        self._elsewhere = elsewhere

    def route(self, code: str, origin: QWidget | None) -> None:
        try:
            clean_scan(code)
        except BadInput as exc:
            self.refused.emit(self.tr("Scan refused: {problem}").format(problem=exc))
            return
        target = origin if origin is not None and origin.isVisible() else None
        if target is not None and target.isEnabled() and target.property(CODE_FIELD):
            self._put(code, target)
            return
        if self._modal_open():
            self.refused.emit(
                self.tr("A scan cannot go into this dialog: close it first, then scan.")
            )
            return
        if self._locked():
            self._when_locked(code)
            return
        if target is not None and text_entry(target):
            self.refused.emit(
                self.tr(
                    "A scan cannot go into {field}: nothing was typed. Leave the field (Esc), "
                    "then scan."
                ).format(field=_field_name(target))
            )
            return
        self._elsewhere(code)

    def _modal_open(self) -> bool:
        """A modal dialog of this window (or of none) is open."""
        modal = QApplication.activeModalWidget()
        if modal is None:
            return False
        owner = modal.parentWidget()
        return owner is None or owner.window() is self._sign_in.window()

    def _put(self, code: str, field: QWidget) -> None:
        if not isinstance(field, QLineEdit):
            self.refused.emit(self.tr("This field cannot take a scan."))
            return
        field.setText(code.replace(GS, ""))
        field.setFocus()
        self.accepted.emit()
        if field.property(CODE_FIELD) == "enter":
            field.returnPressed.emit()

    def _when_locked(self, code: str) -> None:
        if self._first_run.isVisible():
            self._first_run.handle_badge(code)  # no users yet: the first one is being made
            return
        self._tasks.run(
            partial(auth.scanned_while_locked, self._station, code),
            lambda kind: self._on_locked_scan_known(code, kind),
        )

    def _on_locked_scan_known(self, code: str, kind: str) -> None:
        if kind == "badge":
            self._sign_in.handle_badge(code)
        elif kind == "parcel":
            self.refused.emit(self.tr("Sign in first (scan your badge), then scan the parcel."))
        else:
            shown = code if code.isprintable() and len(code) <= 40 else self.tr("That code")
            self.refused.emit(
                self.tr("{code} is not a badge known at this station: scan your badge.").format(
                    code=shown
                )
            )
