"""The history's filters, each reachable by Alt and its underlined letter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from inspect_station.desk.history import FilterChoices, HistoryQuery
from inspect_station.labels.layout import route_words
from ui.style import code_field
from ui.translations import QT_TRANSLATE_NOOP

ANY = QT_TRANSLATE_NOOP("FilterBar", "any")
_NO_DATE = QDate(2000, 1, 1)  # shown as "any": a date edit cannot be empty
DEBOUNCE_MS = 250


class FilterBar(QWidget):
    """Signals:
    changed(object): the filters settled on a new HistoryQuery (debounced while typing).
    """

    changed = Signal(object)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.date_from = self._date()
        self.date_to = self._date()
        self.bench = self._combo()
        self.grader = self._combo()
        self.grade = self._combo()
        self.route = self._combo()
        self.category = self._combo()
        self.reason = self._combo()
        self.overridden = self._combo()
        self.overridden.addItem(self.tr("yes"), True)
        self.overridden.addItem(self.tr("no"), False)
        self.product = self._line(self.tr("SKU or EAN"))
        self.search = self._line(self.tr("LPN, RMA, order or tracking number"))
        code_field(self.search)
        fields = (
            (self.tr("&From"), self.date_from),
            (self.tr("&To"), self.date_to),
            (self.tr("&Bench"), self.bench),
            (self.tr("G&rader"), self.grader),
            (self.tr("Gr&ade"), self.grade),
            (self.tr("R&oute"), self.route),
            (self.tr("&Category"), self.category),
            (self.tr("S&KU/EAN"), self.product),
            (self.tr("Rea&son"), self.reason),
            (self.tr("O&verridden"), self.overridden),
            (self.tr("Fi&nd"), self.search),
        )
        for n, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            # The label fills its cell and aligns its text: a label sized by its own hint is
            # measured before the style sheet's larger font applies, and gets clipped.
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row, col = divmod(n, 6)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)

    def _date(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr(ANY))
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self._on_field_changed)
        return edit

    def _combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr(ANY), None)
        combo.setMinimumContentsLength(8)
        combo.currentIndexChanged.connect(self._on_field_changed)
        return combo

    def _line(self, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setClearButtonEnabled(True)
        edit.textChanged.connect(self._on_field_changed)
        return edit

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists with the values in use, keeping what is chosen."""
        for combo, values in (
            (self.bench, choices.benches),
            (self.grader, choices.graders),
            (self.grade, choices.grades),
            (self.route, choices.routes),
            (self.category, choices.categories),
            (self.reason, choices.reasons),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr(ANY), None)
            for value in values:
                combo.addItem(route_words(value) if combo is self.route else value, value)
            if chosen is not None:
                if combo.findData(chosen) < 0:
                    combo.addItem(chosen, chosen)
                combo.setCurrentIndex(combo.findData(chosen))
            combo.blockSignals(False)

    def query(self) -> HistoryQuery:
        return HistoryQuery(
            date_from=_day(self.date_from),
            date_to=_day(self.date_to),
            bench=self.bench.currentData(),
            grader=self.grader.currentData(),
            grade=self.grade.currentData(),
            route=self.route.currentData(),
            category=self.category.currentData(),
            product=self.product.text(),
            reason=self.reason.currentData(),
            overridden=self.overridden.currentData(),
            search=self.search.text(),
        )

    def clear(self) -> None:
        """Every filter back to "any"."""
        for edit in (self.date_from, self.date_to):
            edit.setDate(_NO_DATE)
        for combo in (
            self.bench,
            self.grader,
            self.grade,
            self.route,
            self.category,
            self.reason,
            self.overridden,
        ):
            combo.setCurrentIndex(0)
        self.product.clear()
        self.search.clear()

    @Slot()
    def _on_field_changed(self) -> None:
        self._debounce.start()

    @Slot()
    def _on_debounce_timeout(self) -> None:
        self.changed.emit(self.query())


def _day(edit: QDateEdit) -> date | None:
    picked = edit.date()
    if picked == _NO_DATE:
        return None
    return date(picked.year(), picked.month(), picked.day())
