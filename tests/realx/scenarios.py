"""Scenarios: each takes a signed-in (or fresh) Session and returns a JSON-able result."""

from __future__ import annotations

import random
import time
from typing import Any

from .session import ScanResult, Session, draw_gaps, loadavg, summarise

_SCAN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"


def is_stray(r: ScanResult) -> bool:
    """A shortcut fired, or a window opened by a scan that was not read whole (a dialog
    opened by a whole scan's outcome, the return chooser, is no stray command)."""
    return bool(r.shortcuts) or (bool(r.windows) and not r.whole)


def tally(results: list[ScanResult]) -> dict[str, Any]:
    leaked = [r for r in results if r.leaks]
    stray = [r for r in results if is_stray(r)]
    return {
        "scans": len(results),
        "whole": sum(r.whole for r in results),
        "broken": sum(r.broken for r in results),
        "with_leaked_keys": len(leaked),
        "leaked_chars": sum(len(r.leaks) for r in results),
        "with_stray_dialog_or_shortcut": len(stray),
        "achieved_gap_ms": summarise([g for r in results for g in r.sent.gaps_ms()[:-1]]),
        "server_gap_ms": summarise([g for r in results for g in r.server_gaps_ms[:-1]]),
        "achieved_enter_ms": summarise(
            [r.sent.gaps_ms()[-1] for r in results if len(r.sent.at) > 1]
        ),
        "receive_lag_ms": summarise([v for r in results for v in r.receive_lag_ms]),
        "examples_broken": [r.as_dict() for r in results if r.broken][:3],
    }


def enter_late(
    s: Session, *, gap_ms: float = 8, plan: dict[float, int] | None = None, kind: str = "rma"
) -> dict[str, Any]:
    """RMA scans at a fixed per-key gap with the Enter late by each delay in ``plan``.
    Between scans the bench is put back to empty (a unit a whole scan opened is cancelled),
    so every scan meets the same state: an empty bench."""
    plan = plan or {0: 60, 40: 20, 100: 20, 200: 20}
    codes = s.codes()[kind]
    out: dict[str, Any] = {"gap_ms": gap_ms, "load": loadavg(), "by_enter_ms": {}}
    i = 0
    for delay, count in plan.items():
        results = []
        for _ in range(count):
            s.close_dialogs()
            s.cancel_open_unit()
            r = s.scan(codes[i % len(codes)], gap_ms, delay)
            i += 1
            results.append(r)
        counted = tally(results)
        counted["messages_of_broken"] = sorted(
            {m for r in results if r.broken for m in r.messages}
        )[:6]
        out["by_enter_ms"][str(delay)] = counted
    s.close_dialogs()
    s.cancel_open_unit()
    out["load_after"] = loadavg()
    return out


def ups_while_open(s: Session, *, reps: int = 5, gap_ms: float = 8, enter_ms: float = 60) -> dict:
    """A UPS number whose Enter comes late while a unit is open: what do its keys do?"""
    codes = s.codes()
    reps_out = []
    for n in range(reps):
        s.close_dialogs()
        s.cancel_open_unit()
        opener = s.scan(codes["rma"][50 + n], 5, 0)
        time.sleep(0.5)
        if not s.open_units():
            reps_out.append({"error": "the RMA scan opened no unit", "opener": opener.as_dict()})
            continue
        before = s.station.snap()
        r = s.scan(codes["ups"][n % len(codes["ups"])], gap_ms, enter_ms)
        time.sleep(0.8)
        after = s.station.snap()
        shot = s.station.screenshot(f"ups-open-{n}")
        reps_out.append(
            {
                "scan": r.as_dict(),
                "whole": r.whole,
                "checked_before": before["checked"],
                "checked_after": after["checked"],
                "dialogs_after": [w for w in after["windows"] if w["cls"] != "MainWindow"],
                "messages_after": after["messages"],
                "screenshot": str(shot),
            }
        )
        s.close_dialogs()
        s.cancel_open_unit()
    return {
        "load": loadavg(),
        "whole": sum(1 for r in reps_out if r.get("whole")),
        "reps": reps_out,
    }


