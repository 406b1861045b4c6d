"""Status bar: bench, operator, camera, printer, the shop's backlog, database, scanning, rules —
each a glance, each in words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

_OK = "color: #1b7f3b;"
_BAD = "color: #b3261e; font-weight: bold;"
_WARN = "color: #8a5300; font-weight: bold;"
# Device names, paths and camera messages can be long: each such label shows at most this
# much (elided) so the bar fits a 1366-pixel screen; the tooltip keeps the whole text.
_MAX_PX = 146
_USER_MAX_PX = 240  # a long name with its role and keys (German and Polish roles run long)
_DATABASE_MAX_PX = 340  # "Database unreachable since 10:42 · 12 to send" whole, in bold
_RULES_MAX_PX = 200  # "Rules v1 · v2 not active" whole, in bold
_SHOP_MAX_PX = 180  # "Shop: 1 dead · 12 waiting" whole, in bold; the whole backlog in the tooltip


class StationStatusBar(QStatusBar):
    def __init__(
        self, *, bench: str, operator: str, database: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.bench = QLabel(self.tr("Bench {bench}").format(bench=bench))
        self.operator = QLabel(self.tr("Operator {operator}").format(operator=operator))
        self.camera = QLabel(self.tr("Camera: starting…"))
        self.printer = QLabel(self.tr("Printer: —"))
        self.database = QLabel()
        _show(self.database, self.tr("Database: {database}").format(database=database))
        self.scanning = QLabel(self.tr("Scan: keyboard"))
        self.rules = QLabel()
        self.shop = QLabel(self.tr("Shop: —"))
        self.shop.hide()  # shown once there is a backlog to show (a station with a shop)
        for label in (
            self.bench,
            self.operator,
            self.camera,
            self.printer,
            self.shop,
            self.database,
            self.scanning,
            self.rules,
        ):
            self.addPermanentWidget(label)

    def set_user(self, text: str, ok: bool) -> None:
        """Who is signed in and their role (or that the station is locked)."""
        _show(self.operator, text, _USER_MAX_PX)
        self.operator.setStyleSheet(_OK if ok else _BAD)

    def set_camera(self, text: str, ok: bool) -> None:
        _show(
            self.camera,
            # The camera's own sentences ("Camera lost: …") begin with the word already.
            text
            if text.startswith(self.tr("Camera"))
            else self.tr("Camera: {text}").format(text=text),
        )
        self.camera.setStyleSheet(_OK if ok else _BAD)

    def set_printer(self, text: str, ok: bool) -> None:
        _show(self.printer, self.tr("Printer: {text}").format(text=text))
        self.printer.setStyleSheet(_OK if ok else _BAD)

    def set_database(self, text: str, level: str, why: str = "") -> None:
        """Whether the database answers (ok), slowly or with units waiting to be sent (warn),
        or not at all (bad); kept live by ``ui/health_lamp.py``. ``why`` in full as the
        tooltip."""
        # The style first: a bold text is wider, and the elision must measure it as shown.
        self.database.setStyleSheet({"ok": _OK, "warn": _WARN}.get(level, _BAD))
        self.database.ensurePolished()
        # Whole when it needs attention; a glance like the others while it answers, so the bar
        # fits 1366 pixels in the longer languages too.
        _show(self.database, text, _MAX_PX if level == "ok" else _DATABASE_MAX_PX)
        self.database.setToolTip(why or text)

    def set_scanning(self, text: str, ok: bool) -> None:
        """The scan sources: keyboard, serial scanner, camera and its decoders."""
        _show(self.scanning, self.tr("Scan: {text}").format(text=text))
        self.scanning.setStyleSheet(_OK if ok else _BAD)

    def set_rules(self, text: str, level: str, why: str = "") -> None:
        """The rules version this bench routes by; level ok, warn (its file's version is not
        active) or error (its file was refused); ``why`` in full as the tooltip."""
        self.rules.setStyleSheet({"ok": _OK, "warn": _WARN}.get(level, _BAD))
        self.rules.ensurePolished()  # measured in the bold it is shown in
        _show(self.rules, text, _RULES_MAX_PX)
        self.rules.setToolTip(why or text)

    def set_shop(self, text: str, level: str, why: str = "") -> None:
        """The outbox's backlog: waiting deliveries, the oldest's age, dead letters; level ok,
        warn (waiting longer than a minute) or error (a dead letter)."""
        self.shop.show()
        self.shop.setStyleSheet({"ok": _OK, "warn": _WARN}.get(level, _BAD))
        self.shop.ensurePolished()  # measured in the bold it is shown in
        _show(self.shop, text, _SHOP_MAX_PX)
        self.shop.setToolTip(why or text)


def _show(label: QLabel, text: str, max_px: int = _MAX_PX) -> None:
    label.setToolTip(text)
    label.setText(label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max_px))
