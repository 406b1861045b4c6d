"""The machine, the tables of figures, and the dated section ``--record`` adds to the docs."""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from benchmarks.scan_bench import CATEGORIES, ScanResult
from benchmarks.startup import StartRuns

SCAN_TARGET_MS = 50.0
START_TARGET_MS = 2000.0
DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"


@dataclass
class Section:
    """One benchmark module's figures: a heading and Markdown lines (tables, notes)."""

    title: str
    lines: list[str]


@dataclass
class Report:
    quick: bool
    scans: list[ScanResult] = field(default_factory=list)
    starts: list[StartRuns] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # data sets, skipped parts, memory
    postgres_version: str | None = None


def _read(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def machine(postgres_version: str | None) -> list[tuple[str, str]]:
    cpuinfo = _read("/proc/cpuinfo")
    model = next(
        (ln.split(":", 1)[1].strip() for ln in cpuinfo.splitlines() if ln.startswith("model name")),
        platform.processor() or "unknown",
    )
    mem_kb = next(
        (int(ln.split()[1]) for ln in _read("/proc/meminfo").splitlines() if ln.startswith("Mem")),
        0,
    )
    os_release = dict(ln.split("=", 1) for ln in _read("/etc/os-release").splitlines() if "=" in ln)
    os_name = os_release.get("PRETTY_NAME", platform.system()).strip('"')
    return [
        ("CPU", model),
        ("Cores", str(os.cpu_count())),
        ("RAM", f"{mem_kb / 1024 / 1024:.1f} GiB"),
        ("OS", f"{os_name}, kernel {platform.release()}"),
        ("Python", platform.python_version()),
        ("SQLite", sqlite3.sqlite_version),
        ("PostgreSQL", postgres_version or "not measured"),
    ]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """A Markdown table, padded so it also reads well in a terminal."""
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return [line(header), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)]


def _ms(value: float) -> str:
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def scan_table(scans: list[ScanResult]) -> list[str]:
    sqlite = next((s for s in scans if s.database == "SQLite"), None)
    rows = []
    for category, (what, _expected) in CATEGORIES.items():
        for result in scans:
            s = result.summaries.get(category)
            if s is None:
                continue
            peer = ""
            if result.database != "SQLite" and sqlite and category in sqlite.summaries:
                peer = f"{s.p99 / sqlite.summaries[category].p99:.2f}"
            rows.append(
                [
                    what,
                    result.database,
                    str(s.count),
                    _ms(s.p50),
                    _ms(s.p95),
                    _ms(s.p99),
                    _ms(s.max),
                    f"{s.p99 / SCAN_TARGET_MS:.2f}",
                    peer,
                ]
            )
    header = ["Scan", "Database", "n", "p50 ms", "p95 ms", "p99 ms", "max ms"]
    return table([*header, "p99 / 50 ms", "p99 PG / SQLite"], rows)


def outcome_lines(scans: list[ScanResult]) -> list[str]:
    lines = []
    for result in scans:
        for category, (_what, expected) in CATEGORIES.items():
            got = result.outcomes.get(category, {})
            other = {k: v for k, v in got.items() if k != expected}
            state = "all as expected" if not other else f"UNEXPECTED {other}"
            lines.append(
                f"- {result.database}, {category}: {got.get(expected, 0)} × {expected}, {state}"
            )
    return lines


def start_table(starts: list[StartRuns]) -> list[str]:
    rows = []
    for run in starts:
        median = statistics.median(run.wall_ms)
        rows.append(
            [
                run.label,
                str(len(run.wall_ms)),
                f"{median:.0f}",
                f"{max(run.wall_ms):.0f}",
                f"{statistics.median(run.app_ms):.0f}",
                f"{statistics.median(run.exit_ms):.0f}",
                f"{max(run.peak_rss_mb):.0f}",
                f"{median / START_TARGET_MS:.2f}",
                f"{max(run.wall_ms) / START_TARGET_MS:.2f}",
            ]
        )
    header = ["Cold start to ready", "runs", "median ms", "max ms", "app's own median ms"]
    rest = ["to exit, median ms", "peak RSS MiB", "median / 2 s", "max / 2 s"]
    return table([*header, *rest], rows)


def render(report: Report) -> list[str]:
    out: list[str] = []
    if report.scans:
        out += ["Scan → expected return shown (target: p99 < 50 ms)", "", *scan_table(report.scans)]
        out += ["", "Outcomes of the measured scans:", *outcome_lines(report.scans), ""]
    if report.starts:
        out += ["Cold start to ready (target: < 2 s)", "", *start_table(report.starts), ""]
    for section in report.sections:
        out += [section.title, "", *section.lines, ""]
    if report.notes:
        out += ["Notes:", *(f"- {note}" for note in report.notes)]
    return out


def record(report: Report, when: datetime) -> Path:
    """Append a dated section with the machine and the figures to docs/benchmarks.md."""
    title = f"### {when:%Y-%m-%d %H:%M %Z}".rstrip() + (" (quick run)" if report.quick else "")
    lines = ["", title, "", *table(["Machine", ""], machine(report.postgres_version)), ""]
    lines += render(report)
    if not DOC.exists():
        DOC.parent.mkdir(parents=True, exist_ok=True)
        DOC.write_text("# Benchmarks\n", encoding="utf-8")
    with DOC.open("a", encoding="utf-8") as doc:
        doc.write("\n".join(lines).rstrip() + "\n")
    return DOC
