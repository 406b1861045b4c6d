"""Telling a keyboard-wedge scanner from a person typing, without Qt.

A wedge scanner "types" its code. The :class:`KeyAssembler` decides, key by key, what is a
scan, what is a person's typing and what is neither, in one of three modes:

``prefix``
    The scanner sends a start key no keyboard types (F13…F24 or a Ctrl/Alt combination) and
    an end key (Enter). Everything between the two is the scan, whatever its timing; every
    other key acts at once.
``aim``
    The scanner sends the AIM symbology identifier (``]C1``, ``]E0``, ``]Q3``…) first: ``]``
    followed by a letter and a letter or digit opens the scan, Enter ends it. Only ``]`` is
    ever held back; every other key acts at once.
``timing``
    No marker: a run of at least ``min_length`` keys, each within ``gap_s`` of the one before
    (a *burst*), is a scan once its Enter or Tab comes, however late within ``enter_s``.
    A printable key is held until ``gap_s`` has passed with no further key; only then is it
    typing, handed back to the widget it was meant for.

In every mode a scan is never handed back as typing: one that cannot be read whole (no end,
an end too late, too long) is refused whole with the reason, and nothing of it is typed.

Gaps are measured between the keys' own timestamps (when the window system saw them), not
between the moments the UI got round to them. The UI asks :meth:`KeyAssembler.deadline` when
the next decision is due and calls :meth:`KeyAssembler.settle` then — one event-loop pass
later than its timer, so keys the window system already queued behind a stalled UI arrive
first (see ``ui/devices/wedge_scanner.py``). The clock is injected for tests.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.identify.identifiers import MAX_SCAN_LENGTH

K = TypeVar("K")  # whatever the UI needs to replay a key (its target, key, text)

MODES = ("timing", "prefix", "aim")
# Past this many keys no code is meant; the scan is still swallowed whole and refused, but
# the buffer stops growing.
MAX_BURST = 20_000
_AIM = re.compile(r"^\][A-Za-z][0-9A-Za-z]")


@dataclass(frozen=True)
class Scan(Generic[K]):
    """A whole scan; ``origin`` is the first key's payload (where the person was)."""

    code: str
    origin: K | None


@dataclass(frozen=True)
class Refused(Generic[K]):
    """Keys that were a scan but cannot be read whole: nothing of them is typed.

    ``unended``: a timing-mode burst that never got its end key — in a plain text field that
    is a fast typist, and the UI may hand ``keys`` back as typing there."""

    reason: str
    length: int
    origin: K | None
    unended: bool = False
    keys: tuple[K, ...] = ()


@dataclass(frozen=True)
class Typed(Generic[K]):
    """Keys a person typed: hand them back to their widgets, oldest first."""

    keys: tuple[K, ...]


Outcome = Scan[K] | Refused[K] | Typed[K]


@dataclass(frozen=True)
class WedgeRules:
    mode: str = "timing"
    gap_s: float = 0.050  # timing: the most a scanner leaves between two keys
    enter_s: float = 0.300  # timing: how late a burst's Enter may come
    frame_s: float = 2.0  # prefix/aim: a scan not ended this long after its last key
    min_length: int = 4  # timing: keys a burst needs
    max_length: int = MAX_SCAN_LENGTH

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"scanner mode must be one of {', '.join(MODES)}, not {self.mode!r}")


def _no_end(length: int) -> str:
    return _(
        "A scan of {length:,} characters came without its end key: refused, nothing typed. "
        "Scan again."
    ).format(length=length)


