"""Photos after a crash: a file stored and not recorded is found at start and by ``photos
verify``; adopted by its unit when it is still open, else moved aside and reported; purge takes
what no row names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection
from inspect_station.bench.views import InspectionView
from inspect_station.photos import pending, upkeep
from inspect_station.photos.store import ORPHANS
from tests.conftest import FakeClock
from tests.helpers import run_cli, seed_people, sign_in_as
from tests.photo_helpers import files_in, open_unit_of

CHECKOUT = Path(__file__).resolve().parents[3]


def _die_photographing(station: Station, insp: InspectionView, point: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT)}
    child = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.inspect_station.photos.die_photo",
            station.db.engine.url.render_as_string(hide_password=False),
            str(station.photos.root),
            str(insp.id),
            point,
        ],
        env=env,
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert child.returncode == 9, child.stderr


def _restart(station: Station, clock: FakeClock) -> Station:
    """The bench starts again on the same database and photo store."""
    return open_station(station.settings, database=station.db, clock=clock)


def _actions(station: Station) -> list[str]:
    with station.db.read() as session:
        return list(session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_a_photo_stored_before_a_crash_is_adopted_by_its_open_unit(
    station: Station, clock: FakeClock
) -> None:
    insp = open_unit_of(station, "apparel")
    _die_photographing(station, insp, "before-row")
    # Left behind: a file no row names yet, and the record of what it is.
    assert [p.intent.sha256 for p in pending.records(station.photos.root) if p.intent]
    assert upkeep.verify(station).ok  # on its way, not an orphan
    restarted = _restart(station, clock)
    assert any("were added to " + insp.lpn in notice for notice in restarted.notices)
    resumed = inspection.resume(restarted)
    assert resumed is not None
    assert [(p.shot, p.source) for p in resumed.photos] == [("front", "camera")]
    assert resumed.photos[0].path.exists()
    assert "photo.adopted" in _actions(restarted)
    assert list(pending.records(station.photos.root)) == []
    report = upkeep.verify(restarted)
    assert (report.ok, report.checked, report.set_aside) == (True, 1, ())


def test_a_photo_whose_unit_was_finished_meanwhile_is_moved_aside_and_reported(
    station: Station, clock: FakeClock
) -> None:
    insp = open_unit_of(station, "apparel")
    _die_photographing(station, insp, "before-row")
    sha = next(p.intent.sha256 for p in pending.records(station.photos.root) if p.intent)
    inspection.finish(station, inspection.resume(station) or insp, grade="B")
    restarted = _restart(station, clock)
    assert any("moved aside to" in notice for notice in restarted.notices)
    assert not station.photos.path_for(sha).exists()
    aside = station.photos.root / ORPHANS / f"{sha}.jpg"
    assert aside.exists()
    assert "photo.set_aside" in _actions(restarted)
    report = upkeep.verify(restarted)
    assert (report.ok, report.set_aside) == (True, (aside,))


def test_a_crash_before_the_file_leaves_nothing(station: Station, clock: FakeClock) -> None:
    insp = open_unit_of(station, "apparel")
    _die_photographing(station, insp, "before-file")
    assert len(list(pending.records(station.photos.root))) == 1
    restarted = _restart(station, clock)
    assert restarted.notices == ()
    assert list(pending.records(station.photos.root)) == []
    assert [p for p in files_in(station.photos.root) if p.suffix == ".jpg"] == []


def _orphan(station: Station, age_days: float) -> str:
    """A photo file no row names and no record stands for, as a crash of an older station
    version, or someone's hand, leaves it."""
    frame = np.random.default_rng(7).integers(40, 200, (120, 160, 3), dtype=np.uint8)
    stored = station.photos.save_frame(frame)
    old = station.clock().timestamp() - age_days * 86400
    os.utime(stored.path, (old, old))
    return stored.sha256


def test_verify_finds_a_file_no_row_names_and_purge_takes_it(station: Station) -> None:
    sha = _orphan(station, age_days=40)
    report = upkeep.verify(station)
    assert [(p.sha256, p.state) for p in report.problems] == [(sha, upkeep.ORPHAN)]
    seed_people(station, ("ada",))
    sign_in_as(station, "ada")
    purged = upkeep.purge(station, older_than_days=30)
    assert (purged.orphans, station.photos.path_for(sha).exists()) == (1, False)
    assert "photos.orphans_purged" in _actions(station)
    assert upkeep.verify(station).ok


def test_photos_verify_on_the_command_line_lists_orphans_and_files_set_aside(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    clock: FakeClock,
) -> None:
    station = open_station(Settings(), clock=clock)
    try:
        sha = _orphan(station, age_days=1)
        aside = station.photos.root / ORPHANS / f"{'e' * 64}.jpg"
        aside.parent.mkdir(parents=True)
        aside.write_bytes(b"\xff\xd8\xff")
    finally:
        station.close()
    status, out, _err = run_cli(monkeypatch, capsys, ["photos", "verify"])
    assert status == 1
    assert f"orphan: no row names it: {sha} (stored " in out
    assert f"set aside at start, no unit records it: {aside}" in out


def test_a_young_orphan_stays_until_it_is_old_enough(station: Station) -> None:
    sha = _orphan(station, age_days=2)
    seed_people(station, ("ada",))
    sign_in_as(station, "ada")
    assert upkeep.purge(station, older_than_days=30).orphans == 0
    assert station.photos.path_for(sha).exists()


def test_another_benchs_record_is_left_alone(station: Station, clock: FakeClock) -> None:
    insp = open_unit_of(station, "apparel")
    _die_photographing(station, insp, "before-row")
    (record,) = pending.records(station.photos.root)
    assert record.intent is not None
    # The same record, as written by a bench on another machine, a moment ago.
    other = record.path.with_name(f"bench-elsewhere-1-{record.intent.sha256}-00000000.json")
    os.replace(record.path, other)
    restarted = _restart(station, clock)
    assert restarted.notices == ()
    assert other.exists()
    assert upkeep.verify(restarted).ok  # on its way to its row at the other bench
