"""Taking the photos of the unit on the bench: which shot is next, capture, retake or keep.

The bench hands its keys here (Space or the pedal, Ctrl+1–9, R, K, O, G); every store call runs on
the task runner. A photo the quality check finds poor comes back without being stored, and the
panel asks "retake?": R drops it (Space takes a new one), K keeps it with its figures.

A deduction from the refund must be shown in a photo of its own defect: while a deduction of
the open unit has none, the next photo is a close-up of that defect, and the photo records it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import cv2
import numpy as np
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QFileDialog, QWidget

from inspect_station.app.errors import KnownError
from inspect_station.bench import unit_photos
from inspect_station.bench.views import InspectionView
from inspect_station.photos.shots import EXTRA, ShotType
from inspect_station.photos.views import PhotoView
from ui.devices.camera import Camera
from ui.photos.gallery_dialog import GalleryDialog, open_gallery
from ui.photos.photo_panel import PhotoPanel
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class PhotoFlow(QObject):
    """Signals:
    message(str, str): a line for the bench's message area, and its level.
    photo_added(object): a PhotoView stored for the open unit.
    """

    message = Signal(str, str)
    photo_added = Signal(object)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        camera: Camera,
        panel: PhotoPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._camera = camera
        self._panel = panel
        self._unit: InspectionView | None = None
        self._taken: list[str | None] = []
        self._pending: list[str] = []  # shots of photos on their way to the store
        self._chosen: str | None = None  # picked with Ctrl+number for the next photo only
        # (frame or path, shot, source, the defect it shows)
        self._review: tuple[Any, str, str, str | None] | None = None
        self._proof_wanted: tuple[tuple[str, str], ...] = ()  # (defect, label) of deductions
        self._shown: list[str] = []  # defects the unit's photos show, stored or on their way
        self.gallery: GalleryDialog | None = None
        panel.capture_clicked.connect(self.capture)
        panel.prompt.retake_clicked.connect(self.retake)
        panel.prompt.keep_clicked.connect(self.keep)
        panel.photo_activated.connect(self._on_panel_photo_activated)
        self._show()

    # -- state ----------------------------------------------------------------------------
    def set_unit(self, insp: InspectionView | None) -> None:
        """A unit was opened (or resumed) or left the bench."""
        self._unit = insp
        self._taken = [photo.shot for photo in insp.photos] if insp else []
        self._shown = [photo.defect for photo in insp.photos if photo.defect] if insp else []
        self._proof_wanted = ()
        self._pending.clear()
        self._chosen = None
        self._drop_review()
        self._show()

    def set_deductions(self, wanted: tuple[tuple[str, str], ...]) -> None:
        """The deductions the unit's assessment makes now: (defect id, label) each."""
        if wanted != self._proof_wanted:
            self._proof_wanted = wanted
            self._show()

    @property
    def proof_target(self) -> tuple[str, str] | None:
        """The first deduction no photo shows yet: the next photo's subject."""
        return next((w for w in self._proof_wanted if w[0] not in self._shown), None)

    @property
    def reviewing(self) -> bool:
        return self._review is not None

    @property
    def next_shot(self) -> ShotType | None:
        if self._unit is None:
            return None
        if self._chosen is not None:
            return self._station.shots.get(self._chosen)
        if self.proof_target is not None:
            return self._station.shots.get(_proof_shot(self._station.shots.codes))
        taken = [*self._taken, *self._pending]
        return self._station.shots.next_shot(self._unit.category, taken)

    def missing_for(self, grade: str | None) -> tuple[ShotType, ...]:
        """Required shots the unit still lacks at ``grade`` (none when not required).

        Photos on their way count as taken: the task runner stores them before it finishes
        the unit, and one that is refused after all makes the finish refuse too.
        """
        if self._unit is None or not self._station.settings.require_shots:
            return ()
        taken = [*self._taken, *self._pending]
        return self._station.shots.missing(self._unit.category, taken, grade)

    def _show(self) -> None:
        shots = self._station.shots
        nxt = self.next_shot
        if self._unit is None or nxt is None:
            self._panel.shot_bar.clear()
            self._panel.preview.set_caption("")
            return
        category = self._unit.category
        self._panel.shot_bar.show_plan(
            shots.choices(category),
            required=shots.required(category) if self._station.settings.require_shots else (),
            taken={code for code in self._taken if code},
            next_code=nxt.code,
        )
        number = next(
            (n for n, s in enumerate(shots.choices(category), start=1) if s.code == nxt.code), 0
        )
        extra = self.tr(" (extra)") if nxt.code == EXTRA else ""
        target = self.proof_target if self._chosen is None else None
        if target is not None:
            self._panel.preview.set_caption(
                self.tr(
                    "Next photo: [Ctrl+{number}] {name} of “{label}”: the deduction needs a photo "
                    "of its defect"
                ).format(number=number, name=nxt.name, label=target[1])
            )
            return
        self._panel.preview.set_caption(
            self.tr("Next photo: [Ctrl+{number}] {name}{extra} — {hint}").format(
                number=number, name=nxt.name, extra=extra, hint=nxt.hint
            )
        )

    # -- keys -----------------------------------------------------------------------------
    def handle_key(self, text: str, *, parent: QWidget) -> bool:
        """Act on a photo key (already upper case); False when it is not one."""
        if text in ("R", "K") and self.reviewing:
            if text == "R":
                self.retake()
            else:
                self.keep()
        elif text == "G":
            self.open_gallery(parent)
        else:
            return False
        return True

    def pick_shot(self, number: int) -> None:
        """Ctrl + number key ``number`` (1-based) picks the shot type of the next photo."""
        if self._unit is None:
            return
        choices = self._station.shots.choices(self._unit.category)
        if not 1 <= number <= len(choices):
            self.message.emit(
                self.tr("No shot type {number}: use Ctrl+1–{choices}.").format(
                    number=number, choices=len(choices)
                ),
                "warn",
            )
            return
        self._chosen = choices[number - 1].code
        self._show()
        self.message.emit(
            self.tr("Next photo: {name}.").format(name=choices[number - 1].name), "info"
        )

    @Slot()
    def capture(self) -> None:
        if self._unit is None:
            self.message.emit(self.tr("Scan a parcel before taking photos."), "warn")
            return
        self._drop_review()
        frame = self._camera.latest_frame()
        if frame is None:
            self.message.emit(
                self.tr("Camera unavailable: add photos from a file with O."), "error"
            )
            return
        self._store(unit_photos.add_frame, frame, kind="camera", keep=False)

    def add_file(self, path: Path) -> None:
        if self._unit is None:
            self.message.emit(self.tr("Scan a parcel before adding photos."), "warn")
            return
        self._drop_review()
        self._store(unit_photos.add_file, path, kind="file", keep=False)

    def choose_file(self, parent: QWidget) -> None:
        dialog = QFileDialog(
            parent,
            self.tr("Add a photo from a file"),
            str(Path.home()),
            self.tr("Images (*.jpg *.jpeg *.png)"),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.add_file(Path(name)))
        dialog.open()

    @Slot()
    def retake(self) -> None:
        if self._review is None:
            return
        shot, defect = self._review[1], self._review[3]
        self._drop_review()
        self._chosen = shot if defect is None else None  # a close-up is asked for again anyway
        self._show()
        name = self._station.shots.name_of(shot)
        self.message.emit(
            self.tr("Dropped. Adjust the item or the light, then take {name} again.").format(
                name=name
            ),
            "info",
        )

    @Slot()
    def keep(self) -> None:
        if self._review is None:
            return
        source, shot, kind, defect = self._review
        self._drop_review()
        add = unit_photos.add_frame if kind == "camera" else unit_photos.add_file
        self._store(add, source, kind=kind, keep=True, shot=shot, defect=defect)

    def open_gallery(self, parent: QWidget, start_at: int = 0) -> None:
        if self._unit is None:
            self.message.emit(self.tr("Scan a parcel to see its photos."), "warn")
            return
        self.gallery = open_gallery(
            parent,
            station=self._station,
            tasks=self._tasks,
            inspection_id=self._unit.id,
            start_at=start_at,
        )

    @Slot(int)
    def _on_panel_photo_activated(self, index: int) -> None:
        self.open_gallery(self._panel, index)

    # -- storing --------------------------------------------------------------------------
    def _store(
        self,
        add: Any,
        what: np.ndarray | Path,
        *,
        kind: str,
        keep: bool,
        shot: str | None = None,
        defect: str | None = None,
    ) -> None:
        """Hand one photo to the worker thread; the answer comes back to :meth:`_on_stored`."""
        assert self._unit is not None
        nxt = self.next_shot
        shot = shot or (nxt.code if nxt else None)
        if shot is None:
            return
        target = self.proof_target
        if defect is None and target is not None and shot == _proof_shot(self._station.shots.codes):
            defect = target[0]  # the close-up a deduction asked for
        unit_id = self._unit.id
        self._chosen = None
        self._pending.append(shot)
        if defect is not None:
            self._shown.append(defect)
        self._show()

        def failed(error: KnownError) -> None:
            self._settle(unit_id, shot, defect)
            self.message.emit(
                self.tr(
                    "Photo not saved: {error} The unit stays open; photos taken so far are kept."
                ).format(error=error),
                "error",
            )

        self._tasks.run(
            partial(add, self._station, unit_id, what, shot=shot, keep_poor=keep, defect=defect),
            lambda result: self._on_stored(unit_id, shot, what, kind, result, defect),
            failure=failed,
        )

    def _settle(
        self, unit_id: object, shot: str, defect: str | None, *, kept: bool = False
    ) -> bool:
        """The photo of ``shot`` is no longer on its way; False if its unit left the bench.
        Unless it was ``kept``, the defect it was to show has no photo after all."""
        if self._unit is None or self._unit.id != unit_id:
            return False
        if shot in self._pending:
            self._pending.remove(shot)
        if defect is not None and not kept and defect in self._shown:
            self._shown.remove(defect)
        self._show()
        return True

    def _on_stored(
        self,
        unit_id: object,
        shot: str,
        what: np.ndarray | Path,
        kind: str,
        result: unit_photos.Added | unit_photos.Review,
        defect: str | None = None,
    ) -> None:
        kept = isinstance(result, unit_photos.Added)
        if not self._settle(unit_id, shot, defect, kept=kept):
            return
        name = self._station.shots.name_of(shot)
        if isinstance(result, unit_photos.Review):
            self._review = (what, shot, kind, defect)
            problems = self.tr(" and ").join(result.quality.issues)
            self._panel.prompt.ask(
                self.tr("{name} looks {problems}. Retake it?").format(name=name, problems=problems),
                _small(what),
            )
            self.message.emit(
                self.tr(
                    "{name} looks poor: retake (R, or Space for a new photo) or keep it (K)?"
                ).format(name=name),
                "warn",
            )
            return
        photo = result.photo
        if not result.duplicate:
            self._taken.append(photo.shot)
            self._panel.add_photo(photo, str(result.thumbnail))
            self.photo_added.emit(photo)
        self._show()
        self.message.emit(self._saved_text(photo, result.duplicate), "ok")

    def _saved_text(self, photo: PhotoView, duplicate: bool) -> str:
        name = self._station.shots.name_of(photo.shot)
        if duplicate:
            return self.tr("That picture of {name} is already saved.").format(name=name)
        text = self.tr("{name} saved ({width}×{height})").format(
            name=name, width=photo.width, height=photo.height
        )
        if photo.code_text:
            text += self.tr(" · {code_format} {code_text} seen").format(
                code_format=photo.code_format, code_text=photo.code_text
            )
        if photo.quality is not None and not photo.quality.ok:
            text += self.tr(" · kept despite: ") + "; ".join(photo.quality.issues)
        missing = self.missing_for(None)
        if missing:
            return self.tr("{text}. Still needed: {missing}.").format(
                text=text, missing=", ".join(shot.name for shot in missing)
            )
        if self._station.settings.require_shots:
            return self.tr("{text}. All required photos taken.").format(text=text)
        return f"{text}."

    def _drop_review(self) -> None:
        self._review = None
        self._panel.prompt.hide()


def _proof_shot(codes: tuple[str, ...]) -> str:
    """The shot type of a deduction's close-up: "defect" where the shots file has it."""
    return "defect" if "defect" in codes else EXTRA


def _small(what: np.ndarray | Path) -> QImage | None:
    """A small copy of the photo in question, for the retake question."""
    if isinstance(what, Path):
        # Decode it small (a JPEG is scaled while decoding): a 40 MP file stays cheap here.
        reader = QImageReader(str(what))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and size.width() > 320:
            reader.setScaledSize(size.scaled(320, 10_000, Qt.AspectRatioMode.KeepAspectRatio))
        return reader.read()
    height, width = what.shape[:2]
    small = (320, max(1, round(height * 320 / width)))
    rgb = np.ascontiguousarray(cv2.cvtColor(cv2.resize(what, small), cv2.COLOR_BGR2RGB))
    image = QImage(rgb.data, small[0], small[1], rgb.strides[0], QImage.Format.Format_RGB888)
    return image.copy()
