"""The station window: the bench (F1), history (F2) and quarantine (F7), status bar below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from inspect_station import inspection
from inspect_station.station import Station
from ui.bench import BenchScreen
from ui.camera import Camera
from ui.history import HistoryScreen
from ui.label_desk import LabelDesk
from ui.quarantine import QuarantineScreen
from ui.scan_sources import ScanSources
from ui.scanner import WedgeScanner
from ui.status_bar import StationStatusBar
from ui.tasks import TaskRunner


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
        self._print_tasks = TaskRunner()
        self.bench = BenchScreen(
            station=station, tasks=tasks, camera=camera, print_tasks=self._print_tasks
        )
        self.history = HistoryScreen(station=station, tasks=tasks)
        self.quarantine = QuarantineScreen(station=station, tasks=tasks)
        self.stack.addWidget(self.bench)
        self.stack.addWidget(self.history)
        self.stack.addWidget(self.quarantine)
        self.setCentralWidget(self.stack)
        self.status = StationStatusBar(
            bench=station.bench, operator=station.operator, database=station.db.describe()
        )
        self.setStatusBar(self.status)
        camera.state_changed.connect(self.status.set_camera)
        scanner.scanned.connect(self._on_scanner_scanned)
        self.labels = LabelDesk(
            station=station,
            tasks=tasks,
            print_tasks=self._print_tasks,
            bench=self.bench,
            status=self.status,
            window=self,
        )
        self.history.label_requested.connect(self.labels.show_label)
        # The serial scanner and the camera scan like the keyboard wedge does.
        self.sources = ScanSources(
            settings=station.settings,
            camera=camera,
            preview=self.bench.photos.preview,
            accept_camera=lambda: self.bench.inspection is None,
            parent=self,
        )
        self.sources.scanned.connect(self._on_scanner_scanned)
        self.sources.failed.connect(lambda text: self.bench.show_message(text, "error"))
        self.sources.state_changed.connect(self.status.set_scanning)
        self.bench.unit_requested.connect(lambda insp: self.history.open_inspection(insp.id))
        for runner in (tasks, self._print_tasks):
            runner.crashed.connect(
                lambda text: self.bench.show_message(
                    f"Internal error: {text.splitlines()[-1]}", "error"
                )
            )
        for keys, slot in (
            ("F1", self.show_bench),
            ("F2", self.show_history),
            ("F4", self.labels.show_last_label),
            ("F7", self.show_quarantine),
            ("Ctrl+P", self.labels.show_printer_settings),
        ):
            QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.ApplicationShortcut
            ).activated.connect(slot)

    def start(self) -> None:
        """Start the devices and pick up where this bench left off."""
        self._camera.start()
        self.sources.start()
        self._tasks.run(inspection.resume, self._station, on_done=self._on_resumed)
        # Labels queued before a crash or restart; the printer state follows from the result.
        self.labels.start()
        self.show_bench()

    def _on_resumed(self, insp: inspection.InspectionView | None) -> None:
        if insp is not None:
            self.bench.resume(insp)

    @Slot(str)
    def _on_scanner_scanned(self, code: str) -> None:
        if self.stack.currentWidget() is self.quarantine:
            self.quarantine.handle_scan(code)
            return
        if self.stack.currentWidget() is not self.bench:
            self.show_bench()
        self.bench.handle_scan(code)

    @Slot()
    def show_bench(self) -> None:
        self.stack.setCurrentWidget(self.bench)
        self.bench.setFocus()

    @Slot()
    def show_quarantine(self) -> None:
        self.stack.setCurrentWidget(self.quarantine)
        self.quarantine.refresh()

    @Slot()
    def show_history(self) -> None:
        self.stack.setCurrentWidget(self.history)
        self.history.refresh()
        self.history.focus_filter()

    def shutdown(self) -> None:
        self.labels.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._scanner.uninstall(app)
        self.sources.stop()
        self._camera.stop()
        self._tasks.shutdown()
        self._print_tasks.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