def burst(s: Session, *, length: int = 2000, lo_ms: float = 1, hi_ms: float = 3) -> dict:
    """A long burst of random code characters with gaps drawn from [lo_ms, hi_ms], then Enter."""
    rng = random.Random(2000)
    code = "".join(rng.choice(_SCAN_CHARS) for _ in range(length))
    s.close_dialogs()
    s.cancel_open_unit()
    tb_before = len(s.station.tracebacks())
    t0 = time.monotonic()
    r = s.scan(code, draw_gaps(rng, length, lo_ms, hi_ms), 0, settle=False)
    s.settle(quiet_s=1.0, max_s=60)
    s.judge(r, since=t0 - 0.01)
    snap = s.station.snap()
    shot = s.station.screenshot("burst")
    result = {
        "length": length,
        "gaps_ms": [lo_ms, hi_ms],
        "load": loadavg(),
        "send_s": round(r.sent.end - r.sent.start, 2),
        "reads": [len(c) for c in r.read],
        "whole": r.whole,
        "leaked_keys": len(r.leaks),
        "leaked_to": sorted({leak["to"] for leak in r.leaks}),
        "windows_shown": r.windows,
        "dialogs_open_after": [w for w in snap["windows"] if w["cls"] != "MainWindow"],
        "messages": r.messages[-6:],
        "new_tracebacks": len(s.station.tracebacks()) - tb_before,
        "screenshot": str(shot),
        "receive_lag_ms": summarise(r.receive_lag_ms),
    }
    s.close_dialogs(tries=20)
    s.cancel_open_unit()
    return result


def _x_focus(s: Session) -> str:
    f = s.kb.d.get_input_focus().focus
    if isinstance(f, int):
        return {0: "None", 1: "PointerRoot"}.get(f, str(f))
    if f.id == s.kb.d.screen().root.id:
        return f"root 0x{f.id:x}"
    try:
        name = f.get_wm_name()
    except Exception:
        name = None
    return f"0x{f.id:x} {name!r}"


def _state(s: Session, label: str, key: str | None, since: float) -> dict[str, Any]:
    snap = s.station.snap()
    events = s.station.events(since)
    return {
        "step": label,
        "key": key,
        "shortcuts": [e.keys for e in events if e.ev == "shortcut"],
        "reached": [e.recv for e in events if e.ev == "key" and e.kind == "press"][:2],
        "pages": snap["pages"],
        "active_window": snap["active_window"],
        "focus_window": snap["focus_window"],
        "focus_widget": snap["focus_widget"],
        "x_focus": _x_focus(s),
        "dialogs": [w["title"] for w in snap["windows"] if w["cls"] != "MainWindow"],
        "messages": [e.text for e in events if e.ev == "msg"][-2:],
    }


# The main window's function keys besides F1 (the bench) and F10 (confirm): each is pressed,
# whatever it opened is closed with Esc, and F1 must bring the bench back.
PAGE_KEYS = ("F2", "F4", "F6", "F7", "F8", "F11", "F12")


def fkeys(s: Session, *, signed_in_already: bool = True) -> dict[str, Any]:
    """Do the function keys and Ctrl+Enter work after sign-in and after every dialog closes?
    Every main-window F-key after sign-in, after the cancel dialog, after the file dialog, and
    F1 after whatever each F-key opened was closed again."""
    steps = []

    def press(label: str, key: str) -> None:
        t = time.monotonic()
        s.key(key, 0.35)
        s.settle(0.15)
        steps.append(_state(s, label, key, t))

    def every_page_key(when: str) -> None:
        for key in PAGE_KEYS:
            press(f"{key} {when}", key)
            if s.close_dialogs():
                press(f"F1 after closing what {key} opened ({when})", "F1")
            else:
                press(f"F1 back from {key} ({when})", "F1")

    steps.append(_state(s, "after sign-in", None, time.monotonic()))
    every_page_key("after sign-in")
    codes = s.codes()
    s.scan(codes["rma"][120], 5, 0)
    time.sleep(0.6)
    steps.append(_state(s, "unit opened by a scan", None, time.monotonic() - 0.6))
    press("F10 with unit open", "F10")
    press("ctrl+Return with unit open", "ctrl+Return")
    press("Ctrl+Del opens the cancel dialog", "ctrl+Delete")
    press("Escape closes it", "Escape")
    press("F10 after the dialog closed", "F10")
    press("ctrl+Return after the dialog closed", "ctrl+Return")
    every_page_key("after the cancel dialog")
    press("O opens the file dialog", "o")
    press("Escape closes it", "Escape")
    press("F10 after the file dialog", "F10")
    press("ctrl+Return after the file dialog", "ctrl+Return")
    every_page_key("after the file dialog")
    s.cancel_open_unit()
    worked = {
        st["step"]: bool(st["shortcuts"])
        for st in steps
        if st["key"] and st["key"] not in ("Escape", "o")  # keys, not shortcuts
    }
    return {"wm": s.x.wm, "steps": steps, "fired": worked}


