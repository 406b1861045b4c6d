"""The approval queue's table: one row per recommendation waiting, the refund due soonest first.

The ageing flag (red, ⚠) and the deadline colour come from the core's view
(:class:`inspect_station.supervise.approvals.RecommendationView`: ``late``, ``deadline_close``:
48 hours before the refund is due, the outcome tables' ``warn_hours``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
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
from inspect_station.rules.outcomes import deadline_words, withholding_words
from inspect_station.rules.withdrawal import zone_of
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
    QT_TRANSLATE_NOOP("Columns", "Withheld until"),
)
DUE = 8  # the refund's deadline; the column after it: until when it may be withheld
# Why a refund may be withheld until then: the goods are in, or a proof of their sending.
WITHHELD_BECAUSE = {
    "sent": QT_TRANSLATE_NOOP("ApprovalsModel", "sent"),
    "received": QT_TRANSLATE_NOOP("ApprovalsModel", "received"),
}
ALERT = QColor("#b3261e")


def grade_text(view: RecommendationView) -> str:
    if view.computed_grade and view.computed_grade != view.grade:
        return QCoreApplication.translate(
            "ApprovalsModel", "{grade} (checklist {computed_grade})"
        ).format(grade=view.grade, computed_grade=view.computed_grade)
    return view.grade or "—"


class ApprovalsModel(RowTableModel[RecommendationView]):
    columns = COLUMNS

    def __init__(
        self, *, currency: str, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._currency = currency
        self._now = clock

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
            close = column == DUE and row.deadline_close
            return QBrush(ALERT) if late or close else None
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.flagged:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 6, 7, DUE, DUE + 1):
            if column == 7:
                return outcome_text(row, self._currency)
            item = f"{row.sku or ''} · {row.description or ''}"
            due = (
                due_words(row, self._now())
                if row.deadline
                else QCoreApplication.translate("ApprovalsModel", "no withdrawal notice recorded")
            )
            full = {
                3: item,
                6: "; ".join(row.waits_because),
                DUE: due,
                DUE + 1: withholding_words(
                    row.withheld, row.deadline.zone if row.deadline else None
                ),
            }
            return full.get(column, self._text(row, column))
        return None

    def _text(self, row: RecommendationView, column: int) -> str:
        values = (
            age_text(row.age) + (" ⚠" if row.flagged else ""),
            row.lpn,
            # the return type shows in the recommendation's words
            row.rma or QCoreApplication.translate("ApprovalsModel", "unexpected"),
            row.description or row.sku or "—",
            money(row.value, self._currency),
            grade_text(row),
            # The words before the brackets; the grade column already shows both grades.
            "; ".join(why.split(" (")[0] for why in row.waits_because) or "—",
            outcome_text(row, self._currency, with_delivery=False),
            due_text(row),
            withheld_text(row),
        )
        return values[column]


def due_text(view: RecommendationView) -> str:
    """ "4 Dec 23:59": the end of the last day, in the notice's zone (named in the tooltip)."""
    if view.deadline is None:
        return i18n.short_day(view.due_on) if view.due_on else "—"
    return i18n.day_time(view.deadline.last_moment)


def withheld_text(view: RecommendationView) -> str:
    """ "21 Nov (sent)", "26 Nov (received)"; "—" while neither is known."""
    if view.withheld is None:
        return "—"
    zone = view.deadline.zone if view.deadline else None
    local = view.withheld.until.astimezone(zone_of(zone) if zone else None)
    because = WITHHELD_BECAUSE.get(view.withheld.because)
    return QCoreApplication.translate("ApprovalsModel", "{day} ({because})").format(
        day=i18n.short_day(local),
        because=(
            QCoreApplication.translate("ApprovalsModel", because)
            if because
            else view.withheld.because
        ),
    )


def due_words(view: RecommendationView, now: datetime) -> str:
    assert view.deadline is not None
    return deadline_words(view.deadline, now, 48)[0]


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


def detail_html(view: RecommendationView, currency: str, now: datetime) -> str:
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
        photos = ", ".join(str(p)[:12] for p in d.get("photos", [])) or (
            QCoreApplication.translate("ApprovalsModel", "no photo")
        )
        lines.append(
            QCoreApplication.translate(
                "ApprovalsModel",
                "Deduction: {label} −{percent} % ({amount}): {handling} · photos {photos}",
            ).format(
                label=escape(str(d.get("label", d.get("defect", "")))),
                percent=escape(str(d["percent"])),
                amount=escape(money(d["amount"], currency)),
                handling=escape(str(d.get("handling") or "")),
                photos=escape(photos),
            )
        )
    for d in view.refused_deductions:
        lines.append(
            QCoreApplication.translate(
                "ApprovalsModel",
                "Deduction refused: {label} −{percent} %: the consumer was not informed of the "
                "right of withdrawal (art. 14(2))",
            ).format(
                label=escape(str(d.get("label", d.get("defect", "")))),
                percent=escape(str(d["percent"])),
            )
        )
    lines.append(
        QCoreApplication.translate("ApprovalsModel", "Waits because: ")
        + escape("; ".join(view.waits_because) or "—")
    )
    if view.deadline is not None:
        colour = "#b3261e" if view.deadline_close else "#1f2933"
        due = escape(deadline_words(view.deadline, now, 48)[0])
        lines.append(f'<span style="color:{colour}">{due}</span>')
    zone = view.deadline.zone if view.deadline else None
    lines.append(
        escape(
            QCoreApplication.translate("ApprovalsModel", "The refund {withheld}").format(
                withheld=withholding_words(view.withheld, zone)
            )
        )
    )
    return "<br>".join(lines)
