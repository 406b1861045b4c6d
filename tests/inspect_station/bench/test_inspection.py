from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Photo
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict, PhotoRejected
from inspect_station.bench import inspection, scanning
from inspect_station.bench.views import InspectionView
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma


def open_first(station: Station) -> InspectionView:
    with station.db.read() as session:
        rma = session.scalars(
            select(ExpectedReturn.rma)
            .where(ExpectedReturn.status == "open")
            .order_by(ExpectedReturn.id)
        ).first()
    assert rma is not None
    outcome = scanning.scan(station, rma)
    assert isinstance(outcome, scanning.Opened)
    return outcome.inspection


def frame() -> np.ndarray:
    rng = np.random.default_rng(7)
    return rng.integers(0, 255, size=(720, 1280, 3), dtype=np.uint8)


def test_photo_from_the_camera_is_stored_by_hash_with_its_row(station: Station) -> None:
    insp = open_first(station)
    photo = inspection.add_camera_photo(station, insp.id, frame())
    data = photo.path.read_bytes()
    assert photo.path.name == f"{hashlib.sha256(data).hexdigest()}.jpg"
    assert data[:3] == b"\xff\xd8\xff"
    assert (photo.width, photo.height) == (1280, 720)
    again = inspection.add_camera_photo(station, insp.id, frame())
    assert again.sha256 == photo.sha256
    with station.db.read() as session:
        rows = session.scalars(select(Photo).where(Photo.inspection_id == insp.id)).all()
    assert [r.sha256 for r in rows] == [photo.sha256]
    assert inspection.inspection_detail(station, insp.id).photos[0].sha256 == photo.sha256


def test_a_file_that_is_not_an_image_is_refused_and_nothing_written(
    station: Station, tmp_path: Path
) -> None:
    insp = open_first(station)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a photo", encoding="utf-8")
    before = row_counts(station.db)
    with pytest.raises(PhotoRejected, match=r"notes\.txt"):
        inspection.add_file_photo(station, insp.id, notes)
    assert row_counts(station.db) == before


def test_finish_commits_grade_route_and_a_queued_label_in_one_go(station: Station) -> None:
    insp = open_first(station)
    inspection.add_camera_photo(station, insp.id, frame())
    done = inspection.finish(station, insp, grade="B", notes="box dented")
    assert done.inspection.status == "finished"
    assert done.inspection.grade == "B"
    assert done.inspection.route in station.rules.destinations
    assert done.inspection.rule_explanation.endswith(f"→ {done.inspection.route}")
    with station.db.read() as session:
        job = session.get(PrintJob, done.print_job_id)
        assert job is not None
        assert (job.state, job.bench, job.stock, job.dpi) == ("queued", "BENCH-07", "4x6", 203)
        row = session.get(Inspection, insp.id)
        assert row is not None
        assert row.rules_version == station.rules.version
        assert row.finished_at == station.clock()
        assert "inspection.finished" in session.scalars(select(AuditEvent.action)).all()


def test_a_replayed_finish_returns_the_first_result_and_writes_nothing(station: Station) -> None:
    insp = open_first(station)
    first = inspection.finish(station, insp, grade="A")
    before = row_counts(station.db)
    again = inspection.finish(station, insp, grade="A")
    assert again.print_job_id == first.print_job_id
    assert row_counts(station.db) == before


def test_finish_on_stale_data_is_a_conflict(station: Station) -> None:
    insp = open_first(station)
    with station.db.write() as session:
        row = session.get(Inspection, insp.id)
        assert row is not None
        row.notes = "changed by a supervisor"
    before = row_counts(station.db)
    with pytest.raises(Conflict, match="changed elsewhere"):
        inspection.finish(station, insp, grade="A")
    assert row_counts(station.db) == before


@pytest.mark.parametrize(("grade", "notes"), [("Q", ""), ("A", "x" * 2001)])
def test_bad_grade_or_notes_are_refused(station: Station, grade: str, notes: str) -> None:
    insp = open_first(station)
    with pytest.raises(BadInput):
        inspection.finish(station, insp, grade=grade, notes=notes)
    assert inspection.inspection_detail(station, insp.id).status == "open"


def test_cancel_releases_the_parcel_for_other_benches(station: Station) -> None:
    insp = open_first(station)
    with pytest.raises(BadInput, match="why"):
        inspection.cancel(station, insp, reason="  ")
    inspection.cancel(station, insp, reason="wrong parcel scanned")
    assert insp.expected is not None
    with station.db.read() as session:
        er = session.get(ExpectedReturn, insp.expected.id)
        assert er is not None
        assert (er.status, er.claimed_by_bench) == ("open", None)
    assert inspection.resume(station) is None


def test_cancelling_the_second_unit_keeps_the_return_under_way(station: Station) -> None:
    add_return(station, "RMA-TWO-000001", [("AP-1001-M", "apparel", "49.99", 2)])
    first = open_rma(station, "RMA-TWO-000001")
    done = inspection.finish(station, first, grade="A", missing_shots_reason="test")
    assert done.more_units
    second = open_rma(station, "RMA-TWO-000001")
    assert second.id != first.id
    inspection.cancel(station, second, reason="second unit scanned twice")
    with station.db.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-TWO-000001")
        ).one()
        assert (er.status, er.claimed_by_bench) == ("in_progress", None)
    # Scanned again, the return opens its second unit once more.
    again = open_rma(station, "RMA-TWO-000001")
    assert again.id not in (first.id, second.id)


def test_an_open_unit_resumes_with_its_photos_after_a_restart(station: Station) -> None:
    insp = open_first(station)
    photo = inspection.add_camera_photo(station, insp.id, frame())
    resumed = inspection.resume(station)
    assert resumed is not None
    assert resumed.id == insp.id
    assert [p.sha256 for p in resumed.photos] == [photo.sha256]


def test_a_parcel_with_several_units_opens_them_one_after_another(station: Station) -> None:
    with station.db.read() as session:
        er = next(
            e
            for e in session.scalars(select(ExpectedReturn).order_by(ExpectedReturn.id))
            if sum(line.quantity for line in e.lines) > 1
        )
        rma, units = er.rma, sum(line.quantity for line in er.lines)
    plates = set()
    for n in range(units):
        outcome = scanning.scan(station, rma)
        assert isinstance(outcome, scanning.Opened)
        plates.add(outcome.inspection.lpn)
        done = inspection.finish(station, outcome.inspection, grade="A")
        assert done.more_units == (n < units - 1)
    assert len(plates) == units
    final = scanning.scan(station, rma)
    assert isinstance(final, scanning.AlreadyReceived)
    assert final.expected.units_received == units
