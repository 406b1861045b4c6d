"""Decompression bombs: how fast, and with how much memory, each path refuses them.

``./station bench --only images``. Every bomb of ``tests/image_bombs.py`` (PNG, JPEG, WebP,
TIFF, BMP, GIF, PNM headers far above Pillow's own limit, and a real 20,000 × 20,000 PNG of
zeros, 389 KB) goes through every path that opens an image file: ``read_image_file`` (the
``decode`` command, photos' barcodes), ``PhotoStore.save_file`` (a photo from a file) and
``CameraSource.open`` (an image given as the camera). Each path runs in a process of its own per
bomb, so its time and its peak memory above the process's own start are its alone (targets:
under 50 ms and 20 MB). The peer, measured in the same processes: Pillow's own ``Image.open``,
which refuses these by its header too (``DecompressionBombError``). A 12 MP photo read through
the same path shows what a picture that is decoded costs.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from benchmarks.report import Section, table
from tests.image_bombs import write_bombs

TIME_TARGET_MS = 50.0
MEMORY_TARGET_MB = 20.0
_ROOT = Path(__file__).resolve().parents[1]
PATHS = ("read_image_file", "PhotoStore.save_file", "CameraSource.open", "Pillow Image.open")

_PROBE = textwrap.dedent(
    """
    import json, sys, time, warnings
    from pathlib import Path
    from PIL import Image
    from inspect_station.images.files import read_image_file
    from inspect_station.photos.camera import CameraSource
    from inspect_station.photos.store import PhotoStore

    def vm_hwm_kib():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        return 0

    def pillow(path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(path) as image:
                image.load()

    which, path, rounds = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    attempt = {
        "read_image_file": read_image_file,
        "PhotoStore.save_file": PhotoStore(Path(sys.argv[4])).save_file,
        "CameraSource.open": lambda p: CameraSource(str(p)).open(),
        "Pillow Image.open": pillow,
    }[which]
    warm = Path(sys.argv[5])  # a small picture: loads the codecs before anything is measured
    try:
        attempt(warm)
    except Exception as error:  # a reader may refuse the small picture; it only loads codecs
        print(f"warm-up with {warm.name}: {type(error).__name__}", file=sys.stderr)
    before = vm_hwm_kib()
    times, outcome = [], ""
    for _ in range(rounds):
        start = time.perf_counter()
        try:
            attempt(path)
            outcome = "decoded"
        except Exception as error:
            outcome = type(error).__name__
        times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"ms": times, "extra_kib": vm_hwm_kib() - before, "outcome": outcome}))
    """
)


def _probe(which: str, path: Path, rounds: int, tmp: Path, warm: Path) -> dict[str, Any]:
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _PROBE,
            which,
            str(path),
            str(rounds),
            str(tmp / "photos"),
            str(warm),
        ],
        capture_output=True,
        text=True,
        cwd=_ROOT,
        timeout=300,
        check=False,
    )
    if done.returncode != 0 or not done.stdout.strip():
        return {"ms": [], "extra_kib": 0, "outcome": "failed: " + done.stderr.strip()[-120:]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _photo(tmp: Path) -> Path:
    """A 4000 × 3000 JPEG of noise on a gradient (about 12 MP, as a phone takes)."""
    rng = np.random.default_rng(15)
    gradient = np.linspace(40, 220, 4000, dtype=np.float32)[None, :, None]
    noise = rng.normal(0, 18, (3000, 4000, 3)).astype(np.float32)
    picture = np.clip(gradient + noise, 0, 255).astype(np.uint8)
    path = tmp / "photo-12mp.jpg"
    cv2.imwrite(str(path), picture, [cv2.IMWRITE_JPEG_QUALITY, 90])
    return path


def run(context: Any) -> Section:
    tmp = Path(context.tmp) / "images"
    bombs = write_bombs(tmp / "bombs")
    warm = tmp / "warm.png"
    cv2.imwrite(str(warm), np.full((16, 16), 200, np.uint8))
    rounds = 3 if context.quick else 10
    files = {**bombs, "12 MP photo (decoded)": _photo(tmp)}
    rows = []
    worst_ms = worst_mb = 0.0
    for name, path in files.items():
        for which in PATHS:
            if which == "CameraSource.open" and name.startswith("12 MP"):
                continue  # a photo is not a camera
            got = _probe(which, path, rounds, tmp, warm)
            ms = statistics.median(got["ms"]) if got["ms"] else float("nan")
            mb = got["extra_kib"] / 1024
            bomb = name in bombs and which != "Pillow Image.open"
            if bomb:
                worst_ms, worst_mb = max(worst_ms, ms), max(worst_mb, mb)
            met = ms < TIME_TARGET_MS and mb < MEMORY_TARGET_MB and got["outcome"] != "decoded"
            rows.append(
                [
                    name,
                    f"{path.stat().st_size:,}",
                    which,
                    got["outcome"],
                    f"{ms:.2f}",
                    f"{max(got['ms'], default=float('nan')):.2f}",
                    f"{mb:.1f}",
                    ("met" if met else "NOT met") if bomb else "",
                ]
            )
    lines = [
        f"Each cell: one process, {rounds} attempts after a warm-up read of a small PNG; time "
        "per attempt (median, max) and the process's peak resident memory above what it had "
        f"before the first attempt. Targets for bombs: < {TIME_TARGET_MS:.0f} ms and "
        f"< {MEMORY_TARGET_MB:.0f} MB extra, refused (not decoded).",
        "",
        *table(
            ["File", "bytes", "path", "outcome", "median ms", "max ms", "extra MB", "target"],
            rows,
        ),
        "",
        f"- Worst over the bombs and the station's three paths: {worst_ms:.2f} ms, "
        f"{worst_mb:.1f} MB extra.",
    ]
    return Section("Image files: decompression bombs refused by the header", lines)
