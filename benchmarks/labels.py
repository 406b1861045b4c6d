"""Label render time per stock (ZPL and PDF) and print submission time per printer kind.

Targets: ZPL < 1 ms, PDF < 25 ms per label. Submission is the printer back end's ``send``
from the first byte to the printer's answer: a loopback ZPL printer that answers ``~HS``
(the real protocol), the labels folder (fsync'd files) and, when one is set up, a CUPS queue.
"""

from __future__ import annotations

import os
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime

from benchmarks import report
from benchmarks.measure import summarize
from inspect_station.identify.identifiers import lpn_check_character
from inspect_station.labels.layout import DPIS, STOCKS, LabelData
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.zpl import render_zpl
from inspect_station.printing.base import Printer
from inspect_station.printing.cups import CupsPrinter
from inspect_station.printing.folder import FolderPrinter
from inspect_station.printing.printers import render_label
from inspect_station.printing.zebra import ZebraPrinter
from tests.zebra_loopback import LoopbackZebra

ZPL_TARGET_MS = 1.0
PDF_TARGET_MS = 25.0

LABEL = LabelData(
    lpn="LP7K3M9Q2X4B1CV",
    route="resale",
    grade="B",
    grade_name="Opened / minor wear",
    why="grade B, apparel, value ≥ €20 → resale",
    bench="BENCH-04",
    operator="maria",
    time=datetime(2026, 11, 27, 10, 0, tzinfo=UTC),
    sku="TSH-0042-BLU-M",
    description="Organic cotton T-shirt, blue, size M, crew neck",
    reason="Too small",
    rma="RMA-2026-000042",
    tote="T-017",
)


# The same label with the catalogue's Chinese name, a Japanese and Korean reason, emoji and a
# Korean operator: every line in other scripts goes to a ZPL printer as graphics by default.
SCRIPTS = replace(
    LABEL,
    grade_name="開封済み・軽微な使用感",
    description="有机棉T恤，蓝色，M码 👕✨",
    reason="サイズが小さい 😞 너무 작아요",
    operator="김민준",
)


def _times_ms(fn: Callable[[int], object], runs: int) -> list[float]:
    times = []
    for index in range(runs):
        began = time.perf_counter()
        fn(index)
        times.append((time.perf_counter() - began) * 1000)
    return times


def _plates(count: int, start: int = 0) -> list[LabelData]:
    # A new plate each time, so no cache of a previous label's bars or text serves the next.
    bodies = (f"{index:012d}" for index in range(start, start + count))
    return [replace(LABEL, lpn=f"LP{body}{lpn_check_character(body)}") for body in bodies]


def _render_row(stock: str, dpi: int, labels: list[LabelData]) -> list[str]:
    warm, timed = labels[:5], labels[5:]
    for label in warm:  # fonts loaded, code paths warm
        render_zpl(label, stock, dpi)
        render_pdf(label, stock, dpi)
    zpl = summarize(_times_ms(lambda i: render_zpl(timed[i], stock, dpi), len(timed)))
    pdf = summarize(_times_ms(lambda i: render_pdf(timed[i], stock, dpi), len(timed)))
    return [
        stock,
        str(dpi),
        f"{zpl.p50:.3f}",
        f"{zpl.p95:.3f}",
        f"{zpl.p50 / ZPL_TARGET_MS:.2f}",
        f"{pdf.p50:.2f}",
        f"{pdf.p95:.2f}",
        f"{pdf.p50 / PDF_TARGET_MS:.2f}",
        f"{pdf.p50 / zpl.p50:.0f}",
    ]


def _render_rows(runs: int) -> list[list[str]]:
    grid = [(stock, dpi) for stock in STOCKS for dpi in DPIS]
    return [
        _render_row(stock, dpi, _plates(runs + 5, start=number * (runs + 5)))
        for number, (stock, dpi) in enumerate(grid)
    ]


