"""The supervisor's desk: history and dashboard as tabs, Ctrl+PgUp/PgDn between them.

Other parts of the desk (an approval queue, a quarantine list) join as tabs through
:meth:`DeskScreen.add_tab`. Exports and reports run on ``long_tasks`` (given by the window), so
the history keeps paging while a file is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.desk.dashboard_screen import DashboardScreen
from ui.desk.history_screen import HistoryScreen
from ui.desk.labels_screen import LabelsScreen
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class DeskScreen(QWidget):
    """Signals:
    labels_queued(): a label was queued at this station's printer (after an override).
    """

    labels_queued = Signal()

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        long_tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.history = HistoryScreen(station=station, tasks=tasks, long_tasks=long_tasks)
        self.dashboard = DashboardScreen(station=station, tasks=tasks, long_tasks=long_tasks)
        self.history.labels_queued.connect(self.labels_queued)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.history, self.tr("&History"))
        self.tabs.addTab(self.dashboard, self.tr("&Dashboard"))
        # Labels printed and never scanned on their item, every bench's.
        self.labels = LabelsScreen(station=station, tasks=tasks)
        self.tabs.addTab(self.labels, self.tr("&Labels"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def add_tab(self, widget: QWidget, title: str) -> None:
        """Another part of the desk, as a tab after history and dashboard."""
        self.tabs.addTab(widget, title)

    def show_history(self) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.refresh()
        self.history.focus_filter()

    def show_dashboard(self) -> None:
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()
        self.tabs.setCurrentWidget(self.dashboard)  # refreshes through currentChanged
        self.dashboard.day.setFocus()

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.dashboard:
            self.dashboard.refresh()

    def handle_scan(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.handle_scan(code)

    def shutdown(self) -> None:
        """Stop a running export: a closing window does not wait for a big one."""
        self.history.cancel_export()
