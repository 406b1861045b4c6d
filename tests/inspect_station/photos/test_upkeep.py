from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from db.engine import Database
from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Photo
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, NotAllowed
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection
from inspect_station.bench.assessment import Draft
from inspect_station.cli import main
from inspect_station.people.roles import Role, User
from inspect_station.photos import upkeep
from tests.conftest import FakeClock
from tests.helpers import as_person, row_counts, run_cli, seed_people
from tests.inspect_station.returns import add_return, open_rma
from tests.photo_helpers import demo_frames, files_in, open_unit_of


@pytest.fixture(scope="module")
def frames(demo_video: Path) -> list[np.ndarray]:
    return demo_frames(demo_video, count=6, step=4)


def photograph(station: Station, category: str, pictures: list[np.ndarray]) -> list[str]:
    """Open a unit, photograph it, finish it; the photos' hashes."""
    insp = open_unit_of(station, category)
    shas = [inspection.add_camera_photo(station, insp.id, p).sha256 for p in pictures]
    inspection.finish(station, insp, grade="B")
    return shas


def test_verify_finds_every_photo_intact(station: Station, frames: list[np.ndarray]) -> None:
    photograph(station, "apparel", frames[:3])
    report = upkeep.verify(station)
    assert (report.ok, report.checked, report.purged, report.problems) == (True, 3, 0, ())


def test_verify_reports_missing_and_altered_files(
    station: Station, frames: list[np.ndarray]
) -> None:
    missing, altered, intact = photograph(station, "apparel", frames[:3])
    station.photos.path_for(missing).unlink()
    path = station.photos.path_for(altered)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01  # one bit, the kind of change nobody would see
    path.write_bytes(bytes(data))
    report = upkeep.verify(station)
    assert not report.ok
    assert report.checked == 3
    assert {(p.sha256, p.state) for p in report.problems} == {
        (missing, "missing"),
        (altered, "altered"),
    }
    assert intact not in {p.sha256 for p in report.problems}
    assert all(len(p.lpns) == 1 for p in report.problems)


def test_purge_leaves_nothing_older_on_disk_and_keeps_the_records(
    station: Station, clock: FakeClock, frames: list[np.ndarray]
) -> None:
    old = photograph(station, "apparel", frames[:2])
    for sha in old:
        station.photos.thumbnail(sha, 320)  # history's bigger thumbnails go too
    clock.advance(40 * 86400)
    shared = photograph(station, "toys", [frames[0]])  # the same picture again, now
    recent = photograph(station, "home", frames[2:4])
    clock.advance(10 * 86400)
    station.change_shift(user=User("ada", Role.ADMIN))

    report = upkeep.purge(station, older_than_days=30)

    assert report.photos == 2
    assert report.cutoff == clock() - timedelta(days=30)
    # The records stay, marked; nothing of the old pictures stays on disk unless a photo
    # inside the retention period shows the very same bytes.
    with station.db.read() as session:
        rows = session.scalars(select(Photo).order_by(Photo.id)).all()
        audit = session.scalars(select(AuditEvent).where(AuditEvent.action == "photos.purged"))
        event = audit.one()
    assert [r.purged_at is not None for r in rows] == [True, True, False, False, False]
    assert all(r.sharpness is not None and r.shot for r in rows)
    assert (event.actor, event.detail["photos"], event.detail["older_than_days"]) == ("ada", 2, 30)
    on_disk = {path.stem for path in files_in(station.photos.root)}
    kept = {r.sha256 for r in rows if r.taken_at >= report.cutoff}
    assert on_disk <= kept
    gone = set(old) - set(shared)
    assert gone
    assert not gone & on_disk
    assert set(recent) | set(shared) <= on_disk
    # Verify agrees: the purged picture is gone, the rest intact.
    after = upkeep.verify(station)
    assert (after.ok, after.checked, after.purged) == (True, 3, 1)
    # Nothing left to do the second time.
    assert upkeep.purge(station, older_than_days=30).photos == 0


def test_a_file_left_after_a_purge_is_reported(station: Station, frames: list[np.ndarray]) -> None:
    sha = photograph(station, "apparel", frames[:1])[0]
    data = station.photos.path_for(sha).read_bytes()
    station.change_shift(user=User("sam", Role.ADMIN))
    station.clock = lambda: FakeClock().now + timedelta(days=100)
    upkeep.purge(station, older_than_days=30)
    station.photos.path_for(sha).parent.mkdir(parents=True, exist_ok=True)
    station.photos.path_for(sha).write_bytes(data)  # restored from a backup, say
    report = upkeep.verify(station)
    assert [(p.sha256, p.state) for p in report.problems] == [(sha, upkeep.NOT_PURGED)]


