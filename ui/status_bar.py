"""Status bar: bench, operator, camera, printer, database — each a glance, each in words."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

_OK = "color: #1b7f3b;"
_BAD = "color: #b3261e; font-weight: bold;"


class StationStatusBar(QStatusBar):
    def __init__(
        self, *, bench: str, operator: str, database: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bench = QLabel(f"Bench {bench}")
        self.operator = QLabel(f"Operator {operator}")
        self.camera = QLabel("Camera: starting…")
        self.printer = QLabel("Printer: —")
        self.database = QLabel(f"Database: {database}")
        for label in (self.bench, self.operator, self.camera, self.printer, self.database):
            self.addPermanentWidget(label)

    def set_user(self, text: str, ok: bool) -> None:
        """Who is signed in and their role (or that the station is locked)."""
        self.operator.setText(text)
        self.operator.setStyleSheet(_OK if ok else _BAD)

    def set_camera(self, text: str, ok: bool) -> None:
        self.camera.setText(f"Camera: {text}")
        self.camera.setStyleSheet(_OK if ok else _BAD)

    def set_printer(self, text: str, ok: bool) -> None:
        self.printer.setText(f"Printer: {text}")
        self.printer.setStyleSheet(_OK if ok else _BAD)

    def set_database(self, text: str, ok: bool) -> None:
        self.database.setText(f"Database: {text}")
        self.database.setStyleSheet(_OK if ok else _BAD)
