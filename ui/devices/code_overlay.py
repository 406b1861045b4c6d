"""Outlines of the codes the camera decoder sees, drawn over the live preview.

A transparent child of the preview, sized to it: the preview widget itself is not changed.
Corners arrive in camera-frame pixels and are mapped onto the scaled picture the preview
paints (``CameraPreview.shown_rect``). An outline fades when its code has not been seen for a
moment, so it follows the parcel instead of lingering where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from inspect_station.identify.decoding import Decoded
from ui.devices.camera_preview import CameraPreview

HOLD_MS = 700
_OUTLINE = QColor(40, 200, 90)
_FILL = QColor(40, 200, 90, 50)


class CodeOverlay(QWidget):
    def __init__(self, *, preview: CameraPreview) -> None:
        super().__init__(preview)
        self._preview = preview
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.codes: list[Decoded] = []
        self._frame = QSize()
        self._fade = QTimer(self)
        self._fade.setSingleShot(True)
        self._fade.setInterval(HOLD_MS)
        self._fade.timeout.connect(self._on_fade_timeout)
        preview.installEventFilter(self)
        self.setGeometry(preview.rect())
        self.show()

    @Slot(object, QSize)
    def show_codes(self, codes: list[Decoded], frame: QSize) -> None:
        if not codes:
            return
        seen = [(code.format, code.text) for code in codes]
        changed = seen != [(code.format, code.text) for code in self.codes]
        self.codes, self._frame = list(codes), QSize(frame)
        self._fade.start()
        if changed:
            self.update()
        # Otherwise the same codes only moved: the preview repaints itself for every camera
        # frame, and this overlay with it, so the outline follows without a repaint of its own.
        # Repainting here too would paint the whole preview a second time for every decoded
        # frame (the overlay is transparent: Qt paints what lies under it first).

    def outlines(self) -> list[QPolygonF]:
        """Each code's outline in this widget's coordinates (empty without a picture)."""
        shown = self._shown_rect()
        if shown is None or self._frame.isEmpty():
            return []
        sx = shown.width() / self._frame.width()
        sy = shown.height() / self._frame.height()
        return [
            QPolygonF([QPointF(shown.x() + x * sx, shown.y() + y * sy) for x, y in code.corners])
            for code in self.codes
            if code.corners
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._preview and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._preview.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.codes:
            return  # painted with every preview frame: with nothing to outline, do nothing
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        for code, outline in zip(self.codes, self.outlines(), strict=False):
            painter.setPen(QPen(_OUTLINE, 3))
            painter.setBrush(_FILL)
            painter.drawPolygon(outline)
            box = outline.boundingRect()
            label = f"{code.format}  {code.text}"
            width = painter.fontMetrics().horizontalAdvance(label) + 12
            tag = QRectF(box.left(), box.top() - 24, width, 22)
            if tag.top() < 0:
                tag.moveTop(box.bottom() + 2)
            painter.fillRect(tag, _OUTLINE)
            painter.setPen(Qt.GlobalColor.white)
            painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)
        painter.end()

    def _shown_rect(self) -> QRectF | None:
        shown = self._preview.shown_rect()
        return QRectF(shown) if shown is not None else None

    @Slot()
    def _on_fade_timeout(self) -> None:
        self.codes = []
        self.update()
