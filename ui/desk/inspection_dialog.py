"""One unit on the desk: the inspection, how it was received and graded, its refund
recommendation, its photos, lines, labels and timeline; overrides.

The facts stand in two columns above the photo strip (the unit and its return on the left, the
grading and the recommendation on the right), so the dialog fits a 1366×768 screen; the tabs
below hold the defects and facts, the deductions, lines, labels and timeline. Enter on a photo
of the strip (or the button) asks for the gallery (``gallery_requested``).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import KnownError
from inspect_station.evidence.document import file_name, write_evidence
from inspect_station.people.roles import Role
from inspect_station.rules.outcomes import return_type_words
from inspect_station.supervise import overrides
from inspect_station.supervise.overrides import Overridden, StaleUnit
from inspect_station.supervise.unit_detail import UnitDetail
from ui.desk.detail_text import (
    deadline_line,
    defects_line,
    grade_line,
    money,
    receipt_line,
    recommendation_line,
    route_line,
    shots_line,
    when,
    withdrawal_line,
)
from ui.desk.override_dialog import OverrideDialog
from ui.desk.unit_tabs import UnitTabs
from ui.style import message_line, show_message
from ui.tasks import TaskRunner
from ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class InspectionDialog(QDialog):
    """Signals:
    overridden(object): an override was applied (inspect_station.overrides.Overridden).
    label_requested(): the unit's label (preview, reprint) was asked for (L).
    gallery_requested(int): show the photos full size, from this one.
    evidence_written(object): the return's evidence PDF was written (its Path).
    """

    overridden = Signal(object)
    evidence_written = Signal(object)
    label_requested = Signal()
    gallery_requested = Signal(int)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        detail: UnitDetail,
        thumbnails: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._thumbnails = thumbnails
        self._override: OverrideDialog | None = None
        self.detail = detail
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        self.message = message_line()
        self.message.hide()
        layout.addWidget(self.message)
        columns = QHBoxLayout()
        self.form = QFormLayout()  # the unit and its return
        self.grading = QFormLayout()  # how it was graded, routed and what is recommended
        for form in (self.form, self.grading):
            form.setVerticalSpacing(2)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            columns.addLayout(form, 1)
        layout.addLayout(columns)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 120))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMaximumHeight(160)
        self.photos.setMinimumHeight(150)  # the facts above may grow; the photos stay whole
        self.photos.itemActivated.connect(
            lambda item: self.gallery_requested.emit(self.photos.row(item))
        )
        layout.addWidget(self.photos)
        self.tabs = UnitTabs(station=station)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.override_button = QPushButton(self.tr("&Override grade or route… (Ctrl+O)"))
        buttons.addButton(self.override_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.override_button.clicked.connect(self.ask_override)
        self.label_button = QPushButton(self.tr("[L]  Label…"))
        self.label_button.setShortcut(QKeySequence("L"))
        buttons.addButton(self.label_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.label_button.clicked.connect(self.label_requested)
        # Enter on a photo opens it full size; no letter key, which a scan could contain.
        self.gallery_button = QPushButton(self.tr("Photos full size  [Enter on a photo]"))
        buttons.addButton(self.gallery_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.gallery_button.clicked.connect(lambda: self.gallery_requested.emit(0))
        self.evidence_button = QPushButton(self.tr("&Evidence PDF… (Ctrl+D)"))
        buttons.addButton(self.evidence_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.evidence_button.clicked.connect(self.ask_evidence)
        buttons.rejected.connect(self.reject)
        # No default button: Enter belongs to the focused widget (a photo opens full size),
        # never also to the first button (which opened the override at the same time).
        for button in buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.ask_override)
        QShortcut(QKeySequence("Ctrl+D"), self).activated.connect(self.ask_evidence)
        self.show_detail(detail)

    def show_detail(self, detail: UnitDetail) -> None:
        """Show ``detail`` (again, after an override or a refused one)."""
        self.detail = detail
        insp = detail.inspection
        self.setWindowTitle(self.tr("Unit {lpn}").format(lpn=insp.lpn))
        er = insp.expected
        seconds = (
            self.tr(", {total_seconds:.0f} s scan to label").format(
                total_seconds=(insp.finished_at - insp.started_at).total_seconds()
            )
            if insp.finished_at
            else ""
        )
        currency = self._station.settings.currency
        now, warn = self._station.clock(), self._station.outcomes.policy.warn_hours
        value = money(insp.value, currency)
        overrides = (
            self.tr(" · {count} override(s)").format(count=len(detail.overrides))
            if detail.overrides
            else ""
        )
        left = [
            ("LPN", f"{insp.lpn} · {_status_words(insp.status)}"),
            (
                self.tr("Return"),
                self.tr(
                    "{rma} · order {order_number} · tracking {tracking_number} · {return_type} · "
                    "stated "
                    "reason: {reason}"
                ).format(
                    rma=er.rma,
                    order_number=er.order_number,
                    tracking_number=er.tracking_number or "—",
                    return_type=return_type_words(er.return_type),
                    reason=er.reason or "—",
                )
                if er
                else self.tr("unexpected return (no expected return matched)"),
            ),
            (
                self.tr("Item"),
                f"{insp.sku or '—'} · {insp.description or '—'} · {insp.category or '—'} · {value}",
            ),
            (
                self.tr("Withdrawal"),
                withdrawal_line(er.withdrawal, currency) if er else "—",
            ),
            (
                self.tr("Who"),
                self.tr("{operator} at {bench}, finished {when}{seconds}").format(
                    operator=insp.operator,
                    bench=insp.bench,
                    when=when(insp.finished_at),
                    seconds=seconds,
                ),
            ),
            (
                self.tr("Labels"),
                self.tr("{count} printed or queued, {reprints} after the first").format(
                    count=len(detail.print_jobs), reprints=detail.reprints
                )
                + overrides,
            ),
            (self.tr("Notes"), insp.notes or "—"),
        ]
        right = [
            (self.tr("Receipt"), receipt_line(detail)),
            (self.tr("Grade"), grade_line(detail, self._station.grades)),
            (self.tr("Defects"), defects_line(detail)),
            (self.tr("Route"), route_line(detail)),
            (self.tr("Refund"), recommendation_line(detail, currency)),
            (self.tr("Deadline"), deadline_line(detail.recommendation, now, warn)),
            (self.tr("Photos"), shots_line(detail)),
        ]
        for form, rows in ((self.form, left), (self.grading, right)):
            while form.rowCount():
                form.removeRow(0)
            for label, text in rows:
                value_label = QLabel(text)
                value_label.setWordWrap(True)
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(f"{label}:", value_label)
        self._show_photos(detail)
        self.tabs.show_detail(detail)
        self.override_button.setEnabled(insp.status == "finished")
        self.override_button.setVisible(self.may_override)
        self.label_button.setVisible(insp.status == "finished")
        self.evidence_button.setVisible(self.may_override)

    def summary_text(self) -> str:
        """The facts above the photos, one per line (what a supervisor reads first)."""
        lines = []
        for form in (self.form, self.grading):
            for row in range(form.rowCount()):
                label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label is not None and field is not None:
                    name, value = label.widget(), field.widget()
                    if isinstance(name, QLabel) and isinstance(value, QLabel):
                        lines.append(f"{name.text()} {value.text()}")
        return "\n".join(lines)

    def _show_photos(self, detail: UnitDetail) -> None:
        photos = detail.inspection.photos
        self.photos.clear()
        self.photos.setVisible(bool(photos))
        self.gallery_button.setEnabled(bool(photos))
        for photo in photos:
            shot = self._station.shots.name_of(photo.shot) if photo.shot else photo.source
            item = QListWidgetItem(
                QIcon(QPixmap(self._thumbnails.get(photo.sha256, str(photo.path)))),
                f"{shot} · {photo.taken_at.astimezone():%H:%M:%S}",
            )
            item.setToolTip(
                self.tr("{width}×{height}\nSHA-256 {sha256}").format(
                    width=photo.width, height=photo.height, sha256=photo.sha256
                )
            )
            self.photos.addItem(item)

    def say(self, text: str, level: str = "info") -> None:
        show_message(self.message, text, level)
        self.message.show()

    @property
    def may_override(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    @property
    def evidence_name(self) -> str:
        """The suggested file: evidence-<RMA>.pdf, or -<plate> for a parcel without one."""
        insp = self.detail.inspection
        return file_name(insp.expected.rma if insp.expected else insp.lpn)

    @Slot()
    def ask_evidence(self) -> None:
        if not self.may_override:
            self.say(self.tr("The evidence document needs a supervisor."), "warn")
            return
        path, _kind = QFileDialog.getSaveFileName(
            self,
            self.tr("Evidence PDF"),
            str(Path.home() / self.evidence_name),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.write_evidence(Path(path))

    def write_evidence(self, target: Path) -> None:
        """Write the evidence of the unit's return (all its units) to ``target``."""
        self.say(self.tr("Writing the evidence to {target}…").format(target=target))
        self._tasks.run(
            partial(write_evidence, self._station, self.detail.inspection.lpn, target),
            self._on_evidence_written,
            failure=lambda error: self.say(str(error), "error"),
        )

    def _on_evidence_written(self, path: Path) -> None:
        self.say(self.tr("Evidence written to {path}").format(path=path), "ok")
        self.evidence_written.emit(path)

    @Slot()
    def ask_override(self) -> None:
        if self.detail.inspection.status != "finished":
            return
        if not self.may_override:
            user = self._station.user
            self.say(
                self.tr(
                    "Overriding a grade or route needs a supervisor; {name} is signed in as "
                    "{label}."
                ).format(name=user.name, label=user.role.title),
                "warn",
            )
            return
        self._override = OverrideDialog(
            insp=self.detail.inspection,
            grades=self._station.grades,
            routes=self._station.rules.destinations,
            here=self._station.bench,
            parent=self,
        )
        self._override.accepted.connect(self._on_override_accepted)
        self._override.open()

    @Slot()
    def _on_override_accepted(self) -> None:
        assert self._override is not None
        request = self._override.request()
        seen = self.detail.inspection
        self.say(self.tr("Overriding {lpn}…").format(lpn=seen.lpn))
        self._tasks.run(
            partial(
                overrides.override,
                self._station,
                seen.id,
                seen_version=seen.version,
                reason=request.reason,
                grade=request.grade,
                route=request.route,
                print_at=request.print_at,
            ),
            self._on_overridden,
            failure=self._on_override_failed,
        )

    def _on_overridden(self, done: Overridden) -> None:
        self.show_detail(done.detail)
        insp = done.detail.inspection
        followed = (
            self.tr(" The {words}.").format(words=done.recommendation.words())
            if done.recommendation
            else ""
        )
        self.say(
            self.tr(
                "Overridden: grade {grade}, route {route}. New label queued at "
                "{print_bench}.{followed}"
            ).format(
                grade=insp.grade, route=insp.route, print_bench=done.print_bench, followed=followed
            ),
            "ok",
        )
        self.overridden.emit(done)

    def _on_override_failed(self, error: KnownError) -> None:
        if isinstance(error, StaleUnit):
            self.show_detail(error.current)  # the fresh state, to decide again
        self.say(str(error), "error")


STATUS_WORDS = {
    "open": QT_TRANSLATE_NOOP("InspectionDialog", "open"),
    "finished": QT_TRANSLATE_NOOP("InspectionDialog", "finished"),
    "cancelled": QT_TRANSLATE_NOOP("InspectionDialog", "cancelled"),
}


def _status_words(status: str) -> str:
    """An inspection's state in the window's language (one it does not know, as stored)."""
    words = STATUS_WORDS.get(status)
    return QCoreApplication.translate("InspectionDialog", words) if words else status
