"""The continuous-integration run of real keys (``ci_session``): a scripted bench worker
scanning every kind of code amid bench keys, notes and dialogs, with what it saw tallied."""

from __future__ import annotations

import random
import time
from pathlib import Path
from typing import Any

from .scenarios import fkeys, is_stray, tally
from .session import ScanResult, Session, draw_gaps, loadavg

RESENDS = 3  # a scan the rig sent outside the envelope is sent again at most this often


class CiRun:
    """The continuous-integration run: ``scans`` real scans of every kind of code, random
    gaps of 1–25 ms and Enter delays of 0–200 ms, interleaved with a bench worker's keys and
    slowly typed notes; scans also arrive while a note is being typed and while a modal
    dialog is open. Every unit a whole scan opens is graded and finished with real keys."""

    def __init__(self, s: Session, *, scans: int, seed: int) -> None:
        self.s = s
        self.target = scans
        self.rng = random.Random(seed)
        self.codes = s.codes()
        self.results: list[ScanResult] = []
        self.opened: list[str] = []  # plates of the units the script's parcels opened
        self.wrong_widget: list[dict[str, Any]] = []  # text where the script typed none
        self.notes_ok = 0
        self.cancelled: list[str] = []  # a parcel's next unit, opened by the finish
        self.refused_seen: dict[str, int] = {}
        self.refusals_expected: dict[str, int] = {}
        self.worked = 0  # units graded and finished with keys
        self.rig_failures: list[dict[str, Any]] = []  # sent outside the envelope, not whole
        self.outside_envelope_but_whole = 0
        self.notes_unchecked = 0  # the scan mid-note had to be sent again: see check_fields
        self.finish_retries: list[dict[str, Any]] = []  # units the script's keys left open

    def scan(self, code: str, *, expect: str | None = None) -> ScanResult:
        """One scan as the plan draws it. A scan the rig itself sent outside the envelope
        (gaps > 40 ms or Enter > 250 ms by the X server's timestamps: a loaded machine held the
        sending process) and that was not read whole is the rig's failure, not the station's:
        it is recorded in ``rig_failures`` and sent again (any dialog it opened is closed
        first). Only the scan finally kept counts, and its expected refusal with it."""
        rng, s = self.rng, self.s
        for _attempt in range(RESENDS + 1):
            r = s.scan(code, draw_gaps(rng, len(code), 1, 25), rng.uniform(0, 200))
            why = r.left_envelope()
            if why is None or r.whole:
                break
            self.rig_failures.append({"why": why, **r.as_dict()})
            s.settle(0.3)
            for _ in r.windows:  # a dialog its stray keys opened: closed again
                if not s.dialogs():
                    break
                s.key("Escape", 0.3)
        else:
            return r  # still out of the envelope: reported, never counted as a scan
        if why is not None:
            self.outside_envelope_but_whole += 1
        self.results.append(r)
        if expect is not None:
            self.refusals_expected[expect] = self.refusals_expected.get(expect, 0) + 1
            if any(expect in m for m in r.messages):
                self.refused_seen[expect] = self.refused_seen.get(expect, 0) + 1
        return r

    def code(self, kind: str) -> str:
        return self.rng.choice(self.codes[kind])

    def run(self) -> dict[str, Any]:
        s = self.s
        s.quiet_s = 0.15
        tb_before = len(s.station.tracebacks())
        t0 = time.monotonic()
        while len(self.results) < self.target:
            self.parcel()
        s.close_dialogs()
        s.cancel_open_unit()
        units = s.station.query("SELECT lpn, status FROM inspections")
        t = tally(self.results)
        t.update(
            {
                "load": loadavg(),
                "seconds": round(time.monotonic() - t0, 1),
                "stray": sum(is_stray(r) for r in self.results),
                "units_in_db": len(units),
                "units_opened_by_the_script": len(self.opened),
                "units_not_opened_by_the_script": [u for u in units if u[0] not in self.opened],
                "units_opened_not_in_db": sorted(set(self.opened) - {u[0] for u in units}),
                "units_not_finished": [
                    u for u in units if u[1] != "finished" and u[0] not in self.cancelled
                ],
                "units_worked": self.worked,
                "finish_retries": self.finish_retries,
                "notes_typed_whole": self.notes_ok,
                "notes_unchecked": self.notes_unchecked,
                "rig_failures": len(self.rig_failures),
                "rig_failure_examples": self.rig_failures[:3],
                "outside_envelope_but_whole": self.outside_envelope_but_whole,
                "refusals_expected": self.refusals_expected,
                "wrong_widget": self.wrong_widget,
                "refusals_seen": self.refused_seen,
                "new_tracebacks": s.station.tracebacks()[tb_before:],
            }
        )
        return t

    def parcel(self) -> None:
        s = self.s
        before = set(s.open_units())
        kind = self.rng.choice(["rma", "rma", "order", "tracking", "gs1"])
        r = self.scan(self.code(kind))
        time.sleep(0.2)
        s.close_dialogs()  # a code in several returns opens the chooser: not this run's aim
        new = [u for u in s.open_units() if u not in before]
        if not new:
            return
        if r.whole:
            self.opened.append(new[0])
        self.work_on(new[0])

    def work_on(self, lpn: str) -> None:
        s, rng = self.s, self.rng
        self.worked += 1
        started = time.monotonic()
        for _ in range(rng.randint(2, 5)):  # other parcels while this one is open: refused
            self.scan(self.code(rng.choice(["tracking", "gs1", "order"])), expect="Finish")
        s.key("space", 0.25)  # a photo
        s.key(rng.choice("123"), 0.15)  # a defect
        s.key(rng.choice("ABC"), 0.25)  # a grade (the checklist may ask why: Esc)
        s.settle(0.3)  # a worker sees the question before typing on
        s.close_dialogs()
        s.key("n", 0.15)  # the note field
        note = rng.choice(["box dented", "tape torn", "no manual"])
        s.type_human(note, 80, 180)
        s.settle(0.15)
        failed = len(self.rig_failures)
        self.scan(self.code("tracking"), expect="cannot go into")  # a scan mid-note: refused
        if len(self.rig_failures) == failed:
            self.check_fields(note)
        else:  # keys sent as slowly as typing may rightly land in the note as typing
            self.notes_unchecked += 1
        s.key("Escape", 0.2)
        s.key("F10", 0.3)
        self.wait_finished_or_asked(lpn)
        for _ in range(3):  # a deduction is proven by a close-up of its defect: Space, F10
            if s.dialogs() or self.finished(lpn):
                break
            self.photo_and_finish(lpn)
        if s.dialogs():  # photos missing: the modal question; a scan now is refused
            self.scan(self.code("rma"), expect="close it first")
            s.key("Return", 0.5)
        s.settle(0.3)
        if not self.finished(lpn):
            self.finish_again(lpn, started)
        if self.finished(lpn):
            self.scan(lpn)  # the printed plate: confirms the label
        for extra in s.open_units():  # the parcel's next unit, opened by the finish
            if extra not in self.opened:
                self.opened.append(extra)
            if extra != lpn and s.cancel_open_unit():  # no photos yet: its operator may
                self.cancelled.append(extra)

    def finish_again(self, lpn: str, started: float) -> None:
        """The unit is still open after the script's keys: what the station said and what it
        received is kept (``finish_retries``, printed by the test), then the worker does what a
        worker would: waits for a slow station, answers the question on screen, and presses F10
        again, up to three times."""
        s = self.s
        events = s.station.events(started)
        detail: dict[str, Any] = {
            "lpn": lpn,
            "load": loadavg(),
            "messages": [e.text for e in events if e.ev in ("msg", "msg_set")][-12:],
            "windows": [f"{e.cls}:{e.title}" for e in events if e.ev == "window"][-8:],
            "keys_received": [
                e.text or hex(e.key) for e in events if e.ev == "key" and e.kind == "press"
            ][-40:],
            "shortcuts": [e.keys for e in events if e.ev == "shortcut"],
            "dialogs_now": [f"{w['cls']}:{w.get('title', '')}" for w in s.dialogs()],
        }
        deadline = time.monotonic() + 10  # a loaded station's finish still on its way
        while time.monotonic() < deadline and not self.finished(lpn) and not s.dialogs():
            time.sleep(0.2)
        detail["finished_late"] = self.finished(lpn)
        for _ in range(3):
            if self.finished(lpn):
                break
            if s.dialogs():
                s.key("Return", 0.5)
                s.settle(0.3)
                if self.finished(lpn):
                    break
            s.close_dialogs()
            self.photo_and_finish(lpn)
            if s.dialogs():
                s.key("Return", 0.5)
            s.settle(0.3)
        detail["finished_on_retry"] = self.finished(lpn)
        self.finish_retries.append(detail)

    def photo_and_finish(self, lpn: str) -> None:
        """Space (one more photo), then F10, and wait for what the station answers."""
        self.s.key("space", 0.4)
        self.s.settle(0.2)
        self.s.key("F10", 0.3)
        self.wait_finished_or_asked(lpn)

    def finished(self, lpn: str) -> bool:
        done = self.s.station.query("SELECT status FROM inspections WHERE lpn=?", lpn)
        return bool(done) and done[0][0] == "finished"

    def wait_finished_or_asked(self, lpn: str, timeout: float = 10) -> None:
        """After F10, as a worker would: until the unit is finished, a question is shown or
        the bench asks for a defect's close-up (a loaded station answers late)."""
        s = self.s
        since = time.monotonic() - 0.3
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if s.dialogs() or self.finished(lpn):
                return
            if any(e.ev == "msg_set" and "close-up" in e.text for e in s.station.events(since)):
                return
            time.sleep(0.1)

    def check_fields(self, note: str) -> None:
        """Text in the window's fields: only the note, exactly as typed."""
        fields = self.s.station.snap()["fields"]
        notes = [f for f in fields if f["text"] == note]
        if len(notes) == 1:
            self.notes_ok += 1
        for f in fields:
            if f["text"] != note:
                self.wrong_widget.append(f)
        if not notes:
            self.wrong_widget.append({"missing_note": note, "fields": fields})


