from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from inspect_station import history, inspection
from inspect_station.station import Station
from tests.conftest import FakeClock
from tests.inspect_station.test_inspection import open_first

UTC_ZONE = ZoneInfo("UTC")


def test_today_lists_finished_units_newest_first_and_filters(
    station: Station, clock: FakeClock
) -> None:
    first = inspection.finish(station, open_first(station), grade="A").inspection
    clock.advance(60)
    second = inspection.finish(station, open_first(station), grade="X").inspection
    rows = history.day_inspections(station, tz=UTC_ZONE)
    assert [r.lpn for r in rows] == [second.lpn, first.lpn]
    assert rows[0].route == "recycle"
    assert rows[0].rma is not None
    assert [r.lpn for r in history.day_inspections(station, text="recycle", tz=UTC_ZONE)] == [
        second.lpn
    ]
    assert [
        r.lpn for r in history.day_inspections(station, text=first.lpn.lower(), tz=UTC_ZONE)
    ] == [first.lpn]
    assert history.day_inspections(station, text="%", tz=UTC_ZONE) == []
    yesterday = clock().date() - timedelta(days=1)
    assert history.day_inspections(station, day=yesterday, tz=UTC_ZONE) == []
