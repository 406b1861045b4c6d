"""The grading column: defect checklist, grade keys, notes, the route with why, the outcome.

Everything here is shown from an :class:`~inspect_station.bench.assessment.Assessment`; the keys
are handled by :class:`ui.bench.assessing.Assessing`, which keeps the draft.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import i18n
from inspect_station.app.i18n import _
from inspect_station.bench.assessment import Assessment, Draft
from inspect_station.labels.layout import destination_text
from inspect_station.rules.checklists import CAUSES, SEALED_KEY, GradingSet
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.outcomes import Recommendation
from inspect_station.rules.routing import Decision
from ui.style import heading, route_colour
from ui.translations import QT_TRANSLATE_NOOP

SEVERITY_COLOURS = {"critical": "#b3261e", "major": "#a15c00", "minor": "#52606d"}
SEALED_ID = "__sealed__"
RECEIPT_BANDS = {
    "missing": (
        QT_TRANSLATE_NOOP("GradePanel", "NOT IN PARCEL"),
        QT_TRANSLATE_NOOP(
            "GradePanel", "The unit is recorded as missing: no label, refund refused."
        ),
    ),
    "empty_box": (
        QT_TRANSLATE_NOOP("GradePanel", "EMPTY BOX"),
        QT_TRANSLATE_NOOP(
            "GradePanel", "Every unit still expected is recorded as not in the parcel."
        ),
    ),
}


class GradePanel(QWidget):
    """Signals:
    grade_clicked(str): a grade button was pressed with the mouse or touch screen.
    defect_clicked(str): a checklist row was clicked (defect id, or the sealed row).
    confirm_clicked(): the confirm button was pressed.
    """

    grade_clicked = Signal(str)
    defect_clicked = Signal(str)
    confirm_clicked = Signal()

    def __init__(
        self, *, grades: GradeScale, currency: str = "EUR", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.checklist_title = heading(self.tr("Grade"))
        layout.addWidget(self.checklist_title)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # A long defect wraps instead of running off the side (large bench text).
        self.checklist.setWordWrap(True)
        self.checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.checklist.itemClicked.connect(
            lambda item: self.defect_clicked.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.checklist, 1)
        keys = QHBoxLayout()
        keys.setSpacing(4)
        self._group = QButtonGroup(self)
        # Not exclusive: an exclusive group never unchecks its last button, so the grade of
        # the unit before stayed lit on the next parcel (and the next person's). The panel sets
        # each button from the assessment itself.
        self._group.setExclusive(False)
        self._buttons: dict[str, QPushButton] = {}
        for grade in grades.grades:
            button = QPushButton(f"{grade.key}")
            button.setProperty("class", "grade")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(f"{grade.code} · {grade.name}: {grade.description}")
            button.clicked.connect(lambda _=False, code=grade.code: self.grade_clicked.emit(code))
            self._group.addButton(button)
            self._buttons[grade.code] = button
            keys.addWidget(button)
        layout.addLayout(keys)
        self._names = {g.code: g.name for g in grades.grades}
        self.grade_line = QLabel()
        self.grade_line.setObjectName("gradeLine")
        self.grade_line.setWordWrap(True)
        layout.addWidget(self.grade_line)
        layout.addWidget(heading(self.tr("Notes  [N]")))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(self.tr("What you saw (optional). Esc returns to the bench."))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(44)
        layout.addWidget(self.notes)
        self.route = QLabel("—")
        self.route.setObjectName("route")
        self.route.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.route)
        self.why = QLabel()
        self.why.setObjectName("why")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)
        self.outcome_reason = QLabel()
        self.outcome_reason.setObjectName("outcomeReason")
        self.outcome_reason.setWordWrap(True)
        layout.addWidget(self.outcome_reason)
        self.waits = QLabel()
        self.waits.setObjectName("waits")
        self.waits.setWordWrap(True)
        self.waits.hide()  # shown with a reason to wait, never as an empty yellow bar
        layout.addWidget(self.waits)
        self.confirm = QPushButton(self.tr("[F10]  Confirm and print label"))
        self.confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm.setMinimumHeight(40)
        self.confirm.clicked.connect(self.confirm_clicked)
        layout.addWidget(self.confirm)
        self.show_checklist(None)
        self.show_decision(None, None)

    # -- the checklist ----------------------------------------------------------------------
    def show_checklist(self, gset: GradingSet | None) -> None:
        self.checklist.clear()
        if gset is None:
            self.checklist_title.setText(self.tr("Grade"))
            return
        self.checklist_title.setText(
            self.tr("Grade · {name} checklist, worst first").format(name=gset.name)
        )
        for defect in gset.defects:
            item = QListWidgetItem(f"[{defect.key}]  {defect.label}  → {defect.caps}")
            item.setData(Qt.ItemDataRole.UserRole, defect.id)
            item.setForeground(QBrush(QColor(SEVERITY_COLOURS[defect.severity])))
            deduct = (
                self.tr(", −{deduct:g} % refund").format(deduct=defect.deduct)
                if defect.deduct
                else ""
            )
            item.setToolTip(
                self.tr("{severity}, caused by {cause}{deduct}").format(
                    severity=_(defect.severity),
                    cause=_(CAUSES.get(defect.cause, defect.cause)),
                    deduct=deduct,
                )
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        sealed = QListWidgetItem(
            self.tr("[{sealed_key}]  Factory sealed  → {sealed_grade}").format(
                sealed_key=SEALED_KEY, sealed_grade=gset.sealed_grade
            )
        )
        sealed.setData(Qt.ItemDataRole.UserRole, SEALED_ID)
        sealed.setCheckState(Qt.CheckState.Unchecked)
        self.checklist.addItem(sealed)

    def ticked(self) -> list[str]:
        return [
            self.checklist.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.checklist.count())
            if self.checklist.item(n).checkState() == Qt.CheckState.Checked
        ]

    # -- what follows from the draft --------------------------------------------------------
    def show_assessment(self, draft: Draft, assessment: Assessment) -> None:
        physical = assessment.receipt in ("received", "wrong_item")
        self.checklist.setEnabled(physical)
        for n in range(self.checklist.count()):
            item = self.checklist.item(n)
            key = item.data(Qt.ItemDataRole.UserRole)
            on = draft.sealed if key == SEALED_ID else key in draft.defects
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._check(assessment.grade)
        for button in self._buttons.values():
            button.setEnabled(physical)
        self.grade_line.setText(_grade_words(draft, assessment, self._names))
        self.grade_line.setProperty("override", assessment.overridden)
        self.grade_line.setStyleSheet("color: #b3261e;" if assessment.overridden else "")
        self._show_route(assessment)
        self._show_outcome(assessment)
        self.confirm.setEnabled(assessment.needs is None)
        label = self.tr("Confirm and print label") if physical else self.tr("Confirm: no label")
        self.confirm.setText(f"[F10]  {label}")

    def _show_route(self, assessment: Assessment) -> None:
        band = RECEIPT_BANDS.get(assessment.receipt)
        if band is not None:
            self.route.setText(self.tr(band[0]))
            self.route.setStyleSheet(f"background: {route_colour('quarantine')};")
            self.why.setText(self.tr(band[1]))
            return
        self.show_decision(assessment.grade, assessment.decision)
        if assessment.decision is None and assessment.needs:
            self.why.setText(assessment.needs)

    def _show_outcome(self, assessment: Assessment) -> None:
        rec = assessment.recommendation
        self.outcome.setText(rec.headline(self._currency) if rec else "")
        self.outcome_reason.setText(_reason_words(rec, self._currency))
        self.outcome_reason.setToolTip(rec.reason if rec else "")
        lines = []
        if assessment.approval:
            lines.append(
                self.tr("Waits for supervisor approval: ") + "; ".join(assessment.approval)
            )
        if assessment.needs and assessment.decision is not None:
            lines.append(assessment.needs)
        self.waits.setText("\n".join(lines))
        self.waits.setVisible(bool(lines))

    def _check(self, grade: str | None) -> None:
        """Show ``grade`` as the one chosen, or none: an exclusive group keeps its checked
        button when told to uncheck it, so the next unit showed the last unit's grade."""
        self._group.setExclusive(False)
        for code, button in self._buttons.items():
            button.setChecked(code == grade)
        self._group.setExclusive(True)

    def show_decision(self, grade: str | None, decision: Decision | None) -> None:
        self._check(grade)
        if decision is None:
            self.route.setText("—")
            self.route.setStyleSheet(f"background: {route_colour(None)};")
            self.why.setText(self.tr("Tick the defects you see, or press the grade."))
            self.confirm.setEnabled(False)
            return
        self.route.setText(destination_text(decision.route))
        self.route.setStyleSheet(f"background: {route_colour(decision.route)};")
        tote = self.tr(" · tote {tote}").format(tote=decision.tote) if decision.tote else ""
        self.why.setText(
            self.tr("{explanation}\nRule “{rule_id}”: {why}{tote}").format(
                explanation=decision.explanation,
                rule_id=decision.rule_id,
                why=decision.why,
                tote=tote,
            )
        )
        self.confirm.setEnabled(True)

    def highlighted_grade(self) -> str | None:
        """The grade whose button is lit, if any."""
        return next((code for code, b in self._buttons.items() if b.isChecked()), None)

    def clear(self) -> None:
        self.notes.clear()
        self.show_checklist(None)
        self.grade_line.setText("")
        self.outcome.setText("")
        self.outcome_reason.setText("")
        self.waits.hide()
        self.show_decision(None, None)