def test_purging_needs_an_admin_and_a_period(station: Station, frames: list[np.ndarray]) -> None:
    photograph(station, "apparel", frames[:1])
    before = row_counts(station.db)
    for role in (Role.OPERATOR, Role.SUPERVISOR):
        station.change_shift(user=User("sam", role))
        with pytest.raises(NotAllowed, match="Purging photos needs the admin role"):
            upkeep.purge(station, older_than_days=1)
    station.change_shift(user=User("ada", Role.ADMIN))
    for days in (None, 0, -5):
        with pytest.raises(BadInput, match="--older-than DAYS"):
            upkeep.purge(station, older_than_days=days)
    assert row_counts(station.db) == before
    assert len(files_in(station.photos.root)) == 2  # the photo and its thumbnail


def test_the_retention_setting_is_the_default_period(
    station: Station, clock: FakeClock, frames: list[np.ndarray]
) -> None:
    photograph(station, "apparel", frames[:1])
    station.settings = station.settings.replace(photo_retention_days=7)
    station.change_shift(user=User("ada", Role.ADMIN))
    assert upkeep.purge(station).photos == 0
    clock.advance(8 * 86400)
    assert upkeep.purge(station).photos == 1


def test_the_commands_verify_and_purge(
    station_home: Path,
    frames: list[np.ndarray],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from inspect_station.demo import sample

    clock = FakeClock(datetime(2025, 1, 6, 9, 30, tzinfo=UTC))
    station = open_station(Settings(require_shots=False), clock=clock)
    try:
        sample.seed(station.db, today=clock().date(), count=20)
        sha = photograph(station, "apparel", frames[:2])[0]
        seed_people(station)
    finally:
        station.close()
    assert main(["photos", "verify"]) == 0
    assert "2 photo(s) re-hashed, 0 purged photo(s) checked gone: all intact" in (
        capsys.readouterr().out
    )
    Settings().resolved_photo_dir.joinpath(sha[:2], f"{sha}.jpg").write_bytes(b"edited")
    assert main(["photos", "verify"]) == 1
    out = capsys.readouterr().out
    assert f"altered: {sha}" in out
    assert "1 problem(s)" in out

    admin, pin = as_person("ada")
    status, _, err = run_cli(monkeypatch, capsys, ["photos", "purge", *admin], pin)
    assert (status, "--older-than DAYS" in err) == (2, True)
    purge = ["photos", "purge", "--older-than", "30"]
    status, _, err = run_cli(monkeypatch, capsys, [*purge, *as_person("sam")[0]], "1357\n")
    assert (status, "needs the admin role; sam is signed in as supervisor" in err) == (2, True)
    status, out, _ = run_cli(monkeypatch, capsys, [*purge, *admin], pin)
    assert (status, "2 photo(s) taken before" in out) == (0, True)
    database = Database.from_url(Settings().resolved_database_url)
    with database.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "photos.purged"))
        assert event.one().actor == "ada"  # the person who signed in, not a name typed
    database.dispose()
    assert files_in(Settings().resolved_photo_dir) == []
    assert main(["photos", "verify"]) == 0


def deducted(
    station: Station, rma: str, price: str, pictures: list[np.ndarray], *, informed: str = "yes"
) -> str:
    """A unit with a stain deduction proven by ``pictures``; its licence plate."""
    station.change_shift(user=User("maria", Role.OPERATOR))
    add_return(station, rma, [("AP-9", "apparel", price, 1)], informed=informed)
    insp = open_rma(station, rma)
    for picture in pictures:
        inspection.add_camera_photo(station, insp.id, picture, shot="defect", defect="stain")
    inspection.finish(station, insp, draft=Draft(defects=frozenset({"stain"})))
    return insp.lpn


