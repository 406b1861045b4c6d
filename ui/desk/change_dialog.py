"""Ask a supervisor for another outcome of a recommendation: outcome, refund amount, reason."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
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

from inspect_station.supervise.approvals import CHOICES, MAX_NOTE, RecommendationView
from ui.style import add_keyed_rows

OUTCOME_WORDS = {
    "full": "full refund",
    "partial": "partial refund of the amount below",
    "refuse": "refuse the refund",
    "approve": "approve the exchange: send the replacement",
    "repair": "warranty: repair",
    "replace": "warranty: replace",
    "reject": "warranty: reject the claim",
}


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
        sign: str,
        previous: ChangeRequest | None = None,
        problem: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Change the recommendation for {view.lpn}")
        layout = QVBoxLayout(self)
        price = f"{sign}{view.value:,.2f}" if view.value is not None else "no price"
        now = QLabel(
            f"{view.return_type.capitalize()} of {view.description or view.sku or view.lpn} "
            f"({price}). The station recommends: {OUTCOME_WORDS.get(view.outcome, view.outcome)}"
            + (f" {sign}{view.refund_amount:,.2f}" if view.refund_amount is not None else "")
            + "."
        )
        now.setWordWrap(True)
        layout.addWidget(now)
        form = QFormLayout()
        self.outcome = QComboBox()
        for outcome in CHOICES[view.return_type]:
            self.outcome.addItem(f"{outcome} — {OUTCOME_WORDS.get(outcome, outcome)}", outcome)
        self.refund = QLineEdit()
        self.refund.setPlaceholderText(f"amount to refund, at most {price}")
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_NOTE)
        self.reason.setPlaceholderText("why (required): kept with the unit and in the audit trail")
        add_keyed_rows(
            form, (("&Outcome", self.outcome), ("&Refund", self.refund), ("&Why", self.reason))
        )
        layout.addLayout(form)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Change (Ctrl+Enter)")
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
            self.problem.setText("Say why the recommendation is changed: the reason is required.")
            self.reason.setFocus()
            return
        self.accept()
