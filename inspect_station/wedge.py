"""Telling a keyboard-wedge scanner from a person typing, without Qt.

A wedge scanner "types" its code as a burst of keystrokes a few milliseconds apart and ends
it with Enter or Tab; a person leaves 80 ms or more between keys. The detector holds printable
keys while they could still be the start of a burst. When the burst ends with Enter/Tab it is
a scan; when the gap runs out first the held keys are handed back to be typed as usual.
The UI feeds keys in and asks :meth:`expire` from a timer; the clock is injected for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")  # whatever the UI needs to replay a key (its event, its target)


@dataclass
class WedgeDetector(Generic[K]):
    gap_s: float = 0.030
    min_length: int = 4
    clock: Callable[[], float] = time.monotonic
    _held: list[tuple[str, K]] = field(default_factory=list)
    _last: float = 0.0
    _burst: bool = True  # every gap so far was short

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def key(self, text: str, payload: K) -> None:
        """A printable key arrived; hold it."""
        now = self.clock()
        if self._held and now - self._last > self.gap_s:
            self._burst = False
        self._held.append((text, payload))
        self._last = now

    def terminator(self) -> str | None:
        """Enter or Tab arrived. Returns the scanned code, or None if this was typing
        (then call :meth:`release` and let the key through)."""
        now = self.clock()
        if self._burst and len(self._held) >= self.min_length and now - self._last <= self.gap_s:
            code = "".join(text for text, _ in self._held)
            self._reset()
            return code
        return None

    def expire(self) -> list[K]:
        """Keys held longer than the gap are typing: hand them back (oldest first)."""
        if self._held and self.clock() - self._last > self.gap_s:
            return self.release()
        return []

    def release(self) -> list[K]:
        payloads = [payload for _, payload in self._held]
        self._reset()
        return payloads

    def _reset(self) -> None:
        self._held = []
        self._burst = True