def routing(s: Session) -> dict[str, Any]:
    """Where a scan goes: the lock screen, the add-user dialog, history's find, a file dialog."""
    codes = s.codes()
    out: dict[str, Any] = {}
    # Lock screen: a parcel code.
    t = time.monotonic()
    s.key("ctrl+l", 0.6)
    r = s.scan(codes["rma"][4], 5, 0)
    time.sleep(1.0)
    out["lock_screen_parcel"] = {
        "read": r.read,
        "messages": [e.text for e in s.station.events(t) if e.ev == "msg"],
    }
    s.key("Escape", 0.3)
    # Sign in as the admin (users screen, add-user dialog).
    s.sign_in("DEMO-ADMIN", "3333")
    t = time.monotonic()
    s.key("F8", 0.8)
    s.key("Insert", 0.8)
    snap = s.station.snap()
    r = s.scan("B-NEW-01", 5, 0)
    time.sleep(1.0)
    snap2 = s.station.snap()
    out["add_user_badge"] = {
        "dialog": [w["title"] for w in snap["windows"] if w["cls"] != "MainWindow"],
        "focus_before_scan": snap["focus_widget"],
        "read": r.read,
        "fields_after": snap2["fields"],
        "messages": [e.text for e in s.station.events(t) if e.ev == "msg"][-3:],
        "screenshot": str(s.station.screenshot("add-user-badge")),
    }
    s.close_dialogs()
    s.key("F1", 0.4)
    # History's find field: a file name typed fast (a person, 25 ms a key) and a plate.
    t = time.monotonic()
    s.key("F2", 0.8)
    s.key("ctrl+f", 0.4)
    snap = s.station.snap()
    typed = s.kb.type_evenly("photo_0001.jpg", 0.025)
    s.kb.tap("Return")
    time.sleep(1.0)
    snap2 = s.station.snap()
    out["history_find_fast_typing"] = {
        "focus_before": snap["focus_widget"],
        "achieved_gap_ms": summarise(typed.gaps_ms()),
        "reads": [e.code for e in s.station.events(t) if e.ev == "scan"],
        "fields_after": snap2["fields"],
        "messages": [e.text for e in s.station.events(t) if e.ev == "msg"][-3:],
    }
    s.key("F1", 0.4)
    # The file dialog (O) on an open unit: a file name typed fast.
    s.scan(codes["rma"][130], 5, 0)
    time.sleep(0.8)
    t = time.monotonic()
    s.key("o", 1.0)
    snap = s.station.snap()
    typed = s.kb.type_evenly("/tmp/none.jpg", 0.02)
    s.kb.tap("Return")
    time.sleep(1.0)
    snap2 = s.station.snap()
    out["file_dialog_fast_typing"] = {
        "dialogs": [w["title"] for w in snap["windows"] if w["cls"] != "MainWindow"],
        "focus_before": snap["focus_widget"],
        "reads": [e.code for e in s.station.events(t) if e.ev == "scan"],
        "fields_after": snap2["fields"],
        "messages": [e.text for e in s.station.events(t) if e.ev == "msg"][-3:],
    }
    s.close_dialogs()
    s.cancel_open_unit()
    return out


def mixed(
    s: Session,
    *,
    parcels: int = 40,
    gap_lo: float = 1,
    gap_hi: float = 25,
    slow_share: float = 0.1,
    slow_hi: float = 40,
    enter_hi: float = 250,
    seed: int = 6,
) -> dict[str, Any]:
    """A scripted bench run: per parcel a code of a random kind with random gaps and a late
    Enter; if a unit opens, bench keys and a slowly typed note, confirm, answer the missing-
    photo question, then scan the printed plate (confirms the label). Every so often a second
    parcel is scanned while the unit is open (it must be refused, not typed)."""
    rng = random.Random(seed)
    codes = s.codes()
    kinds = ["rma", "order", "tracking", "gs1"]
    used: set[str] = set()
    results: list[ScanResult] = []
    opened_by_script: list[str] = []
    finished: list[str] = []
    tb_before = len(s.station.tracebacks())
    t_start = time.monotonic()

    def scan(code: str) -> ScanResult:
        n = len(code)
        hi = slow_hi if rng.random() < slow_share else gap_hi
        r = s.scan(code, draw_gaps(rng, n, gap_lo, hi), rng.uniform(0, enter_hi))
        results.append(r)
        return r

    for _p in range(parcels):
        s.close_dialogs()
        s.cancel_open_unit()
        kind = rng.choice(kinds)
        pool = [c for c in codes[kind] if c not in used] or codes[kind]
        code = rng.choice(pool[:150]) if kind != "gs1" else rng.choice(pool)
        used.add(code)
        before = set(s.open_units())
        r = scan(code)
        time.sleep(0.3)
        now_open = [u for u in s.open_units() if u not in before]
        if not now_open:
            continue  # no unit (chooser, not found, already received): next parcel
        lpn = now_open[0]
        if r.whole:
            opened_by_script.append(lpn)
        # A second parcel while the unit is open: refused, never typed.
        if rng.random() < 0.3:
            scan(rng.choice(codes["tracking"]))
        # Bench keys at human speed.
        s.key("space", 0.4)  # photo
        s.key(rng.choice("123"), 0.3)  # a defect
        s.key(rng.choice("ABC"), 0.4)  # a grade (may ask for a reason: Esc)
        s.close_dialogs()
        s.key("n", 0.2)
        s.type_human("box dented")
        s.key("Escape", 0.3)
        s.key("F10", 0.6)
        if s.dialogs():  # photos missing: say why (the first reason)
            s.key("Return", 0.8)
        s.settle(0.4)
        done = s.station.query(
            "SELECT status FROM inspections WHERE lpn=? ORDER BY started_at DESC LIMIT 1", lpn
        )
        if done and done[0][0] == "finished":
            finished.append(lpn)
            scan(lpn)  # the printed plate: confirms the label
    s.close_dialogs()
    s.cancel_open_unit()
    units = s.station.query("SELECT lpn, status, scanned_code FROM inspections")
    t = tally(results)
    t.update(
        {
            "parcels": parcels,
            "load": loadavg(),
            "seconds": round(time.monotonic() - t_start, 1),
            "units_in_db": len(units),
            "units_opened_by_whole_scans": len(opened_by_script),
            "units_not_opened_by_the_script": [u for u in units if u[0] not in opened_by_script],
            "finished": len(finished),
            "new_tracebacks": len(s.station.tracebacks()) - tb_before,
            "windows_shown_during_scans": sorted({w for r in results for w in r.windows}),
            "shortcuts_during_scans": sorted({k for r in results for k in r.shortcuts}),
        }
    )
    return t


