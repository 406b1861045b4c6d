"""One harness session: an X server, the station in a fresh home, a keyboard; plus the
actions a bench worker and a scanner take, and how each scan's outcome is judged."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .station import Event, Station
from .x import GS, Keyboard, Sent, XServer

# The envelope for timing mode: a scan whose keys the X server stamped at most this far
# apart, and whose Enter came at most this late, must be read whole.
ENVELOPE_GAP_MS = 40
ENVELOPE_ENTER_MS = 250

# Keys that carry no text and that the scanner filter lets through on purpose.
MODIFIER_KEYS = {0x01000020, 0x01000021, 0x01000022, 0x01000023, 0x01001103, 0x01000024}
TERMINATOR_KEYS = {0x01000004, 0x01000005, 0x01000001}  # Return, Enter, Tab


@dataclass
class ScanResult:
    code: str
    gaps_ms: list[float]
    enter_ms: float
    sent: Sent
    read: list[str] = field(default_factory=list)  # codes the wedge emitted meanwhile
    leaks: list[dict[str, Any]] = field(default_factory=list)  # keys that reached widgets
    shortcuts: list[str] = field(default_factory=list)
    windows: list[str] = field(default_factory=list)  # top-level windows shown
    messages: list[str] = field(default_factory=list)
    server_gaps_ms: list[int] = field(default_factory=list)
    receive_lag_ms: list[float] = field(default_factory=list)  # send → station's filter

    @property
    def whole(self) -> bool:
        return self.read == [self.code]

    @property
    def broken(self) -> bool:
        return not self.whole

    def left_envelope(self) -> str | None:
        """Why the keys *as the X server stamped them* (the rig's real sending, not its plan)
        fall outside the envelope a scanner keeps, or None. When keys never reached the
        station, the least gaps the rig's own clock proves (``Sent.least_gaps_ms``) are
        judged instead: a key lost though sent in time is the station's failure."""
        sent_keys = len(self.sent.items)
        if sent_keys < 2:
            return None
        gaps: list[float] = list(self.server_gaps_ms)
        if len(gaps) != sent_keys - 1:  # keys missing at the station: the rig's own clock
            gaps = self.sent.least_gaps_ms()
            if len(gaps) != sent_keys - 1:
                return None
        *chars, enter = (round(g) for g in gaps)
        worst = max(chars, default=0)
        if worst > ENVELOPE_GAP_MS:
            return f"a gap of {worst} ms between two keys (envelope {ENVELOPE_GAP_MS} ms)"
        if enter > ENVELOPE_ENTER_MS:
            return f"Enter {enter} ms late (envelope {ENVELOPE_ENTER_MS} ms)"
        return None

    @property
    def leaked_chars(self) -> str:
        return "".join(leak["text"] for leak in self.leaks)

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "whole": self.whole,
            "read": self.read,
            "enter_ms": round(self.enter_ms, 1),
            "gaps_ms": [round(g, 2) for g in self.gaps_ms],
            "achieved_gaps_ms": [round(g, 2) for g in self.sent.gaps_ms()],
            "server_gaps_ms": self.server_gaps_ms,
            "least_gaps_ms": [round(g, 1) for g in self.sent.least_gaps_ms()],
            "receive_lag_ms": [round(v, 1) for v in self.receive_lag_ms],
            "leaks": self.leaks,
            "shortcuts": self.shortcuts,
            "windows": self.windows,
            "messages": self.messages,
        }


