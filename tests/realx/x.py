"""X side of the harness: an Xvfb (with or without openbox) and a keyboard that sends real
X key events through XTest with exact timing.

The keyboard is a plain X client (python-xlib): each key is ``xtest.fake_input`` press +
release followed by ``display.sync()``, so when the call returns the server has processed the
key and stamped it with its own time. Gaps are kept by sleeping to ~1.5 ms before the planned
moment and spinning the rest, on ``time.monotonic`` (the clock the probe in the station logs
with, so both logs line up).

The GS1 group separator (0x1D) is sent as Ctrl+] — what a USB HID scanner sends for it on a
US layout, and what ``xdotool key ctrl+bracketright`` sends. ``xdotool type $'\\x1d'`` does
*not* work: it binds a spare keycode to keysym 0x1d, which Qt delivers as key 0 with no text.
"""

from __future__ import annotations

import contextlib
import gc
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from Xlib import XK, X, display
from Xlib.ext import xtest

# Display numbers the tests may take (a free one is picked): "31-39" unless the environment
# names another range (a machine running other X servers).
DISPLAYS_ENV = "INSPECT_STATION_X_DISPLAYS"
GS = "\x1d"


def _can_realtime() -> bool:
    try:
        return subprocess.run(["chrt", "-f", "1", "true"], capture_output=True).returncode == 0
    except FileNotFoundError:
        return False


class Realtime:
    """SCHED_FIFO for this process while sending keys (if allowed), and no garbage collection
    (one in the middle of a scan would stretch a gap by the time it takes); both restored."""

    def __enter__(self) -> None:
        self.before = os.sched_getscheduler(0), os.sched_getparam(0)
        self.collecting = gc.isenabled()
        gc.disable()
        with contextlib.suppress(PermissionError, OSError):
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(10))

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(PermissionError, OSError):
            os.sched_setscheduler(0, self.before[0], self.before[1])
        if self.collecting:
            gc.enable()


def allowed_displays() -> range:
    low, _, high = os.environ.get(DISPLAYS_ENV, "31-39").partition("-")
    return range(int(low), int(high or low) + 1)


def free_display() -> int:
    """A display number in the allowed range with no X server on it."""
    for number in allowed_displays():
        lock = Path(f"/tmp/.X{number}-lock")
        if not lock.exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
            return number
    raise RuntimeError(f"no free X display in {allowed_displays()} ({DISPLAYS_ENV})")


def wait_until(deadline: float) -> float:
    """Sleep, then spin, until time.monotonic() >= deadline; returns the time reached."""
    while True:
        now = time.monotonic()
        left = deadline - now
        if left <= 0:
            return now
        if left > 0.002:
            time.sleep(left - 0.0015)


