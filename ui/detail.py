"""One inspection with its photos, opened from History."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.views import InspectionView


class InspectionDialog(QDialog):
    """Signals:
    label_requested(): the label preview was asked for (L).
    gallery_requested(int): show the photos full size, from this one.
    """

    label_requested = Signal()
    gallery_requested = Signal(int)

    def __init__(
        self, insp: InspectionView, thumbnails: dict[str, str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Inspection {insp.lpn}")
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        er = insp.expected
        finished = (
            insp.finished_at.astimezone().strftime("%Y-%m-%d %H:%M:%S") if insp.finished_at else "—"
        )
        for label, value in (
            ("LPN", insp.lpn),
            (
                "Return",
                f"{er.rma} · {er.order_number} · {er.reason}" if er else "unexpected return",
            ),
            ("Item", f"{insp.sku or '—'} · {insp.description or '—'}"),
            ("Grade", insp.grade or "—"),
            ("Route", f"{insp.route or '—'}  ({insp.rule_explanation or ''})"),
            ("Notes", insp.notes or "—"),
            ("Who", f"{insp.operator} at {insp.bench}, finished {finished}"),
            ("Status", insp.status),
        ):
            text = QLabel(value)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(f"{label}:", text)
        layout.addLayout(form)
        layout.addWidget(QLabel(f"{len(insp.photos)} photo(s)"))
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(256, 192))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        for photo in insp.photos:
            item = QListWidgetItem(
                QIcon(QPixmap(thumbnails.get(photo.sha256, str(photo.path)))),
                f"{photo.source} · {photo.taken_at.astimezone():%H:%M:%S}",
            )
            item.setToolTip(f"{photo.width}×{photo.height}\nSHA-256 {photo.sha256}")
            self.photos.addItem(item)
        layout.addWidget(self.photos, 1)
        self.photos.itemActivated.connect(
            lambda item: self.gallery_requested.emit(self.photos.row(item))
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        # Enter on a photo opens it full size; no letter key, which a scan could contain.
        self.gallery = QPushButton("Photos full size  [Enter on a photo]")
        self.gallery.setEnabled(bool(insp.photos))
        self.gallery.clicked.connect(lambda: self.gallery_requested.emit(0))
        buttons.addButton(self.gallery, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        if insp.status == "finished":
            label = buttons.addButton("[L]  Label…", QDialogButtonBox.ButtonRole.ActionRole)
            label.setShortcut(QKeySequence("L"))
            label.clicked.connect(self.label_requested)
        layout.addWidget(buttons)
