"""Keys and scans through the real window (``./station bench --only scanner``).

Real X key events (XTest under Xvfb, openbox) into the demo station, observed by the probe
in its process (tests/realx). Three figures:

* **key → screen** for the bench's keys: from the moment a key is sent to the message line
  getting its text, for a letter command (``a`` at an empty bench: "Scan a parcel before
  grading") and a function key (F10: "Nothing to confirm"), in ``timing`` mode and in
  ``prefix`` mode; and what the scanner filter itself holds the key (key into the station's
  event loop → key reaching the bench);
* **scan → parcel shown**: from the scan's Enter being sent to "Opened LP…" on the message
  line, an RMA scanned at an empty bench (the unit is cancelled between scans);
* **waiting per unit** in a scripted run: for every key and scan the script sends, the time
  until the message line answers, summed per unit (scan the parcel, photo, grade, F10, the
  missing-photo reason, the printed plate scanned).
"""

from __future__ import annotations

import os
import random
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.measure import summarize
from benchmarks.report import Section, table

if TYPE_CHECKING:
    from benchmarks.__main__ import Context
    from tests.realx.session import Session

ROOT = Path(__file__).resolve().parents[1]
LETTER, FKEY = "a", "F10"


def _ms(value: float) -> str:
    return f"{value:.1f}"


def _key_to_screen(s: Session, key: str, presses: int) -> tuple[list[float], list[float]]:
    """(key sent → message set, key in the loop → key at the bench or its shortcut) in ms."""
    to_screen, held = [], []
    for _ in range(presses):
        before = time.monotonic()
        s.kb.tap(key)
        msg = s.station.wait_for(lambda e: e.ev == "msg_set", before, timeout=5)
        time.sleep(0.35)
        events = s.station.events(before)
        raw = next((e for e in events if e.ev == "key" and e.kind == "press"), None)
        reached = next(
            (e for e in events if (e.ev == "leak" and e.text.lower() == key) or e.ev == "shortcut"),
            None,
        )
        if msg is not None:
            to_screen.append((msg.t - before) * 1000)
        if raw is not None and reached is not None:
            held.append((reached.t - raw.t) * 1000)
    return to_screen, held


def _scan_to_shown(s: Session, scans: int, rng: random.Random) -> list[float]:
    codes = s.codes()["rma"][:scans]
    out = []
    for code in codes:
        s.close_dialogs()
        s.cancel_open_unit()
        gaps = [rng.uniform(1, 25) for _ in code[1:]]
        r = s.scan(code, gaps, rng.uniform(0, 200), settle=False)
        enter_at = r.sent.at[-1]
        shown = s.station.wait_for(
            lambda e: e.ev == "msg_set" and e.text.startswith("Opened"), enter_at - 0.05, 10
        )
        if shown is not None:
            out.append((shown.t - enter_at) * 1000)
        s.settle(0.2)
    s.cancel_open_unit()
    return out


def _answer_ms(s: Session, sent_at: float, timeout: float = 10) -> float | None:
    msg = s.station.wait_for(lambda e: e.ev == "msg_set", sent_at - 0.002, timeout)
    return None if msg is None else max(0.0, (msg.t - sent_at) * 1000)


