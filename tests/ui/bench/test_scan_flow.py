"""A scan at the bench costs one trip to the worker, whatever it turns out to be."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from inspect_station.bench import inspection, scan_answers
from inspect_station.people import users
from inspect_station.people.roles import Role, User
from inspect_station.printing import queue
from tests.helpers import PEOPLE
from tests.inspect_station.bench.test_inspection import open_first
from tests.ui.bench.test_bench_screen import WAIT, seeded_rma
from ui.main_window import MainWindow


def add_sam(station: Station) -> None:
    """sam's badge, added as an administrator elsewhere would (the window seeded maria)."""
    maria = station.user
    station.change_shift(user=User("setup", Role.ADMIN))
    try:
        badge, role, pin = PEOPLE["sam"]
        users.add_user(station, users.check_new_user("sam", badge, role, pin))
    finally:
        station.change_shift(user=maria)


def count_trips(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The name of every operation handed to the window's main task runner from now on."""
    trips: list[str] = []
    real = window._tasks.run

    def run(op: Callable[[], Any], success: Callable[[Any], object], **kwargs: Any) -> None:
        trips.append(getattr(op, "func", op).__qualname__)
        real(op, success, **kwargs)

    monkeypatch.setattr(window._tasks, "run", run)
    return trips


def test_each_kind_of_scan_is_one_trip_to_the_worker(
    qtbot: QtBot, window: MainWindow, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_sam(station)
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    qtbot.waitUntil(lambda: window._tasks.pending == 0, timeout=WAIT)
    trips = count_trips(window, monkeypatch)
    said = window.bench.message.text
    per_scan: dict[str, list[str]] = {}

    def scan(what: str, code: str, until: Callable[[], bool]) -> None:
        trips.clear()
        window._scanner.scanned.emit(code)
        qtbot.waitUntil(until, timeout=WAIT)
        qtbot.waitUntil(lambda: window._tasks.pending == 0, timeout=WAIT)
        per_scan[what] = list(trips)

    scan("printed label", done.inspection.lpn, lambda: "confirmed" in said())
    scan("finished unit", done.inspection.lpn, lambda: window.history._dialog is not None)
    window.history._dialog.close()  # a scan while a modal dialog is open is refused
    scan("unknown code", "NOPAPERS-4471", lambda: "No expected return" in said())
    scan("parcel", seeded_rma(station, 3), lambda: window.bench.inspection is not None)
    scan("another parcel while open", seeded_rma(station, 4), lambda: "Finish" in said())
    scan("a colleague's badge", PEOPLE["sam"][0], lambda: window.locked)
    print(f"\nworker trips per scan: {per_scan}")
    answer = ["answer"]  # scan_answers.answer: what the code means, decided in one call
    assert per_scan == {
        "printed label": answer,
        # The scan's own trip, then the unit's page (history's dialog) loads its detail.
        "finished unit": [*answer, "HistoryScreen._load"],
        "unknown code": answer,
        "parcel": answer,
        "another parcel while open": answer,
        # The station locks for the colleague, and the lock is audited.
        "a colleague's badge": [*answer, "note_screen_locked"],
    }
    assert window.bench.inspection is not None  # the badge locked; the unit stays


def test_after_a_bug_in_a_scan_the_next_scan_is_taken(
    qtbot: QtBot, window: MainWindow, station: Station, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    with monkeypatch.context() as patched:
        patched.setattr(scan_answers, "answer", broken)
        window._scanner.scanned.emit(seeded_rma(station, 5))
        qtbot.waitUntil(lambda: "Internal error" in window.bench.message.text(), timeout=WAIT)
    window._scanner.scanned.emit(seeded_rma(station, 5))
    qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)
