"""What should be in the parcel: the expected return, its lines, and the unit's licence plate."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import i18n
from inspect_station.bench.views import InspectionView
from inspect_station.rules.outcomes import return_type_words
from ui.style import heading


def money(value: Decimal | None, currency: str) -> str:
    if value is None:
        return QCoreApplication.translate("ParcelPanel", "unknown")
    return i18n.money(value, currency)


class ParcelPanel(QWidget):
    def __init__(self, *, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Parcel")))
        self.lpn = QLabel("—")
        self.lpn.setObjectName("lpn")
        layout.addWidget(self.lpn)
        form = QFormLayout()
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("rma", self.tr("RMA")),
            ("type", self.tr("Return type")),
            ("order", self.tr("Order")),
            ("tracking", self.tr("Tracking")),
            ("reason", self.tr("Stated reason")),
            ("delivered", self.tr("Delivered")),
            ("value", self.tr("Value")),
            ("unit", self.tr("This unit")),
            ("due", self.tr("Refund")),
        ):
            value = QLabel("")
            value.setWordWrap(True)
            self._fields[key] = value
            form.addRow(f"{label}:", value)
        layout.addLayout(form)
        self.lines = QTableWidget(0, 5)
        self.lines.setHorizontalHeaderLabels(
            ["SKU", self.tr("Item"), self.tr("Qty"), self.tr("Here"), self.tr("Missing")]
        )
        self.lines.setToolTip(
            self.tr("↑/↓ choose a line · M marks a unit of it missing · E empty box")
        )
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.setFocusPolicy(self.lines.focusPolicy().NoFocus)
        self.lines.verticalHeader().hide()
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.lines.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The item's name takes what is left and wraps onto more lines rather than being cut
        # ("Building …"), so the counts always show and the name reads whole.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.lines.setWordWrap(True)
        self.lines.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.lines.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: self.lines.resizeRowsToContents())
        # The SKU reads under the item's name, which then has the column's room to itself.
        self.lines.setColumnHidden(0, True)
        layout.addWidget(self.lines, 1)
        self.show_inspection(None)

    def field(self, key: str) -> str:
        return self._fields[key].text()

    def show_inspection(self, insp: InspectionView | None) -> None:
        self.lpn.setText(insp.lpn if insp else self.tr("Scan a parcel"))
        for label in self._fields.values():
            label.setText("")
        self.lines.setRowCount(0)
        if insp is None:
            return
        unit = insp.description or self.tr("unknown item")
        if insp.sku:
            unit = f"{insp.sku} · {unit} ({insp.category}, {money(insp.value, self._currency)})"
        self._fields["unit"].setText(unit)
        er = insp.expected
        if er is None:
            # The scanned code is a parcel's code, not a reason: it goes where codes go.
            self._fields["rma"].setText(self.tr("Unexpected return · held in quarantine"))
            self._fields["tracking"].setText(
                self.tr("{code} (scanned)").format(code=insp.scanned_code)
            )
            self._fields["reason"].setText(self.tr("— (no return known)"))
            return
        self._fields["rma"].setText(er.rma)
        self._fields["type"].setText(return_type_words(er.return_type).capitalize())
        self._fields["order"].setText(er.order_number)
        tracking = f"{er.carrier or ''} {er.tracking_number or ''}".strip()
        self._fields["tracking"].setText(tracking or "—")
        self._fields["reason"].setText(er.reason or "—")
        if er.delivered_on is not None:
            days = er.days_since_delivery
            self._fields["delivered"].setText(
                self.tr("{delivered_on} · {days} days ago").format(
                    delivered_on=i18n.day(er.delivered_on), days=days
                )
            )
        total = money(er.total_value, self._currency)
        self._fields["value"].setText(
            self.tr("{total} · {units_expected} unit(s)").format(
                total=total, units_expected=er.units_expected
            )
        )
        self.lines.setRowCount(len(er.lines))
        for row, line in enumerate(er.lines):
            name = f"{line.description}\n{line.sku}" if line.description else line.sku
            cells = (line.sku, name, str(line.quantity), str(line.received), "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if line.id == insp.line_id:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.lines.setItem(row, column, item)

    def show_receipt(
        self, insp: InspectionView, missing: dict[int, int], selected: int | None
    ) -> None:
        """Units not in the parcel per line (recorded and marked now), and the chosen line."""
        er = insp.expected
        if er is None:
            return
        for row, line in enumerate(er.lines):
            gone = missing.get(line.id, 0)
            here = self.lines.item(row, 3)
            if here is not None:
                here.setText(str(max(line.received - gone, 0)))
            cell = self.lines.item(row, 4)
            if cell is not None:
                cell.setText(str(gone) if gone else "")
                cell.setForeground(QBrush(QColor("#b3261e")))
            if line.id == selected:
                self.lines.selectRow(row)

    def show_deadline(self, text: str, close: bool) -> None:
        """The refund deadline, in red when it is close (or passed)."""
        label = self._fields["due"]
        label.setText(text)
        label.setStyleSheet("color: #b3261e; font-weight: bold;" if close else "")
