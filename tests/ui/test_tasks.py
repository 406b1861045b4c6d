"""The task runner's contract: results on the UI thread, always later, and every kind of
failure to the right place."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from inspect_station.app.errors import BadInput, KnownError
from inspect_station.people.auth import SignedOut
from ui.tasks import TaskRunner

WAIT = 5_000


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.shutdown()
    assert tasks.pending == 0


class Heard:
    """What a runner's signals and a caller's callbacks received, in order."""

    def __init__(self, runner: TaskRunner) -> None:
        self.events: list[tuple[str, object]] = []
        runner.refused.connect(lambda text: self.events.append(("refused", text)))
        runner.signed_out.connect(lambda text: self.events.append(("signed_out", text)))
        runner.crashed.connect(lambda text: self.events.append(("crashed", text)))

    def success(self, result: object) -> None:
        self.events.append(("success", result))

    def failure(self, error: KnownError) -> None:
        self.events.append(("failure", str(error)))


def raising(error: BaseException) -> Callable[[], int]:
    def op() -> int:
        raise error

    return op


def test_a_result_comes_back_on_the_ui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    ran_on: list[threading.Thread] = []
    delivered_on: list[threading.Thread] = []

    def op() -> int:
        ran_on.append(threading.current_thread())
        return 42

    def success(result: int) -> None:
        delivered_on.append(threading.current_thread())
        assert result == 42

    runner.run(op, success)
    qtbot.waitUntil(lambda: bool(delivered_on), timeout=WAIT)
    assert ran_on[0] is not threading.main_thread()
    assert delivered_on == [threading.main_thread()]


def test_a_task_done_before_run_returns_still_calls_back_later(
    qtbot: QtBot, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    def at_once(fn: Callable[[], Any]) -> Future[Any]:
        done: Future[Any] = Future()  # finished before run() even adds its callback
        done.set_result(fn())
        return done

    monkeypatch.setattr(runner._pool, "submit", at_once)
    heard = Heard(runner)
    runner.run(lambda: "instant", heard.success)
    assert heard.events == []  # never inside run()
    assert runner.pending == 1
    qtbot.waitUntil(lambda: bool(heard.events), timeout=WAIT)
    assert heard.events == [("success", "instant")]
    assert runner.pending == 0


def test_tasks_run_one_at_a_time_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    heard = Heard(runner)
    for n in range(20):
        runner.run(lambda n=n: n, heard.success)
    qtbot.waitUntil(lambda: len(heard.events) == 20, timeout=WAIT)
    assert heard.events == [("success", n) for n in range(20)]


def test_a_known_error_goes_to_the_callers_failure(qtbot: QtBot, runner: TaskRunner) -> None:
    heard = Heard(runner)
    runner.run(raising(BadInput("No such label.")), heard.success, failure=heard.failure)
    qtbot.waitUntil(lambda: bool(heard.events), timeout=WAIT)
    qtbot.wait(50)
    assert heard.events == [("failure", "No such label.")]


def test_a_known_error_nobody_handles_is_said_in_its_own_words(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    heard = Heard(runner)
    runner.run(raising(BadInput("The printer is out of paper.")), heard.success)
    qtbot.waitUntil(lambda: bool(heard.events), timeout=WAIT)
    qtbot.wait(50)
    assert heard.events == [("refused", "The printer is out of paper.")]


def test_signed_out_locks_and_still_lets_the_caller_let_go(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    heard = Heard(runner)
    revoked = SignedOut("maria was disabled since signing in: nothing was saved.")
    runner.run(raising(revoked), heard.success)  # no handler: the lock says it all
    runner.run(raising(revoked), heard.success, failure=heard.failure)
    qtbot.waitUntil(lambda: len(heard.events) == 3, timeout=WAIT)
    qtbot.wait(50)
    assert heard.events == [
        ("signed_out", str(revoked)),
        ("signed_out", str(revoked)),
        ("failure", str(revoked)),
    ]


def test_anything_else_is_a_bug_with_its_traceback(
    qtbot: QtBot, runner: TaskRunner, caplog: pytest.LogCaptureFixture
) -> None:
    heard = Heard(runner)
    with caplog.at_level(logging.ERROR, logger="ui.tasks"):
        runner.run(raising(ZeroDivisionError("division by zero")), heard.success)
        runner.run(raising(ValueError("bad")), heard.success, failure=heard.failure)
        qtbot.waitUntil(lambda: len(heard.events) == 2, timeout=WAIT)
    assert [kind for kind, _ in heard.events] == ["crashed", "crashed"]
    assert "Traceback" in str(heard.events[0][1])
    assert str(heard.events[0][1]).splitlines()[-1] == "ZeroDivisionError: division by zero"
    assert "ZeroDivisionError" in caplog.text


def test_after_shutdown_late_work_is_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    heard = Heard(runner)
    runner.shutdown()
    runner.run(lambda: 1, heard.success)
    qtbot.wait(50)
    assert (heard.events, runner.pending) == ([], 0)
