"""Photos at the bench: required shots, the retake question, the pedal, a refused photo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.inspections import Inspection, Photo
from inspect_station.app.context import Station
from inspect_station.photos.store import PhotoStore
from tests.helpers import row_counts
from tests.photo_helpers import files_in, rma_of
from tests.ui.bench.test_bench_screen import WAIT, wedge_scan
from ui.main_window import MainWindow


def open_unit_of(qtbot: QtBot, window: MainWindow, station: Station, category: str) -> None:
    wedge_scan(qtbot, window, rma_of(station, category))
    qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)
    assert window.bench.inspection is not None
    assert window.bench.inspection.category == category


def chips(window: MainWindow) -> list[tuple[str, str]]:
    return [(c.text(), c.property("state")) for c in window.bench.photos.shot_bar.chips]


def wait_for_photo(qtbot: QtBot, window: MainWindow, count: int) -> None:
    """Wait for the ``count``-th thumbnail; on time-out, say what the bench said."""
    try:
        qtbot.waitUntil(lambda: window.bench.photos.thumbs.count() == count, timeout=WAIT)
    except WaitTimedOut:
        pytest.fail(f"No photo {count}; the bench says: {window.bench.message.text()!r}")
    # The next photo is of a newer frame: the same picture twice is recorded once.
    shown = window._camera.latest_frame()
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not shown, timeout=WAIT)


def take(qtbot: QtBot, window: MainWindow, key: Qt.Key = Qt.Key.Key_Space) -> None:
    count = window.bench.photos.thumbs.count()
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    qtbot.keyClick(window.bench, key)
    wait_for_photo(qtbot, window, count + 1)


def test_the_bench_asks_for_each_required_shot_and_a_reason_for_the_missing(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    station.settings = station.settings.replace(require_shots=True)
    bench = window.bench
    open_unit_of(qtbot, window, station, "apparel")
    assert chips(window) == [
        ("Front", "missing"),
        ("Back", "missing"),
        ("Label", "missing"),
        ("Defect close-up", "missing"),
        ("Detail", "extra"),
    ]
    assert "0 of 4 required photos" in bench.photos.shot_bar.summary.text()
    assert bench.photo_flow.next_shot is not None
    assert bench.photo_flow.next_shot.code == "front"

    take(qtbot, window)
    assert chips(window)[0] == ("Front ✓", "taken")
    assert bench.photo_flow.next_shot.code == "back"
    assert "Front saved" in bench.message.text()
    assert "EAN-13 4006381333931 seen" in bench.message.text()
    assert "Still needed: Back, Label, Defect close-up." in bench.message.text()
    # Ctrl+4 picks the defect close-up for the next photo, out of order (a plain 4 is a defect).
    qtbot.keyClick(bench, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bench.photo_flow.next_shot.code == "defect", timeout=WAIT)
    assert bench.assessing.draft.defects == frozenset()
    take(qtbot, window)
    assert bench.photos.thumbs.item(1).text() == "2. Defect close-up"
    assert bench.photo_flow.next_shot.code == "back"  # back to the first one missing

    qtbot.keyClick(bench, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: bench.grade == "C", timeout=WAIT)
    before = row_counts(station.db)
    qtbot.keyClick(bench, Qt.Key.Key_F10)
    dialog = bench.findChild(QInputDialog)
    qtbot.waitUntil(lambda: dialog is not None and dialog.isVisible(), timeout=WAIT)
    assert dialog.labelText().startswith("Finish without Back, Label?")
    assert "Photos missing: Back, Label" in bench.message.text()
    assert row_counts(station.db) == before
    dialog.setTextValue("Label cut out by the customer")
    dialog.accept()
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    with station.db.read() as session:
        row = session.scalars(select(Inspection).where(Inspection.status == "finished")).one()
        shots = session.scalars(select(Photo.shot).order_by(Photo.id)).all()
    assert (row.shots_missing, row.shots_missing_reason) == (
        "back,label",
        "Label cut out by the customer",
    )
    assert shots == ["front", "defect"]


def test_a_poor_photo_is_retaken_or_kept_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    # A threshold no picture meets makes every photo "blurry".
    station.settings = station.settings.replace(photo_min_sharpness=1_000_000)
    bench = window.bench
    open_unit_of(qtbot, window, station, "electronics")
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    before = row_counts(station.db)
    qtbot.keyClick(bench, Qt.Key.Key_Space)
    qtbot.waitUntil(bench.photos.prompt.isVisible, timeout=WAIT)
    assert bench.photos.prompt.text.text().startswith("Front looks blurry (sharpness ")
    assert bench.photos.prompt.text.text().endswith("). Retake it?")
    assert not bench.photos.prompt.picture.pixmap().isNull()  # the photo in question
    assert bench.message.property("level") == "warn"
    assert row_counts(station.db) == before  # nothing stored while the worker decides

    qtbot.keyClick(bench, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: not bench.photos.prompt.isVisible(), timeout=WAIT)
    assert "take Front again" in bench.message.text()
    assert row_counts(station.db) == before
    assert files_in(station.photos.root) == []

    qtbot.keyClick(bench, Qt.Key.Key_Space)
    qtbot.waitUntil(bench.photos.prompt.isVisible, timeout=WAIT)
    qtbot.keyClick(bench, Qt.Key.Key_K)
    qtbot.waitUntil(lambda: bench.photos.thumbs.count() == 1, timeout=WAIT)
    assert not bench.photos.prompt.isVisible()
    assert bench.photos.thumbs.item(0).text() == "1. Front ⚠"
    assert "kept despite: blurry" in bench.message.text()
    with station.db.read() as session:
        issues = session.scalars(select(Photo.quality_issues)).one()
    assert issues.startswith("blurry (sharpness ")


def test_the_pedal_key_and_the_button_take_photos(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    open_unit_of(qtbot, window, station, "toys")
    take(qtbot, window, Qt.Key.Key_F9)  # the pedal's key in the default settings
    count = window.bench.photos.thumbs.count()
    window.bench.photos.capture.click()
    wait_for_photo(qtbot, window, count + 1)
    with station.db.read() as session:
        assert session.scalars(select(Photo.shot).order_by(Photo.id)).all() == ["front", "label"]


def test_a_photo_the_store_refuses_leaves_the_unit_open_with_a_clear_message(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    blocker = tmp_path / "share-not-mounted"
    blocker.write_text("a file where the photo folder should be", encoding="utf-8")
    station.photos = PhotoStore(blocker / "photos")
    bench = window.bench
    open_unit_of(qtbot, window, station, "apparel")
    before = row_counts(station.db)
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    qtbot.keyClick(bench, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Photo not saved" in bench.message.text(), timeout=WAIT)
    assert bench.message.text().startswith(
        f"Photo not saved: Cannot store photo in {blocker / 'photos'}: "
    )
    assert "The unit stays open" in bench.message.text()
    assert bench.message.property("level") == "error"
    assert bench.inspection is not None
    assert row_counts(station.db) == before
    assert bench.photo_flow.next_shot is not None
    assert bench.photo_flow.next_shot.code == "front"  # still to take
    assert files_in(tmp_path / "photos") == []


def test_the_preview_measures_its_ui_work_per_frame(qtbot: QtBot, window: MainWindow) -> None:
    preview = window.bench.photos.preview
    qtbot.waitUntil(lambda: len(preview.ui_ms) >= 10, timeout=WAIT)
    assert preview.frames_shown >= 10
    assert all(ms > 0 for ms in preview.ui_ms)
