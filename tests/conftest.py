"""Shared fixtures: an isolated station home, databases (SQLite and PostgreSQL), a station."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, text

# Qt must use the offscreen platform before any Qt module loads; nothing may reach the
# user's real data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INSPECT_STATION_HOME", None)

from db.engine import Database
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.demo import sample

IN_CI = os.environ.get("CI", "").lower() == "true"

# Property tests check what a function does, not how fast: a per-example deadline only fails
# them on a busy machine. Speed is measured in benchmarks/.
hypothesis_settings.register_profile("station", deadline=None)
hypothesis_settings.load_profile("station")
PG_URL = os.environ.get("INSPECT_STATION_TEST_PG_URL", "")


def need_service(reason: str) -> NoReturn:
    """Skip on a laptop without the service; fail in CI, where it must be there."""
    if IN_CI:
        pytest.fail(f"CI must provide this service: {reason}")
    pytest.skip(reason)


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 26, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("INSPECT_STATION_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_stray_threads() -> Iterator[None]:
    """A test that leaves a thread running fails (the classic "destroyed while running")."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5
    stray: list[threading.Thread] = []
    while time.monotonic() < deadline:
        stray = [t for t in threading.enumerate() if t not in before and t.is_alive()]
        if not stray:
            break
        time.sleep(0.05)
    assert stray == [], f"threads left running: {[t.name for t in stray]}"


def _reset_postgres(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


def postgres_url() -> str:
    if not PG_URL:
        need_service("PostgreSQL not configured (INSPECT_STATION_TEST_PG_URL unset)")
    try:
        _reset_postgres(PG_URL)
    except Exception as exc:  # any connection failure means: no server here
        need_service(f"PostgreSQL unreachable at {PG_URL}: {exc}")
    return PG_URL


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'station.sqlite3'}"
    return postgres_url()


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings(tmp_path: Path, demo_video: Path) -> Settings:
    return Settings(
        bench="BENCH-07",
        operator="maria",
        camera_source=str(demo_video),
        photo_dir=str(tmp_path / "photos"),
        labels_dir=str(tmp_path / "labels"),
        # Most tests finish units without photos; the photo tests turn this back on.
        require_shots=False,
        camera_scanning="off",  # the demo clip's product code must not scan itself in tests
    )


@pytest.fixture(scope="session")
def demo_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from inspect_station.demo.video import make_demo_video

    return make_demo_video(tmp_path_factory.mktemp("video") / "bench.avi", ean=sample.DEMO_EAN)


@pytest.fixture
def station(settings: Settings, database: Database, clock: FakeClock) -> Iterator[Station]:
    sample.seed(database, today=clock().date(), count=40)
    st = open_station(settings, database=database, clock=clock)
    yield st
    st.close()
