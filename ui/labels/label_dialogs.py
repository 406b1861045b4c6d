"""Label windows: the preview (with reprint and the system print dialog) and the question
"did it print?" for a label whose outcome is unknown. Keys do everything; the mouse may."""

from __future__ import annotations

import uuid
from functools import partial
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import KnownError
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.raster import pdf_to_image
from inspect_station.labels.zpl import MAX_COPIES
from inspect_station.printing import label_jobs
from inspect_station.printing.label_jobs import JobView, LabelPreview
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station

_STATE_WORDS = {
    "queued": QT_TRANSLATE_NOOP("JobStates", "waiting for the printer"),
    "sending": QT_TRANSLATE_NOOP("JobStates", "being sent"),
    "sent": QT_TRANSLATE_NOOP("JobStates", "printed (not yet scanned)"),
    "unknown": QT_TRANSLATE_NOOP("JobStates", "did it print? (not known)"),
    "confirmed": QT_TRANSLATE_NOOP("JobStates", "printed and scanned"),
    "failed": QT_TRANSLATE_NOOP("JobStates", "could not be made"),
}


def label_pixmap(image: np.ndarray, height: int) -> QPixmap:
    """A grayscale label picture scaled to ``height`` pixels, without smoothing the bars."""
    rows, cols = image.shape
    data = np.ascontiguousarray(image)
    qimage = QImage(data.data, cols, rows, cols, QImage.Format.Format_Grayscale8).copy()
    return QPixmap.fromImage(qimage).scaledToHeight(
        height, Qt.TransformationMode.SmoothTransformation
    )


def describe_job(job: JobView) -> str:
    when = job.created_at.astimezone().strftime("%H:%M:%S")
    what = (
        QCoreApplication.translate("LabelDialogs", "label")
        if job.kind == "label"
        else QCoreApplication.translate("LabelDialogs", "reprint ({reason})").format(
            reason=job.reason
        )
    )
    who = (
        QCoreApplication.translate("LabelDialogs", " by {requested_by}").format(
            requested_by=job.requested_by
        )
        if job.requested_by
        else ""
    )
    extra = f" — {job.last_error}" if job.state in ("queued", "unknown") and job.last_error else ""
    copies = f" ×{job.copies}" if job.copies > 1 else ""
    state = QCoreApplication.translate("JobStates", _STATE_WORDS.get(job.state, job.state))
    return f"{when}  {what}{copies}{who}: {state}{extra}"


