"""Labels printed and never scanned: named when the bench's next unit opens, listed for the desk."""

from __future__ import annotations

from inspect_station.app.context import Station
from inspect_station.bench import inspection, label_reminders, scan_answers
from inspect_station.printing import queue
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.bench.test_inspection import open_first


def test_the_next_unit_names_a_label_printed_and_never_scanned(
    station: Station, clock: FakeClock
) -> None:
    done = inspection.finish(station, open_first(station), grade="A")
    queue.dispatch(station)  # printed; nobody scans it
    clock.advance(60)
    before = row_counts(station.db)
    second = open_first(station)
    reopened = scan_answers.answer(station, second.expected.rma, open_lpn=None)  # type: ignore[union-attr]
    assert isinstance(reopened, scan_answers.UnitOpened)
    assert [label.lpn for label in reopened.unconfirmed] == [done.inspection.lpn]
    assert reopened.unconfirmed[0].words().startswith(f"{done.inspection.lpn} → ")
    assert row_counts(station.db)["audit_events"] == before["audit_events"] + 1  # the opening
    assert [label.lpn for label in label_reminders.waiting(station)] == [done.inspection.lpn]
    # Scanned on its item: no more reminder, and the desk's list is empty.
    scan_answers.confirm_scanned(station, done.inspection.lpn)
    assert label_reminders.waiting(station) == ()
    with station.db.read() as session:
        assert label_reminders.for_bench(station, session) == ()


def test_a_label_of_an_earlier_shift_is_the_desks_not_the_benchs(
    station: Station, clock: FakeClock
) -> None:
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    clock.advance(13 * 3600)
    with station.db.read() as session:
        assert label_reminders.for_bench(station, session) == ()
    assert [label.lpn for label in label_reminders.waiting(station)] == [done.inspection.lpn]