def key_latency(s: Session, *, presses: int = 20, interval_s: float = 0.4) -> dict[str, Any]:
    """Key → reaction latency at an empty bench: a letter command ('a': "Scan a parcel
    before grading.") against a function key (F10: "Nothing to confirm"). Measured from the
    moment the X server took the key (after sync) to (1) the key reaching the bench widget
    (what the scanner filter adds) and (2) the message line getting its text (what the worker
    sees one paint later)."""
    s.close_dialogs()
    s.cancel_open_unit()
    out: dict[str, Any] = {"load": loadavg()}
    for key, bench_text in (("a", "a"), ("F10", "")):
        to_widget, to_message, held, delivered = [], [], [], []
        for _ in range(presses):
            before = time.monotonic()
            s.kb.tap(key)
            t = before  # latencies from the moment the key was sent (conservative)
            # The station may react before our sync returns: look from before the send.
            s.station.wait_for(lambda e: e.ev == "msg_set", before, timeout=5)
            time.sleep(interval_s)
            events = s.station.events(before)
            reach = next(
                (
                    e
                    for e in events
                    if e.ev == "leak"
                    and (e.text.lower() == bench_text if bench_text else e.key == 0x01000039)
                ),
                None,
            )
            shortcut = next((e for e in events if e.ev == "shortcut"), None)
            msg = next((e for e in events if e.ev == "msg_set"), None)
            first = reach or shortcut
            raw = next((e for e in events if e.ev == "key" and e.kind == "press"), None)
            if first is not None:
                to_widget.append((first.t - t) * 1000)
                if raw is not None:
                    held.append((first.t - raw.t) * 1000)
                    delivered.append((raw.t - t) * 1000)
            if msg is not None:
                to_message.append((msg.t - t) * 1000)
        out[key] = {
            "to_widget_or_shortcut_ms": summarise(to_widget),
            "to_message_ms": summarise(to_message),
            "x_to_station_ms": summarise(delivered),  # the station's loop was busy
            "filter_hold_ms": summarise(held),  # what the scanner filter adds
            "missed": presses - len(to_message),
        }
    return out


def robust(s: Session, *, plan: list[tuple[float, float, float, int]] | None = None) -> dict:
    """Read rate over a matrix of per-key gap ranges and Enter delays (random codes of every
    kind); the bench is emptied between scans."""
    rng = random.Random(40)
    plan = plan or [
        (1, 25, 0, 15),
        (1, 25, 100, 15),
        (1, 25, 250, 15),
        (25, 40, 0, 15),
        (25, 40, 250, 15),
    ]
    codes = s.codes()
    pool = codes["rma"][:60] + codes["order"][:60] + codes["tracking"][:60] + codes["gs1"][:20]
    out: dict[str, Any] = {"load": loadavg(), "cells": {}}
    for lo, hi, enter, count in plan:
        results = []
        for _ in range(count):
            s.close_dialogs()
            s.cancel_open_unit()
            code = rng.choice(pool)
            results.append(s.scan(code, draw_gaps(rng, len(code), lo, hi), enter))
        t = tally(results)
        t["messages_of_broken"] = sorted({m for r in results if r.broken for m in r.messages})[:4]
        out["cells"][f"gaps {lo}-{hi} ms, Enter {enter} ms"] = t
    out["load_after"] = loadavg()
    return out