@dataclass
class KeyAssembler(Generic[K]):
    """Feed it every key as :meth:`char`, :meth:`start`, :meth:`end` or :meth:`other`; each
    returns ``(swallow, outcomes)``: whether the key itself is kept from its widget, and what
    to act on now (in order, before the key itself if it is let through)."""

    rules: WedgeRules = field(default_factory=WedgeRules)
    clock: Callable[[], float] = time.monotonic
    _held: list[tuple[str, K]] = field(default_factory=list)
    _stamps: list[float] = field(default_factory=list)
    _framed: bool = False  # prefix/aim: inside start … end
    _burst: bool = True  # timing: every gap so far within gap_s
    _count: int = 0  # keys in the current run, including those past MAX_BURST
    _origin: K | None = None
    _arrived: float = 0.0  # clock time the newest held key came in
    _refused_at: float | None = None  # clock time of the last refusal

    # -- state ----------------------------------------------------------------------------
    @property
    def holding(self) -> bool:
        return bool(self._held) or self._framed

    @property
    def framed(self) -> bool:
        """Inside a prefix/AIM frame: every key belongs to the scan."""
        return self._framed

    @property
    def in_burst(self) -> bool:
        """Timing mode: the held keys are a burst (a scan that may still be arriving)."""
        return self._is_burst()

    def deadline(self) -> float | None:
        """Clock time at which :meth:`settle` has something to decide; None: nothing held."""
        if not self.holding:
            return None
        if self._framed:
            return self._arrived + self.rules.frame_s
        wait = self.rules.enter_s if self._is_burst() else self.rules.gap_s
        return self._arrived + wait

    # -- keys -----------------------------------------------------------------------------
    def char(self, text: str, payload: K, at: float | None = None) -> tuple[bool, list[Outcome[K]]]:
        """A key with text (printable, GS, or a control character)."""
        at = self.clock() if at is None else at
        if self._framed:
            self._hold(text, payload, at)
            return True, []
        if self.rules.mode == "prefix":
            return False, []
        if self.rules.mode == "aim":
            return self._aim_char(text, payload, at)
        out: list[Outcome[K]] = []
        if self._held and at - self._stamps[-1] > self.rules.gap_s:
            out = self.settle(force=True)
        if not self._held and not text.isprintable() and text != "\x1d":
            return False, out  # a lone control character is no scan: its widget decides
        self._hold(text, payload, at)
        return True, out

    def before(self, at: float | None = None) -> list[Outcome[K]]:
        """What a key arriving at ``at`` settles first: keys held longer than the gap before
        it (call it before deciding where the new key is meant to go — typing replayed now
        may move the focus)."""
        at = self.clock() if at is None else at
        if self._held and not self._framed and at - self._stamps[-1] > self.rules.gap_s:
            return self.settle(force=True)
        return []

    def start(self, payload: K, at: float | None = None) -> tuple[bool, list[Outcome[K]]]:
        """The configured start key (prefix mode): a scan begins."""
        at = self.clock() if at is None else at
        out = (
            self._refuse_frame(_("A new scan began before the last one ended"))
            if (self._framed)
            else []
        )
        self._reset()
        self._framed = True
        self._origin = payload
        self._arrived = self.clock()
        self._stamps = [at]
        return True, out

    def end(self, payload: K, at: float | None = None) -> tuple[bool, list[Outcome[K]]]:
        """Enter or Tab (or the configured end key)."""
        at = self.clock() if at is None else at
        if self._framed:
            return True, [self._finish()]
        if not self._held:
            # The late end of a scan already refused is part of it: it must not act either.
            late = self._refused_at is not None and self.clock() - self._refused_at < 1.0
            self._refused_at = None
            return late, []
        if self.rules.mode == "timing" and self._is_burst():
            if at - self._stamps[-1] <= self.rules.enter_s:
                return True, [self._finish()]
            out = self.settle(force=True)
            return isinstance(out[-1], Refused), out
        return False, self.settle(force=True)  # typing: the keys, then this Enter

    def other(self, at: float | None = None) -> tuple[bool, list[Outcome[K]]]:
        """Any other key (F-keys, arrows, Esc, Ctrl+letter): acts at once, after what was
        typed before it; inside a frame it is part of the scan and swallowed."""
        if self._framed:
            return True, []
        return False, self.settle(force=True) if self._held else []

    # -- time -----------------------------------------------------------------------------
    def settle(self, *, force: bool = False) -> list[Outcome[K]]:
        """Decide what is held, if its time has come (or at once with ``force``): typing is
        handed back, a burst or frame without its end is refused whole."""
        due = self.deadline()
        if due is None or (not force and self.clock() < due):
            return []
        if self._framed:
            return self._refuse_frame(_("A scan began but never ended"))
        if self.rules.mode == "timing" and self._is_burst():
            keys = tuple(payload for _, payload in self._held)
            return [self._refuse(_no_end(self._count), unended=True, keys=keys)]
        keys = tuple(payload for _, payload in self._held)
        self._reset()
        return [Typed(keys)]

    # -- inside ---------------------------------------------------------------------------
    def _aim_char(self, text: str, payload: K, at: float) -> tuple[bool, list[Outcome[K]]]:
        if not self._held:
            if text != "]":
                return False, []
            self._hold(text, payload, at)
            return True, []
        if at - self._stamps[-1] > self.rules.gap_s:
            out = self.settle(force=True)
            swallow, more = self._aim_char(text, payload, at)
            return swallow, out + more
        self._hold(text, payload, at)
        prefix = "".join(t for t, _ in self._held)
        if len(prefix) < 3:
            return True, []
        if _AIM.match(prefix):
            self._framed = True
            return True, []
        return True, self.settle(force=True)  # a person's "]" and what followed: typing

    def _hold(self, text: str, payload: K, at: float) -> None:
        if not self._held and not self._framed:
            self._origin = payload
            self._burst = True
        elif self._stamps and at - self._stamps[-1] > self.rules.gap_s:
            self._burst = False
        if len(self._held) < MAX_BURST:
            self._held.append((text, payload))
        self._count += 1
        self._stamps.append(at)
        self._arrived = self.clock()

    def _is_burst(self) -> bool:
        return self._burst and self._count >= self.rules.min_length

    def _finish(self) -> Outcome[K]:
        code = "".join(text for text, _ in self._held)
        count, origin = self._count, self._origin
        if count > self.rules.max_length:
            return self._refuse(
                _(
                    "The scan is {count:,} characters long; no parcel code is longer than "
                    "{most}. Refused, nothing typed. Scan again."
                ).format(count=count, most=self.rules.max_length)
            )
        if not code:
            return self._refuse(_("The scan was empty: nothing came between its start and end."))
        self._reset()
        return Scan(code, origin)

    def _refuse_frame(self, what: str) -> list[Outcome[K]]:
        return [
            self._refuse(
                _("{what} ({count:,} characters): refused, nothing typed.").format(
                    what=what, count=self._count
                )
            )
        ]

    def _refuse(
        self, reason: str, *, unended: bool = False, keys: tuple[K, ...] = ()
    ) -> Refused[K]:
        refused: Refused[K] = Refused(reason, self._count, self._origin, unended, keys)
        self._reset()
        self._refused_at = self.clock()
        return refused

    def _reset(self) -> None:
        self._held = []
        self._stamps = []
        self._framed = False
        self._burst = True
        self._count = 0
        self._origin = None