class LabelPreviewDialog(QDialog):
    """The exact label of one unit, its print history, R to reprint, P for another printer.

    Signals:
        reprinted(object): a reprint was queued (JobView).
    """

    reprinted = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, preview: LabelPreview, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._station, self._tasks, self._preview = station, tasks, preview
        self.setWindowTitle(self.tr("Label {lpn}").format(lpn=preview.lpn))
        layout = QHBoxLayout(self)
        self.picture = QLabel()
        self.picture.setObjectName("labelPicture")
        self.picture.setPixmap(label_pixmap(preview.image, 560))
        self.picture.setStyleSheet("background: white; border: 1px solid #9aa5b1;")
        layout.addWidget(self.picture)
        side = QVBoxLayout()
        side.addWidget(QLabel(f"<b>{preview.lpn}</b>"))
        side.addWidget(
            QLabel(
                self.tr("{printer}\n{stock} at {dpi} dpi, as it prints").format(
                    printer=preview.printer, stock=preview.stock, dpi=preview.dpi
                )
            )
        )
        history = "\n".join(describe_job(job) for job in preview.jobs) or self.tr("no label yet")
        self.history = QLabel(history)
        self.history.setWordWrap(True)
        side.addWidget(QLabel(self.tr("<b>Printed</b>")))
        side.addWidget(self.history)
        left = preview.reprints_left
        limit = (
            self.tr("no limit")
            if left is None
            else self.tr("{left} reprint(s) left for you").format(left=left)
        )
        side.addWidget(
            QLabel(
                self.tr("Reprints so far: {reprints_used} · {limit}").format(
                    reprints_used=preview.reprints_used, limit=limit
                )
            )
        )
        side.addStretch(1)
        form = QFormLayout()
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why print it again? (torn, smudged, lost …)"))
        self.reason.setMaxLength(label_jobs.MAX_REASON)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Copies:"), self.copies)
        side.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        side.addWidget(self.message)
        buttons = QHBoxLayout()
        self.reprint_button = QPushButton(self.tr("Reprint  [Alt+R]"))
        self.reprint_button.clicked.connect(self._on_reprint_button_clicked)
        self.dialog_button = QPushButton(self.tr("Office printer…  [Alt+P]"))
        self.dialog_button.clicked.connect(self._on_dialog_button_clicked)
        close = QPushButton(self.tr("[Esc]  Close"))
        close.clicked.connect(self.reject)
        for button in (self.reprint_button, self.dialog_button, close):
            buttons.addWidget(button)
        side.addLayout(buttons)
        layout.addLayout(side, 1)
        for keys, slot in (
            ("Alt+R", self._on_reprint_button_clicked),
            ("Alt+P", self._on_dialog_button_clicked),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.reason.setFocus()

    def _reason(self) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self.message.setText(
                self.tr("Type the reason first: every reprint is recorded with it.")
            )
            self.reason.setFocus()
            return None
        return reason

    @Slot()
    def _on_reprint_button_clicked(self) -> None:
        reason = self._reason()
        if reason is None:
            return
        self._tasks.run(
            partial(
                label_jobs.reprint,
                self._station,
                self._preview.inspection_id,
                reason=reason,
                copies=self.copies.value(),
            ),
            self._on_reprinted,
            failure=self._on_error,
        )

    def _on_reprinted(self, job: JobView) -> None:
        self.message.setText(self.tr("Reprint queued for {lpn}.").format(lpn=job.lpn))
        self.reprinted.emit(job)
        self.accept()

    def _on_error(self, error: KnownError) -> None:
        self.message.setText(str(error))
        self.message.setStyleSheet("color: #b3261e; font-weight: bold;")

    @Slot()
    def _on_dialog_button_clicked(self) -> None:
        if self._reason() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the label {lpn}").format(lpn=self._preview.lpn))
        dialog.accepted.connect(lambda: self.print_on(printer))
        # QDialog.open(); PySide6's stub lists only QPrintDialog's open(receiver, member).
        dialog.open()  # type: ignore[call-arg]

    def print_on(self, printer: QPrinter) -> None:
        """Record the reprint, draw the label on ``printer``, record how it went."""
        reason = self._reason()
        if reason is None:
            return
        name = printer.printerName() or printer.outputFileName() or self.tr("system printer")
        try:
            job, data = label_jobs.start_manual(
                self._station,
                self._preview.inspection_id,
                reason=reason,
                copies=self.copies.value(),
                printer=name,
            )
        except KnownError as exc:
            self._on_error(exc)
            return
        printer.setCopyCount(job.copies)
        ok = paint_label(printer, render_pdf(data, job.stock, job.dpi, colour=True), job.dpi)
        label_jobs.finish_manual(self._station, job.id, ok=ok)
        if ok:
            self.reprinted.emit(job)
            self.accept()
        else:
            self.message.setText(
                self.tr("{name} refused the label; nothing was printed.").format(name=name)
            )


def paint_label(printer: QPrinter, pdf: bytes, dpi: int) -> bool:
    """Draw the label at its real size, from a raster at the printer's own resolution."""
    resolution = max(dpi, printer.resolution())
    image = pdf_to_image(pdf, resolution)
    rows, cols = image.shape
    qimage = QImage(image.data, cols, rows, cols, QImage.Format.Format_Grayscale8)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        scale = printer.resolution() / resolution
        painter.drawImage(QRectF(0, 0, cols * scale, rows * scale), qimage)
    finally:
        painter.end()
    return True


class PrintQuestion(QDialog):
    """Asks about one label whose outcome is unknown: Y it printed, N print it again.

    Signals:
        answered(object): the worker answered (the JobView after the answer).
    """

    answered = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, job: JobView, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._station, self._tasks, self.job = station, tasks, job
        self.setWindowTitle(self.tr("Did the label print?"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Did the label for <b>{lpn}</b> print?").format(lpn=job.lpn))
        title.setStyleSheet("font-size: 22px;")
        layout.addWidget(title)
        why = QLabel(
            self.tr(
                "{last_error}\n\nThe station does not print it again by itself, so that no unit "
                "gets "
                "two labels. Look at the printer, then answer — or scan the label if it is there."
            ).format(
                last_error=job.last_error
                or self.tr("The printer connection broke while it was being sent.")
            )
        )
        why.setWordWrap(True)
        layout.addWidget(why)
        self.message = QLabel("")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.yes = QPushButton(self.tr("[Y]  Yes, it printed"))
        self.no = QPushButton(self.tr("[N]  No — print it again"))
        for button in (self.yes, self.no):
            button.setMinimumHeight(48)
            buttons.addWidget(button)
        self.yes.clicked.connect(lambda: self.answer(True))
        self.no.clicked.connect(lambda: self.answer(False))
        layout.addLayout(buttons)
        self.resize(560, 260)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Y and N as keys, not shortcuts: the scanner filter holds printable keys until it
        # knows they are no scan, then hands them to the widgets (a shortcut would have
        # fired at once, with a scanned plate's Y or N).
        answers = {Qt.Key.Key_Y: True, Qt.Key.Key_N: False}
        if event.key() in answers and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            if self.yes.isEnabled():
                self.answer(answers[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def answer(self, printed: bool) -> None:
        self.yes.setEnabled(False)
        self.no.setEnabled(False)
        self._tasks.run(
            partial(label_jobs.answer, self._station, self.job.id, printed=printed),
            self._on_answered,
            failure=self._on_error,
        )

    def _on_answered(self, job: JobView) -> None:
        self.answered.emit(job)
        self.accept()

    def _on_error(self, error: KnownError) -> None:
        # Settled meanwhile (the label was scanned): nothing left to ask.
        self.message.setText(str(error))
        self.answered.emit(self.job)
        self.accept()

    def is_about(self, job_id: uuid.UUID) -> bool:
        return self.job.id == job_id
