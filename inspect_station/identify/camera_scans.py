"""Codes the camera sees, turned into scans: one code held in view is one scan.

The camera's decoder reports every code in every frame it reads, many times a second.
:class:`Debouncer` passes a code on once when it comes into view (seen in ``confirm`` frames,
so one misread frame is not a scan) and not again until it has been out of view for
``hold_s``. Qt-free, with an injected clock, so the timing is tested without a camera.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

CAMERA_SCANNING = ("scan", "highlight", "off")


@dataclass
class _Track:
    last: float
    count: int = 0
    passed: bool = False


@dataclass
class Debouncer:
    hold_s: float = 1.5
    confirm: int = 2
    clock: Callable[[], float] = time.monotonic
    _tracks: dict[str, _Track] = field(default_factory=dict)

    def frame(self, codes: Iterable[str]) -> list[str]:
        """The codes in one decoded frame; returns those that count as a new scan."""
        now = self.clock()
        for code in [c for c, t in self._tracks.items() if now - t.last > self.hold_s]:
            del self._tracks[code]  # out of view long enough: it may scan again
        new: list[str] = []
        for code in dict.fromkeys(codes):
            track = self._tracks.setdefault(code, _Track(now))
            track.last = now
            track.count += 1
            if not track.passed and track.count >= self.confirm:
                track.passed = True
                new.append(code)
        return new