def _label_sent(s: Session, lpn: str, since: float, timeout: float = 10) -> bool:
    """The unit's label printed: said on the message line, or its print job sent."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(e.ev == "msg_set" and "printed" in e.text for e in s.station.events(since)):
            return True
        jobs = s.station.query(
            "SELECT j.state FROM print_jobs j JOIN inspections i ON i.id = j.inspection_id"
            " WHERE i.lpn = ?",
            lpn,
        )
        if any(state == "sent" for (state,) in jobs):
            return True
        time.sleep(0.05)
    return False


def _unit_run(
    s: Session, parcels: int, rng: random.Random
) -> tuple[list[float], int, Counter[str]]:
    """Waiting per finished unit (ms) in a scripted run of ``parcels`` RMA scans, and why each
    parcel left out was (its times are not guessed)."""
    per_unit: list[float] = []
    left_out: Counter[str] = Counter()
    codes = s.codes()["rma"]
    for code in codes[:parcels]:
        s.close_dialogs()
        s.cancel_open_unit()
        waits: list[float | None] = []
        r = s.scan(code, [rng.uniform(1, 25) for _ in code[1:]], rng.uniform(0, 200), settle=False)
        waits.append(_answer_ms(s, r.sent.at[-1]))
        s.settle(0.15)
        lpn = next(iter(s.open_units()), None)
        if lpn is None:
            left_out["no unit opened"] += 1
            continue
        for key in ("space", rng.choice("ABC"), "F10"):
            sent = s.kb.tap(key)
            waits.append(_answer_ms(s, sent))
            s.settle(0.15)
            if key != "F10":
                s.close_dialogs()  # a grade against the checklist asks why: not timed
        finish_sent = sent  # the F10
        if s.dialogs():  # photos missing: the first reason
            sent = s.kb.tap("Return")
            waits.append(_answer_ms(s, sent))
            s.settle(0.15)
        # When the parcel has another unit, the bench opens it at once and says so instead
        # of "Label … printed" (the printed sound still plays): the print job tells.
        if not _label_sent(s, lpn, finish_sent):
            said = [e.text for e in s.station.events(r.sent.at[0]) if e.ev == "msg_set"]
            last = said[-1] if said else "nothing"
            left_out[f"no label printed within 10 s (the bench said: {last!r})"] += 1
            continue
        r = s.scan(lpn, [rng.uniform(1, 25) for _ in lpn[1:]], rng.uniform(0, 200), settle=False)
        waits.append(_answer_ms(s, r.sent.at[-1]))
        s.settle(0.15)
        if all(w is not None for w in waits):
            per_unit.append(sum(w for w in waits if w is not None))
        else:
            left_out["a key or scan the message line never answered"] += 1
    return per_unit, parcels, left_out


def _session(out: Path, mode: str) -> Session:
    from tests.realx.session import Session
    from tests.realx.x import free_display

    home = out / "home"
    home.mkdir(parents=True, exist_ok=True)
    if mode == "prefix":
        (home / "settings.toml").write_text(
            'scanner_mode = "prefix"\nscan_start_key = "Tools"\n', encoding="utf-8"
        )
    session = Session(display=free_display(), wm=True, repo=ROOT, out=out)
    if mode == "prefix":
        session.scan_prefix = "XF86_Tools"  # a scanner's F13 on X11
    return session


def run(context: Context) -> Section:
    missing = [t for t in ("Xvfb", "openbox", "xdotool", "import") if not shutil.which(t)]
    if missing:
        return Section("Scanner keys", [f"Skipped: {', '.join(missing)} not installed."])
    presses = 10 if context.quick else 40
    scans = 10 if context.quick else 40
    parcels = 20 if context.quick else 200
    rng = random.Random(14)
    rows, held_rows, lines = [], [], []
    load_before = " ".join(f"{v:.1f}" for v in os.getloadavg())
    for mode in ("timing", "prefix"):
        with _session(context.tmp / f"keys-{mode}", mode) as s:
            s.sign_in()
            s.settle(0.5)
            for key in (LETTER, FKEY):
                screen, held = _key_to_screen(s, key, presses)
                a, b = summarize(screen), summarize(held)
                rows.append([mode, key, str(a.count), _ms(a.p50), _ms(a.p95), _ms(a.p99)])
                if key == LETTER:  # a function key is never held: it fires as it comes
                    held_rows.append([mode, key, _ms(b.p50), _ms(b.p99)])
            if mode == "timing":
                shown = summarize(_scan_to_shown(s, scans, rng))
                per_unit, tried, left_out = _unit_run(s, parcels, rng)
                units = summarize(per_unit)
    lines += table(["mode", "key", "n", "key → screen p50 ms", "p95", "p99"], rows)
    lines += ["", *table(["mode", "key", "held by the scanner filter p50 ms", "p99"], held_rows)]
    lines += [
        "",
        f"Scan → parcel shown (Enter sent → 'Opened …'), {shown.count} RMA scans: "
        f"p50 {_ms(shown.p50)} ms, p95 {_ms(shown.p95)} ms, p99 {_ms(shown.p99)} ms.",
        f"Waiting per unit ({units.count} units finished of {tried} parcels; every key and "
        f"scan → the message line's answer, summed): p50 {units.p50 / 1000:.2f} s, "
        f"p95 {units.p95 / 1000:.2f} s, p99 {units.p99 / 1000:.2f} s."
        + (
            " Left out: " + ", ".join(f"{why} ({n})" for why, n in sorted(left_out.items())) + "."
            if left_out
            else ""
        ),
        f"Load average before: {load_before}; after: "
        + " ".join(f"{v:.1f}" for v in os.getloadavg())
        + ".",
    ]
    return Section("Scanner keys through the real window", lines)
