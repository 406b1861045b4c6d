"""The customer's withdrawal as a supervisor types it in: when the notice came (and in which time
zone), how, the acknowledgement, the proof of sending, whether the customer was informed of the
right of withdrawal, and the delivery costs.

The form hands the facts on as the manifest's columns (``withdrawal_notice_at`` …), so the core
checks them with the manifest's rules and messages.
"""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QLineEdit, QWidget

from inspect_station.rules.withdrawal import local_zone, with_zone
from ui.translations import QT_TRANSLATE_NOOP

CHANNELS = (
    ("", "—"),
    ("button", QT_TRANSLATE_NOOP("WithdrawalForm", "Withdrawal button")),
    ("email", QT_TRANSLATE_NOOP("WithdrawalForm", "E-mail")),
    ("letter", QT_TRANSLATE_NOOP("WithdrawalForm", "Letter")),
    ("phone", QT_TRANSLATE_NOOP("WithdrawalForm", "Phone")),
)
PROOFS = (
    ("", "—"),
    ("first-scan", QT_TRANSLATE_NOOP("WithdrawalForm", "Carrier's first scan")),
    ("drop-off", QT_TRANSLATE_NOOP("WithdrawalForm", "Drop-off receipt")),
)
INFORMED = (
    ("", QT_TRANSLATE_NOOP("WithdrawalForm", "Not known")),
    ("yes", QT_TRANSLATE_NOOP("WithdrawalForm", "Yes")),
    ("no", QT_TRANSLATE_NOOP("WithdrawalForm", "No")),
)


class WithdrawalForm(QWidget):
    """Fields of the withdrawal; :meth:`facts` gives them as manifest columns."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.notice = QLineEdit()
        self.notice.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.zone = QLineEdit(local_zone())
        completer = QCompleter(sorted(available_timezones()), self.zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone.setCompleter(completer)
        self.zone.setToolTip(self.tr("An IANA time zone (Europe/Berlin) or an offset (+01:00)"))
        self.channel = _choices(CHANNELS)
        self.acknowledgement = QLineEdit()
        self.sent = QLineEdit()
        self.sent.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.proof = _choices(PROOFS)
        self.informed = _choices(INFORMED)
        self.paid = QLineEdit()
        self.paid.setPlaceholderText("0.00")
        self.cheapest = QLineEdit()
        self.cheapest.setPlaceholderText("0.00")
        for label, widget in (
            (self.tr("Notice received"), self.notice),
            (self.tr("Time zone"), self.zone),
            (self.tr("Notice channel"), self.channel),
            (self.tr("Acknowledgement id"), self.acknowledgement),
            (self.tr("Proof of sending"), self.sent),
            (self.tr("Proof by"), self.proof),
            (self.tr("Informed of the right"), self.informed),
            (self.tr("Delivery paid"), self.paid),
            (self.tr("Cheapest standard delivery"), self.cheapest),
        ):
            form.addRow(label, widget)

    def line_edits(self) -> tuple[QLineEdit, ...]:
        return (self.notice, self.zone, self.acknowledgement, self.sent, self.paid, self.cheapest)

    def facts(self) -> dict[str, str]:
        """The facts typed in, as manifest columns; a time takes the zone field's zone."""
        zone = self.zone.text().strip()
        return {
            "withdrawal_notice_at": with_zone(self.notice.text(), zone),
            "withdrawal_channel": str(self.channel.currentData()),
            "withdrawal_ack_id": self.acknowledgement.text().strip(),
            "proof_of_sending_at": with_zone(self.sent.text(), zone),
            "proof_of_sending_by": str(self.proof.currentData()),
            "consumer_informed": str(self.informed.currentData()),
            "delivery_cost_paid": self.paid.text().strip(),
            "cheapest_delivery_cost": self.cheapest.text().strip(),
        }


def _choices(items: tuple[tuple[str, str], ...]) -> QComboBox:
    box = QComboBox()
    for value, label in items:
        box.addItem(QCoreApplication.translate("WithdrawalForm", label), value)
    return box