def _grade_words(draft: Draft, assessment: Assessment, names: dict[str, str]) -> str:
    if assessment.receipt not in ("received", "wrong_item"):
        return ""
    wrong = ""
    if assessment.receipt == "wrong_item":
        what = (
            draft.actual.words()
            if draft.actual
            else QCoreApplication.translate("GradePanel", "scan its own code")
        )
        wrong = QCoreApplication.translate("GradePanel", "Wrong item [W]: {what} · ").format(
            what=what
        )
    computed = assessment.computed
    if assessment.grade is None:
        return QCoreApplication.translate(
            "GradePanel", "{wrong}No grade yet: tick defects [1–9], [S] sealed, or press a grade"
        ).format(wrong=wrong)
    name = names.get(assessment.grade, "")
    if assessment.overridden and computed is not None:
        reason = draft.override_reason or QCoreApplication.translate("GradePanel", "reason needed")
        return QCoreApplication.translate(
            "GradePanel",
            "{wrong}Grade {grade} · {name}, overriding the checklist's {grade2}: {reason}",
        ).format(
            wrong=wrong, grade=assessment.grade, name=name, grade2=computed.grade, reason=reason
        )
    if computed is not None:
        return QCoreApplication.translate(
            "GradePanel", "{wrong}Grade {grade} · {name} — {explain}"
        ).format(wrong=wrong, grade=assessment.grade, name=name, explain=computed.explain())
    return QCoreApplication.translate(
        "GradePanel", "{wrong}Grade {grade} · {name} (by key)"
    ).format(wrong=wrong, grade=assessment.grade, name=name)


def _reason_words(rec: Recommendation | None, currency: str) -> str:
    """The recommendation's reason, short enough for the bench (the full text is stored)."""
    if rec is None:
        return ""
    if not rec.deductions:
        return rec.reason
    named = "; ".join(
        f"{d.label} −{d.percent:g} % ({i18n.money(d.amount, currency)})" for d in rec.deductions
    )
    fallback = f"{rec.reason.split(';')[0]}. " if rec.fallback else ""
    return QCoreApplication.translate(
        "GradePanel", "{fallback}Diminished value (CRD art. 14(2)), shown in the photos: {named}"
    ).format(fallback=fallback, named=named)
