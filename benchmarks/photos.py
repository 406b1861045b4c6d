"""Photos: the capture pipeline at 1080p, the live preview with decoding on, bombs refused.

Capture (target < 80 ms): a frame grabbed from a 1080p video through ``CameraSource``, then the
station's real service ``unit_photos.add_frame``: quality check, barcode decoding, JPEG encode,
atomic write with fsync, thumbnail, the photo row and its audit row, committed. Four photos per
unit, as at the bench; finishing the units is not timed. On SQLite, and on PostgreSQL when it
answers. A breakdown pass times the stages one by one on the same kind of frames.

Preview (target ≥ 25 frames/s, UI thread ≤ 16 ms per frame): ``benchmarks.photos_run preview``.
"""

from __future__ import annotations

import itertools
import json
import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import cv2

from benchmarks import report
from benchmarks.measure import Summary, start_child, summarize
from benchmarks.photos_run import RESULT_PREFIX
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import inspection, scanning, unit_photos
from inspect_station.demo import sample
from inspect_station.demo.video import make_demo_video
from inspect_station.photos import upkeep
from inspect_station.photos.camera import CameraSource
from inspect_station.photos.quality import Thresholds, measure
from inspect_station.photos.store import PhotoStore

ROOT = Path(__file__).resolve().parent.parent
CAPTURE_TARGET_MS = 80.0
PREVIEW_TARGET_FPS = 25.0
UI_BUDGET_MS = 16.0
PHOTOS_PER_UNIT = 4


def _station(url: str, folder: Path) -> Station:
    settings = Settings(
        bench="BENCH-PHOTO-BENCHMARK",
        operator="benchmark",
        database_url=url,
        photo_dir=str(folder / "photos"),
        labels_dir=str(folder / "labels"),
        require_shots=False,
    )
    station = open_station(settings, database=open_database(url))
    sample.seed(station.db, today=station.clock().astimezone().date(), count=200)
    return station


def _open_returns(station: Station, count: int) -> list[str]:
    """RMAs of returns no bench has claimed (the demo's, or the scan data set's on PostgreSQL)."""
    from sqlalchemy import select

    from db.models.returns import ExpectedReturn

    with station.db.read() as session:
        return list(
            session.scalars(
                select(ExpectedReturn.rma)
                .where(ExpectedReturn.status == "open", ExpectedReturn.claimed_by_bench.is_(None))
                .order_by(ExpectedReturn.id)
                .limit(count)
            )
        )


@dataclass
class Capture:
    wall: Summary  # milliseconds from grab to committed row
    cpu_ms: float  # median CPU time of this process per photo, all its threads
    coded: int  # photos whose row records the label's barcode


