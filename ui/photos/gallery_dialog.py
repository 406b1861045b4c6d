"""One unit's photos at full size: zoom, step through them, and what each one is.

Opened from the bench ([G]) and from History's unit dialog through :func:`open_gallery`.
Everything is loaded on the task runner: the unit and its photo rows first, then each picture
as it is shown, so a photo on a slow network share never stalls the window.

Keys: ← → (or Page Up/Down, Home/End) step, + − zoom, 0 fit, 1 actual pixels, Esc closes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from inspect_station.bench import inspection, unit_photos
from inspect_station.bench.views import InspectionView
from inspect_station.photos.views import PhotoView
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

ZOOM_STEP = 1.25


@dataclass(frozen=True)
class _Unit:
    inspection: InspectionView
    thumbnails: dict[str, str]
    missing: tuple[list[str], str] | None


def open_gallery(
    parent: QWidget,
    *,
    station: Station,
    tasks: TaskRunner,
    inspection_id: uuid.UUID,
    start_at: int = 0,
) -> GalleryDialog:
    """Open the gallery of one unit (non-modal for tests: it shows once loaded)."""
    dialog = GalleryDialog(station=station, tasks=tasks, parent=parent)
    dialog.load(inspection_id, start_at)
    dialog.open()
    return dialog


class ZoomView(QGraphicsView):
    """A picture that fits the view until zoomed; drag to pan, wheel to zoom."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self._item = QGraphicsPixmapItem()
        self._item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._item)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        # No scroll bars: dragging pans, and a fit does not change with their coming and going.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.black)
        self.fitted = True

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_picture(self, pixmap: QPixmap) -> None:
        self._item.setPixmap(pixmap)
        self.scene().setSceneRect(self._item.boundingRect())
        self.fit()

    def fit(self) -> None:
        self.fitted = True
        self.resetTransform()
        if not self._item.pixmap().isNull():
            self.fitInView(self._item, Qt.AspectRatioMode.KeepAspectRatio)

    def actual_size(self) -> None:
        self.fitted = False
        self.resetTransform()

    def zoom_by(self, factor: float) -> None:
        new = self.zoom * factor
        if 0.02 <= new <= 16:
            self.fitted = False
            self.scale(factor, factor)

    def wheelEvent(self, event: object) -> None:
        delta = event.angleDelta().y()  # type: ignore[attr-defined]
        self.zoom_by(ZOOM_STEP if delta > 0 else 1 / ZOOM_STEP)

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fitted:
            self.fit()