def rules_from(settings: Settings) -> WedgeRules:
    """The scanner rules the settings ask for; BadInput says what is wrong with them."""
    if settings.scanner_mode not in MODES:
        raise BadInput(
            _("scanner_mode must be one of {modes}, not {mode!r}.").format(
                modes=", ".join(MODES), mode=settings.scanner_mode
            )
        )
    if settings.scanner_mode == "prefix" and not settings.scan_start_key.strip():
        raise BadInput(
            _(
                "scanner_mode 'prefix' needs scan_start_key: the key the scanner sends first "
                "(e.g. Tools for a scanner's F13 on Linux, F13 on Windows)."
            )
        )
    if not 5 <= settings.scan_gap_ms <= 200:
        raise BadInput(
            _("scan_gap_ms must be 5–200, not {value}.").format(value=settings.scan_gap_ms)
        )
    if not settings.scan_gap_ms <= settings.scan_enter_ms <= 2000:
        raise BadInput(
            _("scan_enter_ms must be between scan_gap_ms and 2000, not {value}.").format(
                value=settings.scan_enter_ms
            )
        )
    if not 2 <= settings.scan_min_length <= 20:
        raise BadInput(
            _("scan_min_length must be 2–20, not {value}.").format(value=settings.scan_min_length)
        )
    return WedgeRules(
        mode=settings.scanner_mode,
        gap_s=settings.scan_gap_ms / 1000,
        enter_s=settings.scan_enter_ms / 1000,
        min_length=settings.scan_min_length,
    )
