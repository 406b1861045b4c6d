"""Live camera preview and the thumbnails of the photos taken for this unit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QIcon, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from inspect_station.views import PhotoView
from ui.style import heading


class PreviewLabel(QLabel):
    """Signals:
    resized(QSize): the area frames should be scaled to changed.
    """

    resized = Signal(QSize)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size())


class PhotoPanel(QWidget):
    THUMB = QSize(120, 90)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading("Camera  ·  [Space] take photo  ·  [O] photo from file"))
        self.preview = PreviewLabel("Starting camera…")
        self.preview.setObjectName("preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(320, 180)
        layout.addWidget(self.preview, 1)
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.ViewMode.IconMode)
        self.thumbs.setFlow(QListView.Flow.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(self.THUMB)
        self.thumbs.setFixedHeight(self.THUMB.height() + 34)
        self.thumbs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.thumbs)
        self.frames_shown = 0

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        self.preview.setPixmap(QPixmap.fromImage(image))
        self.frames_shown += 1

    def show_camera_state(self, text: str, delivering: bool) -> None:
        if not delivering:
            self.preview.clear()
            self.preview.setText(f"{text}\n\nPhotos can still be added from a file: [O]")

    def set_photos(self, photos: tuple[PhotoView, ...], thumbnails: dict[str, str]) -> None:
        self.thumbs.clear()
        for photo in photos:
            self.add_photo(photo, thumbnails.get(photo.sha256, str(photo.path)))

    def add_photo(self, photo: PhotoView, thumbnail: str) -> None:
        item = QListWidgetItem(
            QIcon(QPixmap(thumbnail)), f"{photo.source} {photo.taken_at.astimezone():%H:%M:%S}"
        )
        item.setData(Qt.ItemDataRole.UserRole, photo.sha256)
        item.setToolTip(f"{photo.width}×{photo.height} · {photo.sha256[:16]}…")
        self.thumbs.addItem(item)
        self.thumbs.scrollToItem(item)