def _scripts_rows(runs: int) -> list[list[str]]:
    """Latin against every script, in turns, at 203 and 300 dpi on 4×6 in."""
    rows = []
    for dpi in (203, 300):
        cases: dict[str, Callable[[LabelData], object]] = {
            "ZPL": lambda d, dpi=dpi: render_zpl(d, "4x6", dpi),
            "ZPL, printer font E:ANMDJ.TTF": lambda d, dpi=dpi: render_zpl(
                d, "4x6", dpi, font="E:ANMDJ.TTF"
            ),
            "PDF": lambda d, dpi=dpi: render_pdf(d, "4x6", dpi),
        }
        for name, render in cases.items():
            latin, scripts = (
                _plates(runs + 5),
                [replace(SCRIPTS, lpn=plate.lpn) for plate in _plates(runs + 5, start=runs + 5)],
            )
            for warm in latin[:5] + scripts[:5]:
                render(warm)
            times: dict[str, list[float]] = {"latin": [], "scripts": []}
            for index in range(5, runs + 5):
                for kind, labels in (("latin", latin), ("scripts", scripts)):
                    began = time.perf_counter()
                    render(labels[index])
                    times[kind].append((time.perf_counter() - began) * 1000)
            a, b = summarize(times["latin"]), summarize(times["scripts"])
            size = len(str(render(scripts[5])))
            rows.append(
                [name, str(dpi), f"{a.p50:.3f}", f"{b.p50:.3f}", f"{b.p95:.3f}",
                 f"{b.p50 / a.p50:.1f}", f"{size:,}"]
            )  # fmt: skip
    return rows


def _submit_row(name: str, printer: Printer, runs: int) -> list[str]:
    labels = [
        render_label(uuid.uuid4(), data, printer, stock="4x6", dpi=203) for data in _plates(runs)
    ]
    times = summarize(_times_ms(lambda i: printer.send(labels[i]), runs))
    return [name, str(runs), f"{times.p50:.2f}", f"{times.p95:.2f}", f"{times.max:.2f}"]


def _submit_rows(context: object, runs: int) -> tuple[list[list[str]], list[str]]:
    rows, notes = [], []
    with LoopbackZebra() as zebra:
        tcp = ZebraPrinter("127.0.0.1", zebra.port, timeout=5)
        rows.append(
            _submit_row("ZPL, raw TCP to the loopback printer (~HS before and after)", tcp, runs)
        )
        if len(zebra.formats) != runs:
            notes.append(f"loopback printer received {len(zebra.formats)} of {runs} labels")
    folder = FolderPrinter(context.tmp / "labels")  # type: ignore[attr-defined]
    rows.append(_submit_row("PDF + ZPL files in the labels folder (fsync)", folder, runs))
    queue = os.environ.get("INSPECT_STATION_TEST_CUPS_QUEUE", "")
    cups = CupsPrinter(queue) if queue and shutil.which("lp") else None
    if cups is not None and cups.check() is None:
        rows.append(_submit_row(f"PDF to the CUPS queue {queue} (lp)", cups, max(5, runs // 10)))
    else:
        notes.append("CUPS queue not measured: no test queue set up (./station bench adds it)")
    return rows, notes


def run(context: object) -> report.Section:
    quick = bool(getattr(context, "quick", False))
    renders = 50 if quick else 300
    submits = 20 if quick else 200
    lines = [
        f"Render one label, {renders} labels per stock and resolution, each with a new plate "
        f"(targets: ZPL < {ZPL_TARGET_MS:g} ms, PDF < {PDF_TARGET_MS:g} ms)",
        "",
    ]
    lines += report.table(
        [
            "Stock",
            "dpi",
            "ZPL p50 ms",
            "ZPL p95 ms",
            "ZPL p50 / 1 ms",
            "PDF p50 ms",
            "PDF p95 ms",
            "PDF p50 / 25 ms",
            "PDF / ZPL",
        ],
        _render_rows(renders),
    )
    lines += [
        "",
        "Every script: the 4×6 label with Chinese, Japanese and Korean lines and emoji against "
        f"the Latin label, {renders // 2} of each, taking turns (ZPL: other scripts as ^GF "
        "graphics by default, or the printer's own font)",
        "",
    ]
    lines += report.table(
        ["Render", "dpi", "Latin p50 ms", "scripts p50 ms", "scripts p95 ms", "scripts / Latin",
         "bytes (scripts)"],
        _scripts_rows(renders // 2),
    )  # fmt: skip
    rows, notes = _submit_rows(context, submits)
    lines += [
        "",
        "Print submission, 4×6 in at 203 dpi, until the printer (or lp) answered",
        "",
    ]
    lines += report.table(["Printer", "labels", "p50 ms", "p95 ms", "max ms"], rows)
    lines += [f"- {note}" for note in notes]
    return report.Section("Labels: render and print submission", lines)
