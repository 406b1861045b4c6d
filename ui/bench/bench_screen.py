"""The bench screen: scan → photos → grade → confirm, all from the keyboard.

Every action is one core service call handed to the task runner; this widget only keeps what
is on screen (the open unit, the chosen grade) and shows results as they come back.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import Conflict, KnownError
from inspect_station.bench import inspection
from inspect_station.bench.assessment import Assessment, UnitContext
from inspect_station.bench.scan_answers import UnitOpened
from inspect_station.bench.views import InspectionView
from inspect_station.labels.layout import destination_text
from inspect_station.photos.views import PhotoView
from inspect_station.rules.routing import Decision
from ui.bench.assessing import Assessing
from ui.bench.grade_panel import GradePanel
from ui.bench.parcel_panel import ParcelPanel
from ui.bench.scan_flow import ScanFlow
from ui.bench.wrong_item_flow import WrongItemFlow
from ui.devices.camera import Camera
from ui.photos.photo_flow import PhotoFlow
from ui.photos.photo_panel import PhotoPanel
from ui.style import bench_style, code_field, heading, message_line, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class BenchScreen(QWidget):
    """Signals:
    inspection_changed(object): the open InspectionView, or None.
    unit_requested(object): a finished unit's plate was scanned; show it (InspectionView).
    finished(object): an inspection was committed (inspection.Finished); its label is queued.
    label_confirmed(object): scanning a printed label confirmed it (tuple of print job ids).
    colleague_scanned(str): someone's badge was scanned at the bench (the badge).
    """

    inspection_changed = Signal(object)
    unit_requested = Signal(object)
    finished = Signal(object)
    label_confirmed = Signal(object)
    colleague_scanned = Signal(str)

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
        self._context: UnitContext | None = None  # read with the unit, for the grading keys
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.setStyleSheet(bench_style(station.settings.bench_text_pct))
        self.scans = ScanFlow(
            station=station,
            tasks=tasks,
            on_bench=lambda: self.inspection.lpn if self.inspection else None,
            parent=self,
        )
        self.scans.opened.connect(self._on_scans_opened)
        self.scans.message.connect(self.show_message)
        self.scans.failed.connect(self._on_error)
        self.scans.unexpected_offered.connect(self.unexpected_button.setVisible)
        self.scans.unit_requested.connect(self.unit_requested)
        self.scans.label_confirmed.connect(self.label_confirmed)
        self.scans.colleague_scanned.connect(self.colleague_scanned)
        self.photo_flow = PhotoFlow(station=station, tasks=tasks, camera=camera, panel=self.photos)
        self.photo_flow.message.connect(self._on_photo_flow_message)
        self.photo_flow.photo_added.connect(self._on_photo_added)
        self.wrong_item = WrongItemFlow(station=station, tasks=tasks, assessing=self.assessing)
        self.wrong_item.message.connect(self.show_message)
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
        code_field(self.scan_field, on_scan="enter")
        self.scan_field.setPlaceholderText(
            self.tr(
                "Scan anything, or press F3 and type: RMA, order, tracking number, EAN, LPN, e-mail"
            )
        )
        self.scan_field.returnPressed.connect(self._on_scan_field_return_pressed)
        top.addWidget(self.scan_field, 1)
        self.unexpected_button = QPushButton(self.tr("[U]  Receive as unexpected return"))
        self.unexpected_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unexpected_button.clicked.connect(self.receive_unexpected)
        self.unexpected_button.hide()
        top.addWidget(self.unexpected_button)
        outer.addLayout(top)
        self.message = message_line()
        outer.addWidget(self.message)
        columns = QHBoxLayout()
        self.parcel = ParcelPanel(currency=self._station.settings.currency)
        self.photos = PhotoPanel(
            shots=self._station.shots, pedal_key=self._station.settings.pedal_key
        )
        self.grading = GradePanel(
            grades=self._station.grades, currency=self._station.settings.currency
        )
        self.grading.grade_clicked.connect(self.set_grade)
        self.grading.confirm_clicked.connect(self.confirm)
        self.assessing = Assessing(
            station=self._station, grading=self.grading, parcel=self.parcel, dialog_parent=self
        )
        self.assessing.changed.connect(self._on_assessing_changed)
        self.assessing.message.connect(self.show_message)
        # Larger bench text gives the grading column more of the width, from the photos.
        large = self._station.settings.bench_text_pct >= 120
        columns.addWidget(self.parcel, 3)
        columns.addWidget(self.photos, 3 if large else 4)
        columns.addWidget(self.grading, 5 if large else 4)
        outer.addLayout(columns, 1)
        hints = heading(
            self.tr(
                "F3 code · Space photo · Ctrl+1–9 shot · O file · G photos · 1–9 defects · S "
                "sealed · A–D, X grade · W wrong item · ↑↓ M missing · E empty box · N notes · "
                "F10 confirm · Ctrl+Del cancel · F2 history"
            )
        )
        hints.setWordWrap(True)  # never wider than the bench's 1366-pixel screen
        outer.addWidget(hints)
        self.show_message(self.tr("Scan a parcel to start."), "info")
        if self._station.rules_problem:  # a refused rule file: say so, routing goes on
            self.show_message(self._station.rules_problem, "error")

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("F10", self.confirm),
            ("Ctrl+Return", self.confirm),
            ("Ctrl+Enter", self.confirm),
            ("Ctrl+Del", self.ask_cancel),
            ("F3", self.focus_scan_field),
            ("Escape", self._on_escape),
            # A foot pedal is a keyboard with one key; a function key no scanner sends.
            (self._station.settings.pedal_key, self.capture_photo),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, context=context)
            shortcut.activated.connect(slot)

    # -- messages -------------------------------------------------------------------------
    def show_message(self, text: str, level: str = "info") -> None:
        show_message(self.message, text, level)

    @Slot(str, str)
    def _on_photo_flow_message(self, text: str, level: str) -> None:
        warning = self.wrong_item.take_warning()
        if warning:
            text, level = f"{text} — {warning}", "warn"
        self.show_message(text, level)

    def _on_error(self, error: KnownError) -> None:
        if isinstance(error, Conflict) and self.inspection is not None:
            # The unit changed elsewhere: what is on screen is stale, so let it go.
            self._close_unit()
            self.show_message(
                self.tr("{error} Scan the parcel again to see where it stands.").format(
                    error=error
                ),
                "error",
            )
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
        if self.wrong_item.wants_scan(raw):
            self.wrong_item.scanned(raw)
            return
        self.scans.handle(raw)

    @Slot()
    def receive_unexpected(self) -> None:
        self.scans.receive_unexpected()

    @Slot(object)
    def _on_scans_opened(self, opened: UnitOpened) -> None:
        insp = self.inspection = opened.inspection
        self._context = opened.context
        self.grade = None
        self.decision = None
        self.grading.clear()
        self.parcel.show_inspection(insp)
        self.assessing.open(insp, opened.context)
        self.photo_flow.set_unit(insp)
        self.photos.set_photos(insp.photos, opened.thumbnails)
        what = (
            self.tr("unexpected return")
            if insp.unexpected
            else (insp.expected.rma if insp.expected else "")
        )
        verb = self.tr("Resumed") if opened.resumed else self.tr("Opened")
        if opened.unconfirmed:
            labels = ", ".join(label.words() for label in opened.unconfirmed[:3])
            more = (
                self.tr(" and {count} more").format(count=len(opened.unconfirmed) - 3)
                if len(opened.unconfirmed) > 3
                else ""
            )
            self.show_message(
                self.tr(
                    "{verb} {lpn}. Label printed but never scanned: {labels}{more}. Stick it on "
                    "its item and scan it (the desk lists them under Labels)."
                ).format(verb=verb, lpn=insp.lpn, labels=labels, more=more),
                "warn",
            )
        else:
            self.show_message(
                self.tr("{verb} {lpn} ({what}). Take photos, then grade.").format(
                    verb=verb, lpn=insp.lpn, what=what
                ),
                "ok",
            )
        self.inspection_changed.emit(insp)
        self.setFocus()

    def resume(self) -> None:
        """Reopen the unit this bench left open, if any (after the first sign-in)."""
        self.scans.resume()

    # -- photos ---------------------------------------------------------------------------
    @Slot()
    def capture_photo(self) -> None:
        self.photo_flow.capture()

    def add_photo_file(self, path: Path) -> None:
        self.photo_flow.add_file(path)

    def choose_photo_file(self) -> None:
        self.photo_flow.choose_file(self)

    def _on_photo_added(self, photo: PhotoView) -> None:
        if self.inspection is not None and photo.sha256 not in {
            p.sha256 for p in self.inspection.photos
        }:
            self.inspection = _with_photo(self.inspection, photo)
            # A deduction needs a photo behind it: the recommendation may change.
            self.assessing.photos_changed(self.inspection)
            self.wrong_item.photo_code(self.inspection, photo.code_text)

    # -- grading and finishing ------------------------------------------------------------
    @Slot(str)
    def set_grade(self, code: str) -> None:
        if self.inspection is None:
            self.show_message(self.tr("Scan a parcel before grading."), "warn")
            return
        self.assessing.press_grade(code)

    @Slot(object)
    def _on_assessing_changed(self, assessment: Assessment | None) -> None:
        self.grade = assessment.grade if assessment else None
        self.decision = assessment.decision if assessment else None
        rec = assessment.recommendation if assessment else None
        self.photo_flow.set_deductions(
            tuple((d.defect_id, d.label) for d in rec.deductions) if rec else ()
        )

    @Slot()
    def confirm(self) -> None:
        if self.inspection is None:
            self.show_message(self.tr("Nothing to confirm: scan a parcel."), "warn")
            return
        assessed = self.assessing.assessment
        if assessed is None or assessed.needs:
            need = assessed.needs if assessed else None
            self.show_message(need or self.tr("Choose a grade first (A, B, C, D or X)."), "warn")
            return
        # A unit not in the parcel (no route) has nothing to photograph.
        missing = self.photo_flow.missing_for(self.grade) if assessed.decision else ()
        if missing:
            self._ask_missing_reason(", ".join(shot.name for shot in missing))
            return
        self._finish()

    def _ask_missing_reason(self, names: str) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Photos missing"))
        dialog.setLabelText(
            self.tr("Finish without {names}? Say why, or Esc to take them:").format(names=names)
        )
        dialog.setComboBoxItems(
            [
                self.tr("No such part on this item"),
                self.tr("Label missing or cut out"),
                self.tr("Camera out of order"),
            ]
        )
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(lambda reason: self._finish(reason))
        dialog.open()
        self.show_message(
            self.tr("Photos missing: {names}. Take them, or say why not.").format(names=names),
            "warn",
        )

    def _finish(self, missing_shots_reason: str = "") -> None:
        if self.inspection is None:
            return
        self._tasks.run(
            partial(
                inspection.finish,
                self._station,
                self.inspection,
                draft=self.assessing.draft,
                notes=self.grading.notes.toPlainText(),
                missing_shots_reason=missing_shots_reason,
            ),
            self._on_finished,
            failure=self._on_error,
        )

    def _on_finished(self, done: inspection.Finished) -> None:
        insp = done.inspection
        if insp.route is None:
            self.show_message(
                self.tr("{lpn} recorded as not in the parcel; no label.").format(lpn=insp.lpn), "ok"
            )
        else:
            self.show_message(
                self.tr("{lpn} → {route} ({rule_explanation}). Printing label…").format(
                    lpn=insp.lpn,
                    route=destination_text(insp.route),
                    rule_explanation=insp.rule_explanation,
                ),
                "ok",
            )
        self._close_unit()
        self.finished.emit(done)  # the label desk sends the label
        if done.more_units and insp.expected is not None:
            self.scans.open_next(insp.expected.id, scanned_code=insp.scanned_code)

    @Slot()
    def ask_cancel(self) -> None:
        if self.inspection is None:
            return
        insp = self.inspection
        needed = inspection.cancel_role(self._station, insp.operator, len(insp.photos))
        if not self._station.user.may(needed):  # the service would refuse it too
            self.show_message(
                self.tr("Cancelling {lpn} needs a {label}: they scan their badge here.").format(
                    lpn=insp.lpn, label=needed.title
                ),
                "warn",
            )
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Cancel this unit"))
        dialog.setLabelText(self.tr("Why is {lpn} cancelled?").format(lpn=self.inspection.lpn))
        dialog.setComboBoxItems(
            [
                self.tr("Wrong parcel scanned"),
                self.tr("Scanned twice"),
                self.tr("Parcel taken elsewhere"),
            ]
        )
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(self.cancel_inspection)
        dialog.open()

    def cancel_inspection(self, reason: str) -> None:
        if self.inspection is None:
            return
        lpn = self.inspection.lpn

        def cancelled(_: object) -> None:
            self._close_unit()
            self.show_message(self.tr("{lpn} cancelled.").format(lpn=lpn), "info")

        self._tasks.run(
            partial(inspection.cancel, self._station, self.inspection, reason=reason),
            cancelled,
            failure=self._on_error,
        )

    def _close_unit(self) -> None:
        self.inspection = None
        self.grade = None
        self.decision = None
        self.grading.clear()
        self.assessing.close()
        self._context = None
        self.parcel.show_inspection(None)
        self.photos.thumbs.clear()
        self.photo_flow.set_unit(None)
        self.inspection_changed.emit(None)
        self.setFocus()

    # -- keys -----------------------------------------------------------------------------
    @Slot()
    def focus_scan_field(self) -> None:
        self.scan_field.setFocus()
        self.scan_field.selectAll()

    @Slot()
    def _on_escape(self) -> None:
        if self.scans.unexpected_code is not None:
            self.scans.offer_unexpected(None)
            self.show_message(self.tr("Scan a parcel to start."), "info")
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text().upper()
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_9:
            # Ctrl: the plain digits tick defects, far more often than a shot is picked.
            self.photo_flow.pick_shot(event.key() - Qt.Key.Key_0)
        elif event.key() == Qt.Key.Key_Space:
            self.capture_photo()
        elif self.photo_flow.handle_key(text, parent=self):
            return  # G photos full size, R or K after a poor photo
        elif text == "U" and self.scans.unexpected_code is not None:
            self.receive_unexpected()
        elif text == "O":
            self.choose_photo_file()
        elif text == "N":
            self.grading.notes.setFocus()
        elif self.assessing.handle_key(text, event.key()):
            pass
        elif text == "/":
            self.focus_scan_field()
        elif text and (grade := self._station.grades.by_key(text)) is not None:
            self.set_grade(grade.code)
        else:
            super().keyPressEvent(event)


def _with_photo(insp: InspectionView, photo: PhotoView) -> InspectionView:
    return replace(insp, photos=(*insp.photos, photo))
