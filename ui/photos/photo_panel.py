"""The photo column of the bench: shots needed, live camera, the retake question, thumbnails."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.photos.shots import ShotCatalogue
from inspect_station.photos.views import PhotoView
from ui.devices.camera_preview import CameraPreview
from ui.photos.quality_prompt import QualityPrompt
from ui.photos.shot_bar import ShotBar
from ui.style import heading


class PhotoPanel(QWidget):
    """Signals:
    capture_clicked(): the take-photo button was pressed.
    photo_activated(int): a thumbnail was opened (its position), to show it full size.
    """

    THUMB = QSize(120, 90)
    capture_clicked = Signal()
    photo_activated = Signal(int)

    def __init__(
        self, *, shots: ShotCatalogue, pedal_key: str = "F9", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._shots = shots
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(
            heading(self.tr("Camera · [Ctrl+1–9] shot, in this order · [O] file · [G] full size")),
            1,
        )
        self.capture = QPushButton(
            self.tr("[Space] / [{pedal_key}]  Take photo").format(pedal_key=pedal_key)
        )
        self.capture.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.capture.clicked.connect(self.capture_clicked)
        top.addWidget(self.capture)
        layout.addLayout(top)
        self.shot_bar = ShotBar()
        layout.addWidget(self.shot_bar)
        self.preview = CameraPreview()
        layout.addWidget(self.preview, 1)
        self.prompt = QualityPrompt()
        layout.addWidget(self.prompt)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(self.THUMB)
        self.thumbs.setFixedHeight(self.THUMB.height() + 40)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.thumbs.itemActivated.connect(
            lambda item: self.photo_activated.emit(self.thumbs.row(item))
        )
        layout.addWidget(self.thumbs)

    @property
    def frames_shown(self) -> int:
        return self.preview.frames_shown

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self.preview.show_frame(image)

    def show_camera_state(self, text: str, delivering: bool) -> None:
        self.preview.show_state(text, delivering)

    def set_photos(self, photos: tuple[PhotoView, ...], thumbnails: dict[str, str]) -> None:
        self.thumbs.clear()
        for photo in photos:
            self.add_photo(photo, thumbnails.get(photo.sha256, str(photo.path)))

    def add_photo(self, photo: PhotoView, thumbnail: str) -> None:
        number = self.thumbs.count() + 1
        warn = " ⚠" if photo.quality is not None and not photo.quality.ok else ""
        item = QListWidgetItem(
            QIcon(QPixmap(thumbnail)), f"{number}. {self._shots.name_of(photo.shot)}{warn}"
        )
        item.setData(Qt.ItemDataRole.UserRole, photo.sha256)
        item.setToolTip(describe(photo))
        self.thumbs.addItem(item)
        self.thumbs.scrollToItem(item)


def describe(photo: PhotoView) -> str:
    """Several lines about one photo: size, quality, code, who and when."""
    lines = [
        QCoreApplication.translate(
            "PhotoPanel", "{width}×{height} · {size_bytes:.0f} KB · {source}"
        ).format(
            width=photo.width,
            height=photo.height,
            size_bytes=photo.size_bytes / 1024,
            source=photo.source,
        )
    ]
    if photo.quality is not None:
        lines.append(photo.quality.summary)
        lines += [f"⚠ {issue}" for issue in photo.quality.issues]
    if photo.code_text:
        lines.append(f"{photo.code_format} {photo.code_text}")
    when = photo.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    lines.append(
        QCoreApplication.translate("PhotoPanel", "{operator} at {bench}, {when}").format(
            operator=photo.operator or "—", bench=photo.bench or "—", when=when
        )
    )
    lines.append(
        QCoreApplication.translate("PhotoPanel", "SHA-256 {sha256}").format(sha256=photo.sha256)
    )
    return "\n".join(lines)
