"""Pick one of several open returns that match a scan (e.g. one EAN in many orders)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.bench.views import ReturnView


class ReturnChooser(QDialog):
    """Signals:
    chosen(int): the id of the expected return picked.
    """

    chosen = Signal(int)

    def __init__(
        self,
        candidates: tuple[ReturnView, ...],
        parent: QWidget | None = None,
        *,
        matched: str = "this product",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Which return is this?")
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"{len(candidates)} open returns match {matched}. ↑/↓ and Enter:"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for er in candidates:
            items = ", ".join(line.description or line.sku for line in er.lines)
            delivered = f"{er.days_since_delivery} days ago" if er.delivered_on else "no date"
            # Who sent it and what is in it first: a worker picks a parcel by the name on it.
            item = QListWidgetItem(
                f"{er.customer} · {items}\n    {er.rma} · order {er.order_number} · "
                f"delivered {delivered} · {er.total_value:.2f} · {er.reason}"
            )
            item.setToolTip(", ".join(line.sku for line in er.lines))
            item.setData(Qt.ItemDataRole.UserRole, er.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        item = self.list.currentItem()
        super().accept()
        if item is not None:
            self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
