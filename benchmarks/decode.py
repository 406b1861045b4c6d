"""Decoding: ZXing's own photo sets and a 1080p video, the station's policies beside pyzbar
and zxing-cpp alone, measured in the same run.

``./station bench --only decode [--corpus PATH]`` (or ``python -m benchmarks.decode [PATH]
[--sets tuning|heldout|NAME,…] [--rounds N]``). Every set in the corpus folder (default:
``../shared/corpus/zxing-blackbox`` beside the checkout; read in place, never copied) is read
by zxing-cpp alone, pyzbar alone, the previous still-image policy (pyzbar only behind
zxing-cpp's damaged-symbol cue) and the station's still-image policy, each image several times
with the decoders taking turns (:mod:`benchmarks.decode_corpus`: what counts as read, and
which sets the policy was tuned on; every other set is held out). Times are the decoding
thread's CPU time, as ratios to zxing-cpp's and pyzbar's in the same run.

Then frames per second on a generated 1080p clip on one core (CPU affinity and OpenCV's
threads limited to one) for the camera path and its peers, and the UI thread's lateness while
the camera decodes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.decode_corpus import (
    DEFAULT_CORPUS,
    SetResult,
    measure_set,
    readme_figures,
    select,
)
from benchmarks.report import Section, table
from inspect_station.demo.video import make_demo_video
from inspect_station.identify.decoding import (
    Decoded,
    Decoder,
    FrameDecoder,
    Image,
    PyzbarDecoder,
    ZxingDecoder,
    available_decoders,
    decode_frame,
    describe,
    station_decoder,
)

TIME_TARGET = 1.5  # still images: at most 1.5× zxing-cpp's time
FPS_TARGET = 30.0
STATION = "station"


def _pyzbar() -> PyzbarDecoder | None:
    return next((d for d in available_decoders() if isinstance(d, PyzbarDecoder)), None)


def still_decoders() -> dict[str, Decoder]:
    """The two single backends, the previous policy and the station's still-image policy."""
    pyzbar = _pyzbar()
    decoders: dict[str, Decoder] = {"zxing-cpp": ZxingDecoder()}
    if pyzbar is not None:
        decoders["pyzbar"] = pyzbar
    # The policy before this one: pyzbar only where zxing-cpp saw a symbol it could not read
    # (the camera path's rule, with the still images' full zxing-cpp search).
    decoders["previous"] = FrameDecoder(ZxingDecoder(), pyzbar)
    decoders[STATION] = station_decoder()
    return decoders


@contextmanager
def one_core() -> Iterator[str]:
    """Pin this process to one CPU and OpenCV to one thread for the duration."""
    threads = cv2.getNumThreads()
    affinity = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    cv2.setNumThreads(1)
    if affinity:
        os.sched_setaffinity(0, {min(affinity)})
    try:
        yield f"CPU {min(affinity)}" if affinity else "no affinity control here"
    finally:
        cv2.setNumThreads(threads)
        if affinity:
            os.sched_setaffinity(0, affinity)


UI_RUNS = {
    "idle": "UI timer alone (no camera)",
    "camera": "camera 1080p + preview, no decoding",
    "decode": "camera 1080p + preview + decoder thread + outline",
}


def measure_ui(clip: Path, seconds: float, runs: int) -> list[list[str]]:
    """The UI thread's lateness with the camera decoding, beside the camera alone and the timer
    alone (the peers), each ``runs`` times in turn so background load falls on all alike."""
    results: dict[str, list[dict[str, Any]]] = {mode: [] for mode in UI_RUNS}
    failures: dict[str, str] = {}
    for _ in range(runs):
        for mode in UI_RUNS:
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.decode_ui", str(clip), str(seconds), mode],
                capture_output=True,
                text=True,
                timeout=seconds + 120,
                cwd=Path(__file__).resolve().parents[1],
                check=False,
            )
            if done.returncode != 0:
                failures[mode] = done.stderr.strip()[-200:]
                continue
            results[mode].append(json.loads(done.stdout.strip().splitlines()[-1]))
    rows = []
    for mode, label in UI_RUNS.items():
        got = results[mode]
        if not got:
            rows.append([label, "failed: " + failures.get(mode, "?"), "", "", "", "", "", ""])
            continue
        took = sum(r["seconds"] for r in got)
        split = [tick for r in got for tick in r["over_16_split"]]
        worst = max(split, default=None)
        rows.append(
            [
                label,
                f"{len(got)} × {seconds:.0f} s",
                f"{sum(r['frames_shown'] for r in got) / took:.1f}",
                f"{sum(r['frames_decoded'] for r in got) / took:.1f}",
                f"{statistics.median(r['p99_late_ms'] for r in got):.1f}",
                f"{max(r['max_late_ms'] for r in got):.1f}",
                str(sum(r["over_16_ms"] for r in got)),
                "/".join(f"{ms:.0f}" for ms in worst[1:]) if worst else "—",
                f"{statistics.median(r['load_average'] for r in got):.1f}",
            ]
        )
    return rows


