"""Decoding: ZXing's own photo sets and a 1080p video, pyzbar and zxing-cpp side by side.

``./station bench --only decode [--corpus PATH]`` (or ``python -m benchmarks.decode [PATH]``).
Every set in the corpus folder (default: ``../shared/corpus/zxing-blackbox`` beside the
checkout; read in place, never copied) is decoded by pyzbar alone, zxing-cpp alone and the
station's decoder, each image several times with the backends taking turns, so background
load falls on all three alike. A read counts when the expected text comes back (a UPC-A read
as a 13-digit EAN with a leading zero counts, as ZXing's own tests count it). Images of the
set without ``.txt`` files hold no code: anything read there is a false read.

Then frames per second on a generated 1080p clip, on one core (CPU affinity and OpenCV's
threads limited to one), for the camera path the station uses and for the backends alone.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.report import Section, table
from inspect_station.app.errors import BadInput
from inspect_station.demo.video import make_demo_video
from inspect_station.identify.decoding import (
    Decoder,
    Image,
    PyzbarDecoder,
    ZxingDecoder,
    decode_frame,
    describe,
    read_image_file,
    station_decoder,
)

_ROOT = Path(__file__).resolve().parents[1]
# ``shared/`` lies beside the checkout (and beside the folder of checkouts, for worktrees).
DEFAULT_CORPUS = next(
    (
        base / "shared" / "corpus" / "zxing-blackbox"
        for base in (_ROOT.parent, _ROOT.parent.parent)
        if (base / "shared" / "corpus" / "zxing-blackbox").is_dir()
    ),
    _ROOT.parent / "shared" / "corpus" / "zxing-blackbox",
)
_IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".error")


@dataclass
class SetResult:
    name: str
    images: int
    try_harder: int | None  # ZXing's own "try harder" count from the corpus README
    labelled: int = 0  # images with an expected text; a set with none holds no codes
    reads: dict[str, int] = field(default_factory=dict)
    false_reads: dict[str, int] = field(default_factory=dict)
    ms: dict[str, list[float]] = field(default_factory=dict)  # per image, median of rounds
    missed: dict[str, list[str]] = field(default_factory=dict)


def _backends() -> dict[str, Decoder]:
    station = station_decoder()
    backends: dict[str, Decoder] = {"zxing-cpp": ZxingDecoder()}
    pyzbar = next((d for d in _available() if d.name == "pyzbar"), None)
    if pyzbar is not None:
        backends = {"pyzbar": pyzbar, **backends}
    backends[f"station ({describe(station)})"] = station
    return backends


def _available() -> list[Decoder]:
    from inspect_station.identify.decoding import available_decoders

    return available_decoders()


def _try_harder_counts(corpus: Path) -> dict[str, int]:
    """Rows like ``| ean13-1 | 34 | 30 | 32 |`` of the corpus README."""
    readme = corpus / "README.md"
    text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    counts: dict[str, int] = {}
    for match in re.finditer(r"^\|\s*([\w-]+)\s*\|\s*\d+\s*\|\s*[^|]*\|\s*(\d+)\s*\|", text, re.M):
        counts[match[1]] = int(match[2])
    return counts


def _expected(image: Path) -> str | None:
    stem = image.name.split(".")[0]
    text = image.with_name(stem + ".txt")
    # Bytes, not text mode: some expected values hold CR LF that must stay as they are.
    return text.read_bytes().decode("utf-8", errors="replace") if text.exists() else None


def _matches(found: list[str], expected: str) -> bool:
    for text in found:
        if text == expected or text.strip() == expected.strip():
            return True
        if text.isdigit() and expected.isdigit() and text.lstrip("0") == expected.lstrip("0"):
            return True  # UPC-A reported as EAN-13 with its leading zero
    return False


def _load(folder: Path) -> list[tuple[str, Image, str | None]]:
    """Each image as the station reads a file (``read_image_file``: grey, transparent pixels
    white), so every backend is handed the same picture."""
    images = []
    for path in sorted(folder.iterdir()):
        if not path.name.lower().endswith(_IMAGE_SUFFIXES):
            continue
        try:
            gray = read_image_file(path)
        except BadInput:
            continue
        images.append((path.name, gray, _expected(path)))
    return images


def measure_set(
    folder: Path, backends: dict[str, Decoder], rounds: int, harder: int | None
) -> SetResult:
    images = _load(folder)
    result = SetResult(folder.name, len(images), harder)
    result.labelled = sum(expected is not None for _, _, expected in images)
    for name in backends:
        result.reads[name] = result.false_reads[name] = 0
        result.ms[name], result.missed[name] = [], []
    names = list(backends)
    for index, (image_name, image, expected) in enumerate(images):
        times: dict[str, list[float]] = {name: [] for name in names}
        found: dict[str, list[str]] = {}
        for turn in range(rounds):
            shift = (index + turn) % len(names)  # the backends take turns going first
            for name in names[shift:] + names[:shift]:
                start = time.perf_counter()
                decoded = backends[name].decode(image)
                times[name].append((time.perf_counter() - start) * 1000)
                found[name] = [d.text for d in decoded]
        for name in names:
            result.ms[name].append(statistics.median(times[name]))
            if expected is None:
                result.false_reads[name] += bool(found[name])
            elif _matches(found[name], expected):
                result.reads[name] += 1
            else:
                result.missed[name].append(image_name)
    return result


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
    runs: list[tuple[str, Callable[[Image], list[Any]]]] = [
        (
            f"station camera path ({describe(camera)}, ≤ 960 px wide)",
            lambda f: decode_frame(camera, f),
        ),
        ("zxing-cpp, full frame, all passes", ZxingDecoder().decode),
    ]
    pyzbar = next((d for d in _available() if isinstance(d, PyzbarDecoder)), None)
    if pyzbar is not None:
        runs.append(("pyzbar, full frame", pyzbar.decode))
    rows = []
    with one_core() as where:
        for label, decode in runs:
            start = time.perf_counter()
            read = sum(bool(decode(frame)) for frame in frames)
            took = time.perf_counter() - start
            fps = len(frames) / took
            rows.append(
                [label, str(len(frames)), f"{read}/{len(frames)}", f"{fps:.1f}", f"{fps / 30:.2f}"]
            )
    return rows, where


def run(context: Any) -> Section:
    corpus = Path(getattr(context, "corpus", None) or DEFAULT_CORPUS)
    rounds = 1 if context.quick else 3
    video_s = 2.0 if context.quick else 6.0
    return report(corpus, Path(context.tmp), rounds=rounds, video_s=video_s, ui_runs=rounds)


def report(corpus: Path, tmp: Path, *, rounds: int, video_s: float, ui_runs: int = 3) -> Section:
    if not corpus.is_dir():
        return Section("Decoding", [f"skipped: no corpus folder at {corpus}"])
    backends = _backends()
    harder = _try_harder_counts(corpus)
    sets = [p for p in sorted(corpus.iterdir()) if p.is_dir()]
    results = [measure_set(s, backends, rounds, harder.get(s.name)) for s in sets]
    lines = [
        f"Corpus: {corpus} ({len(sets)} sets); each image decoded {rounds}× per backend, "
        "median per image; mean and p95 over the images.",
        f"Backends: zxing-cpp {version('zxing-cpp')}, pyzbar {version('pyzbar')}.",
        "",
        *_corpus_table(results, list(backends)),
        "",
    ]
    lines += _targets(results, list(backends))
    rows, where = measure_video(tmp, video_s)
    lines += [
        "",
        f"Frames per second decoding a 1080p clip on one core ({where}, OpenCV 1 thread); "
        "target ≥ 30 fps:",
        "",
        *table(["Decoder", "frames", "frames read", "fps", "fps / 30"], rows),
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


def _corpus_table(results: list[SetResult], names: list[str]) -> list[str]:
    rows = []
    for r in results:
        for name in names:
            ms = r.ms[name]
            score = (
                f"{r.false_reads[name]} false reads"
                if not r.labelled
                else f"{r.reads[name]}/{r.images}"
            )
            rows.append(
                [
                    r.name,
                    name,
                    score,
                    str(r.try_harder if r.try_harder is not None else ""),
                    f"{statistics.fmean(ms):.1f}",
                    f"{float(np.percentile(ms, 95)):.1f}",
                ]
            )
    return table(["Set", "Decoder", "read", "ZXing try harder", "mean ms", "p95 ms"], rows)


def _targets(results: list[SetResult], names: list[str]) -> list[str]:
    station = names[-1]
    singles = names[:-1]
    lines = [
        "Targets per set (station against the best single backend, against ZXing's own "
        "count, and its time against zxing-cpp's):"
    ]
    for r in results:
        if not r.labelled:
            lines.append(
                f"- {r.name}: false reads " + ", ".join(f"{n} {r.false_reads[n]}" for n in names)
            )
            continue
        best = max(r.reads[n] for n in singles)
        ratio = statistics.fmean(r.ms[station]) / max(statistics.fmean(r.ms["zxing-cpp"]), 1e-9)
        met = "met" if r.reads[station] >= best else "NOT met"
        verdict = [f"reads {r.reads[station]} vs best single {best} ({met})"]
        if r.try_harder is not None:
            met = "met" if r.reads[station] >= r.try_harder else "NOT met"
            verdict.append(f"vs ZXing try harder {r.try_harder} ({met})")
        verdict.append(f"time / zxing-cpp {ratio:.2f}")
        missed = r.missed[station]
        tail = f"; station misses {', '.join(missed)}" if missed else ""
        lines.append(f"- {r.name}: " + ", ".join(verdict) + tail)
    return lines


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory(prefix="inspect-decode-") as folder:
        path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
        section = report(path, Path(folder), rounds=3, video_s=6.0)
    print(section.title, "", *section.lines, sep="\n")