def _sign_in(s: Session) -> bool:
    """The badge scanned, the PIN typed; tried again (after Esc) only if the badge's keys left
    the envelope as the X server stamped them (the rig's failure, as in ``CiRun.scan``)."""
    for _ in range(RESENDS + 1):
        if s.sign_in():
            return True
        if s.last_badge is None or s.last_badge.left_envelope() is None:
            return False
        s.key("Escape", 0.5)
    return False


def ci_session(wm: bool, out: Path, scans: int, seed: int) -> dict[str, Any]:
    """One CI session in its own X server (run in a process of its own, so that sessions
    with and without a window manager can run side by side)."""
    from .x import free_display

    out.mkdir(parents=True, exist_ok=True)
    root = Path(__file__).resolve().parents[2]
    time.sleep(0 if wm else 2)  # the two sessions do not race for the same display
    for _ in range(3):  # two sessions may pick the same free display at once
        try:
            session = Session(display=free_display(), wm=wm, repo=root, out=out)
            with session as s:
                if not _sign_in(s):
                    return {"error": "the badge and PIN typed with real keys did not sign in"}
                result = CiRun(s, scans=scans, seed=seed).run()
                result["screenshot"] = str(s.station.screenshot("end"))
                # Function keys after sign-in and after dialogs closed (kiosk: no manager).
                result["fkeys_fired"] = fkeys(s)["fired"]
                result["wm"] = wm
                return result
        except RuntimeError as exc:
            if "in use" not in str(exc) and "did not start" not in str(exc):
                raise
            time.sleep(random.uniform(0.2, 1.0))
    return {"error": "no X display could be started"}
