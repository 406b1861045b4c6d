"""One scan benchmark run in a process of its own, as a bench runs: ``python -m
benchmarks.scan_run <plan.json>``. The plan names the database, the bench and the codes; the
result (milliseconds and outcome per scan, per category) is printed as one JSON line.

Each scan is the station's real service call, ``scanning.scan(station, code)``: for an open
expected return it claims the return and opens a unit, a committed write. A bench works on one
unit at a time, so a unit the scan opened is then finished (grade A, as the bench would), untimed,
before the next scan.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks.measure import peak_rss_mb
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import inspection, scanning

RESULT_PREFIX = "SCAN-RESULT "


def run(plan: dict[str, object]) -> dict[str, object]:
    tmp = Path(str(plan["tmp"]))
    url = str(plan["url"])
    settings = Settings(
        bench=str(plan["bench"]),
        operator="benchmark",
        photo_dir=str(tmp / "photos"),
        labels_dir=str(tmp / "labels"),
        database_url=url,
        require_shots=False,  # units are finished without photos: this measures scans
    )
    station = open_station(settings, database=open_database(url))
    results: dict[str, object] = {}
    try:
        categories = plan["categories"]
        assert isinstance(categories, dict)
        for name, codes in categories.items():
            for code in codes["warmup"]:
                _finish(station, _scan(station, code)[1])
            millis: list[float] = []
            outcomes: dict[str, int] = {}
            for code in codes["measure"]:
                started = time.perf_counter()
                outcome, result = _scan(station, code)
                millis.append((time.perf_counter() - started) * 1000)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1
                _finish(station, result)
            results[name] = {"ms": millis, "outcomes": outcomes}
    finally:
        station.close()
    results["peak_rss_mb"] = peak_rss_mb()
    return results


def _scan(station: Station, code: str) -> tuple[str, scanning.ScanOutcome | None]:
    try:
        result = scanning.scan(station, code)
    except Exception as exc:  # an error is an outcome too; the report shows it
        return f"error:{type(exc).__name__}", None
    name = type(result).__name__
    if isinstance(result, scanning.Opened) and result.resumed:
        name = "Opened(resumed)"
    return name, result


def _finish(station: Station, result: scanning.ScanOutcome | None) -> None:
    """Finish the unit a scan opened, as the bench worker would before the next parcel."""
    if isinstance(result, scanning.Opened):
        inspection.finish(station, result.inspection, grade="A")


def main() -> int:
    plan = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print(RESULT_PREFIX + json.dumps(run(plan)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
