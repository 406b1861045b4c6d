"""The bench screen: scan → photos → grade → confirm, all from the keyboard.

Every action is one core service call handed to the task runner; this widget only keeps what
is on screen (the open unit, the chosen grade) and shows results as they come back.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station import inspection, print_queue, scanning
from inspect_station.errors import Conflict, KnownError
from inspect_station.identifiers import clean_scan, normalise
from inspect_station.routing import Decision
from inspect_station.station import Station
from inspect_station.views import InspectionView, PhotoView
from ui.camera import Camera
from ui.chooser import ReturnChooser
from ui.grade_panel import GradePanel
from ui.parcel_panel import ParcelPanel
from ui.photo_panel import PhotoPanel
from ui.style import MESSAGE_COLOURS, heading
from ui.tasks import TaskRunner


class BenchScreen(QWidget):
    """Signals:
    inspection_changed(object): the open InspectionView, or None.
    unit_requested(object): a finished unit's plate was scanned; show it (InspectionView).
    finished(object): an inspection was committed (inspection.Finished).
    labels_dispatched(object): the outcome list of a print-queue run.
    """

    inspection_changed = Signal(object)
    unit_requested = Signal(object)
    finished = Signal(object)
    labels_dispatched = Signal(object)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        camera: Camera,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._camera = camera
        self.inspection: InspectionView | None = None
        self.grade: str | None = None
        self.decision: Decision | None = None
        self._unexpected_code: str | None = None
        self._opening = False  # a scan is being looked up: the next one waits its turn
        self._chooser: ReturnChooser | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._shortcuts()
        camera.frame_ready.connect(self.photos.show_frame)
        camera.state_changed.connect(self.photos.show_camera_state)
        camera.set_preview_size(self.photos.preview.size())
        self.photos.preview.resized.connect(camera.set_preview_size)

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("scanField")
        self.scan_field.setPlaceholderText(
            "Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN"
        )
        self.scan_field.returnPressed.connect(self._on_scan_field_return_pressed)
        top.addWidget(self.scan_field, 1)
        self.unexpected_button = QPushButton("[U]  Receive as unexpected return")
        self.unexpected_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unexpected_button.clicked.connect(self.receive_unexpected)
        self.unexpected_button.hide()
        top.addWidget(self.unexpected_button)
        outer.addLayout(top)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        outer.addWidget(self.message)
        columns = QHBoxLayout()
        self.parcel = ParcelPanel(currency=self._station.settings.currency)
        self.photos = PhotoPanel()
        self.grading = GradePanel(grades=self._station.grades)
        self.grading.grade_clicked.connect(self.set_grade)
        self.grading.confirm_clicked.connect(self.confirm)
        columns.addWidget(self.parcel, 3)
        columns.addWidget(self.photos, 5)
        columns.addWidget(self.grading, 3)
        outer.addLayout(columns, 1)
        hints = heading(
            "F3 type a code · Space photo · O photo from file · A–D, X grade · N notes · "
            "F10 confirm · Ctrl+Del cancel unit · Esc back to the bench · F2 history"
        )
        outer.addWidget(hints)
        self.show_message("Scan a parcel to start.", "info")

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("F10", self.confirm),
            ("Ctrl+Return", self.confirm),
            ("Ctrl+Enter", self.confirm),
            ("Ctrl+Del", self.ask_cancel),
            ("F3", self.focus_scan_field),
            ("Escape", self._on_escape),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(slot)

    # -- messages -------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info") -> None:
        fg, bg = MESSAGE_COLOURS[level]
        self.message.setText(text)
        self.message.setProperty("level", level)
        self.message.setStyleSheet(f"color: {fg}; background: {bg};")

    def _on_error(self, error: KnownError) -> None:
        if isinstance(error, Conflict) and self.inspection is not None:
            # The unit changed elsewhere: what is on screen is stale, so let it go.
            self._close_unit()
            self.show_message(f"{error} Scan the parcel again to see where it stands.", "error")
            return
        self.show_message(str(error), "error")

    # -- scanning -------------------------------------------------------------------------
    @Slot()
    def _on_scan_field_return_pressed(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        self.handle_scan(text)
        self.setFocus()

    @Slot(str)
    def handle_scan(self, raw: str) -> None:
        try:
            text = clean_scan(raw)
        except KnownError as exc:
            self.show_message(str(exc), "error")
            return
        if self.inspection is not None:
            if normalise(text) == self.inspection.lpn:
                self.show_message(f"{self.inspection.lpn} is the unit on the bench.", "info")
            else:
                self.show_message(
                    f"Finish {self.inspection.lpn} first (F10), or cancel it (Ctrl+Del), "
                    "before scanning the next parcel.",
                    "warn",
                )
            return
        if self._opening:
            self.show_message(
                f"Still opening the last parcel; scan {text} again in a moment.", "warn"
            )
            return
        self._set_unexpected(None)
        self.show_message(f"Looking up {text}…", "info")
        self._run_opening(scanning.scan, self._station, text)

    def _run_opening(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        """Run a service that may open a unit; only one such call is in flight at a time."""
        self._opening = True

        def done(outcome: scanning.ScanOutcome) -> None:
            self._opening = False
            self._on_scanned(outcome)

        def failed(error: KnownError) -> None:
            self._opening = False
            self._on_error(error)

        self._tasks.run(fn, *args, on_done=done, on_error=failed, **kwargs)

    def _on_scanned(self, outcome: scanning.ScanOutcome) -> None:
        if isinstance(outcome, scanning.Opened):
            self._open(outcome.inspection, resumed=outcome.resumed)
        elif isinstance(outcome, scanning.NotFound):
            self._set_unexpected(outcome.code.raw)
            self.show_message(
                f"No expected return for {outcome.code.code}. Press U to receive it as an "
                "unexpected return, or scan another code.",
                "warn",
            )
        elif isinstance(outcome, scanning.Choose):
            self._choose(outcome)
        elif isinstance(outcome, scanning.KnownUnit):
            insp = outcome.inspection
            if insp.status == "finished":
                self.show_message(
                    f"{insp.lpn} was inspected at {insp.bench} by {insp.operator}: grade "
                    f"{insp.grade} → {insp.route}.",
                    "info",
                )
                self.unit_requested.emit(insp)
            else:
                self.show_message(f"{insp.lpn} is {insp.status} at bench {insp.bench}.", "warn")
        elif isinstance(outcome, scanning.AlreadyReceived):
            er = outcome.expected
            self.show_message(
                f"{er.rma} was already received ({er.units_received} of {er.units_expected} "
                "units). See History (F2).",
                "warn",
            )

    def _choose(self, outcome: scanning.Choose) -> None:
        self.show_message(
            f"{outcome.code.code} is in {len(outcome.candidates)} open returns: choose one.", "warn"
        )
        self._chooser = ReturnChooser(outcome.candidates, parent=self)
        self._chooser.chosen.connect(
            lambda expected_id: self._run_opening(
                scanning.open_return, self._station, expected_id, scanned_code=outcome.code.code
            )
        )
        self._chooser.open()

    def _set_unexpected(self, code: str | None) -> None:
        self._unexpected_code = code
        self.unexpected_button.setVisible(code is not None)

    @Slot()
    def receive_unexpected(self) -> None:
        if self._unexpected_code is None:
            return
        code, self._unexpected_code = self._unexpected_code, None
        self._set_unexpected(None)
        self._run_opening(scanning.receive_unexpected, self._station, code)

    def _open(self, insp: InspectionView, *, resumed: bool) -> None:
        self.inspection = insp
        self.grade = None
        self.decision = None
        self.grading.clear()
        self.parcel.show_inspection(insp)
        self._tasks.run(
            self._thumbnails,
            insp.photos,
            on_done=lambda thumbs: self.photos.set_photos(insp.photos, thumbs),
        )
        what = (
            "unexpected return" if insp.unexpected else (insp.expected.rma if insp.expected else "")
        )
        verb = "Resumed" if resumed else "Opened"
        self.show_message(f"{verb} {insp.lpn} ({what}). Take photos, then grade.", "ok")
        self.inspection_changed.emit(insp)
        self.setFocus()

    def resume(self, insp: InspectionView) -> None:
        self._open(insp, resumed=True)

    def _thumbnails(self, photos: tuple[PhotoView, ...]) -> dict[str, str]:
        return {p.sha256: str(self._station.photos.thumbnail(p.sha256)) for p in photos}

    # -- photos ---------------------------------------------------------------------------
    @Slot()
    def capture_photo(self) -> None:
        if self.inspection is None:
            self.show_message("Scan a parcel before taking photos.", "warn")
            return
        frame = self._camera.latest_frame()
        if frame is None:
            self.show_message("Camera unavailable: add photos from a file with O.", "error")
            return
        self._add_photo(inspection.add_camera_photo, self.inspection.id, frame)

    def add_photo_file(self, path: Path) -> None:
        if self.inspection is None:
            self.show_message("Scan a parcel before adding photos.", "warn")
            return
        self._add_photo(inspection.add_file_photo, self.inspection.id, path)

    def _add_photo(self, add: Any, inspection_id: uuid.UUID, source: Any) -> None:
        """Store the photo and its thumbnail on the worker thread, then show it."""

        def store() -> tuple[PhotoView, str]:
            photo: PhotoView = add(self._station, inspection_id, source)
            return photo, str(self._station.photos.thumbnail(photo.sha256))

        self._tasks.run(store, on_done=self._on_photo_added, on_error=self._on_error)

    def _on_photo_added(self, result: tuple[PhotoView, str]) -> None:
        photo, thumb = result
        if self.inspection is None:
            return
        known = {p.sha256 for p in self.inspection.photos}
        if photo.sha256 not in known:
            self.inspection = _with_photo(self.inspection, photo)
            self.photos.add_photo(photo, thumb)
        count = len(self.inspection.photos)
        self.show_message(f"Photo {count} saved ({photo.width}×{photo.height}).", "ok")

    def choose_photo_file(self) -> None:
        dialog = QFileDialog(
            self, "Add a photo from a file", str(Path.home()), "Images (*.jpg *.jpeg *.png)"
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.add_photo_file(Path(name)))
        dialog.open()

    # -- grading and finishing ------------------------------------------------------------
    @Slot(str)
    def set_grade(self, code: str) -> None:
        if self.inspection is None:
            self.show_message("Scan a parcel before grading.", "warn")
            return
        try:
            decision = inspection.decide(self._station, self.inspection, code)
        except KnownError as exc:
            self.show_message(str(exc), "error")
            return
        self.grade, self.decision = code, decision
        self.grading.show_decision(code, decision)
        self.show_message(f"Grade {code} → {decision.route}. F10 confirms and prints.", "info")

    @Slot()
    def confirm(self) -> None:
        if self.inspection is None:
            self.show_message("Nothing to confirm: scan a parcel.", "warn")
            return
        if self.grade is None:
            self.show_message("Choose a grade first (A, B, C, D or X).", "warn")
            return
        self._tasks.run(
            inspection.finish,
            self._station,
            self.inspection,
            grade=self.grade,
            notes=self.grading.notes.toPlainText(),
            on_done=self._on_finished,
            on_error=self._on_error,
        )

    def _on_finished(self, done: inspection.Finished) -> None:
        insp = done.inspection
        self.show_message(
            f"{insp.lpn} → {str(insp.route).upper()} ({insp.rule_explanation}). Printing label…",
            "ok",
        )
        self._close_unit()
        self.finished.emit(done)
        self.dispatch_labels()
        if done.more_units and insp.expected is not None:
            self._run_opening(
                scanning.open_return,
                self._station,
                insp.expected.id,
                scanned_code=insp.scanned_code,
            )

    def dispatch_labels(self) -> None:
        self._tasks.run(print_queue.dispatch, self._station, on_done=self._on_dispatched)

    def _on_dispatched(self, outcomes: list[print_queue.JobOutcome]) -> None:
        waiting = [o for o in outcomes if o.state == "queued"]
        broken = [o for o in outcomes if o.state == "failed"]
        sent = [o for o in outcomes if o.state == "sent"]
        if broken:
            self.show_message(
                f"The label for {broken[0].lpn} could not be made: {broken[0].detail}. "
                "The inspection is saved; ask a supervisor to reprint it.",
                "error",
            )
        elif waiting:
            self.show_message(
                f"Label for {waiting[0].lpn} is queued, not printed: {waiting[0].detail}. "
                "The inspection is saved; the label prints when the printer is back.",
                "error",
            )
        elif sent and self.inspection is None:
            self.show_message(f"Label for {sent[-1].lpn} printed. Scan the next parcel.", "ok")
        self.labels_dispatched.emit(outcomes)

    @Slot()
    def ask_cancel(self) -> None:
        if self.inspection is None:
            return
        insp = self.inspection
        needed = inspection.cancel_role(self._station, insp.operator, len(insp.photos))
        if not self._station.user.may(needed):  # the service would refuse it too
            self.show_message(
                f"Cancelling {insp.lpn} needs a {needed.label}: they scan their badge here.",
                "warn",
            )
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Cancel this unit")
        dialog.setLabelText(f"Why is {self.inspection.lpn} cancelled?")
        dialog.setComboBoxItems(["Wrong parcel scanned", "Scanned twice", "Parcel taken elsewhere"])
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(self.cancel_inspection)
        dialog.open()

    def cancel_inspection(self, reason: str) -> None:
        if self.inspection is None:
            return
        lpn = self.inspection.lpn
        self._tasks.run(
            inspection.cancel,
            self._station,
            self.inspection,
            reason=reason,
            on_done=lambda _: (self._close_unit(), self.show_message(f"{lpn} cancelled.", "info")),
            on_error=self._on_error,
        )

    def _close_unit(self) -> None:
        self.inspection = None
        self.grade = None
        self.decision = None
        self.grading.clear()
        self.parcel.show_inspection(None)
        self.photos.thumbs.clear()
        self.inspection_changed.emit(None)
        self.setFocus()

    # -- keys -----------------------------------------------------------------------------
    @Slot()
    def focus_scan_field(self) -> None:
        self.scan_field.setFocus()
        self.scan_field.selectAll()

    @Slot()
    def _on_escape(self) -> None:
        if self._unexpected_code is not None:
            self._set_unexpected(None)
            self.show_message("Scan a parcel to start.", "info")
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        if event.key() == Qt.Key.Key_Space:
            self.capture_photo()
        elif text == "U" and self._unexpected_code is not None:
            self.receive_unexpected()
        elif text == "O":
            self.choose_photo_file()
        elif text == "N":
            self.grading.notes.setFocus()
        elif text == "/":
            self.focus_scan_field()
        elif text and (grade := self._station.grades.by_key(text)) is not None:
            self.set_grade(grade.code)
        else:
            super().keyPressEvent(event)


def _with_photo(insp: InspectionView, photo: PhotoView) -> InspectionView:
    return replace(insp, photos=(*insp.photos, photo))
