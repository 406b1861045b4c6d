"""The desk's conflicts of offline benches (F12): listed for a supervisor, dismissed with a
note from the keyboard, refused in words for anyone else."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.models.inspections import Inspection
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.sync import conflicts
from tests.helpers import seed_people
from tests.photo_helpers import rma_of
from tests.ui.bench.test_bench_screen import WAIT
from tests.ui.conftest import MakeWindow
from tests.ui.people.test_sign_in_screen import sign_in


def _a_conflict(station: Station) -> str:
    """A unit as a bench would have sent it after an outage, with the other bench named."""
    rma = rma_of(station, "apparel")
    opened = scanning.scan(station, rma)
    assert isinstance(opened, scanning.Opened)
    inspection.finish(station, opened.inspection, grade="B")
    with station.db.read() as session:
        insp = session.get(Inspection, opened.inspection.id)
        assert insp is not None
    conflicts.record(station, insp, "claimed_elsewhere", rma=rma, other_bench="BENCH-09")
    return insp.lpn


def test_a_supervisor_reads_and_dismisses_a_conflict(
    qtbot: QtBot, make_window: MakeWindow, station: Station
) -> None:
    lpn = _a_conflict(station)
    seed_people(station)
    window = make_window()
    sign_in(qtbot, window, "sam")
    qtbot.keyClick(window, Qt.Key.Key_F12)
    screen = window.conflicts
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT)
    assert screen.message.text() == "1 conflict(s) from benches that worked offline."
    assert screen.detail.text().startswith(f"{lpn} (RMA-")
    assert "taken by another bench meanwhile (bench BENCH-09)" in screen.detail.text()
    qtbot.keyClick(screen.table, Qt.Key.Key_D)  # the table's key for the note
    qtbot.waitUntil(screen.note.hasFocus, timeout=WAIT)
    screen.note.returnPressed.emit()  # no note: refused, nothing changes
    qtbot.waitUntil(lambda: "Say what was done" in screen.message.text(), timeout=WAIT)
    assert screen.model.rowCount() == 1
    screen.note.setText("attached to the other parcel's return")
    screen.note.returnPressed.emit()
    qtbot.waitUntil(
        lambda: screen.message.text() == f"{lpn} dismissed. No conflicts.", timeout=WAIT
    )
    assert screen.model.rowCount() == 0


def test_an_operator_is_told_the_list_is_a_supervisors(
    qtbot: QtBot, make_window: MakeWindow, station: Station
) -> None:
    _a_conflict(station)
    seed_people(station)
    window = make_window()
    sign_in(qtbot, window, "maria")
    qtbot.keyClick(window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: window.conflicts.isVisible(), timeout=WAIT)
    assert (
        window.conflicts.message.text() == "The conflicts of offline benches are for a supervisor."
    )
    assert window.conflicts.model.rowCount() == 0
