"""The "retake?" question after a poor photo: [R] retake or [K] keep, from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

PICTURE_WIDTH = 160


class QualityPrompt(QFrame):
    """Signals:
    retake_clicked(): the worker chose to take the photo again.
    keep_clicked(): the worker keeps the photo as it is.
    """

    retake_clicked = Signal()
    keep_clicked = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityPrompt")
        self.setStyleSheet(
            "QFrame#qualityPrompt { background: #ffd166; border: 2px solid #c77700; "
            "border-radius: 4px; } QLabel { color: #1f2933; font-size: 16px; }"
        )
        layout = QHBoxLayout(self)
        self.picture = QLabel()  # the photo in question, small
        self.picture.setFixedWidth(PICTURE_WIDTH)
        layout.addWidget(self.picture)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.retake = QPushButton(self.tr("[R] Retake"))
        self.keep = QPushButton(self.tr("[K] Keep anyway"))
        for button, signal in ((self.retake, self.retake_clicked), (self.keep, self.keep_clicked)):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            layout.addWidget(button)
        self.hide()

    def ask(self, text: str, picture: QImage | None = None) -> None:
        self.text.setText(text)
        if picture is None or picture.isNull():
            self.picture.clear()
        else:
            scaled = picture.scaledToWidth(
                PICTURE_WIDTH, Qt.TransformationMode.SmoothTransformation
            )
            self.picture.setPixmap(QPixmap.fromImage(scaled))
        self.show()
