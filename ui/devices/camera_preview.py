"""The live camera picture, with what the camera is doing and which photo comes next on top.

Frames arrive already scaled by the camera worker; this widget keeps the newest and paints it.
It also measures its own cost: the UI thread's time per shown frame (the slot that takes the
frame plus the paint that shows it), the figure the 16 ms budget is about.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BACK_SHOWN_MS = 3000
_BACKGROUND = QColor("#101418")
_BANNERS = {
    "error": (QColor(179, 38, 30, 230), QColor("#ffffff")),
    "ok": (QColor(27, 127, 59, 230), QColor("#ffffff")),
    "info": (QColor(16, 20, 24, 200), QColor("#e4e7eb")),
}


class CameraPreview(QWidget):
    """Signals:
    resized(QSize): the area frames should be scaled to changed.
    """

    resized = Signal(QSize)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._state = self.tr("Starting camera…")
        self._level = "info"
        self._delivering = False
        self._caption = ""
        self._back = QTimer(self)
        self._back.setSingleShot(True)
        self._back.setInterval(BACK_SHOWN_MS)
        self._back.timeout.connect(self._on_back_timeout)
        self._pending_ms = 0.0
        self.frames_shown = 0
        # UI-thread milliseconds per painted frame: taking it in, plus painting it.
        self.ui_ms: deque[float] = deque(maxlen=5000)

    def text(self) -> str:
        """What the preview says about the camera ("" while it simply shows the picture)."""
        return self._state

    @Slot(QImage)
    def show_frame(self, image: QImage) -> None:
        started = time.perf_counter()
        self._image = image
        self.frames_shown += 1
        self.update()
        self._pending_ms += (time.perf_counter() - started) * 1000

    def show_state(self, text: str, delivering: bool) -> None:
        self._delivering = delivering
        if not delivering:
            self._state, self._level = (
                self.tr("{text}\nPhotos can still be added from a file: [O]").format(text=text),
                "error",
            )
            self._back.stop()
        elif text.startswith("Camera back"):
            self._state, self._level = text, "ok"
            self._back.start()
        else:
            self._state, self._level = "", "info"
        self.update()

    def set_caption(self, text: str) -> None:
        """The line along the bottom: which photo the next capture takes."""
        self._caption = text
        self.update()

    @Slot()
    def _on_back_timeout(self) -> None:
        if self._level == "ok":
            self._state = ""
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit(event.size())

    def paintEvent(self, event: QPaintEvent) -> None:
        started = time.perf_counter()
        painter = QPainter(self)
        painter.fillRect(self.rect(), _BACKGROUND)
        target = self.shown_rect()
        if self._image is not None and target is not None:
            painter.drawImage(target, self._image)
            if not self._delivering:
                painter.fillRect(target, QColor(16, 20, 24, 150))  # an old picture, dimmed
        if self._state:
            self._banner(painter, self._state, self._level, top=True)
        if self._caption and self._delivering:
            self._banner(painter, self._caption, "info", top=False)
        painter.end()
        if self._pending_ms:
            self.ui_ms.append(self._pending_ms + (time.perf_counter() - started) * 1000)
            self._pending_ms = 0.0

    def shown_rect(self) -> QRect | None:
        """Where the picture is painted (centred, aspect kept), or None without one."""
        if self._image is None or self._image.isNull():
            return None
        # The worker scaled the frame to this widget already: only centre it.
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRect(0, 0, size.width(), size.height())
        target.moveCenter(self.rect().center())
        return target

    def _banner(self, painter: QPainter, text: str, level: str, *, top: bool) -> None:
        fill, ink = _BANNERS[level]
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * (1.1 if top else 1.25)))
        font.setBold(True)
        painter.setFont(font)
        width = self.width() - 24
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        bounds = painter.boundingRect(QRect(0, 0, width, 400), flags, text)
        height = bounds.height() + 16
        box = QRect(8, 8 if top else self.height() - height - 8, self.width() - 16, height)
        painter.fillRect(box, fill)
        painter.setPen(ink)
        painter.drawText(box.adjusted(4, 0, -4, 0), flags, text)
