"""What the window does with what a task leaves unhandled: a refusal in its own words on the
screen in view, a revoked user locked out in theirs, "Internal error" only for a bug."""

from __future__ import annotations

import uuid
from functools import partial

from pytestqt.qtbot import QtBot
from sqlalchemy import update

from db.models.people import User as UserRow
from inspect_station.app.context import Station
from inspect_station.people.roles import Role, User
from inspect_station.printing import label_jobs
from tests.ui.bench.test_bench_screen import WAIT, open_parcel, seeded_rma
from ui.main_window import MainWindow

REFUSAL = "Only a finished inspection has a label to print again."


def test_a_services_refusal_without_a_handler_is_said_calmly_not_as_a_bug(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    open_parcel(qtbot, window, seeded_rma(station))
    insp = window.bench.inspection
    assert insp is not None
    # A real service refuses (the unit is still open), and the caller gave no failure.
    window._tasks.run(
        partial(label_jobs.reprint, station, insp.id, reason="torn"), lambda _job: None
    )
    qtbot.waitUntil(lambda: window.bench.message.text() == REFUSAL, timeout=WAIT)
    assert window.bench.message.property("level") == "error"
    assert not window.locked
    # On the desk it is said on the line of the screen in view, on every runner.
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    window.show_history()
    # History says how many units it shows when it has read them: wait, so that line is not
    # written after the refusal's.
    qtbot.waitUntil(lambda: "unit(s)" in window.history.status.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: window._tasks.pending == 0, timeout=WAIT)
    for runner in (window._print_tasks, window._long_tasks):
        runner.run(partial(label_jobs.reprint, station, insp.id, reason="x"), lambda _: None)
        qtbot.waitUntil(lambda: window.history.status.text() == REFUSAL, timeout=WAIT)
        window.history.status.setText("")
    assert "Internal error" not in window.bench.message.text()


def test_a_revoked_user_is_locked_out_in_their_own_words_from_any_runner(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    with station.db.write(guarded=False) as session:
        session.execute(update(UserRow).where(UserRow.name == "maria").values(disabled=True))
    window._long_tasks.run(
        partial(label_jobs.reprint, station, uuid.uuid4(), reason="lost"), lambda _: None
    )
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)
    text = window.sign_in.message.text()
    assert text == "maria was disabled since signing in: nothing was saved. Sign in again."
    assert "Internal error" not in window.bench.message.text()


def test_a_bug_is_said_as_an_internal_error(qtbot: QtBot, window: MainWindow) -> None:
    def broken() -> int:
        return 1 // 0

    window._tasks.run(broken, lambda _: None)
    qtbot.waitUntil(lambda: "Internal error" in window.bench.message.text(), timeout=WAIT)
    assert (
        window.bench.message.text()
        == "Internal error: ZeroDivisionError: integer division or modulo by zero"
    )