def test_purge_holds_the_photos_behind_a_deduction_and_says_why(
    station: Station, clock: FakeClock, frames: list[np.ndarray]
) -> None:
    pending = deducted(station, "RMA-H-000001", "400.00", frames[:2])  # waits: value ≥ 250
    settled = deducted(station, "RMA-H-000002", "40.00", frames[2:3])  # released at once
    plain = photograph(station, "apparel", frames[3:4])  # no deduction: goes
    shared = deducted(station, "RMA-H-000003", "40.00", frames[4:5])
    clock.advance(60 * 86400)
    with station.db.write() as session:  # an old unit showing the same picture as a held one
        twin = session.scalars(select(Photo).where(Photo.sha256 == plain[0])).one()
        twin.sha256 = frames_sha(station, shared)
    station.change_shift(user=User("ada", Role.ADMIN))
    report = upkeep.purge(station, older_than_days=30)
    window_end = FakeClock().now + timedelta(days=120)
    assert [(h.lpn, h.photos, h.reason, h.until) for h in report.held] == sorted(
        [
            (pending, 2, "deduction not settled", None),
            (settled, 1, "dispute window", window_end),
            (shared, 1, "dispute window", window_end),
        ]
    )
    assert report.photos == 1  # the unit without a deduction
    assert station.photos.path_for(frames_sha(station, shared)).exists()  # still held
    assert report.held[0].words() in {
        "a deduction from the refund waits for a supervisor",
        f"a deduction from the refund may be disputed until {window_end:%Y-%m-%d}",
    }
    with station.db.read() as session:
        event = session.scalars(select(AuditEvent).where(AuditEvent.action == "photos.held")).one()
    assert (event.detail["units"], event.detail["photos"]) == (3, 4)
    # Past the window only the unsettled deduction is held.
    clock.advance(61 * 86400)
    later = upkeep.purge(station, older_than_days=30)
    assert [(h.lpn, h.reason) for h in later.held] == [(pending, "deduction not settled")]
    assert later.photos == 2


def frames_sha(station: Station, lpn: str) -> str:
    with station.db.read() as session:
        return (
            session.scalars(
                select(Photo.sha256)
                .join(Inspection, Inspection.id == Photo.inspection_id)
                .where(Inspection.lpn == lpn)
            ).first()
            or ""
        )


def test_no_dispute_window_holds_only_what_is_not_settled(
    station: Station, clock: FakeClock, frames: list[np.ndarray]
) -> None:
    deducted(station, "RMA-H-000011", "40.00", frames[:1])
    pending = deducted(station, "RMA-H-000012", "40.00", frames[1:2], informed="")
    clock.advance(40 * 86400)
    station.settings = station.settings.replace(dispute_window_days=0)
    station.change_shift(user=User("ada", Role.ADMIN))
    report = upkeep.purge(station, older_than_days=30)
    assert [(h.lpn, h.reason) for h in report.held] == [(pending, "deduction not settled")]
    assert report.photos == 1
    before = row_counts(station.db)
    station.settings = station.settings.replace(dispute_window_days=-1)
    with pytest.raises(BadInput, match="dispute_window_days must be 0–3650"):
        upkeep.purge(station, older_than_days=30)
    assert row_counts(station.db) == before


def test_the_purge_command_says_what_it_held_also_as_json(
    station_home: Path,
    frames: list[np.ndarray],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    clock = FakeClock(datetime(2025, 1, 6, 9, 30, tzinfo=UTC))
    station = open_station(Settings(require_shots=False), clock=clock)
    try:
        seed_people(station)
        held = deducted(station, "RMA-H-000021", "400.00", frames[:2])  # waits for approval
        deducted(station, "RMA-H-000022", "40.00", frames[2:3])  # decided long ago: goes
    finally:
        station.close()
    admin, pin = as_person("ada")
    purge = ["photos", "purge", "--older-than", "30"]
    status, out, _ = run_cli(monkeypatch, capsys, [*purge, *admin], pin)
    assert status == 0
    assert "1 photo(s) taken before" in out
    assert "2 photo(s) of 1 unit(s) held" in out
    assert f"held: {held}, 2 photo(s): a deduction from the refund waits for a supervisor" in out
    status, out, _ = run_cli(monkeypatch, capsys, [*purge, "--json", *admin], pin)
    result = json.loads(out)
    assert (status, result["purged_photos"], result["held_photos"]) == (0, 0, 2)
    assert result["held"] == [
        {
            "lpn": held,
            "photos": 2,
            "reason": "deduction not settled",
            "until": None,
            "why": "a deduction from the refund waits for a supervisor",
        }
    ]
