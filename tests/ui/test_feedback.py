"""The station's sounds: the files themselves, and each outcome asking for its own."""

from __future__ import annotations

import itertools
import math
import struct
import wave

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from tests.ui.bench.test_bench_screen import open_parcel, seeded_rma, wedge_scan
from ui.feedback import LEVEL_OF, OUTCOMES, Feedback, sound_file
from ui.main_window import MainWindow
from ui.style import MESSAGE_COLOURS, message_line, show_message

WAIT = 10_000


def _samples(outcome: str) -> tuple[list[float], float]:
    with wave.open(str(sound_file(outcome))) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        frames = wav.readframes(wav.getnframes())
        rate = wav.getframerate()
    values = [v / 32768 for (v,) in struct.iter_unpack("<h", frames)]
    return values, len(values) / rate


@pytest.mark.parametrize("outcome", OUTCOMES)
def test_each_sound_is_short_loud_enough_and_never_clips(outcome: str) -> None:
    values, seconds = _samples(outcome)
    assert 0.05 <= seconds <= 0.6  # short: it must not hold up the next scan
    peak = max(abs(v) for v in values)
    rms = math.sqrt(sum(v * v for v in values) / len(values))
    assert 0.5 <= peak < 0.99  # loud enough, with headroom: no sample at full scale
    assert sum(abs(v) >= 0.99 for v in values) == 0
    assert rms >= 0.15  # heard at arm's length, not a click
    assert abs(values[0]) < 0.01  # faded in and out: no click at either end
    assert abs(values[-1]) < 0.01


def test_the_four_sounds_are_told_apart() -> None:
    shapes = {o: (round(_samples(o)[1], 2), _pitch(_samples(o)[0][:2000])) for o in OUTCOMES}
    assert len(set(shapes.values())) == len(OUTCOMES), shapes


def _pitch(values: list[float]) -> int:
    """Zero crossings in the first 2000 samples: a rough pitch."""
    return sum(1 for a, b in itertools.pairwise(values) if a < 0 <= b)


def test_a_muted_station_asks_for_sounds_but_plays_none(qtbot: QtBot) -> None:
    feedback = Feedback(volume=80, muted=True)
    with qtbot.waitSignal(feedback.sounded) as heard:
        feedback.sound("refused")
    assert heard.args == ["refused"]
    assert feedback._effects == {}
    with pytest.raises(ValueError, match="no sound"):
        feedback.sound("applause")


def test_the_message_line_flashes_in_the_outcomes_colour_then_rests(qtbot: QtBot) -> None:
    feedback = Feedback(volume=0, muted=False)
    line: QLabel = message_line()
    qtbot.addWidget(line)
    show_message(line, "Scan refused", "error")
    feedback.flash(line, "supervisor")
    _fg, bg = MESSAGE_COLOURS[LEVEL_OF["supervisor"]]
    assert f"background: {bg}" in line.styleSheet()
    assert "border: 4px" in line.styleSheet()
    rest_fg, rest_bg = MESSAGE_COLOURS["error"]
    qtbot.waitUntil(
        lambda: line.styleSheet() == f"color: {rest_fg}; background: {rest_bg};", timeout=WAIT
    )


def test_each_outcome_at_the_bench_asks_for_its_sound(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    heard: list[str] = []
    window.feedback.sounded.connect(heard.append)
    wedge_scan(qtbot, window, "NOPAPERS-17")  # nothing expected: refused
    qtbot.waitUntil(lambda: heard == ["refused"], timeout=WAIT)
    open_parcel(qtbot, window, seeded_rma(station, 2))  # a parcel opens: accepted
    qtbot.waitUntil(lambda: heard[-1:] == ["accepted"], timeout=WAIT)
    window.bench.set_grade("A")
    window.bench.confirm()  # finished: the label prints
    qtbot.waitUntil(lambda: heard[-1:] == ["printed"], timeout=WAIT)
    window.labels.answered.emit("supervisor")  # a label that could not be made
    assert heard[-1] == "supervisor"
    window._scanner.refused.emit("A scan of 12 characters came without its end key")
    assert heard[-1] == "refused"
    assert "without its end key" in window.bench.message.text()
