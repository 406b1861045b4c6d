"""Grade (one key per grade), notes, and the route the rules give, with why."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.grading import GradeScale
from inspect_station.routing import Decision
from ui.style import heading, route_colour


class GradePanel(QWidget):
    """Signals:
    grade_clicked(str): a grade button was pressed with the mouse or touch screen.
    confirm_clicked(): the confirm button was pressed.
    """

    grade_clicked = Signal(str)
    confirm_clicked = Signal()

    def __init__(self, *, grades: GradeScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Grade"))
        self._group = QButtonGroup(self)
        self._buttons: dict[str, QPushButton] = {}
        for grade in grades.grades:
            button = QPushButton(f"[{grade.key}]  {grade.code} · {grade.name}")
            button.setProperty("class", "grade")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(grade.description)
            button.clicked.connect(lambda _=False, code=grade.code: self.grade_clicked.emit(code))
            self._group.addButton(button)
            self._buttons[grade.code] = button
            layout.addWidget(button)
        layout.addWidget(heading("Notes  [N]"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("What you saw (optional). Esc returns to the bench.")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        layout.addWidget(self.notes)
        layout.addWidget(heading("Route"))
        self.route = QLabel("—")
        self.route.setObjectName("route")
        self.route.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.route)
        self.why = QLabel("Choose a grade to see the route.")
        self.why.setWordWrap(True)
        layout.addWidget(self.why)
        layout.addStretch(1)
        self.confirm = QPushButton("[F10]  Confirm and print label")
        self.confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm.setMinimumHeight(48)
        self.confirm.clicked.connect(self.confirm_clicked)
        layout.addWidget(self.confirm)
        self.show_decision(None, None)

    def show_decision(self, grade: str | None, decision: Decision | None) -> None:
        for code, button in self._buttons.items():
            button.setChecked(code == grade)
        if decision is None:
            self.route.setText("—")
            self.route.setStyleSheet(f"background: {route_colour(None)};")
            self.why.setText("Choose a grade to see the route.")
            self.confirm.setEnabled(False)
            return
        self.route.setText(decision.route.upper())
        self.route.setStyleSheet(f"background: {route_colour(decision.route)};")
        self.why.setText(f"{decision.explanation}\nRule “{decision.rule_id}”: {decision.why}")
        self.confirm.setEnabled(True)

    def clear(self) -> None:
        self.notes.clear()
        self.show_decision(None, None)
