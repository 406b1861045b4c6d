"""Ask a supervisor for another outcome of a recommendation: outcome, refund amount, reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from inspect_station.rules.outcomes import return_type_words
from inspect_station.supervise.approvals import CHOICES, MAX_NOTE, RecommendationView
from ui.desk.detail_text import money
from ui.style import add_keyed_rows
from ui.translations import QT_TRANSLATE_NOOP

OUTCOME_WORDS = {
    "full": QT_TRANSLATE_NOOP("Outcomes", "full refund"),
    "partial": QT_TRANSLATE_NOOP("Outcomes", "partial refund of the amount below"),
    "refuse": QT_TRANSLATE_NOOP("Outcomes", "refuse the refund"),
    "approve": QT_TRANSLATE_NOOP("Outcomes", "approve the exchange: send the replacement"),
    "repair": QT_TRANSLATE_NOOP("Outcomes", "warranty: repair"),
    "replace": QT_TRANSLATE_NOOP("Outcomes", "warranty: replace"),
    "reject": QT_TRANSLATE_NOOP("Outcomes", "warranty: reject the claim"),
}


def outcome_words(outcome: str) -> str:
    """What an outcome code means, in the station's language."""
    return QCoreApplication.translate("Outcomes", OUTCOME_WORDS.get(outcome, outcome))


@dataclass(frozen=True)
class ChangeRequest:
    outcome: str
    refund: str | None  # as typed; the service reads and checks it
    reason: str


class ChangeDialog(QDialog):
    """Open with ``open()``; on ``accepted``, ``request()`` holds what was chosen.

    ``previous`` fills the fields again after the service refused a change (the reason is
    not typed twice).
    """

    def __init__(
        self,
        *,
        view: RecommendationView,
        currency: str,
        previous: ChangeRequest | None = None,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the recommendation for {lpn}").format(lpn=view.lpn))
        layout = QVBoxLayout(self)
        price = money(view.value, currency) if view.value is not None else self.tr("no price")
        now = QLabel(
            self.tr("{return_type} of {item} ({price}). The station recommends: {outcome}").format(
                return_type=return_type_words(view.return_type).capitalize(),
                item=view.description or view.sku or view.lpn,
                price=price,
                outcome=outcome_words(view.outcome),
            )
            + (f" {money(view.refund_amount, currency)}" if view.refund_amount is not None else "")
            + "."
        )
        now.setWordWrap(True)
        layout.addWidget(now)
        form = QFormLayout()
        self.outcome = QComboBox()
        for outcome in CHOICES[view.return_type]:
            self.outcome.addItem(f"{outcome} — {outcome_words(outcome)}", outcome)
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(
            self.tr("amount to refund, at most {price}").format(price=price)
        )
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_NOTE)
        self.reason.setPlaceholderText(
            self.tr("why (required): kept with the unit and in the audit trail")
        )
        add_keyed_rows(
            form,
            (
                (self.tr("&Outcome"), self.outcome),
                (self.tr("&Refund"), self.refund),
                (self.tr("&Why"), self.reason),
            ),
        )
        layout.addLayout(form)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change (Ctrl+Enter)"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._on_buttons_accepted)
        self.outcome.currentIndexChanged.connect(self._on_outcome_current_index_changed)
        start = previous.outcome if previous else ("partial" if view.outcome == "full" else "")
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(start)))
        if previous is not None:
            self.refund.setText(previous.refund or "")
            self.reason.setText(previous.reason)
        elif view.refund_amount is not None:
            self.refund.setText(f"{view.refund_amount:.2f}")
        self._on_outcome_current_index_changed()
        self.outcome.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> ChangeRequest:
        outcome = str(self.outcome.currentData())
        refund = self.refund.text().strip() if outcome == "partial" else None
        return ChangeRequest(outcome=outcome, refund=refund or None, reason=self.reason.text())

    @Slot()
    def _on_outcome_current_index_changed(self) -> None:
        self.refund.setEnabled(self.outcome.currentData() == "partial")

    @Slot()
    def _on_buttons_accepted(self) -> None:
        # The service checks everything (amount, reason, outcome); only the obvious is caught
        # here, so the dialog stays open with what was typed.
        if not self.reason.text().strip():
            self.problem.setText(
                self.tr("Say why the recommendation is changed: the reason is required.")
            )
            self.reason.setFocus()
            return
        self.accept()
