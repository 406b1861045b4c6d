"""Real key events through the real window: scans never break, with and without a window
manager. The CI plan: 500 scans in all (two sessions side by side, one under openbox, one
with no window manager as in a kiosk), every kind of code, random gaps of 1–25 ms between
keys and Enter 0–200 ms late, amid a worker's bench keys and slowly typed notes, with scans
arriving while a note is typed and while a modal dialog is open; then every function key of
the main window (and F10, Ctrl+Enter) after sign-in and after every dialog closes.

Why it is deterministic on a loaded machine. A real scanner is hardware: its keys are stamped
by the kernel, whatever the CPU load. Our scanner is a process on the same loaded CPU, so:

- The station judges gaps on the X server's timestamps of the keys (``QKeyEvent.timestamp``),
  never on when its event loop got round to them: a stalled UI thread changes nothing.
- The rig sends real-time (SCHED_FIFO, Xvfb too) with garbage collection off, spinning the
  last 1.5 ms before each key (``x.Keyboard``). That makes a late key rare, not impossible:
  at load 15+ about one scan in 200 had a key the X server stamped ~90 ms after the one
  before, against the plan's 25 ms.
- So the rig checks what it really sent, from those same X timestamps: a scan whose gaps were
  over 40 ms or whose Enter was over 250 ms late (the envelope the station must read whole)
  *and* that was not read whole is the rig's failure. It is listed (``rig_failures``, printed
  with its timestamps), its stray dialogs closed, and the scan sent again; it never counts as
  a scan, and the test fails if they exceed 2 % of the scans. A scan outside the envelope that
  was read whole counts as read (``outside_envelope_but_whole``). Any scan sent inside the
  envelope and not read whole fails the test.
"""

from __future__ import annotations

import importlib.util
import multiprocessing
import shutil
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from tests.conftest import need_service

SCANS_PER_SESSION = 250  # with and without a window manager: 500 in all


def _need_x() -> None:
    tools = ["Xvfb", "xdotool", "import", "openbox"]
    missing = [t for t in tools if shutil.which(t) is None]
    if importlib.util.find_spec("Xlib") is None:
        missing.append("python-xlib")
    if missing:
        need_service(f"real X key events need {', '.join(missing)} (./station test installs them)")


def _check(result: dict[str, Any]) -> None:
    brief = {k: v for k, v in result.items() if k != "examples_broken"}
    assert "error" not in result, result
    assert result["scans"] >= SCANS_PER_SESSION
    assert result["broken"] == 0, result["examples_broken"]
    assert result["leaked_chars"] == 0, brief
    assert result["stray"] == 0, brief
    assert result["wrong_widget"] == [], brief
    assert result["new_tracebacks"] == [], brief
    assert result["units_worked"] >= 10, brief  # graded and finished, not stuck on one
    assert result["units_not_opened_by_the_script"] == [], brief
    assert result["units_opened_not_in_db"] == [], brief
    assert result["units_not_finished"] == [], (brief, result["finish_retries"])
    # A worker's second F10 is allowed now and then (a question answered late on a loaded
    # machine), never as a habit: each is printed above with what the station said.
    assert len(result["finish_retries"]) <= 2, result["finish_retries"]
    assert result["rig_failures"] <= result["scans"] // 50, result["rig_failure_examples"]
    notes_checked = result["units_worked"] - result["notes_unchecked"]
    assert result["notes_typed_whole"] == notes_checked, brief
    assert all(result["fkeys_fired"].values()), [
        step for step, fired in result["fkeys_fired"].items() if not fired
    ]
    seen, expected = result["refusals_seen"], result["refusals_expected"]
    for refusal in ("cannot go into", "close it first"):  # mid-note, modal dialog
        assert seen.get(refusal) == expected[refusal], brief


def test_five_hundred_real_scans_never_break_with_or_without_a_window_manager(
    tmp_path: Path,
) -> None:
    _need_x()
    from tests.realx.ci_run import ci_session

    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, mp_context=spawn) as pool:
        runs = {
            wm: pool.submit(
                ci_session, wm, tmp_path / ("openbox" if wm else "kiosk"), SCANS_PER_SESSION, 14
            )
            for wm in (True, False)
        }
        results = {wm: run.result(timeout=1200) for wm, run in runs.items()}
    for wm, result in results.items():
        shown = {k: result.get(k) for k in _SHOWN}
        shown["finish_retries"] = len(result.get("finish_retries", []))
        print(f"\nwindow manager {wm}: {shown}")
        for failure in result.get("rig_failure_examples", []):
            print(f"  rig failure: {failure['why']}; X gaps {failure['server_gaps_ms']}")
        for broken in result.get("examples_broken", []):
            print(f"  broken: {broken}")
        for retry in result.get("finish_retries", []):
            print(f"  unit left open by the script's keys, finished again: {retry}")
    for result in results.values():
        _check(result)


_SHOWN = (
    "scans",
    "whole",
    "broken",
    "rig_failures",
    "outside_envelope_but_whole",
    "server_gap_ms",
    "leaked_chars",
    "stray",
    "units_in_db",
    "units_worked",
    "seconds",
    "load",
)
