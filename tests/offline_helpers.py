"""A station with its offline bench, and the outage it works through (not fixtures)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select

from db.engine import Database
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.offline.twin import OfflineBench
from tests.conftest import FakeClock


def bench_of(station: Station) -> OfflineBench:
    assert station.offline is not None
    return station.offline


def offline_station(
    settings: Settings, database: Database, clock: FakeClock, bench: str = "BENCH-07"
) -> Station:
    """A station on ``database`` with its offline bench, its copy refreshed."""
    station = open_station(
        settings.replace(offline_bench="on", bench=bench), database=database, clock=clock
    )
    bench_of(station).refresh(station.db, days=60, limit=50_000, now=clock())
    return station


def picture(seed: int) -> npt.NDArray[np.uint8]:
    """A photo no camera would take twice: noise, sharp and exposed well enough."""
    return np.random.default_rng(seed).integers(40, 200, (240, 320, 3), dtype=np.uint8)


def count(db: Database, model: object, *where: object) -> int:
    with db.read() as session:
        query = select(func.count()).select_from(model)  # type: ignore[arg-type]
        for condition in where:
            query = query.where(condition)  # type: ignore[arg-type]
        return session.scalar(query) or 0
