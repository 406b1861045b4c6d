"""The gallery of one unit: full size, zoom, stepping by keyboard, what each photo is."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.models.inspections import Photo
from inspect_station.app.context import Station
from inspect_station.bench import inspection, unit_photos
from inspect_station.bench.views import InspectionView
from tests.photo_helpers import blurred, demo_frames, open_unit_of
from ui.main_window import MainWindow
from ui.photos.gallery_dialog import GalleryDialog, open_gallery

WAIT = 10_000


@pytest.fixture(scope="module")
def frames(demo_video: Path) -> list[np.ndarray]:
    return demo_frames(demo_video, count=3)


def photographed(station: Station, frames: list[np.ndarray]) -> InspectionView:
    """A finished apparel unit: a good front, a kept blurry back, a label."""
    insp = open_unit_of(station, "apparel")
    unit_photos.add_frame(station, insp.id, frames[0])
    unit_photos.add_frame(station, insp.id, blurred(frames[1]), keep_poor=True)
    unit_photos.add_frame(station, insp.id, frames[2])
    inspection.finish(station, insp, grade="B")
    return inspection.inspection_detail(station, insp.id)


def opened(
    qtbot: QtBot, window: MainWindow, station: Station, insp: InspectionView
) -> GalleryDialog:
    gallery = open_gallery(window, station=station, tasks=window._tasks, inspection_id=insp.id)
    qtbot.waitUntil(lambda: gallery.showing == insp.photos[0].sha256, timeout=WAIT)
    return gallery


def test_the_gallery_shows_each_photo_full_size_with_what_it_is(
    qtbot: QtBot, window: MainWindow, station: Station, frames: list[np.ndarray]
) -> None:
    insp = photographed(station, frames)
    gallery = opened(qtbot, window, station, insp)
    try:
        assert gallery.windowTitle() == f"Photos of {insp.lpn}"
        assert insp.lpn in gallery.header.text()
        fields = {name: label.text() for name, label in gallery.fields.items()}
        assert fields["Shot"] == "Front"
        assert fields["By"] == "maria at BENCH-07"
        assert fields["Picture"].startswith("1280×720, ")
        assert fields["Quality"] == "good"
        assert fields["Figures"].startswith("sharpness ")
        assert fields["Code"] == "EAN-13 4006381333931"
        assert fields["SHA-256"].replace("\n", "") == insp.photos[0].sha256
        assert gallery.view._item.pixmap().size().width() == 1280  # the full picture

        qtbot.keyClick(gallery, Qt.Key.Key_Right)
        assert gallery.index == 1
        assert gallery.fields["Shot"].text() == "Back"
        assert gallery.fields["Quality"].text().startswith("kept despite: blurry")
        qtbot.keyClick(gallery, Qt.Key.Key_End)
        assert gallery.fields["Photo"].text() == "3 of 3"
        qtbot.keyClick(gallery, Qt.Key.Key_Right)  # round to the first
        assert gallery.index == 0
        qtbot.keyClick(gallery, Qt.Key.Key_Left)
        assert gallery.index == 2
        qtbot.waitUntil(lambda: gallery.showing == insp.photos[2].sha256, timeout=WAIT)

        fitted = gallery.view.zoom
        qtbot.keyClick(gallery.view, Qt.Key.Key_Plus)
        qtbot.waitUntil(lambda: gallery.view.zoom > fitted, timeout=WAIT)
        qtbot.keyClick(gallery.view, Qt.Key.Key_1)
        qtbot.waitUntil(lambda: gallery.view.zoom == 1.0, timeout=WAIT)
        qtbot.keyClick(gallery.view, Qt.Key.Key_Minus)
        qtbot.waitUntil(lambda: gallery.view.zoom < 1.0, timeout=WAIT)
        qtbot.keyClick(gallery.view, Qt.Key.Key_0)
        qtbot.waitUntil(lambda: gallery.view.fitted, timeout=WAIT)
        assert gallery.view.zoom == pytest.approx(fitted)
    finally:
        gallery.close()


def test_a_purged_or_missing_photo_says_so(
    qtbot: QtBot, window: MainWindow, station: Station, frames: list[np.ndarray]
) -> None:
    insp = photographed(station, frames)
    front, back, _label = insp.photos
    station.photos.remove(back.sha256)
    station.photos.path_for(front.sha256).unlink()
    with station.db.write() as session:
        session.execute(update(Photo).where(Photo.id == back.id).values(purged_at=station.clock()))
    gallery = open_gallery(window, station=station, tasks=window._tasks, inspection_id=insp.id)
    try:
        qtbot.waitUntil(lambda: "missing" in gallery.notice.text(), timeout=WAIT)
        assert gallery.notice.text() == "The file is missing from the photo store."
        qtbot.keyClick(gallery, Qt.Key.Key_Right)
        assert gallery.notice.text().startswith("Purged on ")
        assert gallery.notice.text().endswith("under the retention rule; the record remains.")
        assert gallery.fields["Shot"].text() == "Back"  # the record is all there
    finally:
        gallery.close()


def test_the_gallery_opens_from_the_bench_and_from_history(
    qtbot: QtBot, window: MainWindow, station: Station, frames: list[np.ndarray]
) -> None:
    done = photographed(station, frames)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    history = window.history
    qtbot.waitUntil(lambda: history.model.rowCount() == 1, timeout=WAIT)
    with qtbot.waitSignal(history.opened, timeout=WAIT):
        qtbot.keyClick(history.filters.search, Qt.Key.Key_Return)
    dialog = history._dialog
    assert dialog is not None
    dialog.photos.setCurrentRow(2)
    qtbot.keyClick(dialog.photos, Qt.Key.Key_Return)  # Enter on the third photo
    qtbot.waitUntil(lambda: history.findChild(GalleryDialog) is not None, timeout=WAIT)
    found = history.findChild(GalleryDialog)
    assert found is not None
    qtbot.waitUntil(lambda: found.fields["Photo"].text() == "3 of 3", timeout=WAIT)
    assert found.windowTitle() == f"Photos of {done.lpn}"
    found.close()
    dialog.close()

    # At the bench, G shows the photos of the unit being inspected.
    window.show_bench()
    from tests.ui.photos.test_photo_flow import open_unit_of as open_at_bench
    from tests.ui.photos.test_photo_flow import take

    open_at_bench(qtbot, window, station, "toys")
    take(qtbot, window)
    qtbot.keyClick(window.bench, Qt.Key.Key_G)
    qtbot.waitUntil(lambda: window.bench.photo_flow.gallery is not None, timeout=WAIT)
    gallery = window.bench.photo_flow.gallery
    assert gallery is not None
    qtbot.waitUntil(lambda: gallery.fields["Photo"].text() == "1 of 1", timeout=WAIT)
    assert gallery.isVisible()
    gallery.close()