def measure_video(tmp: Path, seconds: float) -> tuple[list[list[str]], str]:
    """Frames per second of each camera path on the frames of a generated 1080p clip, on one
    core. The paths take turns in short blocks so background load falls on all alike; fps is
    given per second of this thread's CPU time (what one core sustains) and of wall clock."""
    clip = make_demo_video(tmp / "decode-1080p.avi", size=(1920, 1080), seconds=seconds)
    capture = cv2.VideoCapture(str(clip))
    frames = []
    while True:
        ok, frame = capture.read()
        if not ok:
            break
        frames.append(np.asarray(frame, dtype=np.uint8))
    capture.release()
    camera = station_decoder(thorough=False)
    still = station_decoder()
    plain = ZxingDecoder(thorough=False)
    paths: list[tuple[str, Callable[[Image], list[Decoded]]]] = [
        (f"camera path ({describe(camera)}, ≤ 960 px)", lambda f: decode_frame(camera, f)),
        ("zxing-cpp alone, no inverted pass, ≤ 960 px", lambda f: decode_frame(plain, f)),
        ("still-image policy, ≤ 960 px (not used live)", lambda f: decode_frame(still, f)),
        ("zxing-cpp, full frame, all passes", ZxingDecoder().decode),
    ]
    pyzbar = _pyzbar()
    if pyzbar is not None:
        paths.append(("pyzbar, full frame", pyzbar.decode))
    read = [sum(bool(decode(frame)) for frame in frames) for _, decode in paths]
    counts, wall, cpu = [0] * len(paths), [0.0] * len(paths), [0.0] * len(paths)
    block = 0.25  # seconds per turn
    with one_core() as where:
        for _ in range(max(1, round(seconds * 2 / block / len(paths)))):
            for index, (_, decode) in enumerate(paths):
                start, start_cpu = time.perf_counter(), time.thread_time()
                while time.perf_counter() - start < block:
                    decode(frames[counts[index] % len(frames)])
                    counts[index] += 1
                wall[index] += time.perf_counter() - start
                cpu[index] += time.thread_time() - start_cpu
    rows = []
    for index, (label, _) in enumerate(paths):
        fps_cpu = counts[index] / max(cpu[index], 1e-9)
        rows.append(
            [
                label,
                f"{read[index]}/{len(frames)}",
                f"{fps_cpu:.0f}",
                f"{counts[index] / wall[index]:.0f}",
                "met" if fps_cpu >= FPS_TARGET else "NOT met",
            ]
        )
    return rows, where


def run(context: Any) -> Section:
    corpus = Path(getattr(context, "corpus", None) or DEFAULT_CORPUS)
    rounds = 1 if context.quick else 3
    video_s = 2.0 if context.quick else 6.0
    return report(corpus, Path(context.tmp), rounds=rounds, video_s=video_s, ui_runs=rounds)


def report(
    corpus: Path,
    tmp: Path,
    *,
    rounds: int,
    video_s: float,
    ui_runs: int = 3,
    sets: str = "all",
) -> Section:
    if not corpus.is_dir():
        return Section("Decoding", [f"skipped: no corpus folder at {corpus}"])
    decoders = still_decoders()
    figures = readme_figures(corpus)
    folders = select(corpus, sets)
    results = []
    for folder in folders:
        results.append(measure_set(folder, decoders, rounds))
        print(f"  {folder.name}: done", flush=True)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    lines = [
        f"Corpus: {corpus} ({len(folders)} sets); each image decoded {rounds}× per decoder, "
        "the decoders taking turns; load average at the end of the corpus runs "
        f"{load:.1f}. zxing-cpp {version('zxing-cpp')}, pyzbar {version('pyzbar')}, "
        f"OpenCV {cv2.__version__}, station: {describe(station_decoder())}.",
        "",
        *_corpus_table(results, list(decoders), figures),
        "",
        *_totals(results, list(decoders)),
    ]
    if ui_runs == 0:
        return Section("Decoding (ZXing photo sets)", lines)
    rows, where = measure_video(tmp, video_s)
    lines += [
        "",
        f"Frames per second decoding a 1080p clip on one core ({where}, OpenCV 1 thread; "
        f"fps per CPU second is what one core sustains); target ≥ {FPS_TARGET:.0f} fps:",
        "",
        *table(["Decoder", "frames read", "fps (per CPU s)", "fps (wall)", "target"], rows),
        "",
        "UI thread while the camera decodes (a 2 ms timer's lateness, target: never > 16 ms; "
        "the runs take turns):",
        "",
        *table(
            [
                "Run",
                "runs",
                "shown/s",
                "decoded/s",
                "p99 late ms (median)",
                "max late ms",
                "ticks > 16 ms",
                "worst: UI ran / waited for CPU / blocked ms",
                "load avg",
            ],
            measure_ui(tmp / "decode-1080p.avi", 2 * video_s, ui_runs),
        ),
        "",
        "- The worst late tick taken apart (Linux schedstat of the UI thread): its own work, "
        "runnable but without a CPU (other processes, or this one's camera and decoder threads), "
        "and blocked (the interpreter lock or another lock held by another thread).",
    ]
    return Section("Decoding (ZXing photo sets, 1080p video)", lines)


