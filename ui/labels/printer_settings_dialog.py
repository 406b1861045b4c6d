"""Printer settings (admins): the printers, which one prints routing labels, a test label."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import printer_admin
from inspect_station.app.errors import KnownError
from inspect_station.app.settings import Settings
from inspect_station.labels.layout import DPIS, STOCKS
from inspect_station.labels.zpl import MAX_COPIES
from inspect_station.printing import printers
from inspect_station.printing.printers import PrinterConfig
from ui.style import message_line
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

_FILES = "files"


class PrinterSettingsDialog(QDialog):
    """Signals:
    saved(object): the new Settings, saved and applied.
    """

    saved = Signal(object)

    def __init__(self, *, station: Station, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._station, self._tasks = station, tasks
        self._configs = printers.configured_printers(station.settings)
        self._label_printer = station.settings.printer
        self._loading = False
        self.setWindowTitle(self.tr("Printers"))
        self.resize(900, 560)
        outer = QVBoxLayout(self)
        columns = QHBoxLayout()
        self.names = QListWidget()
        self.names.currentRowChanged.connect(self._on_names_current_row_changed)
        columns.addWidget(self.names, 1)
        columns.addLayout(self._form(), 2)
        outer.addLayout(columns, 1)
        station_form = QFormLayout()
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(station.settings.label_copies)
        self.reprints = QSpinBox()
        self.reprints.setRange(0, 99)
        self.reprints.setValue(station.settings.reprints_per_unit)
        station_form.addRow(self.tr("Copies of each routing label:"), self.copies)
        station_form.addRow(self.tr("Reprints per unit an operator may make:"), self.reprints)
        outer.addLayout(station_form)
        self.message = message_line()
        outer.addWidget(self.message)
        outer.addLayout(self._buttons())
        self._fill_names(0)

    # -- layout ---------------------------------------------------------------------------
    def _form(self) -> QVBoxLayout:
        box = QVBoxLayout()
        form = self._fields = QFormLayout()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(list(printers.KINDS))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("printer name or IP address"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.queue = QLineEdit()
        self.queue.setPlaceholderText(self.tr("CUPS queue (lpstat -p lists them)"))
        self.format = QComboBox()
        self.format.addItems(["pdf", "zpl"])
        self.path = QLineEdit()
        own = self._station.settings
        self.stock = QComboBox()
        self.stock.addItems(
            [self.tr("as the station ({label_stock})").format(label_stock=own.label_stock), *STOCKS]
        )
        self.dpi = QComboBox()
        self.dpi.addItems(
            [
                self.tr("as the station ({label_dpi})").format(label_dpi=own.label_dpi),
                *map(str, DPIS),
            ]
        )
        self.colour = QCheckBox(self.tr("colour printer: the destination band in its colour"))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.1, 120)
        self.timeout.setSuffix(" s")
        rows = (
            (self.tr("Name:"), self.name),
            (self.tr("Kind:"), self.kind),
            (self.tr("Host:"), self.host),
            (self.tr("Port:"), self.port),
            (self.tr("CUPS queue:"), self.queue),
            (self.tr("Sends:"), self.format),
            (self.tr("Folder:"), self.path),
            (self.tr("Label stock:"), self.stock),
            (self.tr("Resolution (dpi):"), self.dpi),
            ("", self.colour),
            (self.tr("Time-out:"), self.timeout),
        )
        for label, widget in rows:
            form.addRow(label, widget)
        for line in (self.name, self.host, self.queue, self.path):
            line.editingFinished.connect(self._on_form_changed)
        for combo in (self.kind, self.format, self.stock, self.dpi):
            combo.currentIndexChanged.connect(self._on_form_changed)
        self.port.valueChanged.connect(self._on_form_changed)
        self.timeout.valueChanged.connect(self._on_form_changed)
        self.colour.toggled.connect(self._on_form_changed)
        box.addLayout(form)
        self.state = QLabel("")
        self.state.setWordWrap(True)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        box.addWidget(self.state)
        box.addWidget(self.warning)
        box.addStretch(1)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        actions = (
            (self.tr("[Ctrl+N]  Add printer"), "Ctrl+N", self.add_printer),
            (self.tr("[Del]  Remove"), "Delete", self.remove_printer),
            (self.tr("[Ctrl+U]  Use for routing labels"), "Ctrl+U", self.use_for_labels),
            (self.tr("[F5]  Check"), "F5", self.check_printer),
            (self.tr("[Ctrl+T]  Print test label"), "Ctrl+T", self.print_test_label),
            (self.tr("[Ctrl+S]  Save"), "Ctrl+S", self.save),
        )
        for text, keys, slot in actions:
            button = QPushButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        close = QPushButton(self.tr("[Esc]  Cancel"))
        close.clicked.connect(self.reject)
        row.addWidget(close)
        return row

    # -- the list and the form ------------------------------------------------------------
    def _fill_names(self, row: int) -> None:
        self.names.blockSignals(True)
        self.names.clear()
        for name in [_FILES, *(c.name for c in self._configs)]:
            mark = self.tr("  ★ routing labels") if name == self._label_printer else ""
            self.names.addItem(f"{name}{mark}")
        self.names.blockSignals(False)
        self.names.setCurrentRow(max(0, min(row, self.names.count() - 1)))
        self._on_names_current_row_changed(self.names.currentRow())

    def _current(self) -> PrinterConfig | None:
        row = self.names.currentRow()
        return self._configs[row - 1] if row >= 1 else None

    def _current_name(self) -> str:
        config = self._current()
        return config.name if config else _FILES

    @Slot(int)
    def _on_names_current_row_changed(self, _row: int) -> None:
        config = self._current()
        self._loading = True
        editable = config is not None
        shown = config or PrinterConfig(
            _FILES, "files", path=str(self._station.settings.resolved_labels_dir)
        )
        fields: tuple[QWidget, ...] = (self.name, self.kind, self.host, self.port, self.queue)
        fields += (self.format, self.path, self.stock, self.dpi, self.colour, self.timeout)
        for widget in fields:
            widget.setEnabled(editable)
        self.name.setText(shown.name)
        self.kind.setCurrentText(shown.kind)
        self.host.setText(shown.host)
        self.port.setValue(shown.port)
        self.queue.setText(shown.queue)
        self.format.setCurrentText(shown.format)
        self.path.setText(shown.path)
        self.stock.setCurrentIndex(self.stock.findText(shown.stock) if shown.stock else 0)
        self.dpi.setCurrentIndex(self.dpi.findText(str(shown.dpi)) if shown.dpi else 0)
        self.colour.setChecked(shown.colour)
        self.timeout.setValue(shown.timeout)
        self._loading = False
        self._show_kind(shown.kind)
        self.state.setText("")
        self._show_warnings()

    def _show_kind(self, kind: str) -> None:
        for widget, kinds in (
            (self.host, ("zpl-tcp",)),
            (self.port, ("zpl-tcp",)),
            (self.queue, ("cups",)),
            (self.format, ("cups",)),
            (self.path, ("files",)),
            (self.colour, ("cups",)),
        ):
            self._fields.setRowVisible(widget, kind in kinds)

    def _show_warnings(self) -> None:
        settings = self._station.settings
        config = self._current()
        stock = (config.stock if config else "") or settings.label_stock
        dpi = (config.dpi if config else 0) or settings.label_dpi
        self.warning.setText("\n".join(printer_admin.warnings_for(stock, dpi)))

    @Slot()
    def _on_form_changed(self) -> None:
        row = self.names.currentRow()
        config = self._current()
        if self._loading or config is None:
            return
        old_name = config.name
        self._configs[row - 1] = replace(
            config,
            name=self.name.text().strip(),
            kind=self.kind.currentText(),
            host=self.host.text().strip(),
            port=self.port.value(),
            queue=self.queue.text().strip(),
            format="zpl" if self.format.currentText() == "zpl" else "pdf",
            path=self.path.text().strip(),
            stock=self.stock.currentText() if self.stock.currentIndex() else "",
            dpi=int(self.dpi.currentText()) if self.dpi.currentIndex() else 0,
            colour=self.colour.isChecked(),
            timeout=self.timeout.value(),
        )
        if self._label_printer == old_name:
            self._label_printer = self._configs[row - 1].name
        self._show_kind(self.kind.currentText())
        self._show_warnings()
        item = self.names.item(row)
        mark = (
            self.tr("  ★ routing labels")
            if self._configs[row - 1].name == self._label_printer
            else ""
        )
        item.setText(f"{self._configs[row - 1].name}{mark}")

    # -- actions --------------------------------------------------------------------------
    @Slot()
    def add_printer(self) -> None:
        taken = {c.name for c in self._configs}
        number = next(n for n in range(1, 100) if f"printer-{n}" not in taken)
        self._configs.append(PrinterConfig(f"printer-{number}", "zpl-tcp", host="zebra.local"))
        self._fill_names(len(self._configs))
        self.host.setFocus()
        self.host.selectAll()

    @Slot()
    def remove_printer(self) -> None:
        config = self._current()
        if config is None:
            self._say(self.tr("The labels folder is built in and stays."), False)
            return
        self._configs.remove(config)
        if self._label_printer == config.name:
            self._label_printer = _FILES
        self._fill_names(self.names.currentRow() - 1)

    @Slot()
    def use_for_labels(self) -> None:
        self._label_printer = self._current_name()
        self._fill_names(self.names.currentRow())
        self._say(
            self.tr("Routing labels will print on {label_printer} once saved.").format(
                label_printer=self._label_printer
            ),
            True,
        )

    def _changed(self) -> Settings | None:
        try:
            return printer_admin.with_printers(
                self._station.settings,
                self._configs,
                label_printer=self._label_printer,
                copies=self.copies.value(),
                reprints_per_unit=self.reprints.value(),
            )
        except KnownError as exc:
            self._say(str(exc), False)
            return None

    @Slot()
    def check_printer(self) -> None:
        changed = self._changed()
        if changed is None:
            return
        name = self._current_name()
        self.state.setText(self.tr("Asking {name}…").format(name=name))

        def ask() -> str:
            printer = printers.printer_named(changed, name)
            state = printer.check() or self.tr("ready")
            return f"{printer.describe()}: {state}"

        self._tasks.run(ask, self.state.setText, failure=self._on_error)

    @Slot()
    def print_test_label(self) -> None:
        changed = self._changed()
        if changed is None:
            return
        name = self._current_name()
        self._say(self.tr("Printing a test label on {name}…").format(name=name), True)
        self._tasks.run(
            partial(printer_admin.print_test_label, self._station, changed, name),
            lambda where: self._say(
                self.tr("Test label sent to {name}: {where}").format(name=name, where=where), True
            ),
            failure=self._on_error,
        )

    @Slot()
    def save(self) -> None:
        changed = self._changed()
        if changed is None:
            return
        self._tasks.run(
            partial(printer_admin.save_printers, self._station, changed),
            lambda _path: self._on_saved(changed),
            failure=self._on_error,
        )

    def _on_saved(self, changed: Settings) -> None:
        self.saved.emit(changed)
        self.accept()

    def _on_error(self, error: KnownError) -> None:
        self._say(str(error), False)

    def _say(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        colours = (
            "color: #1f2933; background: #e4e7eb;" if ok else "color: white; background: #b3261e;"
        )
        self.message.setStyleSheet(colours)
