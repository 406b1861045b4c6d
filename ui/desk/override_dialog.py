"""Ask a supervisor for a new grade or route, the reason, and where the new label prints."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import i18n
from inspect_station.bench.views import InspectionView
from inspect_station.labels.layout import route_words
from inspect_station.rules.grades import GradeScale
from inspect_station.supervise.overrides import MAX_REASON, PrintAt
from ui.style import add_keyed_rows
from ui.translations import QT_TRANSLATE_NOOP

BY_RULES = QT_TRANSLATE_NOOP("OverrideDialog", "as the rules decide")


@dataclass(frozen=True)
class OverrideRequest:
    grade: str | None
    route: str | None
    reason: str
    print_at: PrintAt


class OverrideDialog(QDialog):
    """Open with ``open()``; on ``accepted``, ``request()`` holds what was chosen."""

    def __init__(
        self,
        *,
        insp: InspectionView,
        grades: GradeScale,
        routes: tuple[str, ...],
        here: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override {lpn}").format(lpn=insp.lpn))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Now: grade {grade}, route {route}. Graded by {operator}.").format(
                    grade=insp.grade, route=route_words(insp.route or ""), operator=insp.operator
                )
            )
        )
        form = QFormLayout()
        self.grade = QComboBox()
        for grade in grades.grades:
            self.grade.addItem(f"{grade.code} — {grade.name}", grade.code)
        self.grade.setCurrentIndex(max(0, self.grade.findData(insp.grade)))
        self.route = QComboBox()
        self.route.addItem(self.tr(BY_RULES), None)
        for route in routes:
            self.route.addItem(route_words(route), route)
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_REASON)
        self.reason.setPlaceholderText(self.tr("why (required): what the photos or the item show"))
        rows = (
            (self.tr("&Grade"), self.grade),
            (self.tr("&Route"), self.route),
            (self.tr("Rea&son"), self.reason),
        )
        add_keyed_rows(form, rows)
        layout.addLayout(form)
        self.here = QRadioButton(self.tr("Print the new label &here ({here})").format(here=here))
        self.unit_bench = QRadioButton(
            self.tr("&Queue it at the unit's bench ({bench})").format(bench=insp.bench)
        )
        self.here.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.here, self.unit_bench):
            group.addButton(button)
            layout.addWidget(button)
        note = QLabel(
            self.tr(
                "A new grade is routed again by the active rules on the unit's recorded facts, "
                "and its refund recommendation follows the new grade: one waiting for approval "
                "is released as your decision; one a supervisor changed by hand is kept."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("outcomeReason")
        layout.addWidget(note)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.problem)
        # A problem said stands only while it holds: typing the reason, or choosing a grade or
        # route, takes it away.
        self.reason.textChanged.connect(self._on_choice_changed)
        self.grade.currentIndexChanged.connect(self._on_choice_changed)
        self.route.currentIndexChanged.connect(self._on_choice_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Override (Ctrl+Enter)"))
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self._on_buttons_accepted)
        self._current = (insp.grade, insp.route)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def request(self) -> OverrideRequest:
        grade = self.grade.currentData()
        return OverrideRequest(
            grade=grade if grade != self._current[0] else None,
            route=self.route.currentData(),
            reason=self.reason.text(),
            print_at=PrintAt.HERE if self.here.isChecked() else PrintAt.UNIT_BENCH,
        )

    def _on_choice_changed(self) -> None:
        request = self.request()
        text = self.problem.text()
        # The dialog's own words or the service's ("Say why the grade or route is overridden."),
        # in the station's language: each names the field that answers it.
        needs_reason = (
            self.tr("Say why: the reason is required."),
            i18n._("Say why the grade or route is overridden."),
        )
        needs_choice = (
            self.tr("Choose a new grade or a new route."),
            i18n._("Choose a new grade or a new route."),
        )
        if (text in needs_reason and request.reason.strip()) or (
            text in needs_choice and (request.grade or request.route)
        ):
            self.problem.setText("")

    def _on_buttons_accepted(self) -> None:
        # The service checks everything again; this only spares a round trip for the obvious.
        request = self.request()
        if not request.reason.strip():
            self.problem.setText(self.tr("Say why: the reason is required."))
            self.reason.setFocus()
            return
        if request.grade is None and request.route is None:
            self.problem.setText(self.tr("Choose a new grade or a new route."))
            return
        self.accept()
