"""Units finished at a bench while the shared database was out of reach: sent once, in order,
with their photos and labels; a parcel another bench took meanwhile goes to the supervisor."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import delete, select

from db.engine import Database
from db.local import offline_sent
from db.models.audit import AuditEvent
from db.models.grading import CatalogueItem
from db.models.inspections import Inspection, Photo
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, Conflict
from inspect_station.app.settings import Settings
from inspect_station.bench import inspection, scanning
from inspect_station.photos import pending
from inspect_station.printing import queue
from inspect_station.sync import conflicts, sending
from tests.conftest import FakeClock
from tests.helpers import row_counts, seed_people, sign_in_as
from tests.offline_helpers import bench_of, count, offline_station, picture
from tests.photo_helpers import rma_of


@pytest.fixture
def benched(settings: Settings, database: Database, clock: FakeClock) -> Iterator[Station]:
    from inspect_station.demo import sample

    sample.seed(database, today=clock().date(), count=40)
    station = offline_station(settings, database, clock)
    yield station
    station.close()


def _finish_offline(station: Station, rma: str, *, photos: int = 1, grade: str = "B") -> Inspection:
    opened = scanning.scan(station, rma)
    assert isinstance(opened, scanning.Opened)
    insp = opened.inspection
    for n in range(photos):
        inspection.add_camera_photo(station, insp.id, picture(n + hash(rma) % 1000), shot="front")
    current = inspection.resume(station)
    assert current is not None
    inspection.finish(station, current, grade=grade)
    with bench_of(station).local.read() as session:
        found = session.get(Inspection, insp.id)
        assert found is not None
        return found


def test_a_unit_finished_offline_is_sent_once_with_its_photos_and_label(
    benched: Station,
) -> None:
    bench = bench_of(benched)
    bench.forced = True  # the shared database is out of reach
    rma = rma_of(benched, "apparel")
    local = _finish_offline(benched, rma, photos=2)
    assert count(benched.db, Inspection, Inspection.id == local.id) == 0  # not there yet
    printed = queue.dispatch(benched)
    assert [o.state for o in printed] == ["sent"]  # the label prints at the bench
    assert bench.count() == 1
    assert len(list(pending.records(benched.photos.root))) == 2  # the rows are not there yet

    bench.forced = False  # back
    sent = sending.send_all(benched)
    assert [(s.lpn, s.outcome) for s in sent] == [(local.lpn, "sent")]
    with benched.db.read() as session:
        there = session.get(Inspection, local.id)
        assert there is not None
        assert (there.lpn, there.status, there.grade, there.route, there.operator) == (
            local.lpn, "finished", local.grade, local.route, local.operator,
        )  # fmt: skip
        assert there.finished_at == local.finished_at
        shas = session.scalars(select(Photo.sha256).where(Photo.inspection_id == local.id))
        assert len(list(shas)) == 2
        job = session.scalars(select(PrintJob).where(PrintJob.inspection_id == local.id)).one()
        assert job.state == "sent"
        assert (job.output or "").startswith("printed offline: ")
        er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma == rma)).one()
        assert (er.claimed_by_bench, er.status) == ("BENCH-07", "received")
    assert queue.dispatch(benched) == []  # never printed a second time
    assert list(pending.records(benched.photos.root)) == []
    assert bench.count() == 0
    assert sending.send_all(benched) == []


def test_the_close_up_that_proves_a_deduction_keeps_its_defect_when_sent(
    benched: Station,
) -> None:
    """A deduction needs a photo of its own defect: a close-up taken offline is sent with the
    defect it shows, so the shared database still holds the proof."""
    bench = bench_of(benched)
    bench.forced = True
    rma = rma_of(benched, "apparel")
    opened = scanning.scan(benched, rma)
    assert isinstance(opened, scanning.Opened)
    insp = opened.inspection
    inspection.add_camera_photo(benched, insp.id, picture(7), shot="front")
    inspection.add_camera_photo(benched, insp.id, picture(8), shot="defect", defect="stain")
    current = inspection.resume(benched)
    assert current is not None
    inspection.finish(benched, current, grade="C")
    bench.forced = False
    assert [s.outcome for s in sending.send_all(benched)] == ["sent"]
    with benched.db.read() as session:
        shown = session.scalars(
            select(Photo.defect).where(Photo.inspection_id == insp.id).order_by(Photo.id)
        ).all()
    assert shown == [None, "stain"]


def test_sending_again_after_a_cut_writes_nothing_new(benched: Station) -> None:
    """A kill between the shared database's commit and the bench's "sent" mark: the unit is
    sent again, and every step finds it done."""
    bench = bench_of(benched)
    bench.forced = True
    local = _finish_offline(benched, rma_of(benched, "apparel"))
    queue.dispatch(benched)
    bench.forced = False
    sending.send_all(benched)
    before = row_counts(benched.db)
    with bench.local.write(guarded=False) as session:
        session.execute(delete(offline_sent))  # as if the mark never reached the disk
    assert [s.inspection_id for s in sending.send_all(benched)] == [local.id]
    assert row_counts(benched.db) == before
    with benched.db.read() as session:
        finished = session.scalars(
            select(AuditEvent.id).where(
                AuditEvent.action == "inspection.finished", AuditEvent.entity_id == str(local.id)
            )
        ).all()
        assert len(finished) == 1


def test_a_label_still_waiting_at_the_bench_is_handed_over(benched: Station) -> None:
    bench = bench_of(benched)
    bench.forced = True
    local = _finish_offline(benched, rma_of(benched, "apparel"))  # the printer was off
    bench.forced = False
    sending.send_all(benched)
    with bench.local.read() as session:
        mine = session.scalars(select(PrintJob).where(PrintJob.inspection_id == local.id)).one()
        assert mine.state == "failed"  # handed over: the bench's queue leaves it
    printed = queue.dispatch(benched)  # now from the shared database, once
    assert [(o.lpn, o.state) for o in printed] == [(local.lpn, "sent")]
    assert queue.dispatch(benched) == []


def test_a_unit_opened_online_and_finished_offline_keeps_every_photo(benched: Station) -> None:
    bench = bench_of(benched)
    opened = scanning.scan(benched, rma_of(benched, "electronics"))
    assert isinstance(opened, scanning.Opened)
    insp = opened.inspection
    inspection.add_camera_photo(benched, insp.id, picture(1), shot="front")
    bench.forced = True  # the database goes away with the unit on the bench
    resumed = inspection.resume(benched)
    assert resumed is not None
    assert [p.shot for p in resumed.photos] == ["front"]  # the copy followed the unit
    inspection.add_camera_photo(benched, insp.id, picture(2), shot="back")
    inspection.finish(benched, inspection.resume(benched) or resumed, grade="A")
    bench.forced = False
    assert [s.outcome for s in sending.send_all(benched)] == ["sent"]
    assert count(benched.db, Photo, Photo.inspection_id == insp.id) == 2
    assert count(benched.db, Inspection, Inspection.id == insp.id, Inspection.status == "finished")


def test_a_parcel_another_bench_took_meanwhile_goes_to_quarantine_and_the_list(
    benched: Station, settings: Settings, clock: FakeClock
) -> None:
    from inspect_station.app.startup import open_station

    bench = bench_of(benched)
    rma = rma_of(benched, "apparel")
    bench.forced = True
    local = _finish_offline(benched, rma)
    other = open_station(settings.replace(bench="BENCH-09"), database=benched.db, clock=clock)
    taken = scanning.scan(other, rma)  # online, at another bench, during the outage
    assert isinstance(taken, scanning.Opened)
    bench.forced = False
    (sent,) = sending.send_all(benched)
    assert sent.outcome == "claimed_elsewhere"
    with benched.db.read() as session:
        there = session.get(Inspection, local.id)
        assert there is not None
        assert (there.unexpected, there.expected_return_id, there.lpn) == (True, None, local.lpn)
        parcel = session.scalars(
            select(UnexpectedReturn).where(UnexpectedReturn.lpn == local.lpn)
        ).one()
        assert f"meanwhile {rma} was taken by bench BENCH-09" in parcel.reading
        er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma == rma)).one()
        assert er.claimed_by_bench == "BENCH-09"  # the other bench's work was not touched
    seed_people(benched)
    with pytest.raises(Exception, match="supervisor"):
        conflicts.open_conflicts(benched)
    sign_in_as(benched, "sam")
    (entry,) = conflicts.open_conflicts(benched)
    assert entry.what().startswith(f"{local.lpn} ({rma}) finished offline at BENCH-07: taken")
    assert "(bench BENCH-09); waits in quarantine" in entry.what()
    for bad in ("", "  ", "x" * 201, "tab\there"):
        with pytest.raises(BadInput, match="Say what was done"):
            conflicts.dismiss(benched, entry, note=bad)
    conflicts.dismiss(benched, entry, note="attached to RMA of the other parcel")
    assert conflicts.open_conflicts(benched) == []
    with pytest.raises(Conflict, match="dealt with meanwhile"):
        conflicts.dismiss(benched, entry, note="again")
    other.close()


def test_a_decision_that_differs_from_the_printed_label_is_listed(benched: Station) -> None:
    bench = bench_of(benched)
    rma = rma_of(benched, "apparel")
    bench.forced = True
    local = _finish_offline(benched, rma, grade="A")
    assert local.route != "quarantine"
    with benched.db.write() as session:  # the SKU was recalled while the bench was offline
        session.merge(CatalogueItem(sku=local.sku, recall=True))
    bench.forced = False
    (sent,) = sending.send_all(benched)
    assert sent.outcome == "decided_differently"
    seed_people(benched)
    sign_in_as(benched, "sam")
    (entry,) = conflicts.open_conflicts(benched)
    assert f"label says {local.route} (grade A), the database decided" in entry.what()


def test_nothing_is_sent_while_the_unit_is_still_open(benched: Station) -> None:
    bench = bench_of(benched)
    bench.forced = True
    opened = scanning.scan(benched, rma_of(benched, "apparel"))
    assert isinstance(opened, scanning.Opened)
    bench.forced = False
    assert bench.count() == 1
    assert sending.send_all(benched) == []  # the bench is still working on it
    assert inspection.resume(benched) is not None  # and stays offline until it is sent


def test_while_the_database_is_out_of_reach_only_the_last_person_signs_in_again(
    benched: Station,
) -> None:
    from db.outage import Outage
    from inspect_station.app.errors import NotAllowed
    from inspect_station.people import auth
    from inspect_station.people.auth import BadgeLocked, WrongPin
    from tests.helpers import PEOPLE

    seed_people(benched)
    bench_of(benched).refresh(benched.db, days=60, limit=1000, now=benched.clock())
    sign_in_as(benched, "maria")
    benched.health.note_failure(Outage.UNREACHABLE)
    benched.health._probe = object()  # type: ignore[assignment]  # the window's probe says so
    try:
        badge, _role, pin = PEOPLE["maria"]
        assert auth.is_badge(benched, PEOPLE["sam"][0])  # known from the bench's copy
        with pytest.raises(NotAllowed, match="only maria, who signed in last, can sign in"):
            auth.sign_in(benched, PEOPLE["sam"][0], PEOPLE["sam"][2])
        with pytest.raises(BadInput, match="PIN"):
            auth.sign_in(benched, badge, "12")
        assert auth.sign_in(benched, badge, pin).name == "maria"
        for left in (4, 3, 2, 1):
            with pytest.raises(WrongPin, match=f"{left} more wrong PIN"):
                auth.sign_in(benched, badge, "0000")
        with pytest.raises(WrongPin):
            auth.sign_in(benched, badge, "0000")
        with pytest.raises(BadgeLocked, match="signs in when the database is back"):
            auth.sign_in(benched, badge, pin)
        with bench_of(benched).local.read() as session:
            offline = session.scalars(
                select(AuditEvent.action).where(AuditEvent.action.like("auth.%"))
            ).all()
        assert offline.count("auth.signed_in") == 1
        assert offline.count("auth.failed") == 5
    finally:
        benched.health._probe = None


def test_the_unit_open_at_the_bench_is_copied_whatever_its_age(benched: Station) -> None:
    from datetime import timedelta

    bench = bench_of(benched)
    opened = scanning.scan(benched, rma_of(benched, "apparel"))
    assert isinstance(opened, scanning.Opened)
    later = benched.clock() + timedelta(days=400)  # every return is older than the window
    copied = bench.refresh(benched.db, days=1, limit=10, now=later, bench=benched.bench)
    assert copied.returns == 0
    bench.forced = True
    resumed = inspection.resume(benched)
    assert resumed is not None
    assert resumed.id == opened.inspection.id


def test_each_unit_is_told_as_soon_as_it_is_marked_sent(benched: Station) -> None:
    """Whoever keeps count (the crash harness's ledger) hears of a unit right after its mark,
    not only when the whole journal is through: a kill midway loses no acknowledgement."""
    bench = bench_of(benched)
    bench.forced = True
    first = _finish_offline(benched, rma_of(benched, "apparel"))
    second = _finish_offline(benched, rma_of(benched, "electronics"))
    queue.dispatch(benched)
    bench.forced = False
    told: list[tuple[object, int]] = []  # the unit, and how many still waited when told
    sent = sending.send_all(
        benched, each=lambda s: told.append((s.inspection_id, len(bench.waiting())))
    )
    assert [s.inspection_id for s in sent] == [first.id, second.id]
    assert told == [(first.id, 1), (second.id, 0)]