def capture(
    url: str, folder: Path, video: Path, count: int, *, cpu: int | None = None
) -> tuple[Capture, Station]:
    """``count`` timed captures (after 4 untimed ones); the station is left open for verify.

    With ``cpu`` the process is held to that one CPU meanwhile, so the decoding thread and the
    rest of the pipeline share it: the time a photo takes when only one core is free.
    """
    station = _station(url, folder)
    rmas = iter(_open_returns(station, count // PHOTOS_PER_UNIT + 2))
    millis: list[float] = []
    cpu_ms: list[float] = []
    coded = 0
    with CameraSource(str(video)) as source, _pinned(cpu):
        insp = None
        for n in range(count + PHOTOS_PER_UNIT):
            if n % PHOTOS_PER_UNIT == 0:
                if insp is not None:
                    inspection.finish(station, insp, grade="B")
                opened = scanning.scan(station, next(rmas))
                assert isinstance(opened, scanning.Opened), opened
                insp = opened.inspection
            assert insp is not None
            started, used = time.perf_counter(), time.process_time()
            frame = source.read()
            result = unit_photos.add_frame(station, insp.id, frame, keep_poor=True)
            took = (time.perf_counter() - started) * 1000
            spent = (time.process_time() - used) * 1000
            assert isinstance(result, unit_photos.Added)
            assert not result.duplicate
            if n >= PHOTOS_PER_UNIT:
                millis.append(took)
                cpu_ms.append(spent)
                coded += result.photo.code_text == sample.DEMO_EAN
    return Capture(summarize(millis), statistics.median(cpu_ms), coded), station


@contextmanager
def _pinned(cpu: int | None) -> Iterator[None]:
    if cpu is None or not hasattr(os, "sched_setaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpu})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def breakdown(folder: Path, video: Path, count: int) -> dict[str, list[float]]:
    """Each stage of the pipeline timed on its own, on fresh 1080p frames."""
    store = PhotoStore(folder / "breakdown")
    limits = Thresholds()
    stages: dict[str, list[float]] = {
        "grab (read + decode the video frame)": [],
        "grey copy + quality check": [],
        "barcode decoding, as the live camera (≤ 960 px wide)": [],
        "JPEG encode": [],
        "write, fsync, rename": [],
        "thumbnail": [],
        "peer: barcode decoding of the whole 1080p frame": [],
    }
    names = list(stages)
    with CameraSource(str(video)) as source:
        for _ in range(count):
            marks = [time.perf_counter()]
            frame = source.read()
            marks.append(time.perf_counter())
            grey = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            measure(grey, limits)
            marks.append(time.perf_counter())
            unit_photos.camera_code(grey)
            marks.append(time.perf_counter())
            jpeg = store.encode(frame)
            marks.append(time.perf_counter())
            stored = store.store_jpeg(jpeg, frame.shape[1], frame.shape[0])
            marks.append(time.perf_counter())
            store.thumbnail(stored.sha256, frame=frame)
            marks.append(time.perf_counter())
            unit_photos.file_code(grey)  # a 1080p picture is read whole (≤ 4096 px)
            marks.append(time.perf_counter())
            spans = [(b - a) * 1000 for a, b in itertools.pairwise(marks)]
            for name, span in zip(names, spans, strict=True):
                stages[name].append(span)
    return stages


def _child(args: list[str], folder: Path) -> dict[str, object]:
    folder.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "benchmarks.photos_run", *args]
    child = start_child(argv, env=None, stderr_path=folder / "stderr.txt", deadline_s=300, cwd=ROOT)
    result: dict[str, object] | None = None
    for line in child.stdout:
        if line.startswith(RESULT_PREFIX):
            result = json.loads(line[len(RESULT_PREFIX) :])
    code = child.finish()
    if result is None or code != 0:
        raise RuntimeError(f"photos_run {args[0]} failed (exit {code}):\n{child.stderr_tail()}")
    return result


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def _capture_table(
    folder: Path, video: Path, count: int, pg_url: str | None
) -> tuple[list[str], str]:
    """The capture pipeline on each database, with the cores the machine gives and on one."""
    rows = []
    databases: list[tuple[str, str | None]] = [("SQLite", None)]
    if pg_url:
        databases.append(("PostgreSQL", pg_url))
    one_cpu = max(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    passes: list[tuple[str, int | None]] = [("as given", None)]
    if one_cpu is not None:
        passes.append((f"one (CPU {one_cpu})", one_cpu))
    verify_line = ""
    for name, server in databases:
        for cores, cpu in passes:
            url = server or f"sqlite:///{folder / f'capture-{cpu}.sqlite3'}"
            result, station = capture(url, folder / f"{name}-{cpu}", video, count, cpu=cpu)
            if name == "SQLite" and cpu is None:
                verify_line = _verify(station)
            if name == "PostgreSQL":
                _forget(station)
            station.close()
            wall = result.wall
            rows.append(
                [
                    f"1080p capture → stored photo ({name})",
                    cores,
                    str(wall.count),
                    _ms(wall.p50),
                    _ms(wall.p95),
                    _ms(wall.p99),
                    _ms(wall.max),
                    _ms(result.cpu_ms),
                    f"{result.coded}/{wall.count}",
                    f"{wall.p99 / CAPTURE_TARGET_MS:.2f}",
                ]
            )
    header = ["Capture pipeline", "cores", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"]
    header += ["CPU ms / photo", "EAN recorded", "p99 / 80 ms"]
    lines = report.table(header, rows)
    lines += [
        "",
        "- CPU ms / photo: the median CPU time of the benchmark process per photo, all its "
        "threads (the decoding thread too); unlike the wall time, other work on the machine "
        "hardly moves it.",
    ]
    return lines, verify_line


def run(context: object) -> report.Section:
    quick: bool = getattr(context, "quick", False)
    tmp: Path = getattr(context, "tmp", Path("."))
    pg_url: str | None = getattr(context, "pg_url", None)
    folder = tmp / "photos"
    count = 40 if quick else 200
    seconds = 4.0 if quick else 10.0
    lines: list[str] = []
    video = make_demo_video(folder / "bench-1080p30.avi", size=(1920, 1080), fps=30, seconds=8)
    video60 = make_demo_video(folder / "bench-1080p60.avi", size=(1920, 1080), fps=60, seconds=4)

    print(f"  capture pipeline, {count} photos per database and core count …", flush=True)
    capture_lines, verify_line = _capture_table(folder, video, count, pg_url)
    lines += capture_lines

    stages = breakdown(folder, video, 40 if quick else 100)
    stage_rows = [
        [name, _ms(statistics.median(values)), _ms(sorted(values)[int(len(values) * 0.99) - 1])]
        for name, values in stages.items()
    ]
    lines += ["", *report.table(["Stage (1080p, one at a time)", "p50 ms", "p99 ms"], stage_rows)]

    print(f"  live preview, {seconds:.0f} s per run …", flush=True)
    preview_rows = []
    for label, source, decode in (
        ("1080p30 video, decoding off", video, False),
        ("1080p30 video, decoding on", video, True),
        ("1080p60 video, decoding on", video60, True),
    ):
        got = _child(["preview", str(source), str(seconds), "1" if decode else "0"], folder)
        ui_ms = [float(v) for v in got["ui_ms"]]  # type: ignore[attr-defined]
        ui = summarize(ui_ms)
        preview_rows.append(
            [
                label,
                f"{float(got['read_fps']):.1f}",  # type: ignore[arg-type]
                f"{float(got['shown_fps']):.1f}",  # type: ignore[arg-type]
                f"{float(got['decodes_per_s']):.1f}" if decode else "—",  # type: ignore[arg-type]
                _ms(ui.p50),
                _ms(ui.p99),
                _ms(ui.max),
                f"{float(got['shown_fps']) / PREVIEW_TARGET_FPS:.2f}",  # type: ignore[arg-type]
                f"{ui.max / UI_BUDGET_MS:.2f}",
            ]
        )
    header = ["Live preview (camera worker + preview widget)", "frames read/s", "shown/s"]
    header += ["decodes/s", "UI ms p50", "UI ms p99", "UI ms max", "shown / 25", "max / 16 ms"]
    lines += ["", *report.table(header, preview_rows)]

    print("  decompression bombs …", flush=True)
    bombs = _child(["bomb", str(folder / "bombs")], folder)
    bomb_rows = []
    for name, value in bombs.items():
        if isinstance(value, dict):
            bomb_rows.append([name, f"{value['bytes']:,}", _ms(value["ms"]), value["outcome"]])
    lines += ["", *report.table(["Bomb", "file bytes", "refused in ms", "message"], bomb_rows)]
    spike = float(bombs["rss_after_mb"]) - float(bombs["rss_before_mb"])  # type: ignore[arg-type]
    lines += [
        "",
        f"- peak RSS of the bomb process: {float(bombs['rss_before_mb']):.0f} MiB before, "  # type: ignore[arg-type]
        f"{float(bombs['rss_after_mb']):.0f} MiB after both ({spike:+.1f} MiB)",  # type: ignore[arg-type]
    ]
    if verify_line:
        lines.append(verify_line)
    if pg_url:
        from benchmarks.load_pg import server_version

        lines.append(f"- PostgreSQL server: {server_version(pg_url)}")
    else:
        lines.append(f"- PostgreSQL skipped: {getattr(context, 'pg_skipped', 'not configured')}")
    return report.Section(
        "Photos (capture target: < 80 ms at 1080p; preview: ≥ 25 frames/s)", lines
    )


def _verify(station: Station) -> str:
    started = time.perf_counter()
    checked = upkeep.verify(station)
    took = time.perf_counter() - started
    megabytes = sum(p.stat().st_size for p in station.photos.root.glob("??/*.jpg")) / 2**20
    return (
        f"- `photos verify`: {checked.checked} photos ({megabytes:.0f} MiB) re-hashed in "
        f"{took * 1000:.0f} ms ({checked.checked / took:.0f} photos/s), "
        f"{'all intact' if checked.ok else 'PROBLEMS'}"
    )


def _forget(station: Station) -> None:
    """Take the benchmark's rows out of PostgreSQL again (the database is shared by runs).

    Its audit events are the newest, so with their links gone the chain still holds.
    """
    from sqlalchemy import delete, select, update

    from db.models.audit import AuditEvent, AuditPending, AuditSeal
    from db.models.grading import Recommendation, UnitAssessment
    from db.models.inspections import Inspection, Override, Photo, Unit
    from db.models.printing import PrintJob
    from db.models.returns import ExpectedReturn

    with station.db.write() as session:
        ids = select(Inspection.id).where(Inspection.bench == station.bench)
        lpns = select(Inspection.lpn).where(Inspection.bench == station.bench)
        for table in (Photo, Override, PrintJob, Recommendation, UnitAssessment):
            session.execute(delete(table).where(table.inspection_id.in_(ids)))
        returns = select(Unit.expected_return_id).where(Unit.lpn.in_(lpns))
        session.execute(
            update(ExpectedReturn)
            .where(ExpectedReturn.id.in_(returns))
            .values(status="open", claimed_by_bench=None)
        )
        session.execute(delete(Inspection).where(Inspection.bench == station.bench))
        session.execute(delete(Unit).where(Unit.created_bench == station.bench))
        events = select(AuditEvent.id).where(AuditEvent.bench == station.bench)
        session.execute(delete(AuditPending).where(AuditPending.event_id.in_(events)))
        session.execute(delete(AuditSeal).where(AuditSeal.event_id.in_(events)))
        session.execute(delete(AuditEvent).where(AuditEvent.bench == station.bench))
