"""What a worker hears and sees at arm's length when something happens at the station.

Four outcomes, four short sounds (``resources/sounds/*.wav``, made by
``scripts/make_sounds.py``): a scan accepted, a scan refused, a label printed, something that
needs a supervisor. They play through Qt's ``QSoundEffect`` at the settings' volume unless
muted; a station without an audio output says so once in the log and stays silent. With each
sound the message line flashes full-width in the outcome's colour.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtWidgets import QLabel
from shiboken6 import isValid

from inspect_station.app.resources import resource
from ui.style import MESSAGE_COLOURS

log = logging.getLogger(__name__)

OUTCOMES = ("accepted", "refused", "printed", "supervisor")
LEVEL_OF = {"accepted": "ok", "refused": "error", "printed": "ok", "supervisor": "warn"}
FLASHES = 3  # bright, normal, bright, normal, bright, normal
FLASH_MS = 110


def sound_file(outcome: str) -> Path:
    return resource(f"sounds/{outcome}.wav")


class Feedback(QObject):
    """Signals:
    sounded(str): an outcome's sound was asked for (played unless muted or no output).
    """

    sounded = Signal(str)

    def __init__(self, *, volume: int, muted: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.volume = max(0, min(100, volume))
        self.muted = muted
        self._effects: dict[str, QSoundEffect] = {}
        self._loaded = False
        self._flashing: dict[int, QTimer] = {}

    def load(self) -> None:
        """Open the sound files on the audio output (once, after the window shows)."""
        if self._loaded:
            return
        self._loaded = True
        if self.muted:
            return
        if not QMediaDevices.audioOutputs():
            log.info("no audio output: the station's sounds are silent")
            return
        for outcome in OUTCOMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(sound_file(outcome))))
            effect.setVolume(self.volume / 100)
            self._effects[outcome] = effect

    def sound(self, outcome: str) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"no sound for {outcome!r}")
        self.sounded.emit(outcome)
        if self.muted or not self.volume:
            return
        self.load()
        effect = self._effects.get(outcome)
        if effect is not None:
            effect.play()

    def flash(self, label: QLabel, outcome: str) -> None:
        """Flash ``label`` in the outcome's colour a few times, then leave it in the colours
        of its message (which may have changed meanwhile)."""
        fg, bg = MESSAGE_COLOURS[LEVEL_OF[outcome]]
        # The border takes the place of half the padding: the line does not change size.
        bright = (
            f"color: {fg}; background: {bg}; border: 4px solid {fg}; padding: 4px; "
            "font-weight: bold;"
        )
        key = id(label)
        if key in self._flashing and isValid(self._flashing[key]):
            self._flashing.pop(key).stop()
        steps = [True, False] * FLASHES
        timer = QTimer(label)  # goes with the label, should its screen close mid-flash
        timer.setInterval(FLASH_MS)

        def step() -> None:
            if not steps:
                timer.stop()
                self._flashing.pop(key, None)
                return
            if steps.pop(0):
                label.setStyleSheet(bright)
            else:
                rest_fg, rest_bg = MESSAGE_COLOURS.get(str(label.property("level")), (fg, bg))
                label.setStyleSheet(f"color: {rest_fg}; background: {rest_bg};")

        timer.timeout.connect(step)
        self._flashing[key] = timer
        step()
        timer.start()