class Session:
    def __init__(
        self,
        *,
        display: int,
        wm: bool,
        repo: Path,
        out: Path,
        launch: list[str] | None = None,
        probe: bool = True,
        seed: int = 14,
        focus_window: bool = False,
        env: dict[str, str] | None = None,
    ) -> None:
        self.env = env or {}
        self.scan_prefix: str | None = None  # e.g. "XF86_Tools": a scanner's F13 on X11
        self.focus_window = focus_window
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.x = XServer(display, wm=wm, log_dir=out)
        self.repo = repo
        self.launch = launch
        self.probe = probe
        self.rng = random.Random(seed)
        self.station: Station
        self.kb: Keyboard
        self.load_procs: list[subprocess.Popen[bytes]] = []
        self.started_in_s = 0.0
        self.quiet_s = 0.3  # how long the station must be quiet before a scan is judged
        self.last_badge: ScanResult | None = None  # sign_in's badge scan, judged
        self._wedges: set[str] = set()  # the probe's names of the station's wedge filters

    # -- life -----------------------------------------------------------------------------
    def __enter__(self) -> Session:
        self.x.start()
        try:
            self.station = Station(
                self.x,
                repo=self.repo,
                launch=self.launch,
                home=self.out / "home",
                probe=self.probe,
                env=self.env,
            )
            self.started_in_s = self.station.start()
            self.kb = Keyboard(self.x.name)
            self.station.point_at_window()
            if self.focus_window:  # give the window X input focus explicitly (XSetInputFocus)
                self.x.xdotool("windowfocus", "--sync", str(self.station.window))
            self.settle(1.0)
        except BaseException:
            self.__exit__()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_load()
        try:
            if hasattr(self, "station"):
                self.station.stop()
        finally:
            if hasattr(self, "kb"):
                self.kb.close()
            self.x.stop()

    def start_load(self, n: int) -> None:
        """``n`` CPU-bound processes (``yes >/dev/null``), as a bench PC's camera work would."""
        for _ in range(n):
            self.load_procs.append(
                subprocess.Popen(["yes"], stdout=subprocess.DEVNULL, start_new_session=True)
            )

    def stop_load(self) -> None:
        for p in self.load_procs:
            p.terminate()
            p.wait()
        self.load_procs.clear()

    # -- waiting --------------------------------------------------------------------------
    def settle(self, quiet_s: float = 0.3, max_s: float = 4.0) -> float:
        """Wait until the probe logged nothing but keys for ``quiet_s`` (at most ``max_s``)."""
        if not self.probe:
            time.sleep(quiet_s)
            return quiet_s
        t0 = time.monotonic()
        last = t0
        seen = self.station.count()
        while time.monotonic() - t0 < max_s:
            time.sleep(0.03)
            count = self.station.count()
            if count != seen:
                seen = count
                last = time.monotonic()
            elif time.monotonic() - last >= quiet_s:
                break
        return time.monotonic() - t0

    def wait_delivered(self, since: float, count: int, timeout: float = 30) -> bool:
        """Wait until the station's event loop has seen ``count`` non-modifier key presses
        since ``since`` (a stalled station gets them late; judging earlier would blame the
        next scan)."""
        if not self.probe:
            return True
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = sum(
                1
                for e in self.station.events(since)
                if e.ev == "key" and e.kind == "press" and e.key not in MODIFIER_KEYS
            )
            if seen >= count:
                return True
            time.sleep(0.02)
        return False

    # -- sending --------------------------------------------------------------------------
    def scan(
        self,
        code: str,
        gaps_ms: float | Sequence[float],
        enter_ms: float,
        *,
        terminator: str = "Return",
        settle: bool = True,
    ) -> ScanResult:
        """Send ``code`` as a scanner would: per-key gaps, then the terminator ``enter_ms``
        after the last character."""
        n = len(code)
        gaps = [float(gaps_ms)] * (n - 1) if isinstance(gaps_ms, int | float) else list(gaps_ms)
        offsets = [0.0]
        for g in gaps[: n - 1]:
            offsets.append(offsets[-1] + g / 1000)
        items = [*code]
        if self.scan_prefix:  # prefix/suffix mode: the scanner's start key first
            items.insert(0, self.scan_prefix)
            offsets = [0.0] + [o + (gaps[0] if gaps else 5) / 1000 for o in offsets]
        if terminator:
            items.append(terminator)
            offsets.append(offsets[-1] + enter_ms / 1000)
        self.station.mark(f"scan {code!r}")
        t_mark = time.monotonic()
        sent = self.kb.send(items, offsets, label=code)
        result = ScanResult(code=code, gaps_ms=gaps, enter_ms=enter_ms, sent=sent)
        if settle:
            self.wait_delivered(t_mark, len(items))
            self.settle(self.quiet_s)
            self.judge(result, since=t_mark)
        return result

    def type_human(self, text: str, lo_ms: float = 110, hi_ms: float = 260) -> Sent:
        offsets = [0.0]
        for _ in text[1:]:
            offsets.append(offsets[-1] + self.rng.uniform(lo_ms, hi_ms) / 1000)
        return self.kb.send(list(text), offsets, label=f"typed {text!r}")

    def key(self, name: str, then_s: float = 0.25) -> float:
        t = self.kb.tap(name)
        time.sleep(then_s)
        return t

    # -- judging --------------------------------------------------------------------------
    def wedge_sources(self) -> set[str]:
        if not self._wedges:
            for e in self.station.events():
                if e.ev == "probe" and e.raw.get("state") == "started":
                    self._wedges = set(e.scanners)
                    break
        return self._wedges

    def judge(self, result: ScanResult, since: float, until: float | None = None) -> None:
        wedges = self.wedge_sources()
        events = [e for e in self.station.events(since) if until is None or e.t <= until]
        presses = [e for e in events if e.ev == "key" and e.kind == "press"]
        # A key the window system stamped before the scan's first key is not the scan's: a
        # note's last letter, held for the gap and handed back late by a loaded station.
        head = result.sent.items[0] if result.sent.items else ""
        starts = [e for e in presses if e.text == head] or presses
        first = starts[0].ts if starts else 0
        result.read = [e.code for e in events if e.ev == "scan" and e.src in wedges]
        result.leaks = [
            {"text": e.text, "key": e.key, "to": e.recv, "replayed": not e.spont}
            for e in events
            if e.ev == "leak"
            and (e.text or e.key in TERMINATOR_KEYS)
            and e.key not in MODIFIER_KEYS
            and e.ts >= first
        ]
        result.shortcuts = [e.keys for e in events if e.ev == "shortcut"]
        result.windows = [
            f"{e.cls}:{e.title}" for e in events if e.ev == "window" and e.state == "show"
        ]
        result.messages = [e.text for e in events if e.ev in ("msg", "msg_set")]
        text_presses = [e for e in presses if e.key not in MODIFIER_KEYS]
        result.server_gaps_ms = [b.ts - a.ts for a, b in itertools.pairwise(text_presses)]
        result.receive_lag_ms = [
            (e.t - at) * 1000 for e, at in zip(text_presses, result.sent.at, strict=False)
        ]

    # -- station state --------------------------------------------------------------------
    def open_units(self) -> list[str]:
        return [r[0] for r in self.station.query("SELECT lpn FROM inspections WHERE status='open'")]

    def dialogs(self) -> list[dict[str, Any]]:
        snap = self.station.snap()
        return [w for w in snap["windows"] if w["cls"] != "MainWindow"]

    def close_dialogs(self, tries: int = 6) -> int:
        closed = 0
        for _ in range(tries):
            if not self.dialogs():
                break
            self.key("Escape", 0.3)
            closed += 1
        return closed

    def cancel_open_unit(self) -> bool:
        """Ctrl+Del, Enter on the reason dialog: the unit on the bench is cancelled."""
        if not self.open_units():
            return True
        self.close_dialogs()
        self.key("ctrl+Delete", 0.5)
        if self.dialogs():
            self.key("Return", 0.6)
        self.settle(0.3)
        return not self.open_units()

    def sign_in(self, badge: str = "DEMO-OPERATOR", pin: str = "1111") -> bool:
        """Badge as a scan (a burst), the PIN typed by hand."""
        since = time.monotonic()
        self.last_badge = self.scan(badge, 5, 10, settle=False)
        time.sleep(0.4)
        self.type_human(pin)
        time.sleep(0.15)
        self.kb.tap("Return")
        if not self.probe:  # from the database: the sign-in's audit row
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                rows = self.station.query(
                    "SELECT count(*) FROM audit_events WHERE action='auth.signed_in'"
                )
                if rows and rows[0][0]:
                    return True
                time.sleep(0.2)
            return False
        ok = self.station.wait_for(
            lambda e: e.ev == "msg" and "signed in" in e.text, since, timeout=10
        )
        self.settle(0.3)
        self.judge(self.last_badge, since=since)  # the badge's own keys, not the PIN's:
        self.last_badge.server_gaps_ms = self.last_badge.server_gaps_ms[: len(badge)]
        return ok is not None

    # -- codes from the demo data ---------------------------------------------------------
    def codes(self) -> dict[str, list[str]]:
        rows = self.station.query(
            "SELECT rma, order_number, tracking_number, carrier FROM expected_returns ORDER BY id"
        )
        eans = [
            r[0]
            for r in self.station.query(
                "SELECT DISTINCT ean FROM expected_return_lines WHERE ean IS NOT NULL"
            )
        ]
        gs1 = [
            f"]C101{'0' + ean if len(ean) == 13 else ean}10LOT{n:03d}{GS}21SN{n:05d}"
            for n, ean in enumerate(eans)
        ]
        return {
            "rma": [r[0] for r in rows],
            "order": [r[1] for r in rows],
            "tracking": [r[2] for r in rows if r[2]],
            "ups": [r[2] for r in rows if r[3] == "UPS"],
            "gs1": gs1,
        }

    def plates(self) -> list[str]:
        return [r[0] for r in self.station.query("SELECT lpn FROM units ORDER BY created_at")]


def draw_gaps(rng: random.Random, n: int, lo: float, hi: float) -> list[float]:
    return [rng.uniform(lo, hi) for _ in range(max(0, n - 1))]


def loadavg() -> str:
    return " ".join(f"{v:.2f}" for v in os.getloadavg())


def summarise(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {}
    v = sorted(values)

    def q(p: float) -> float:
        return v[min(len(v) - 1, round(p * (len(v) - 1)))]

    return {
        "n": len(v),
        "min": round(v[0], 2),
        "p50": round(q(0.5), 2),
        "p95": round(q(0.95), 2),
        "p99": round(q(0.99), 2),
        "max": round(v[-1], 2),
    }


Pred = Callable[[Event], bool]
