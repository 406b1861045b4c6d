"""The approval queue's table: one row per recommendation waiting, oldest first.

The ageing flag (red, ⚠) and the deadline colour come from the core's view
(:class:`inspect_station.supervise.approvals.RecommendationView`: ``late``, ``deadline_close``).
"""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QTableView, QWidget

from inspect_station.app import i18n
from inspect_station.rules.outcomes import return_type_words
from inspect_station.supervise.approvals import RecommendationView
from ui.desk.detail_text import money, outcome_text
from ui.desk.quarantine_screen import age_text
from ui.desk.row_table_model import RowTableModel
from ui.translations import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Waiting"),
    QT_TRANSLATE_NOOP("Columns", "Licence plate"),
    QT_TRANSLATE_NOOP("Columns", "Return"),
    QT_TRANSLATE_NOOP("Columns", "Item"),
    QT_TRANSLATE_NOOP("Columns", "Value"),
    QT_TRANSLATE_NOOP("Columns", "Grade"),
    QT_TRANSLATE_NOOP("Columns", "Waits because"),
    QT_TRANSLATE_NOOP("Columns", "Recommendation"),
    QT_TRANSLATE_NOOP("Columns", "Refund due"),
)
ALERT = QColor("#b3261e")


def grade_text(view: RecommendationView) -> str:
    if view.computed_grade and view.computed_grade != view.grade:
        return QCoreApplication.translate(
            "ApprovalsModel", "{grade} (checklist {computed_grade})"
        ).format(grade=view.grade, computed_grade=view.computed_grade)
    return view.grade or "—"


class ApprovalsModel(RowTableModel):
    columns = COLUMNS
    _rows: list[RecommendationView]

    def __init__(self, *, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._currency = currency

    def row_at(self, row: int) -> RecommendationView:
        return self._rows[row]

    def row_of(self, inspection_id: uuid.UUID) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.inspection_id == inspection_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            late = column == 0 and row.late
            close = column == len(COLUMNS) - 1 and row.deadline_close
            return QBrush(ALERT) if late or close else None
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 6, 7):
            item = f"{row.sku or ''} · {row.description or ''}"
            full = {3: item, 6: "; ".join(row.waits_because)}
            return full.get(column, self._text(row, column))
        return None

    def _text(self, row: RecommendationView, column: int) -> str:
        values = (
            age_text(row.age) + (" ⚠" if row.flagged else ""),
            row.lpn,
            f"{row.rma or QCoreApplication.translate('ApprovalsModel', 'unexpected')} · "
            f"{return_type_words(row.return_type)}",
            row.description or row.sku or "—",
            money(row.value, self._currency),
            grade_text(row),
            # The words before the brackets; the grade column already shows both grades.
            "; ".join(why.split(" (")[0] for why in row.waits_because) or "—",
            outcome_text(row, self._currency),
            i18n.short_day(row.due_on) if row.due_on else "—",
        )
        return values[column]


class QueueTable(QTableView):
    """The queue's table: A and C typed on it approve and change (Signals: approve_pressed,
    change_pressed). Letters come as plain key presses (a scanner's keys never reach here)."""

    approve_pressed = Signal()
    change_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and event.key() == Qt.Key.Key_A:
            self.approve_pressed.emit()
        elif plain and event.key() == Qt.Key.Key_C:
            self.change_pressed.emit()
        else:
            super().keyPressEvent(event)


def detail_html(view: RecommendationView, currency: str) -> str:
    """The selected recommendation in full: why it waits, the deductions and their photos."""
    lines = [
        QCoreApplication.translate(
            "ApprovalsModel",
            "<b>{lpn}</b> · {rma} · {description} · {money} · graded by {operator} at {bench}",
        ).format(
            lpn=escape(view.lpn),
            rma=escape(
                view.rma or QCoreApplication.translate("ApprovalsModel", "unexpected return")
            ),
            description=escape(view.description or view.sku or ""),
            money=money(view.value, currency),
            operator=escape(view.operator),
            bench=escape(view.bench),
        ),
        f"<b>{escape(outcome_text(view, currency))}</b>: {escape(view.reason)}",
    ]
    if view.computed_grade and view.computed_grade != view.grade:
        lines.append(
            QCoreApplication.translate(
                "ApprovalsModel",
                "Grade {grade} given, the checklist said {computed_grade}: “{override_reason}”",
            ).format(
                grade=escape(view.grade or ""),
                computed_grade=escape(view.computed_grade),
                override_reason=escape(view.override_reason or ""),
            )
        )
    for d in view.deductions:
        lines.append(
            QCoreApplication.translate(
                "ApprovalsModel", "Deduction: {label} −{percent} % ({amount})"
            ).format(
                label=escape(d.get("label", d.get("defect", ""))),
                percent=escape(d["percent"]),
                amount=escape(money(d["amount"], currency)),
            )
        )
    lines.append(
        QCoreApplication.translate("ApprovalsModel", "Waits because: ")
        + escape("; ".join(view.waits_because) or "—")
    )
    if view.due_on:
        colour = "#b3261e" if view.deadline_close else "#1f2933"
        lines.append(
            QCoreApplication.translate(
                "ApprovalsModel", '<span style="color:{colour}">Refund due {due_on}</span>'
            ).format(colour=colour, due_on=i18n.day(view.due_on))
        )
    return "<br>".join(lines)
