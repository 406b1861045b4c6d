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
from sqlalchemy.exc import OperationalError

# Qt must use the offscreen platform before any Qt module loads; nothing may reach the
# user's real data or settings.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("INSPECT_STATION_HOME", None)
# The tests read the station's English (the texts' own language) whatever the machine speaks;
# tests of other languages switch to them (tests.helpers.speaking).
os.environ["LANGUAGE"] = "en"

from db.engine import Database
from inspect_station.app import i18n
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.demo import sample
from tests.templates import Templates, empty_public_schema

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
def station_speaks_english() -> Iterator[None]:
    """Each test starts and ends in English, even one that failed while speaking another."""
    i18n.activate("en")
    yield
    i18n.activate("en")


@pytest.fixture(autouse=True)
def station_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("INSPECT_STATION_HOME", str(home))
    # No site folder unless a test makes one: the machine's /etc/inspect-station stays out.
    monkeypatch.setenv("INSPECT_STATION_SITE_DIR", str(tmp_path / "site"))
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


def postgres_url() -> str:
    """The test database, emptied (a bare ``public`` schema)."""
    if not PG_URL:
        need_service("PostgreSQL not configured (INSPECT_STATION_TEST_PG_URL unset)")
    try:
        empty_public_schema(PG_URL)
    except Exception as exc:  # any connection failure means: no server here
        need_service(f"PostgreSQL unreachable at {PG_URL}: {exc}")
    return PG_URL


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database; a test that also takes ``database`` gets it filled from a template."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'station.sqlite3'}"
    if "database" in request.fixturenames:
        if not PG_URL:
            need_service("PostgreSQL not configured (INSPECT_STATION_TEST_PG_URL unset)")
        return PG_URL  # replaced whole by the template's copy: no need to empty it first
    return postgres_url()


@pytest.fixture(scope="session")
def templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Templates]:
    """Migrated and seeded databases, built once and copied for each test."""
    made = Templates(tmp_path_factory.mktemp("templates"), seed_day=FakeClock().now.date())
    yield made
    made.close()


@pytest.fixture
def database(
    request: pytest.FixtureRequest, database_url: str, templates: Templates
) -> Iterator[Database]:
    """The database at ``database_url`` at the newest schema: a copy of the migrated template,
    or of the seeded one when the test takes ``station``."""
    seeded = "station" in request.fixturenames
    try:
        templates.copy_to(database_url, seeded=seeded)
    except OperationalError as exc:  # PostgreSQL's server is not there
        need_service(f"PostgreSQL unreachable at {database_url}: {exc}")
    db = open_database(database_url)
    templates.restore_head(db, seeded=seeded)
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
        # The offline bench's own database costs every PostgreSQL test a second database to
        # migrate; the offline tests turn it on.
        offline_bench="off",
    )


@pytest.fixture(scope="session")
def demo_video(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from inspect_station.demo.video import make_demo_video

    return make_demo_video(tmp_path_factory.mktemp("video") / "bench.avi", ean=sample.DEMO_EAN)


@pytest.fixture
def station(
    settings: Settings, database: Database, clock: FakeClock, templates: Templates
) -> Iterator[Station]:
    """A station on a database holding the demo catalogue and 40 demo returns, dated the
    clock's day (the seeded template's copy)."""
    assert clock().date() == templates.seed_day, "the demo returns are dated the clock's day"
    st = open_station(settings, database=database, clock=clock)
    yield st
    st.close()


@pytest.fixture(scope="session")
def medusa_shop() -> Iterator[object]:
    """The real Medusa v2 (tests/medusa_shop.py), started once for the session."""
    from tests import medusa_shop as shop

    started = shop.start()
    yield started
    shop.stop(started)