class XServer:
    """Xvfb on ``:n`` (1366x768), optionally with openbox as the window manager."""

    def __init__(
        self,
        number: int,
        *,
        wm: bool,
        size: str = "1366x768x24",
        log_dir: Path,
        realtime: bool = True,
    ):
        if number not in allowed_displays():
            raise ValueError(f"display :{number} is not in {DISPLAYS_ENV} ({allowed_displays()})")
        self.number = number
        self.name = f":{number}"
        self.wm = wm
        self.size = size
        self.log_dir = log_dir
        # Real hardware timestamps keys in the kernel, whatever the load; Xvfb stamps an XTest
        # key when it gets round to it. Run Xvfb (and the sender) real-time so the load under
        # test slows the station, not the keyboard.
        self.realtime = realtime and _can_realtime()
        self.procs: list[subprocess.Popen[bytes]] = []

    def __enter__(self) -> XServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        lock = Path(f"/tmp/.X{self.number}-lock")
        if lock.exists():
            try:
                pid = int(lock.read_text().strip())
                os.kill(pid, 0)
                raise RuntimeError(f"display {self.name} is in use (pid {pid})")
            except (ValueError, ProcessLookupError):
                lock.unlink(missing_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        xvfb_log = open(self.log_dir / f"xvfb{self.number}.log", "wb")  # noqa: SIM115
        self.procs.append(
            subprocess.Popen(
                [
                    *(["chrt", "-f", "20"] if self.realtime else []),
                    "Xvfb",
                    self.name,
                    "-screen",
                    "0",
                    self.size,
                    "-nolisten",
                    "tcp",
                    "-noreset",
                ],
                stdout=xvfb_log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        )
        sock = Path(f"/tmp/.X11-unix/X{self.number}")
        for _ in range(200):
            if sock.exists():
                try:
                    display.Display(self.name).close()
                    break
                except Exception:
                    pass
            time.sleep(0.025)
        else:
            raise RuntimeError(f"Xvfb {self.name} did not start")
        if self.wm:
            if not shutil.which("openbox"):
                raise RuntimeError("openbox is not installed (apt-get install openbox)")
            wm_log = open(self.log_dir / f"openbox{self.number}.log", "wb")  # noqa: SIM115
            self.procs.append(
                subprocess.Popen(
                    ["openbox", "--sm-disable"],
                    env={**os.environ, "DISPLAY": self.name},
                    stdout=wm_log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,
                )
            )
            d = display.Display(self.name)
            atom = d.intern_atom("_NET_SUPPORTING_WM_CHECK")
            for _ in range(200):
                if d.screen().root.get_full_property(atom, X.AnyPropertyType):
                    break
                time.sleep(0.025)
            else:
                raise RuntimeError("openbox did not come up")
            d.close()

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(5)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        self.procs.clear()

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.name}

    def screenshot(self, path: Path) -> Path:
        subprocess.run(
            ["import", "-display", self.name, "-window", "root", str(path)],
            check=True,
            capture_output=True,
        )
        return path

    def xdotool(self, *args: str, timeout: float = 10) -> str:
        out = subprocess.run(
            ["xdotool", *args],
            env={**os.environ, "DISPLAY": self.name},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        return out.stdout.strip()

    def find_window(self, name_regex: str, timeout: float = 30) -> int:
        """The first visible window whose title matches (xdotool search)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = self.xdotool("search", "--onlyvisible", "--name", name_regex)
            ids = [int(line) for line in out.split() if line.strip().isdigit()]
            if ids:
                return ids[0]
            time.sleep(0.1)
        raise TimeoutError(f"no window matching {name_regex!r} on {self.name}")


@dataclass
class Sent:
    """What one send did: the moments (monotonic, after sync) each key was processed."""

    label: str
    items: list[str]
    at: list[float] = field(default_factory=list)
    began: list[float] = field(default_factory=list)  # just before each key was sent

    def least_gaps_ms(self) -> list[float]:
        """The least each gap can have been at the X server: key i was processed after the
        rig began sending it, key i-1 before the rig's sync for it returned."""
        return [(b - a) * 1000 for a, b in zip(self.at, self.began[1:], strict=False)]

    @property
    def start(self) -> float:
        return self.at[0] if self.at else 0.0

    @property
    def end(self) -> float:
        return self.at[-1] if self.at else 0.0

    def gaps_ms(self) -> list[float]:
        return [(b - a) * 1000 for a, b in zip(self.at, self.at[1:], strict=False)]


class Keyboard:
    """Real key events via XTest, with planned moments for each key."""

    NAMED: ClassVar[dict[str, str]] = {
        "\r": "Return",
        "\n": "Return",
        "\t": "Tab",
        "\x1b": "Escape",
        " ": "space",
    }

    def __init__(self, display_name: str):
        self.d = display.Display(display_name)
        if not self.d.has_extension("XTEST"):
            raise RuntimeError("the X server has no XTEST")
        XK.load_keysym_group("xf86")
        XK.load_keysym_group("xkb")
        self._map: dict[int, tuple[int, int]] = {}
        mn = self.d.display.info.min_keycode
        count = self.d.display.info.max_keycode - mn + 1
        for i, syms in enumerate(self.d.get_keyboard_mapping(mn, count)):
            for level, ks in enumerate(syms[:2]):
                if ks and ks not in self._map:
                    self._map[ks] = (mn + i, level)
        self.shift = self._keycode("Shift_L")
        self.ctrl = self._keycode("Control_L")
        self.alt = self._keycode("Alt_L")
        self.altgr = self._map.get(0xFE03, (0, 0))[0]  # ISO_Level3_Shift, if mapped

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.d.close()

    def _keycode(self, name: str) -> int:
        ks = XK.string_to_keysym(name)
        if not ks or ks not in self._map:
            raise KeyError(f"no keycode for {name!r} in this keymap")
        return self._map[ks][0]

    def strokes(self, item: str) -> list[tuple[int, bool]]:
        """(keycode, press?) events for one item: a character, or a key name with optional
        modifiers such as ``ctrl+Delete``, ``F10``, ``Return``."""
        if item == GS:
            kc = self._keycode("bracketright")
            return [(self.ctrl, True), (kc, True), (kc, False), (self.ctrl, False)]
        if len(item) == 1 and item not in self.NAMED:
            cp = ord(item)
            ks = cp if (0x20 <= cp <= 0x7E or 0xA0 <= cp <= 0xFF) else 0x1000000 + cp
            if ks not in self._map:
                raise KeyError(f"character {item!r} has no key in this keymap")
            kc, level = self._map[ks]
            mods = [self.shift] if level == 1 else []
        else:
            *mod_names, name = (self.NAMED.get(item, item)).split("+")
            mods = [
                {"ctrl": self.ctrl, "shift": self.shift, "alt": self.alt, "altgr": self.altgr}[
                    m.lower()
                ]
                for m in mod_names
            ]
            kc = self._keycode(name)
        return (
            [(m, True) for m in mods]
            + [(kc, True), (kc, False)]
            + [(m, False) for m in reversed(mods)]
        )

    def _emit(self, events: Iterable[tuple[int, bool]]) -> float:
        for kc, down in events:
            xtest.fake_input(self.d, X.KeyPress if down else X.KeyRelease, kc)
        self.d.sync()
        return time.monotonic()

    def tap(self, item: str) -> float:
        strokes = self.strokes(item)
        with Realtime():
            return self._emit(strokes)

    def send(self, items: Sequence[str], offsets: Sequence[float], label: str = "") -> Sent:
        """Send ``items`` at ``start + offsets[i]`` seconds (offsets ascending, first 0)."""
        plan = [self.strokes(item) for item in items]  # look-ups before the clock starts
        sent = Sent(label=label, items=list(items))
        with Realtime():
            start = time.monotonic() + 0.002
            for strokes, offset in zip(plan, offsets, strict=True):
                sent.began.append(wait_until(start + offset))
                sent.at.append(self._emit(strokes))
        return sent

    def type_evenly(self, text: str, gap_s: float, label: str = "") -> Sent:
        return self.send(list(text), [i * gap_s for i in range(len(text))], label)
