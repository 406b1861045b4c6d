"""The two ways a supervisor places an unexpected return, each a small keyboard dialog."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import BadInput, KnownError
from inspect_station.bench import quarantine
from inspect_station.bench.quarantine import ContentLine, QuarantineView
from inspect_station.bench.views import ReturnView
from ui.desk.withdrawal_form import WithdrawalForm
from ui.style import code_field, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class _PlaceDialog(QDialog):
    """Signals:
    placed(object): the QuarantineView after the unit was placed.
    """

    placed = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, entry: QuarantineView, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self.entry = entry
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(
            QLabel(
                self.tr("<b>{lpn}</b> — scanned {scanned_code!s} at {bench} ({reading})").format(
                    lpn=entry.lpn,
                    scanned_code=entry.scanned_code,
                    bench=entry.bench,
                    reading=entry.reading,
                )
            )
        )
        self.message = QLabel()
        self.message.setWordWrap(True)

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level, " padding: 6px;")

    def _on_error(self, error: KnownError) -> None:
        self.show_message(str(error), "error")

    def _on_placed(self, placed: QuarantineView) -> None:
        self.placed.emit(placed)
        self.accept()


class AttachDialog(_PlaceDialog):
    """Scan or type what names the return; ↑/↓ and Enter attach the unit to it."""

    def __init__(
        self, *, station: Station, tasks: TaskRunner, entry: QuarantineView, parent: QWidget
    ) -> None:
        super().__init__(station=station, tasks=tasks, entry=entry, parent=parent)
        self.setWindowTitle(self.tr("Attach {lpn} to an expected return").format(lpn=entry.lpn))
        self.reference = QLineEdit()
        code_field(self.reference, on_scan="enter")
        self.reference.setPlaceholderText(
            self.tr("Scan or type RMA, order, tracking number, e-mail…")
        )
        self.reference.returnPressed.connect(lambda: self.look_up(self.reference.text()))
        self.found = QListWidget()
        self.found.itemActivated.connect(self._on_found_item_activated)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the audit trail (optional)"))
        for widget in (
            self.reference,
            self.found,
            QLabel(self.tr("Note")),
            self.note,
            self.message,
        ):
            self.layout_.addWidget(widget)
        self.show_message(
            self.tr("Scan the RMA slip, or type a reference and press Enter."), "info"
        )

    def look_up(self, code: str) -> None:
        self.reference.setText(code.replace("\x1d", ""))
        self.show_message(self.tr("Looking up {code}…").format(code=code), "info")
        self._tasks.run(
            partial(quarantine.find_expected, self._station, code),
            self._on_looked_up,
            failure=self._on_error,
        )

    def _on_looked_up(self, returns: list[ReturnView]) -> None:
        self.found.clear()
        for er in returns:
            skus = ", ".join(line.sku for line in er.lines)
            item = QListWidgetItem(
                self.tr(
                    "{rma} · {order_number} · {skus} · {units_received}/{units_expected} "
                    "received · {status}"
                ).format(
                    rma=er.rma,
                    order_number=er.order_number,
                    skus=skus,
                    units_received=er.units_received,
                    units_expected=er.units_expected,
                    status=er.status,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, er.id)
            self.found.addItem(item)
        if returns:
            self.found.setCurrentRow(0)
            self.found.setFocus()
            self.show_message(self.tr("↑/↓ to choose, Enter attaches."), "info")
        else:
            self.show_message(self.tr("No expected return matches; try another reference."), "warn")
            self.reference.setFocus()

    @Slot(QListWidgetItem)
    def _on_found_item_activated(self, item: QListWidgetItem) -> None:
        self._tasks.run(
            partial(
                quarantine.attach,
                self._station,
                self.entry.id,
                int(item.data(Qt.ItemDataRole.UserRole)),
                version=self.entry.version,
                note=self.note.text(),
            ),
            self._on_placed,
            failure=self._on_error,
        )


class CreateReturnDialog(_PlaceDialog):
    """What the parcel holds, one kind of item, and the customer's withdrawal; Enter creates
    the return and attaches."""

    def __init__(
        self, *, station: Station, tasks: TaskRunner, entry: QuarantineView, parent: QWidget
    ) -> None:
        super().__init__(station=station, tasks=tasks, entry=entry, parent=parent)
        self.setWindowTitle(self.tr("New expected return for {lpn}").format(lpn=entry.lpn))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name, label in (
            ("order_number", self.tr("Order number")),
            ("customer_email", self.tr("Customer e-mail")),
            ("reason", self.tr("Reason")),
            ("sku", "SKU"),
            ("ean", self.tr("EAN / UPC")),
            ("serial_number", self.tr("Serial number")),
            ("description", self.tr("Description")),
            ("category", self.tr("Category")),
            ("unit_price", self.tr("Unit price")),
        ):
            edit = QLineEdit()
            edit.setAccessibleName(label)
            if name in ("order_number", "ean", "serial_number", "sku"):
                code_field(edit)
            edit.returnPressed.connect(self.create_return)
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["category"].setText("general")
        self.fields["unit_price"].setText("0.00")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 999)
        form.addRow(self.tr("Quantity"), self.quantity)
        self.withdrawal = WithdrawalForm()
        for edit in self.withdrawal.line_edits():
            edit.returnPressed.connect(self.create_return)
        columns = QHBoxLayout()
        for title, part in (
            (self.tr("The parcel holds"), form),
            (self.tr("The withdrawal"), self.withdrawal),
        ):
            box = QGroupBox(title)
            if isinstance(part, QWidget):
                QVBoxLayout(box).addWidget(part)
            else:
                box.setLayout(part)
            columns.addWidget(box, 1)
        self.layout_.addLayout(columns)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.create_return)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(buttons)
        self.show_message(self.tr("Order number and SKU are needed; Enter saves."), "info")

    @Slot()
    def create_return(self) -> None:
        text = {name: edit.text().strip() for name, edit in self.fields.items()}
        try:
            price = Decimal(text["unit_price"] or "0")
        except InvalidOperation:
            self._on_error(
                BadInput(
                    self.tr("Unit price {unit_price!r} is not a number.").format(
                        unit_price=text["unit_price"]
                    )
                )
            )
            return
        line = ContentLine(
            sku=text["sku"],
            description=text["description"],
            category=text["category"] or "general",
            quantity=self.quantity.value(),
            unit_price=price,
            ean=text["ean"],
            serial_number=text["serial_number"],
        )
        self._tasks.run(
            partial(
                quarantine.create_expected,
                self._station,
                self.entry.id,
                version=self.entry.version,
                order_number=text["order_number"],
                lines=[line],
                reason=text["reason"],
                customer_email=text["customer_email"],
                withdrawal=self.withdrawal.facts(),
            ),
            self._on_placed,
            failure=self._on_error,
        )
