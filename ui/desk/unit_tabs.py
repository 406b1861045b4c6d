"""The unit dialog's tabs: the grading (defects ticked, the facts the route was decided on), the
refund (the recommendation in words beside its deductions), the return's lines, the labels, the
timeline and the shop's deliveries. Filled again whenever the dialog shows the unit again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from inspect_station.supervise.unit_detail import UnitDetail
from ui.desk.detail_text import (
    deadline_line,
    deduction_rows,
    defect_rows,
    fact_rows,
    outcome_text,
    shop_rows,
    status_words,
    when,
)

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> QTableWidget:
    view = QTableWidget(len(rows), len(header))
    view.setHorizontalHeaderLabels(list(header))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            view.setItem(r, c, QTableWidgetItem(value))
    view.resizeColumnsToContents()
    view.horizontalHeader().setStretchLastSection(True)
    return view


class UnitTabs(QTabWidget):
    def __init__(self, *, station: Station, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._station = station

    def show_detail(self, detail: UnitDetail) -> None:
        """Fill the tabs from ``detail`` again, keeping the one in view."""
        current = self.currentIndex()
        self.clear()
        er = detail.inspection.expected
        lines = [
            (
                str(line.line_no),
                line.sku,
                line.ean or "",
                line.description,
                str(line.quantity),
                f"{line.unit_price:,.2f}",
                str(line.received),
                self.tr("◀ this unit") if line.id == detail.inspection.line_id else "",
            )
            for line in (er.lines if er else ())
        ]
        defects = defect_rows(detail)
        grading = QWidget()
        row = QHBoxLayout(grading)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(
            table(
                (
                    self.tr("defect ticked"),
                    self.tr("severity"),
                    self.tr("caps"),
                    self.tr("cause"),
                    self.tr("deduct"),
                ),
                defects,
            ),
            3,
        )
        row.addWidget(table((self.tr("the route was decided on"), ""), fact_rows(detail)), 2)
        self.addTab(grading, self.tr("&Grading ({defects} defect(s))").format(defects=len(defects)))
        currency = self._station.settings.currency
        rec = detail.recommendation
        refund = [
            (self.tr("Outcome"), outcome_text(rec, currency) if rec else self.tr("none")),
            (self.tr("Why"), rec.reason if rec else ""),
            (self.tr("State"), status_words(rec) if rec else ""),
            (
                self.tr("Deadline"),
                deadline_line(rec, self._station.clock(), self._station.outcomes.policy.warn_hours),
            ),
            (self.tr("Photos behind it"), ", ".join(p[:12] for p in rec.photos) if rec else ""),
        ]
        money_tab = QWidget()
        row = QHBoxLayout(money_tab)
        words = QFormLayout()
        words.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label, text in refund:
            value = QLabel(text or "—")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            words.addRow(f"{label}:", value)
        # The reason and the deadline are sentences that may run long (in German, in Polish):
        # they scroll in their column rather than being cut at the tab's bottom.
        facts = QWidget()
        facts.setLayout(words)
        scroll = QScrollArea()
        scroll.setWidget(facts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row.addWidget(scroll, 3)
        money_columns = (
            self.tr("deduction"),
            "%",
            self.tr("amount"),
            self.tr("handling beyond testing"),
            self.tr("photos"),
        )
        deductions = table(money_columns, deduction_rows(detail, currency))
        # The handling is a sentence: it wraps in the room left, the photos stay readable.
        deductions.setWordWrap(True)
        sections = deductions.horizontalHeader()
        sections.setStretchLastSection(False)
        sections.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        sections.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        sections.resizeSection(0, 150)
        deductions.resizeRowsToContents()
        row.addWidget(deductions, 4)
        self.addTab(money_tab, self.tr("&Refund"))
        columns = (
            self.tr("line"),
            "SKU",
            "EAN",
            self.tr("description"),
            self.tr("qty"),
            self.tr("price"),
            self.tr("received"),
            "",
        )
        self.addTab(table(columns, lines), self.tr("&Lines ({lines})").format(lines=len(lines)))
        jobs = [
            (
                when(job.created_at),
                job.bench,
                job.printer,
                job.state,
                str(job.attempts),
                job.reason or self.tr("first label"),
                job.output or job.last_error or "",
            )
            for job in detail.print_jobs
        ]
        header = (
            self.tr("queued"),
            self.tr("bench"),
            self.tr("printer"),
            self.tr("state"),
            self.tr("tries"),
            self.tr("why"),
            self.tr("sent to / problem"),
        )
        self.addTab(table(header, jobs), self.tr("L&abels ({jobs})").format(jobs=len(jobs)))
        events = [(when(e.at), e.actor, e.bench, e.text) for e in detail.timeline]
        self.addTab(
            table((self.tr("when"), self.tr("who"), self.tr("bench"), self.tr("what")), events),
            self.tr("&Timeline ({events})").format(events=len(events)),
        )
        shop = shop_rows(detail)
        waiting = sum(1 for row in shop if row[3] in ("pending", "delivering", "dead"))
        self.addTab(
            table(
                (
                    self.tr("written"),
                    self.tr("event"),
                    self.tr("to"),
                    self.tr("state"),
                    self.tr("tries"),
                    self.tr("the receiver's answer"),
                ),
                shop,
            ),
            self.tr("S&hop ({waiting} waiting)").format(waiting=waiting)
            if waiting
            else self.tr("S&hop ({shop_count})").format(shop_count=len(shop)),
        )
        self.setCurrentIndex(max(0, current))
