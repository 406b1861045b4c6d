"""What a scan at the bench means: every answer of ``scan_answers.answer``, on both databases."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from db.models.audit import AuditEvent
from db.models.people import User as UserRow
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import AlreadyClaimed, BadInput
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import inspection, scan_answers
from inspect_station.bench.scan_answers import (
    Choose,
    Colleague,
    FinishedUnit,
    LabelConfirmed,
    NotFound,
    Refused,
    UnitOpened,
)
from inspect_station.bench.views import InspectionView
from inspect_station.people.auth import SignedOut
from inspect_station.people.roles import Role, User
from inspect_station.printing import label_jobs, queue
from tests.helpers import PEOPLE, row_counts, seed_people, sign_in_as
from tests.inspect_station.bench.test_inspection import frame
from tests.inspect_station.returns import add_return, open_rma


def rmas(station: Station) -> list[str]:
    with station.db.read() as session:
        return list(session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)))


def finished(station: Station, rma: str, *, printed: bool = True) -> InspectionView:
    """A unit of ``rma`` finished at this bench; its label sent when ``printed``."""
    done = inspection.finish(station, open_rma(station, rma), grade="B")
    if printed:
        queue.dispatch(station)
    return done.inspection


def job_states(station: Station, insp: InspectionView) -> list[str]:
    return [job.state for job in label_jobs.jobs_for(station, insp.id)]


def test_a_parcel_code_opens_its_unit_with_what_grading_needs(station: Station) -> None:
    rma = rmas(station)[0]
    found = scan_answers.answer(station, rma.lower(), open_lpn=None)
    assert isinstance(found, UnitOpened)
    assert found.inspection.expected is not None
    assert found.inspection.expected.rma == rma
    assert (
        found.context.grading_set.id
        == station.grading_sets.for_category(found.inspection.category).id
    )
    assert (found.thumbnails, found.resumed) == ({}, False)


def test_a_colleagues_badge_is_said_before_anything_else(station: Station) -> None:
    seed_people(station)
    before = row_counts(station.db)
    badge = PEOPLE["sam"][0]
    assert scan_answers.answer(station, badge, open_lpn=None) == Colleague(badge)
    # Also with a unit open: a badge is never taken as a parcel.
    assert scan_answers.answer(station, f"{badge}\r\n", open_lpn="LP0000") == Colleague(badge)
    assert row_counts(station.db) == before


def test_an_unknown_code_is_not_found_and_offered_as_unexpected(station: Station) -> None:
    before = row_counts(station.db)
    found = scan_answers.answer(station, "PARCEL-WITHOUT-PAPERS", open_lpn=None)
    assert isinstance(found, NotFound)
    assert found.code.raw == "PARCEL-WITHOUT-PAPERS"
    assert row_counts(station.db) == before
    received = scan_answers.receive_unexpected(station, found.code.raw)
    assert received.inspection.unexpected
    assert received.context.missing_recorded == 0


def test_a_product_code_in_several_returns_asks_to_choose(station: Station) -> None:
    with station.db.read() as session:
        eans = [
            line.ean
            for er in session.scalars(select(ExpectedReturn).order_by(ExpectedReturn.id))
            for line in er.lines
            if line.ean
        ]
    ean = next(e for e in eans if eans.count(e) > 1)  # the sample sells some items often
    before = row_counts(station.db)
    found = scan_answers.answer(station, ean, open_lpn=None)
    assert isinstance(found, Choose)
    assert len(found.candidates) > 1
    assert all(any(line.ean == ean for line in c.lines) for c in found.candidates)
    assert row_counts(station.db) == before
    picked = found.candidates[-1]
    opened = scan_answers.open_return(
        station, picked.id, scanned_code=found.matched, product=found.product
    )
    assert isinstance(opened, UnitOpened)
    assert opened.inspection.expected is not None
    assert opened.inspection.expected.id == picked.id
    line = next(ln for ln in picked.lines if ln.id == opened.inspection.line_id)
    assert line.ean == ean


def test_scanning_a_printed_label_confirms_it_once(station: Station) -> None:
    insp = finished(station, rmas(station)[0])
    found = scan_answers.answer(station, insp.lpn, open_lpn=None)
    assert isinstance(found, LabelConfirmed)
    assert (found.lpn, found.open_unit) == (insp.lpn, None)
    [job] = label_jobs.jobs_for(station, insp.id)
    assert found.jobs == (job.id,)
    assert (job.state, job.confirmed_how) == ("confirmed", "scan")
    assert job.confirmed_at == station.clock()
    with station.db.read() as session:
        assert session.scalars(select(AuditEvent.action)).all()[-1] == "label.confirmed"
    # Scanned again: nothing left to confirm, so the bench shows the unit; nothing written.
    before = row_counts(station.db)
    again = scan_answers.answer(station, insp.lpn, open_lpn=None)
    assert isinstance(again, FinishedUnit)
    assert again.inspection.id == insp.id
    assert row_counts(station.db) == before


def test_a_label_whose_outcome_was_unknown_is_confirmed_by_its_scan(station: Station) -> None:
    insp = finished(station, rmas(station)[0])
    with station.db.write() as session:
        session.execute(update(PrintJob).values(state="unknown"))
    assert scan_answers.confirm_scanned(station, insp.lpn) != ()
    assert job_states(station, insp) == ["confirmed"]
    assert label_jobs.unknown_jobs(station) == []


def test_a_finished_unit_whose_label_is_still_queued_is_shown(station: Station) -> None:
    insp = finished(station, rmas(station)[0], printed=False)
    found = scan_answers.answer(station, insp.lpn, open_lpn=None)
    assert isinstance(found, FinishedUnit)
    assert job_states(station, insp) == ["queued"]


def test_the_label_of_the_unit_before_is_confirmed_while_the_next_is_open(
    station: Station,
) -> None:
    add_return(station, "RMA-PAIR-000001", [("AP-1001-M", "apparel", "49.99", 2)])
    first = finished(station, "RMA-PAIR-000001")
    second = open_rma(station, "RMA-PAIR-000001")  # the parcel's next unit
    found = scan_answers.answer(station, first.lpn, open_lpn=second.lpn)
    assert isinstance(found, LabelConfirmed)
    assert (found.lpn, found.open_unit) == (first.lpn, second.lpn)
    assert job_states(station, first) == ["confirmed"]


@pytest.mark.parametrize("other", ["parcel", "plate"])
def test_with_a_unit_open_anything_else_is_refused_and_writes_nothing(
    station: Station, other: str
) -> None:
    codes = rmas(station)
    done = finished(station, codes[0])
    scan_answers.confirm_scanned(station, done.lpn)  # its label is on: nothing to confirm
    current = open_rma(station, codes[1])
    before = row_counts(station.db)
    code = codes[2] if other == "parcel" else done.lpn
    found = scan_answers.answer(station, code, open_lpn=current.lpn)
    assert found == Refused(
        f"Finish {current.lpn} first (F10), or cancel it (Ctrl+Del), "
        "before scanning the next parcel."
    )
    for own in (current.lpn.lower(), f"]Q1{current.lpn}"):  # typed, or read from its QR code
        assert scan_answers.answer(station, own, open_lpn=current.lpn) == Refused(
            f"{current.lpn} is the unit on the bench."
        )
    assert row_counts(station.db) == before


def test_a_unit_in_progress_elsewhere_is_refused_with_where_it_is(station: Station) -> None:
    opened = open_rma(station, rmas(station)[0])
    found = scan_answers.answer(station, opened.lpn, open_lpn=None)
    assert found == Refused(f"{opened.lpn} is open at bench {station.bench}.")


def test_a_return_received_in_full_is_refused(station: Station) -> None:
    add_return(station, "RMA-ONCE-000001", [("ON-1", "apparel", "20.00", 1)])
    finished(station, "RMA-ONCE-000001")
    with station.db.read() as session:
        expected_id = session.scalars(
            select(ExpectedReturn.id).where(ExpectedReturn.rma == "RMA-ONCE-000001")
        ).one()
    found = scan_answers.open_return(station, expected_id, scanned_code="RMA-ONCE-000001")
    assert found == Refused(
        "RMA-ONCE-000001 was already received (1 of 1 units). See History (F2)."
    )


def test_resume_gives_the_open_unit_with_its_context_and_thumbnails(station: Station) -> None:
    assert scan_answers.resume(station) is None
    opened = open_rma(station, rmas(station)[0])
    inspection.add_camera_photo(station, opened.id, frame())
    found = scan_answers.resume(station)
    assert isinstance(found, UnitOpened)
    assert found.resumed
    assert found.inspection.id == opened.id
    [photo] = found.inspection.photos
    assert found.thumbnails[photo.sha256].endswith(".jpg")


@pytest.mark.parametrize(
    ("raw", "message"),
    [("\x1b[A\x1b[B", "control characters"), ("7" * 10_000, "10,000 characters"), ("", "empty")],
)
@pytest.mark.parametrize("open_lpn", [None, "LP0000"])
def test_bad_scans_are_refused_with_the_reason_and_write_nothing(
    station: Station, raw: str, message: str, open_lpn: str | None
) -> None:
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=message):
        scan_answers.answer(station, raw, open_lpn=open_lpn)
    assert row_counts(station.db) == before


def test_another_bench_is_told_which_bench_has_the_parcel(
    station: Station, database_url: str
) -> None:
    rma = rmas(station)[0]
    assert isinstance(scan_answers.answer(station, rma, open_lpn=None), UnitOpened)
    other = open_station(
        station.settings.replace(bench="BENCH-09"),
        database=open_database(database_url),
        clock=station.clock,
    )
    try:
        with pytest.raises(AlreadyClaimed, match=f"{rma} is already being inspected at bench"):
            scan_answers.answer(other, rma, open_lpn=None)
    finally:
        other.close()


@pytest.mark.parametrize("name", ["maria", "sam", "ada"])
def test_every_role_scans_alike(station: Station, name: str) -> None:
    seed_people(station)
    sign_in_as(station, name)
    codes = rmas(station)
    done = finished(station, codes[0])
    assert isinstance(scan_answers.answer(station, done.lpn, open_lpn=None), LabelConfirmed)
    assert isinstance(scan_answers.answer(station, codes[1], open_lpn=None), UnitOpened)
    assert isinstance(scan_answers.answer(station, "NOBODY-EXPECTS-IT", open_lpn=None), NotFound)


def test_a_revoked_user_opens_and_confirms_nothing(station: Station) -> None:
    seed_people(station)
    sign_in_as(station, "maria")
    codes = rmas(station)
    done = finished(station, codes[0])
    with station.db.write(guarded=False) as session:
        session.execute(update(UserRow).where(UserRow.name == "maria").values(disabled=True))
    for code in (codes[1], done.lpn):
        before = row_counts(station.db)
        with pytest.raises(SignedOut, match="maria was disabled since signing in"):
            scan_answers.answer(station, code, open_lpn=None)
        after = row_counts(station.db)
        # Only the refusal's own audit row (and its link in the chain) is written.
        assert after["audit_events"] == before["audit_events"] + 1
        assert {k: v for k, v in after.items() if not k.startswith("audit")} == {
            k: v for k, v in before.items() if not k.startswith("audit")
        }
    assert job_states(station, done) == ["sent"]
    assert station.user == User("maria", Role.OPERATOR, user_id=station.user.user_id)
