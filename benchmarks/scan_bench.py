"""Scan → expected return shown: which codes to scan, and one measured run per database.

The codes are drawn with a fixed seed from rows that are the same on every database, so SQLite
and PostgreSQL are timed on the same scans. The timing itself happens in a fresh process
(``benchmarks.scan_run``) whose peak memory is read when it exits.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine, text

from benchmarks import dataset
from benchmarks.measure import Summary, start_child, summarize
from benchmarks.scan_run import RESULT_PREFIX
from inspect_station.identify import carriers
from inspect_station.identify.identifiers import gtin_check_digit

ROOT = Path(__file__).resolve().parent.parent
SEED = 4242
WARMUP = 50

# name → what is scanned, and the outcome every scan of it should have
CATEGORIES = {
    "open": ("open return by RMA / order / tracking / EAN (claims it, opens a unit)", "Opened"),
    "lpn": ("licence plate of an inspected unit (read only)", "KnownUnit"),
    "unknown": ("unknown code (NotFound)", "NotFound"),
    "choose": ("EAN expected by several open returns (Choose)", "Choose"),
}


@dataclass(frozen=True)
class ScanResult:
    database: str
    summaries: dict[str, Summary]
    outcomes: dict[str, dict[str, int]]
    peak_rss_mb: float | None
    wall_s: float


def _rows(url: str, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(text(sql))]
    finally:
        engine.dispose()


def plan_codes(url: str, count: int) -> dict[str, dict[str, list[str]]]:
    """Warm-up and measured codes per category, the same for every database."""
    rng = random.Random(SEED)
    need = count + WARMUP
    open_returns = _rows(
        url,
        "SELECT id, rma, order_number, tracking_number FROM expected_returns"
        " WHERE status = 'open' AND claimed_by_bench IS NULL ORDER BY id",
    )
    shared_tracking = {
        row[0]
        for row in _rows(
            url,
            "SELECT tracking_number FROM expected_returns"
            " GROUP BY tracking_number HAVING count(*) > 1",
        )
    }
    per_ean = _rows(
        url,
        "SELECT l.ean, min(l.expected_return_id), count(DISTINCT l.expected_return_id)"
        " FROM expected_return_lines l JOIN expected_returns r ON r.id = l.expected_return_id"
        " WHERE r.status <> 'received' GROUP BY l.ean ORDER BY l.ean",
    )
    only_ean = {int(str(rid)): str(ean) for ean, rid, n in per_ean if n == 1}
    by_id = {int(str(row[0])): row for row in open_returns}
    ean_pool = sorted(set(only_ean) & set(by_id))
    other_pool = sorted(
        i for i in by_id if i not in only_ean and by_id[i][3] not in shared_tracking
    )
    rng.shuffle(ean_pool)
    rng.shuffle(other_pool)
    opened: list[str] = []
    for n in range(need):
        if n % 4 == 3 and ean_pool:
            opened.append(only_ean[ean_pool.pop()])
        else:
            _id, rma, order, tracking = by_id[other_pool.pop()]
            opened.append(str((rma, order, tracking)[n % 4 % 3]))
    lpns = sorted(str(r[0]) for r in _rows(url, _LPN_SQL))
    shared = [(str(ean), int(str(n))) for ean, _rid, n in per_ean if int(str(n)) > 1]
    choose = rng.choices([e for e, _ in shared], weights=[n for _, n in shared], k=need)
    return {
        "open": _split(opened),
        "lpn": _split(rng.sample(lpns, need)),
        "unknown": _split(_unknown_codes(rng, need)),
        "choose": _split(choose),
    }


_LPN_SQL = (
    "SELECT lpn FROM inspections WHERE expected_return_id IS NOT NULL AND status = 'finished'"
)


def _split(codes: list[str]) -> dict[str, list[str]]:
    return {"warmup": codes[:WARMUP], "measure": codes[WARMUP:]}


def _unknown_codes(rng: random.Random, need: int) -> list[str]:
    """Codes of every kind that nothing in the data set carries."""
    codes = []
    for n in range(need):
        kind = n % 5
        if kind == 0:
            codes.append(f"RMA-2019-{rng.randrange(10**6):06d}")  # the data starts in 2025
        elif kind == 1:
            codes.append(f"SO-0{rng.randrange(10**7):07d}")  # the data's orders start at 1…
        elif kind == 2:
            body = f"43{rng.randrange(10**10):010d}"  # the catalogue's EANs start with 42
            codes.append(body + str(gtin_check_digit(body)))
        elif kind == 3:
            # Valid tracking numbers of a shipper and a service the data set never uses (a
            # random demo number can collide with one of its 200,000 returns).
            body = f"QX7K2M03{rng.randrange(10**7):07d}"
            serial = f"{rng.randrange(10**8):08d}"
            codes.append(
                f"1Z{body}{carriers.ups_check_digit(body)}"
                if n % 2
                else f"ZZ{serial}{carriers.s10_check_digit(serial)}GB"
            )
        else:
            codes.append(dataset.lpn(rng))
    return codes


def run(label: str, url: str, plan: dict[str, dict[str, list[str]]], tmp: Path) -> ScanResult:
    """Time the plan's scans on ``url`` in a fresh process, as bench ``BENCHMARK-<time>``."""
    bench = f"BENCHMARK-{datetime.now(UTC):%Y%m%dT%H%M%S}"
    plan_file = tmp / f"plan-{label}.json"
    plan_file.write_text(
        json.dumps({"url": url, "bench": bench, "tmp": str(tmp), "categories": plan}),
        encoding="utf-8",
    )
    started = time.perf_counter()
    child = start_child(
        [sys.executable, "-m", "benchmarks.scan_run", str(plan_file)],
        env=None,
        stderr_path=tmp / f"scan-{label}.stderr",
        deadline_s=3600,
        cwd=ROOT,
    )
    result_line = next((ln for ln in child.stdout if ln.startswith(RESULT_PREFIX)), None)
    code = child.finish()
    if result_line is None or code != 0:
        raise RuntimeError(f"scan run on {label} failed (exit {code}):\n{child.stderr_tail()}")
    raw = json.loads(result_line[len(RESULT_PREFIX) :])
    rss = raw.pop("peak_rss_mb")
    return ScanResult(
        database=label,
        summaries={name: summarize(raw[name]["ms"]) for name in raw},
        outcomes={name: raw[name]["outcomes"] for name in raw},
        peak_rss_mb=rss,
        wall_s=time.perf_counter() - started,
    )
