"""One unit on the desk: the inspection, its photos, lines, labels and timeline; overrides.

Enter on a photo of the strip (or the button) asks for the gallery (``gallery_requested``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from inspect_station import overrides
from inspect_station.errors import KnownError
from inspect_station.overrides import Overridden, StaleUnit
from inspect_station.station import Station
from inspect_station.unit_detail import UnitDetail
from ui.override_dialog import OverrideDialog
from ui.style import MESSAGE_COLOURS
from ui.tasks import TaskRunner


def _when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class InspectionDialog(QDialog):
    """Signals:
    overridden(object): an override was applied (inspect_station.overrides.Overridden).
    label_requested(): the unit's label (preview, reprint) was asked for (L).
    gallery_requested(int): show the photos full size, from this one.
    """

    overridden = Signal(object)
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
        self.resize(980, 720)
        layout = QVBoxLayout(self)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.photo_count = QLabel("")
        layout.addWidget(self.photo_count)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(256, 192))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMaximumHeight(240)
        self.photos.itemActivated.connect(
            lambda item: self.gallery_requested.emit(self.photos.row(item))
        )
        layout.addWidget(self.photos)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.override_button = QPushButton("&Override grade or route… (Ctrl+O)")
        buttons.addButton(self.override_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.override_button.clicked.connect(self.ask_override)
        self.label_button = QPushButton("[L]  Label…")
        self.label_button.setShortcut(QKeySequence("L"))
        buttons.addButton(self.label_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.label_button.clicked.connect(self.label_requested)
        # Enter on a photo opens it full size; no letter key, which a scan could contain.
        self.gallery_button = QPushButton("Photos full size  [Enter on a photo]")
        buttons.addButton(self.gallery_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.gallery_button.clicked.connect(lambda: self.gallery_requested.emit(0))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+O"), self).activated.connect(self.ask_override)
        self.show_detail(detail)

    def show_detail(self, detail: UnitDetail) -> None:
        """Show ``detail`` (again, after an override or a refused one)."""
        self.detail = detail
        insp = detail.inspection
        self.setWindowTitle(f"Unit {insp.lpn}")
        while self.form.rowCount():
            self.form.removeRow(0)
        er = insp.expected
        seconds = (
            f", {(insp.finished_at - insp.started_at).total_seconds():.0f} s scan to label"
            if insp.finished_at
            else ""
        )
        grade = self._station.grades
        grade_name = grade.get(insp.grade).name if insp.grade in grade.codes else ""
        rows = [
            ("LPN", insp.lpn),
            (
                "Return",
                f"{er.rma} · order {er.order_number} · tracking {er.tracking_number or '—'} · "
                f"{er.return_type} · stated reason: {er.reason or '—'}"
                if er
                else "unexpected return (no expected return matched)",
            ),
            (
                "Item",
                f"{insp.sku or '—'} · {insp.description or '—'} · {insp.category or '—'} · "
                f"value {insp.value if insp.value is not None else '—'}",
            ),
            ("Grade", f"{insp.grade or '—'} {grade_name}"),
            (
                "Route",
                f"{insp.route or '—'} — rule {insp.rule_id or '—'}: {insp.rule_explanation or ''}"
                f" (rules {detail.rules_version or '—'})",
            ),
            ("Notes", insp.notes or "—"),
            (
                "Who",
                f"{insp.operator} at {insp.bench}, finished {_when(insp.finished_at)}{seconds}",
            ),
            (
                "Labels",
                f"{len(detail.print_jobs)} printed or queued, {detail.reprints} after the first",
            ),
            ("Overrides", str(len(detail.overrides)) if detail.overrides else "none"),
        ]
        for label, value in rows:
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(f"{label}:", text)
        self._show_photos(detail)
        self._show_tabs(detail)
        self.override_button.setEnabled(insp.status == "finished")
        self.label_button.setVisible(insp.status == "finished")

    def _show_photos(self, detail: UnitDetail) -> None:
        photos = detail.inspection.photos
        self.photo_count.setText(f"{len(photos)} photo(s)")
        self.photos.clear()
        self.gallery_button.setEnabled(bool(photos))
        for photo in photos:
            shot = self._station.shots.name_of(photo.shot) if photo.shot else photo.source
            item = QListWidgetItem(
                QIcon(QPixmap(self._thumbnails.get(photo.sha256, str(photo.path)))),
                f"{shot} · {photo.taken_at.astimezone():%H:%M:%S}",
            )
            item.setToolTip(f"{photo.width}×{photo.height}\nSHA-256 {photo.sha256}")
            self.photos.addItem(item)

    def _show_tabs(self, detail: UnitDetail) -> None:
        current = self.tabs.currentIndex()
        self.tabs.clear()
        er = detail.inspection.expected
        lines = [
            (
                str(line.line_no),
                line.sku,
                line.ean or "",
                line.description,
                str(line.quantity),
                f"{line.unit_price:,.2f}",
                str(line.received),
                "◀ this unit" if line.id == detail.inspection.line_id else "",
            )
            for line in (er.lines if er else ())
        ]
        header = ("line", "SKU", "EAN", "description", "qty", "price", "received", "")
        self.tabs.addTab(_table(header, lines), f"&Lines ({len(lines)})")
        jobs = [
            (
                _when(job.created_at),
                job.bench,
                job.printer,
                job.state,
                str(job.attempts),
                job.reason or "first label",
                job.output or job.last_error or "",
            )
            for job in detail.print_jobs
        ]
        header = ("queued", "bench", "printer", "state", "tries", "why", "sent to / problem")
        self.tabs.addTab(_table(header, jobs), f"L&abels ({len(jobs)})")
        events = [(_when(e.at), e.actor, e.bench, e.text) for e in detail.timeline]
        self.tabs.addTab(
            _table(("when", "who", "bench", "what"), events), f"&Timeline ({len(events)})"
        )
        self.tabs.setCurrentIndex(max(0, current))

    def say(self, text: str, level: str = "info") -> None:
        fg, bg = MESSAGE_COLOURS[level]
        self.message.setStyleSheet(f"color: {fg}; background: {bg};")
        self.message.setText(text)
        self.message.show()

    @Slot()
    def ask_override(self) -> None:
        if self.detail.inspection.status != "finished":
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
        self.say(f"Overriding {seen.lpn}…")
        self._tasks.run(
            overrides.override,
            self._station,
            seen.id,
            seen_version=seen.version,
            reason=request.reason,
            grade=request.grade,
            route=request.route,
            print_at=request.print_at,
            on_done=self._on_overridden,
            on_error=self._on_override_failed,
        )

    def _on_overridden(self, done: Overridden) -> None:
        self.show_detail(done.detail)
        insp = done.detail.inspection
        self.say(
            f"Overridden: grade {insp.grade}, route {insp.route}. "
            f"New label queued at {done.print_bench}.",
            "ok",
        )
        self.overridden.emit(done)

    def _on_override_failed(self, error: KnownError) -> None:
        if isinstance(error, StaleUnit):
            self.show_detail(error.current)  # the fresh state, to decide again
        self.say(str(error), "error")