class GalleryDialog(QDialog):
    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._photos: tuple[PhotoView, ...] = ()
        self._pictures: dict[str, QPixmap] = {}
        self.index = -1
        self.showing: str | None = None  # the picture on display (None: a notice)
        self.setWindowTitle(self.tr("Photos"))
        self.resize(1200, 760)
        outer = QVBoxLayout(self)
        self.header = QLabel(self.tr("Loading…"))
        self.header.setObjectName("galleryHeader")
        self.header.setWordWrap(True)
        self.header.setStyleSheet("font-size: 16px; font-weight: bold;")
        outer.addWidget(self.header)
        middle = QHBoxLayout()
        self.view = ZoomView()
        middle.addWidget(self.view, 3)
        self.info = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for name, title in (
            ("Photo", self.tr("Photo")),
            ("Shot", self.tr("Shot")),
            ("Taken", self.tr("Taken")),
            ("By", self.tr("By")),
            ("Picture", self.tr("Picture")),
            ("Quality", self.tr("Quality")),
            ("Figures", self.tr("Figures")),
            ("Code", self.tr("Code")),
            ("SHA-256", "SHA-256"),
        ):
            label = QLabel("—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setMinimumWidth(260)
            self.fields[name] = label
            self.info.addRow(self.tr("{title}:").format(title=title), label)
        self.fields["SHA-256"].setStyleSheet("font-family: monospace;")
        side = QWidget()
        side.setLayout(self.info)
        side.setMaximumWidth(380)
        middle.addWidget(side, 1)
        outer.addLayout(middle, 1)
        self.notice = QLabel("")
        self.notice.setObjectName("galleryNotice")
        self.notice.setStyleSheet("color: #b3261e; font-weight: bold;")
        outer.addWidget(self.notice)
        self.strip = QListWidget()
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(96, 72))
        self.strip.setFixedHeight(108)
        self.strip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.strip.currentRowChanged.connect(self._on_strip_current_row_changed)
        outer.addWidget(self.strip)
        outer.addWidget(
            QLabel(
                self.tr(
                    "← → step  ·  + − zoom  ·  0 fit  ·  1 actual pixels  ·  drag to pan  ·  Esc "
                    "close"
                )
            )
        )
        for keys, slot in (
            # Only keys no scanner types: a printable shortcut would fire in the middle of a scan.
            (("Right", "PgDown"), lambda: self.step(1)),
            (("Left", "PgUp"), lambda: self.step(-1)),
            (("Home",), lambda: self.show_photo(0)),
            (("End",), lambda: self.show_photo(len(self._photos) - 1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self).activated.connect(slot)

    # -- loading --------------------------------------------------------------------------
    def load(self, inspection_id: uuid.UUID, start_at: int = 0) -> None:
        self._tasks.run(
            partial(self._load_unit, inspection_id),
            lambda unit: self._on_unit(unit, start_at),
            failure=lambda error: self.header.setText(str(error)),
        )

    def _load_unit(self, inspection_id: uuid.UUID) -> _Unit:
        insp = inspection.inspection_detail(self._station, inspection_id)
        thumbs = {}
        for photo in insp.photos:
            if photo.purged_at is None and photo.path.is_file():
                thumbs[photo.sha256] = str(self._station.photos.thumbnail(photo.sha256, 160))
        return _Unit(insp, thumbs, unit_photos.missing_accepted(self._station, inspection_id))

    def _on_unit(self, unit: _Unit, start_at: int) -> None:
        insp = unit.inspection
        self._photos = insp.photos
        self.setWindowTitle(self.tr("Photos of {lpn}").format(lpn=insp.lpn))
        parts = [
            insp.lpn,
            insp.sku or "",
            insp.description or "",
            self.tr("{count} photo(s)").format(count=len(self._photos)),
        ]
        text = " · ".join(part for part in parts if part)
        if unit.missing is not None:
            codes, reason = unit.missing
            names = ", ".join(self._station.shots.name_of(code) for code in codes)
            text += self.tr("\nFinished without {names}: “{reason}”").format(
                names=names, reason=reason
            )
        self.header.setText(text)
        self.strip.clear()
        for n, photo in enumerate(self._photos, start=1):
            thumb = unit.thumbnails.get(photo.sha256)
            icon = QIcon(QPixmap(thumb)) if thumb else QIcon()
            warn = " ⚠" if photo.quality is not None and not photo.quality.ok else ""
            name = self._station.shots.name_of(photo.shot)
            self.strip.addItem(QListWidgetItem(icon, f"{n}. {name}{warn}"))
        if self._photos:
            self.show_photo(max(0, min(start_at, len(self._photos) - 1)))
        else:
            self.fields["Photo"].setText(self.tr("This unit has no photos."))

    # -- showing --------------------------------------------------------------------------
    def step(self, delta: int) -> None:
        if self._photos:
            self.show_photo((self.index + delta) % len(self._photos))

    def show_photo(self, index: int) -> None:
        if not 0 <= index < len(self._photos):
            return
        self.index = index
        photo = self._photos[index]
        self.strip.blockSignals(True)
        self.strip.setCurrentRow(index)
        self.strip.blockSignals(False)
        self._describe(photo)
        self.notice.setText("")
        if photo.purged_at is not None:
            when = photo.purged_at.astimezone().strftime("%Y-%m-%d")
            self._placeholder(
                self.tr("Purged on {when} under the retention rule; the record remains.").format(
                    when=when
                )
            )
        elif photo.sha256 in self._pictures:
            self._show_picture(photo.sha256)
        else:
            self._placeholder(self.tr("Loading…"), notice=False)
            sha = photo.sha256
            self._tasks.run(
                partial(_read_picture, photo.path),
                lambda image: self._on_picture(sha, image),
                failure=lambda error: self._placeholder(str(error)),
            )

    def _on_picture(self, sha: str, image: QImage | None) -> None:
        if image is None:
            self._placeholder(self.tr("The file is missing from the photo store."))
            return
        if len(self._pictures) >= 6:
            self._pictures.pop(next(iter(self._pictures)))
        self._pictures[sha] = QPixmap.fromImage(image)
        if 0 <= self.index < len(self._photos) and self._photos[self.index].sha256 == sha:
            self._show_picture(sha)

    def _show_picture(self, sha: str) -> None:
        self.view.set_picture(self._pictures[sha])
        self.showing = sha

    def _placeholder(self, text: str, *, notice: bool = True) -> None:
        if notice:
            self.notice.setText(text)
        self.showing = None
        pixmap = QPixmap(640, 360)
        pixmap.fill(Qt.GlobalColor.darkGray)
        painter = QPainter(pixmap)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(
            pixmap.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text
        )
        painter.end()
        self.view.set_picture(pixmap)

    def _describe(self, photo: PhotoView) -> None:
        shots = self._station.shots
        quality = photo.quality
        if quality is None:
            verdict = self.tr("not measured")
        elif quality.ok:
            verdict = self.tr("good")
        else:
            verdict = self.tr("kept despite: ") + "; ".join(quality.issues)
        values = {
            "Photo": self.tr("{index} of {count}").format(
                index=self.index + 1, count=len(self._photos)
            ),
            "Shot": shots.name_of(photo.shot),
            "Taken": photo.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
            "By": self.tr("{operator} at {bench}").format(
                operator=photo.operator or "—", bench=photo.bench or "—"
            ),
            "Picture": self.tr("{width}×{height}, {size_bytes:.0f} KB, ").format(
                width=photo.width, height=photo.height, size_bytes=photo.size_bytes / 1024
            )
            + (
                self.tr("file {original_name}").format(original_name=photo.original_name)
                if photo.original_name
                else photo.source
            ),
            "Quality": verdict,
            "Figures": quality.summary if quality is not None else "—",
            "Code": f"{photo.code_format} {photo.code_text}"
            if photo.code_text
            else self.tr("none seen"),
            # Two lines of 32: a hash does not wrap by itself.
            "SHA-256": f"{photo.sha256[:32]}\n{photo.sha256[32:]}",
        }
        for name, value in values.items():
            self.fields[name].setText(value)
        self.fields["Quality"].setStyleSheet(
            "" if quality is None or quality.ok else "color: #b3261e; font-weight: bold;"
        )

    @Slot(int)
    def _on_strip_current_row_changed(self, row: int) -> None:
        if row != self.index:
            self.show_photo(row)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Printable keys arrive here (after the scanner's hold), not through shortcuts.
        text = event.text()
        if text in ("+", "="):
            self.view.zoom_by(ZOOM_STEP)
        elif text == "-":
            self.view.zoom_by(1 / ZOOM_STEP)
        elif text == "0":
            self.view.fit()
        elif text == "1":
            self.view.actual_size()
        else:
            super().keyPressEvent(event)


def _read_picture(path: Path) -> QImage | None:
    """Decode a stored photo on the worker thread (QImage, unlike QPixmap, may be made there)."""
    image = QImage(str(path))
    return None if image.isNull() else image
