"""The dashboard: a day or a shift at a glance, charts with their numbers beside them.

Keys: Alt+Y the day, Alt+S the shift, F5 reload, Ctrl+R writes the daily PDF report.
The figures and the charts' figures are built on the task thread; only drawing happens here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app import i18n
from inspect_station.app.errors import KnownError
from inspect_station.desk import desk_config
from inspect_station.desk.dashboard import Dashboard, Group, dashboard, money, seconds
from inspect_station.people.roles import Role
from ui.desk.save_dialog import save_dialog
from ui.style import heading
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # matplotlib loads when the dashboard is first shown, not at start
    from matplotlib.figure import Figure

    from inspect_station.app.context import Station

ALERT = QColor("#b3261e")


@dataclass(frozen=True)
class Loaded:
    board: Dashboard
    figures: dict[str, Figure]


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    flagged: Sequence[int] = (),
    *,
    names: int = 1,
    words: int = 0,
) -> QTableWidget:
    """Numbers right-aligned; the first ``names`` columns are names and the last ``words``
    columns are words, left-aligned (words with their full text in the tooltip, the very
    last stretched to the table's width)."""
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            text = c >= len(row) - words
            if c >= names and not text:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if text and words:
                item.setToolTip(str(value))
            if r in flagged:
                item.setForeground(ALERT)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if words:
        table.horizontalHeader().setStretchLastSection(True)
        # Long lists of defects stay in the table's width instead of widening the page.
        table.setColumnWidth(len(header) - 1, min(table.columnWidth(len(header) - 1), 420))
    else:
        # A table of figures is as wide as its columns: the chart beside it gives way, so no
        # column hides behind a scroll bar (the grade mix's X) on a 1366-pixel screen.
        table.setMinimumWidth(
            table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
        )
    table.setMinimumHeight(min(360, 30 + 24 * len(rows)))
    return table


def _groups(groups: Sequence[Group], codes: Sequence[str], drift: bool) -> QTableWidget:
    header = [
        "",
        QCoreApplication.translate("DashboardScreen", "units"),
        QCoreApplication.translate("DashboardScreen", "units/h"),
        QCoreApplication.translate("DashboardScreen", "median"),
        "p90",
        QCoreApplication.translate("DashboardScreen", "overrides"),
    ]
    header += [QCoreApplication.translate("DashboardScreen", "drift")] if drift else []
    header += list(codes)
    rows, flagged = [], []
    for n, g in enumerate(groups):
        row: list[object] = [
            g.name + (" ⚠" if g.drifting else ""),
            g.units,
            i18n.number(g.units_per_hour, 1),
            seconds(g.median_s),
            seconds(g.p90_s),
            i18n.percent(g.override_rate, 1),
        ]
        row += [i18n.number(g.drift, 2) if g.drift is not None else "—"] if drift else []
        row += [i18n.percent(g.grades.get(c, 0) / g.units) if g.units else "—" for c in codes]
        rows.append(row)
        if g.drifting:
            flagged.append(n)
    return _table(header, rows, flagged)


def load(station: Station, day: date, shift: str | None) -> Loaded:
    """The figures and charts for the day (runs on the task thread)."""
    from inspect_station.desk import charts

    config = desk_config.load(station.settings)
    board = dashboard(station, config, desk_config.period(config, day, shift))
    return Loaded(board, charts.all_charts(board))


class DashboardScreen(QWidget):
    """Signals:
    loaded(object): the dashboard was shown (Dashboard).
    report_written(object): the daily report PDF was written (its Path).
    """

    loaded = Signal(object)
    report_written = Signal(object)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        long_tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._long_tasks = long_tasks
        self.board: Dashboard | None = None
        self.reason_table: QTableWidget | None = None  # the stated reasons, once loaded
        layout = QVBoxLayout(self)
        self.heading = heading("")
        layout.addWidget(self.heading)
        bar = QHBoxLayout()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        today = station.clock().astimezone().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.shift = QComboBox()
        self.shift.addItem(self.tr("whole day"), None)
        for name in station.settings.shifts:
            self.shift.addItem(self.tr("{name} shift").format(name=name), name)
        for text, widget in ((self.tr("Da&y"), self.day), (self.tr("&Shift"), self.shift)):
            label = QLabel(text)
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        self.report_button = QPushButton(self.tr("Daily &report PDF… (Ctrl+R)"))
        self.report_button.clicked.connect(self.ask_report)
        bar.addStretch(1)
        bar.addWidget(self.report_button)
        layout.addLayout(bar)
        self.status = QLabel("")
        self.status.setWordWrap(True)  # the day's figures run longer in German or Polish
        layout.addWidget(self.status)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        layout.addWidget(self.scroll_area, 1)
        self.day.dateChanged.connect(self.refresh)
        self.shift.currentIndexChanged.connect(self.refresh)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, context=context).activated.connect(self.refresh)
        QShortcut(QKeySequence("Ctrl+R"), self, context=context).activated.connect(self.ask_report)
        self.show_role()

    @property
    def may_report(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    def show_role(self) -> None:
        """Offer the daily report (it names each grader) only to supervisors and admins."""
        self.report_button.setVisible(self.may_report)
        self.heading.setText(
            self.tr("Dashboard · Alt+Y day · Alt+S shift · F5 reload")
            + (self.tr(" · Ctrl+R daily report") if self.may_report else "")
        )

    def showEvent(self, event: QShowEvent) -> None:
        self.show_role()  # whoever signed in last decides what is offered
        super().showEvent(event)

    def chosen_day(self) -> date:
        picked = self.day.date()
        return date(picked.year(), picked.month(), picked.day())

    @Slot()
    def refresh(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._tasks.run(
            partial(load, self._station, self.chosen_day(), self.shift.currentData()),
            self._show,
            failure=self._on_error,
        )

    def show_message(self, text: str, _level: str) -> None:
        """Say something on the status line under the table (the window's refusals too)."""
        self.status.setText(text)

    def _on_error(self, error: KnownError) -> None:
        self.status.setText(str(error))

    def _show(self, loaded: Loaded) -> None:
        board = self.board = loaded.board
        cur = board.config.currency
        team = board.team
        self.status.setText(
            self.tr(
                "{label} · {units} units · {units_per_hour} per hour · median {seconds}, "
                "p90 {seconds2} per unit · overrides {override_rate} · recovered {money} of "
                "{money2} · cost {money3} per unit · {total} returns waiting"
            ).format(
                label=board.period.label,
                units=i18n.number(team.units),
                units_per_hour=i18n.number(team.units_per_hour, 1),
                seconds=seconds(team.median_s),
                seconds2=seconds(team.p90_s),
                override_rate=i18n.percent(team.override_rate, 1),
                money=money(board.recovered, cur),
                money2=money(board.value, cur),
                money3=money(board.cost_per_unit, cur),
                total=i18n.number(board.waiting.total),
            )
        )
        page = QWidget()
        grid = QGridLayout(page)
        figures = loaded.figures
        route_rows = [
            [
                r.route,
                r.units,
                r.labels,
                money(r.value, cur),
                money(r.recovered, cur),
                money(r.cost_per_unit, cur),
            ]
            for r in board.routes
        ]
        sections: list[tuple[str, QWidget, QWidget]] = [
            (
                self.tr("Throughput"),
                self._canvas(figures["hourly"]),
                _groups([team, *board.benches], board.grade_codes, False),
            ),
            (
                self.tr("Grade mix per grader (⚠ drifting)"),
                self._canvas(figures["grades"]),
                _groups(board.graders, board.grade_codes, True),
            ),
            (
                self.tr("Routes: recovered value and cost"),
                self._canvas(figures["routes"]),
                _table(
                    [
                        self.tr("route"),
                        self.tr("units"),
                        self.tr("labels"),
                        self.tr("value"),
                        self.tr("recovered"),
                        self.tr("cost/unit"),
                    ],
                    route_rows,
                ),
            ),
            (
                self.tr("Returns waiting now"),
                self._canvas(figures["waiting"]),
                _table([self.tr("waiting for"), self.tr("returns")], board.waiting.buckets),
            ),
        ]
        reason_rows = [
            [
                f.category,
                f.reason,
                f.units,
                *(i18n.percent(f.found.get(c, 0) / f.units) for c in board.grade_codes),
                i18n.percent(f.no_defect / f.assessed) if f.assessed else "—",
                ", ".join(f"{label} ({n})" for label, n in f.defects[:3]) or "—",
            ]
            for f in board.reasons
        ]
        sku_rows = [
            [
                k.sku,
                k.category,
                k.units,
                "; ".join(f"{r} ({n})" for r, n in k.reasons),
                "; ".join(f"{d} ({n})" for d, n in k.defects) or "—",
            ]
            for k in board.skus
        ]
        row = 0
        for title, chart, table in sections:
            grid.addWidget(heading(title), row, 0, 1, 2)
            grid.addWidget(chart, row + 1, 0)
            grid.addWidget(table, row + 1, 1)
            row += 2
        grid.addWidget(
            heading(
                self.tr(
                    "Stated reason against what was found: share of units per grade, share with "
                    "no defect ticked, the defects found most"
                )
            ),
            row,
            0,
            1,
            2,
        )
        reason_header = [
            self.tr("category"),
            self.tr("stated reason"),
            self.tr("units"),
            *board.grade_codes,
        ]
        reason_header += [self.tr("no defect"), self.tr("defects found (units)")]
        self.reason_table = _table(reason_header, reason_rows, names=2, words=1)
        grid.addWidget(self.reason_table, row + 1, 0, 1, 2)
        grid.addWidget(heading(self.tr("Most returned products")), row + 2, 0, 1, 2)
        sku_header = [
            "SKU",
            self.tr("category"),
            self.tr("units"),
            self.tr("top reasons"),
            self.tr("defects found"),
        ]
        grid.addWidget(_table(sku_header, sku_rows, names=2, words=2), row + 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.scroll_area.setWidget(page)
        self.loaded.emit(board)

    def _canvas(self, figure: Figure) -> QWidget:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]  # untyped in matplotlib
        width, height = figure.get_size_inches()
        canvas.setMinimumSize(int(width * 80), int(height * 80))
        return canvas

    @Slot()
    def ask_report(self) -> None:
        if not self.may_report:
            self.status.setText(self.tr("The daily report needs a supervisor."))
            return
        day = self.chosen_day()
        shift = self.shift.currentData()
        name = f"daily-report-{day.isoformat()}" + (f"-{shift}" if shift else "") + ".pdf"
        self.save_dialog = save_dialog(
            self,
            title=self.tr("Daily report"),
            folder=self._station.settings.resolved_export_dir,
            name=name,
            filters=self.tr("PDF (*.pdf)"),
            chosen=self.write_report,
        )

    def write_report(self, target: Path) -> None:
        from inspect_station.desk import daily_report

        self.status.setText(self.tr("Writing the daily report to {target}…").format(target=target))
        self._long_tasks.run(
            partial(
                daily_report.write_report,
                self._station,
                self.chosen_day(),
                target,
                shift=self.shift.currentData(),
            ),
            self._on_report_written,
            failure=self._on_error,
        )

    def _on_report_written(self, path: Path) -> None:
        self.status.setText(self.tr("Daily report written to {path}").format(path=path))
        self.report_written.emit(path)
