"""The window's label side: previews, "did it print?" questions, printer settings, status.

It owns the print task runner (printers may take seconds to answer; the bench's own runner
must never wait on one) and the retry timer; the core decides what is due (backoff).
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QWidget

from inspect_station.app.errors import KnownError
from inspect_station.people.roles import Role
from inspect_station.printing import label_jobs, queue
from inspect_station.printing.label_jobs import JobView, LabelPreview
from ui.bench.bench_screen import BenchScreen
from ui.labels.label_dialogs import LabelPreviewDialog, PrintQuestion
from ui.labels.printer_settings_dialog import PrinterSettingsDialog
from ui.status_bar import StationStatusBar
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

RETRY_MS = 5_000


class LabelDesk(QObject):
    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        print_tasks: TaskRunner,
        bench: BenchScreen,
        status: StationStatusBar,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._station, self._tasks, self._print_tasks = station, tasks, print_tasks
        self._bench, self._status, self._window = bench, status, window
        self.last_inspection: uuid.UUID | None = None
        self.question: PrintQuestion | None = None
        self.preview: LabelPreviewDialog | None = None
        self.settings: PrinterSettingsDialog | None = None
        self.retry = QTimer(self)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(bench.dispatch_labels)
        bench.finished.connect(self._on_bench_finished)
        bench.labels_dispatched.connect(self._on_bench_labels_dispatched)
        bench.label_confirmed.connect(self._on_bench_label_confirmed)

    def start(self) -> None:
        """A job a crash left half-sent becomes a question; then what is queued goes out."""
        self._print_tasks.run(queue.recover, self._station)
        self._bench.dispatch_labels()

    def stop(self) -> None:
        self.retry.stop()

    # -- after each print-queue run -------------------------------------------------------
    @Slot(object)
    def _on_bench_finished(self, done: Any) -> None:
        self.last_inspection = done.inspection.id

    @Slot(object)
    def _on_bench_labels_dispatched(self, _outcomes: list[queue.JobOutcome]) -> None:
        self._print_tasks.run(self._printer_state, on_done=self._show_printer_state)

    def _printer_state(self) -> tuple[str, bool, int, list[JobView]]:
        waiting = queue.pending_count(self._station)
        problem = self._station.printer.check()  # ~HS for a ZPL printer: paper, head, pause
        text = problem or self._station.printer.describe()
        return text, problem is None, waiting, label_jobs.unknown_jobs(self._station)

    def _show_printer_state(self, state: tuple[str, bool, int, list[JobView]]) -> None:
        text, ok, waiting, unknown = state
        if waiting:
            text = f"{waiting} label(s) waiting · {text}"
            self.retry.start()
        else:
            self.retry.stop()
        if unknown:
            text = f"{len(unknown)} to answer · {text}"
        self._status.set_printer(text, ok and not waiting and not unknown)
        if unknown and self.question is None:
            self.ask(unknown[0])

    # -- did it print? --------------------------------------------------------------------
    def ask(self, job: JobView) -> None:
        self.question = PrintQuestion(
            station=self._station, tasks=self._tasks, job=job, parent=self._window
        )
        self.question.answered.connect(self._on_question_answered)
        self.question.open()

    @Slot(object)
    def _on_question_answered(self, job: JobView) -> None:
        self.question = None
        if job.state == "queued":
            self._bench.show_message(f"Printing the label for {job.lpn} again…", "info")
        self._bench.dispatch_labels()

    @Slot(object)
    def _on_bench_label_confirmed(self, jobs: list[JobView]) -> None:
        if self.question is not None and any(self.question.is_about(j.id) for j in jobs):
            self.question.done(0)
            self.question = None
        self._bench.dispatch_labels()  # refreshes the status and any other question

    # -- preview, reprint, printer settings -----------------------------------------------
    @Slot()
    def show_last_label(self) -> None:
        if self.last_inspection is None:
            self._bench.show_message("No label printed at this bench since the start.", "info")
            return
        self.show_label(self.last_inspection)

    def show_label(self, inspection_id: uuid.UUID) -> None:
        self._tasks.run(
            label_jobs.preview,
            self._station,
            inspection_id,
            on_done=self._on_preview_ready,
            on_error=self._on_error,
        )

    def _on_preview_ready(self, preview: LabelPreview) -> None:
        self.preview = LabelPreviewDialog(
            station=self._station, tasks=self._tasks, preview=preview, parent=self._window
        )
        self.preview.reprinted.connect(lambda _job: self._bench.dispatch_labels())
        self.preview.open()

    @Slot()
    def show_printer_settings(self) -> None:
        if not self._station.user.may(Role.ADMIN):
            self._bench.show_message(
                f"Printer settings need the admin role; {self._station.operator} is signed in "
                f"as {self._station.user.role.label}.",
                "warn",
            )
            return
        self.settings = PrinterSettingsDialog(
            station=self._station, tasks=self._print_tasks, parent=self._window
        )
        self.settings.saved.connect(lambda _settings: self._bench.dispatch_labels())
        self.settings.open()

    def _on_error(self, error: KnownError) -> None:
        self._bench.show_message(str(error), "error")
