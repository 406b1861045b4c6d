"""The station window: the bench (F1) and history (F2), with the status bar below."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from inspect_station import inspection, print_queue
from inspect_station.roles import Role
from inspect_station.station import Station
from ui.bench import BenchScreen
from ui.camera import Camera
from ui.desk import DeskScreen
from ui.scanner import WedgeScanner
from ui.status_bar import StationStatusBar
from ui.tasks import TaskRunner

PRINT_RETRY_MS = 15_000


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        camera: Camera,
        scanner: WedgeScanner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._camera = camera
        self._scanner = scanner
        self.setWindowTitle(f"Inspect Station — {station.bench}")
        self.stack = QStackedWidget()
        self.bench = BenchScreen(station=station, tasks=tasks, camera=camera)
        # The supervisor's desk: history (F2), dashboard (F6), and room for more tabs.
        self.desk = DeskScreen(station=station, tasks=tasks)
        self.history = self.desk.history
        self.stack.addWidget(self.bench)
        self.stack.addWidget(self.desk)
        self.setCentralWidget(self.stack)
        self.status = StationStatusBar(
            bench=station.bench, operator=station.operator, database=station.db.describe()
        )
        self.setStatusBar(self.status)
        camera.state_changed.connect(self.status.set_camera)
        scanner.scanned.connect(self._on_scanner_scanned)
        self.bench.labels_dispatched.connect(self._on_bench_labels_dispatched)
        self.bench.unit_requested.connect(lambda insp: self.history.open_inspection(insp.id))
        self.desk.labels_queued.connect(self.bench.dispatch_labels)
        tasks.crashed.connect(
            lambda text: self.bench.show_message(
                f"Internal error: {text.splitlines()[-1]}", "error"
            )
        )
        for keys, slot in (
            ("F1", self.show_bench),
            ("F2", self.show_history),
            ("F6", self.show_dashboard),
        ):
            QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.ApplicationShortcut
            ).activated.connect(slot)
        self._print_retry = QTimer(self)
        self._print_retry.setInterval(PRINT_RETRY_MS)
        self._print_retry.timeout.connect(self.bench.dispatch_labels)

    def start(self) -> None:
        """Start the devices and pick up where this bench left off."""
        self._camera.start()
        self._tasks.run(inspection.resume, self._station, on_done=self._on_resumed)
        # Labels queued before a crash or restart; the printer state follows from the result.
        self.bench.dispatch_labels()
        self.show_bench()

    def _on_resumed(self, insp: inspection.InspectionView | None) -> None:
        if insp is not None:
            self.bench.resume(insp)

    @Slot(str)
    def _on_scanner_scanned(self, code: str) -> None:
        if self.stack.currentWidget() is self.desk and self._station.user.may(Role.SUPERVISOR):
            self.desk.handle_scan(code)  # a supervisor's scan finds the unit in history
            return
        if self.stack.currentWidget() is not self.bench:
            self.show_bench()
        self.bench.handle_scan(code)

    def _on_bench_labels_dispatched(self, _outcomes: list[print_queue.JobOutcome]) -> None:
        self._update_printer()

    def _update_printer(self) -> None:
        self._tasks.run(self._printer_state, on_done=self._show_printer_state)

    def _printer_state(self) -> tuple[str, bool, int]:
        waiting = print_queue.pending_count(self._station)
        problem = self._station.printer.check()
        return problem or self._station.printer.describe(), problem is None, waiting

    def _show_printer_state(self, state: tuple[str, bool, int]) -> None:
        text, ok, waiting = state
        if waiting:
            text = f"{waiting} label(s) waiting · {text}"
            self._print_retry.start()
        else:
            self._print_retry.stop()
        self.status.set_printer(text, ok and not waiting)

    @Slot()
    def show_bench(self) -> None:
        self.stack.setCurrentWidget(self.bench)
        self.bench.setFocus()

    @Slot()
    def show_history(self) -> None:
        self.stack.setCurrentWidget(self.desk)
        self.desk.show_history()

    @Slot()
    def show_dashboard(self) -> None:
        self.stack.setCurrentWidget(self.desk)
        self.desk.show_dashboard()

    def shutdown(self) -> None:
        self._print_retry.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._scanner.uninstall(app)
        self._camera.stop()
        self.desk.shutdown()
        self._tasks.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
