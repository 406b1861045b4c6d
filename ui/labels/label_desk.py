"""The window's label side, the whole print flow in one place: sending what is queued, saying
how it went, the printer's state, retries, "did it print?", labels confirmed by their scan,
previews and reprints, printer settings.

Sending and asking printers run on the print task runner (a printer may take its whole
time-out to answer; scans and saves on the main runner never wait behind it); the retry timer
only asks the queue again, the core decides what is due (backoff).
"""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from inspect_station.app.errors import KnownError
from inspect_station.bench.inspection import Finished
from inspect_station.people.auth import SignedOut
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

PrinterState = tuple[str, bool, int, list[JobView]]  # words, ok, labels waiting, to answer


class LabelDesk(QObject):
    """Signals:
    answered(str): how a print went, for its sound: "printed", or "supervisor" when a label
        could not be made and a supervisor must reprint it.
    """

    answered = Signal(str)

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
        self.retry.timeout.connect(self.dispatch)
        bench.finished.connect(self._on_bench_finished)
        bench.label_confirmed.connect(self._on_bench_label_confirmed)

    def start(self) -> None:
        """A job a crash left half-sent becomes a question; then what is queued goes out."""
        self._print_tasks.run(
            partial(queue.recover, self._station), lambda _count: None, failure=self._on_print_error
        )
        self.dispatch()  # after the recovery: the print runner keeps the order

    def stop(self) -> None:
        self.retry.stop()

    # -- sending --------------------------------------------------------------------------
    @Slot()
    def dispatch(self) -> None:
        """Send what is due in the print queue, then say how it went and how the printer is."""
        self._print_tasks.run(
            partial(queue.dispatch, self._station),
            self._on_dispatched,
            failure=self._on_print_error,
        )

    @Slot(object)
    def _on_bench_finished(self, done: Finished) -> None:
        self.last_inspection = done.inspection.id
        self.dispatch()

    def _on_dispatched(self, outcomes: list[queue.JobOutcome]) -> None:
        say = self._bench.show_message
        waiting = [o for o in outcomes if o.state == "queued"]
        broken = [o for o in outcomes if o.state == "failed"]
        sent = [o for o in outcomes if o.state == "sent"]
        if broken:
            say(
                self.tr(
                    "The label for {lpn} could not be made: {detail}. The inspection is saved; "
                    "ask a supervisor to reprint it."
                ).format(lpn=broken[0].lpn, detail=broken[0].detail),
                "error",
            )
            self.answered.emit("supervisor")
        elif unknown := [o for o in outcomes if o.state == "unknown"]:
            say(
                self.tr(
                    "The printer connection broke while the label for {lpn} was sent: did it "
                    "print? Answer Y or N."
                ).format(lpn=unknown[0].lpn),
                "warn",
            )
        elif waiting:
            say(
                self.tr(
                    "Label for {lpn} is queued, not printed: {detail}. The inspection is saved; "
                    "the label prints when the printer is back."
                ).format(lpn=waiting[0].lpn, detail=waiting[0].detail),
                "error",
            )
        elif sent and self._bench.inspection is None:
            say(
                self.tr(
                    "Label for {lpn} printed (F4 shows it). Stick it on and scan it, then the "
                    "next parcel."
                ).format(lpn=sent[-1].lpn),
                "ok",
            )
        if sent and not broken:
            self.answered.emit("printed")
        self._print_tasks.run(
            self._printer_state, self._show_printer_state, failure=self._on_print_error
        )

    def _printer_state(self) -> PrinterState:
        waiting = queue.pending_count(self._station)
        problem = self._station.printer.check()  # ~HS for a ZPL printer: paper, head, pause
        text = problem or self._station.printer.describe()
        return text, problem is None, waiting, label_jobs.unknown_jobs(self._station)

    def _show_printer_state(self, state: PrinterState) -> None:
        text, ok, waiting, unknown = state
        if waiting:
            text = self.tr("{waiting} label(s) waiting · {text}").format(waiting=waiting, text=text)
            self.retry.start()
        else:
            self.retry.stop()
        if unknown:
            text = self.tr("{unknown_count} to answer · {text}").format(
                unknown_count=len(unknown), text=text
            )
        self._status.set_printer(text, ok and not waiting and not unknown)
        if unknown and self.question is None:
            self.ask(unknown[0])

    def _on_print_error(self, error: KnownError) -> None:
        # The print queue could not be read or written: the labels stay queued and the timer
        # asks again; a revoked user's refusal locks the station instead (the runner says so).
        self._status.set_printer(str(error), False)
        if not isinstance(error, SignedOut):
            self.retry.start()

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
            self._bench.show_message(
                self.tr("Printing the label for {lpn} again…").format(lpn=job.lpn), "info"
            )
        self.dispatch()

    @Slot(object)
    def _on_bench_label_confirmed(self, jobs: tuple[uuid.UUID, ...]) -> None:
        if self.question is not None and any(self.question.is_about(job) for job in jobs):
            self.question.done(0)
            self.question = None
        self.dispatch()  # refreshes the status and any other question

    # -- preview, reprint, printer settings -----------------------------------------------
    @Slot()
    def show_last_label(self) -> None:
        if self.last_inspection is None:
            self._bench.show_message(
                self.tr("No label printed at this bench since the start."), "info"
            )
            return
        self.show_label(self.last_inspection)

    def show_label(self, inspection_id: uuid.UUID) -> None:
        self._tasks.run(
            partial(label_jobs.preview, self._station, inspection_id),
            self._on_preview_ready,
            failure=self._on_error,
        )

    def _on_preview_ready(self, preview: LabelPreview) -> None:
        self.preview = LabelPreviewDialog(
            station=self._station, tasks=self._tasks, preview=preview, parent=self._window
        )
        self.preview.reprinted.connect(lambda _job: self.dispatch())
        self.preview.open()

    @Slot()
    def show_printer_settings(self) -> None:
        if not self._station.user.may(Role.ADMIN):
            self._bench.show_message(
                self.tr(
                    "Printer settings need the admin role; {operator} is signed in as {label}."
                ).format(operator=self._station.operator, label=self._station.user.role.title),
                "warn",
            )
            return
        self.settings = PrinterSettingsDialog(
            station=self._station, tasks=self._print_tasks, parent=self._window
        )
        self.settings.saved.connect(lambda _settings: self.dispatch())
        self.settings.open()

    def _on_error(self, error: KnownError) -> None:
        self._bench.show_message(str(error), "error")
