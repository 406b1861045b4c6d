"""Telling a keyboard-wedge scanner from a person typing, without Qt.

A wedge scanner "types" its code as a burst of keystrokes a few milliseconds apart and ends
it with Enter or Tab; a person leaves 80 ms or more between keys. The detector holds keys
while they could still be the start of a burst. When the burst ends with Enter/Tab it is a
scan; when the gap runs out first the held keys are handed back to be typed as usual.

Gaps are measured between the keys' own timestamps (when the window system saw them), not
between the moments the UI got round to them: a UI busy for 200 ms mid-burst delivers the
rest of the burst late, but with its original timestamps, and the scan stays whole. For the
same reason a timer that fires late (the UI was stalled) does not hand keys back at once: it
waits one more gap, so keys still queued behind the stall can arrive first.

The UI feeds keys in and asks :meth:`expire` from a timer; the clock is injected for tests.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

K = TypeVar("K")  # whatever the UI needs to replay a key (its event, its target)

# Past this many keys a burst is no code any label carries; it is still swallowed whole (so
# it cannot type into a widget) and reported, but the detector stops growing its buffer.
MAX_BURST = 20_000


@dataclass
class WedgeDetector(Generic[K]):
    gap_s: float = 0.030
    min_length: int = 4
    clock: Callable[[], float] = time.monotonic
    # A timer later than this past its deadline means the UI was stalled (see module doc).
    stall_s: float = 0.050
    _held: list[tuple[str, K]] = field(default_factory=list)
    _last_at: float = 0.0  # timestamp of the newest held key
    _deadline: float = 0.0  # clock time after which held keys count as typing
    _burst: bool = True  # every gap so far was short
    _dropped: int = 0  # keys past MAX_BURST

    @property
    def holding(self) -> bool:
        return bool(self._held)

    def key(self, text: str, payload: K, at: float | None = None) -> None:
        """A key that may belong to a scan arrived; hold it. ``at`` is its timestamp in
        seconds (the clock's when the event carries none)."""
        now = self.clock()
        at = now if at is None else at
        if self._held and at - self._last_at > self.gap_s:
            self._burst = False
        if len(self._held) < MAX_BURST:
            self._held.append((text, payload))
        else:
            self._dropped += 1
        self._last_at = at
        self._deadline = now + self.gap_s

    def terminator(self, at: float | None = None) -> str | None:
        """Enter or Tab arrived. Returns the scanned code, or None if this was typing
        (then call :meth:`release` and let the key through)."""
        at = self.clock() if at is None else at
        if self._burst and len(self._held) >= self.min_length and at - self._last_at <= self.gap_s:
            code = "".join(text for text, _ in self._held)
            if self._dropped:
                code += "?" * self._dropped  # keeps the length honest for the message
            self._reset()
            return code
        return None

    def expire(self) -> list[K]:
        """Keys held longer than the gap are typing: hand them back (oldest first).

        Returns [] while a burst may still be running, including once after a stall.
        """
        if not self._held:
            return []
        now = self.clock()
        if now <= self._deadline:
            return []
        if now - self._deadline > self.stall_s:
            self._deadline = now + self.gap_s  # late: let queued keys in first
            return []
        return self.release()

    def release(self) -> list[K]:
        payloads = [payload for _, payload in self._held]
        self._reset()
        return payloads

    def _reset(self) -> None:
        self._held = []
        self._burst = True
        self._dropped = 0