def _score(r: SetResult, name: str) -> str:
    if not r.labelled:
        return f"{r.wrong[name]} false"
    return f"{r.reads[name]}" + (f" ({r.wrong[name]}w)" if r.wrong[name] else "")


def _verdict(r: SetResult, figures: tuple[str, str] | None, names: list[str]) -> str:
    """The still-image targets: reads ≥ the better single backend and ≥ ZXing's "try harder"
    figure, no false read zxing-cpp does not make, time ≤ 1.5× zxing-cpp."""
    notes = []
    if not r.labelled:
        if r.wrong[STATION] > r.wrong["zxing-cpp"]:
            notes.append(f"{r.wrong[STATION] - r.wrong['zxing-cpp']} more false reads")
    else:
        best = max(r.reads[n] for n in ("zxing-cpp", "pyzbar") if n in names)
        if r.reads[STATION] < best:
            notes.append(f"< best single ({best})")
        harder = figures[1] if figures else ""
        if harder.isdigit() and r.reads[STATION] < int(harder):
            notes.append(f"< try harder ({harder})")
    if (ratio := r.ratio(STATION, "zxing-cpp")) > TIME_TARGET:
        notes.append(f"time {ratio:.2f}×")
    return "met" if not notes else "NOT met: " + "; ".join(notes)


def _corpus_table(
    results: list[SetResult], names: list[str], figures: dict[str, tuple[str, str]]
) -> list[str]:
    rows = []
    for r in results:
        fig = figures.get(r.name)
        rows.append(
            [
                r.name,
                "tuned" if r.tuned else "held out",
                str(r.images),
                f"{fig[0] if fig else ''} / {fig[1] if fig and fig[1] else '—'}",
                *[_score(r, n) for n in names],
                f"{r.ratio('previous', 'zxing-cpp'):.2f}",
                f"{r.ratio(STATION, 'zxing-cpp'):.2f}",
                f"{r.ratio(STATION, 'pyzbar'):.2f}" if "pyzbar" in names else "",
                f"{statistics.fmean(r.cpu_ms['zxing-cpp']):.1f}",
                _verdict(r, fig, names),
            ]
        )
    header = ["Set", "split", "images", "ZXing must / try harder", *names]
    header += ["previous ÷ zx time", "station ÷ zx time", "station ÷ pyzbar time"]
    header += ["zx CPU ms/img", "targets (station)"]
    notes = [
        "Reads: images read correctly; (Nw): images where a wrong text came back too; on a set "
        "without codes (falsepositives-2), images with any read. Times: CPU time of the "
        "decoding thread summed over the set, as a ratio.",
        "",
    ]
    return notes + table(header, rows)


def _totals(results: list[SetResult], names: list[str]) -> list[str]:
    lines = []
    for tuned in (True, False):
        part = [r for r in results if r.tuned == tuned and r.labelled]
        if not part:
            continue
        base = sum(sum(r.cpu_ms["zxing-cpp"]) for r in part)
        reads = ", ".join(f"{n} {sum(r.reads[n] for r in part)}" for n in names)
        ratios = ", ".join(
            f"{n} {sum(sum(r.cpu_ms[n]) for r in part) / base:.2f}×" for n in names[1:]
        )
        met = sum(_verdict(r, None, names) == "met" for r in part)
        lines.append(
            f"- {'Tuning' if tuned else 'Held-out'} sets ({len(part)} with codes, "
            f"{sum(r.labelled for r in part)} labelled images): reads {reads}; CPU time over all "
            f"their images against zxing-cpp: {ratios}; reads and time met on {met} of {len(part)} "
            "(ZXing's own figures aside)."
        )
    missed = [f"{r.name}: {', '.join(r.missed[STATION])}" for r in results if r.missed[STATION]]
    if missed:
        lines.append("- Images the station's policy does not read: " + "; ".join(missed) + ".")
    return lines


def main(argv: list[str] | None = None) -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, nargs="?", default=DEFAULT_CORPUS)
    parser.add_argument("--sets", default="all", help="all, tuning, heldout or NAME,NAME")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-video", action="store_true", help="photo sets only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="inspect-decode-") as folder:
        section = report(
            args.corpus,
            Path(folder),
            rounds=args.rounds,
            video_s=6.0,
            ui_runs=0 if args.no_video else 3,
            sets=args.sets,
        )
    print(section.title, "", *section.lines, sep="\n")


if __name__ == "__main__":
    main()
