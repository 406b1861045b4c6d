from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.bench.views import InspectionView
from inspect_station.desk import history
from inspect_station.desk.history import HistoryQuery
from inspect_station.supervise import overrides
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.desk_data import finish_units, supervisor

UTC_ZONE = ZoneInfo("UTC")


def lpns(station: Station, query: HistoryQuery, limit: int = 100) -> list[str]:
    return [row.lpn for row in history.page(station, query, limit=limit)]


def every_page(station: Station, query: HistoryQuery, size: int) -> list[str]:
    rows: list[history.HistoryRow] = []
    while True:
        more = history.page(station, query, after=rows[-1] if rows else None, limit=size)
        rows += more
        if len(more) < size:
            return [r.lpn for r in rows]


@pytest.fixture
def units(station: Station, clock: FakeClock) -> list[InspectionView]:
    return finish_units(station, clock)


def test_pages_follow_each_other_in_every_sort_order(
    station: Station, units: list[InspectionView]
) -> None:
    newest_first = [u.lpn for u in reversed(units)]
    query = HistoryQuery(tz=UTC_ZONE)
    assert lpns(station, query) == newest_first
    assert every_page(station, query, 3) == newest_first
    assert every_page(station, query.sorted_by("finished", False), 2) == newest_first[::-1]
    for sort in ("bench", "grader", "grade", "route"):
        for descending in (False, True):
            ordered = query.sorted_by(sort, descending)
            # Paging by keyset gives exactly the rows of one long read, in the same order.
            assert every_page(station, ordered, 2) == lpns(station, ordered), (sort, descending)
    by_grade = history.page(station, query.sorted_by("grade", False))
    assert [r.grade for r in by_grade] == sorted(r.grade for r in by_grade)


def test_each_filter_narrows_the_history(
    station: Station, units: list[InspectionView], clock: FakeClock
) -> None:
    def only(**filters: object) -> set[str]:
        return set(lpns(station, HistoryQuery(tz=UTC_ZONE, **filters)))  # type: ignore[arg-type]

    by = {u.lpn: u for u in units}
    assert only(bench="BENCH-09") == {u.lpn for u in units if u.bench == "BENCH-09"}
    assert only(grader="ines") == {u.lpn for u in units if u.operator == "ines"}
    assert only(grade="A") == {u.lpn for u in units if u.grade == "A"}
    assert only(route="recycle") == {u.lpn for u in units if u.route == "recycle"}
    category = units[0].category
    assert only(category=category) == {u.lpn for u in units if u.category == category}
    assert only(product=str(units[0].sku).lower()) == {
        u.lpn for u in units if u.sku == units[0].sku
    }
    with station.db.read() as session:
        ean = session.scalar(
            select(ExpectedReturnLine.ean).where(ExpectedReturnLine.sku == units[0].sku)
        )
        rma, order, tracking, reason = session.execute(
            select(
                ExpectedReturn.rma,
                ExpectedReturn.order_number,
                ExpectedReturn.tracking_number,
                ExpectedReturn.reason,
            ).where(ExpectedReturn.id == units[2].expected.id)  # type: ignore[union-attr]
        ).one()
    assert units[0].lpn in only(product=ean)
    assert only(reason=reason) == {
        u.lpn for u in units if u.expected and u.expected.reason == reason
    }
    for code in (units[2].lpn.lower(), rma, order, f" {tracking} "):
        assert only(search=code) == {units[2].lpn}, code
    assert only(search="RMA-1999-000001") == set()
    today = clock().date()
    assert only(date_from=today, date_to=today) == set(by)
    assert only(date_to=today - timedelta(days=1)) == set()
    assert only(date_from=today + timedelta(days=1)) == set()

    assert only(overridden=True) == set()
    supervisor(station)
    overrides.override(
        station, units[1].id, seen_version=units[1].version, grade="C", reason="scuffed sole"
    )
    assert only(overridden=True) == {units[1].lpn}
    assert only(overridden=False) == set(by) - {units[1].lpn}
    assert only(overridden=True, grade="C") == {units[1].lpn}


def test_the_search_reads_a_carrier_label_as_the_bench_does(
    station: Station, units: list[InspectionView]
) -> None:
    """A USPS label scanned at the desk carries the routing prefix (420 + ZIP) before the
    tracking number the manifest stored; the bench's resolver strips it here too."""
    assert units[2].expected is not None
    with station.db.write() as session:
        er = session.get(ExpectedReturn, units[2].expected.id)
        assert er is not None
        er.tracking_number = "9200190132607600833457"
    found = lpns(station, HistoryQuery(search="420 10023 3424 9200190132607600833457"))
    assert found == [units[2].lpn]
    assert history.count(station, HistoryQuery(search="4201002334249200190132607600833457")) == 1


def test_counts_stop_at_the_cap(station: Station, units: list[InspectionView]) -> None:
    assert history.count(station, HistoryQuery(tz=UTC_ZONE)) == len(units)
    assert history.count(station, HistoryQuery(tz=UTC_ZONE), cap=3) == 4
    assert history.count(station, HistoryQuery(grade="A")) == 2


def test_filter_lists_hold_the_values_in_use(station: Station, units: list[InspectionView]) -> None:
    choices = history.filter_choices(station)
    assert choices.benches == ("BENCH-07", "BENCH-09")
    assert choices.graders == ("ines", "jonas", "maria")
    assert set(choices.grades) >= {"A", "B", "C", "D", "X"}
    assert "recycle" in choices.routes
    assert set(choices.categories) == {u.category for u in units}
    assert all(choices.reasons)
    assert list(choices.reasons) == sorted(choices.reasons)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            HistoryQuery(
                date_from=FakeClock().now.date(), date_to=FakeClock().now.date() - timedelta(days=1)
            ),
            "ends",
        ),
        (HistoryQuery(search="LP\x00123"), "control characters"),
        (HistoryQuery(search="x" * 10_000), "10,000 characters"),
        (HistoryQuery(product="9" * 41), "at most 40"),
        (HistoryQuery(search="LP0000000000001"), "wrong check digit"),
        (HistoryQuery(sort="customer_email"), "cannot be sorted"),
    ],
)
def test_bad_filters_are_refused_with_the_reason(
    station: Station, query: HistoryQuery, message: str
) -> None:
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=message):
        history.page(station, query)
    assert row_counts(station.db) == before


# SQLite's plans only: PostgreSQL plans depend on its statistics, and are checked on the
# benchmark's 1 M rows (python -m benchmarks.desk --explain).
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_plans_use_an_index_for_every_filter(
    station: Station, units: list[InspectionView]
) -> None:
    queries = [
        HistoryQuery(),
        HistoryQuery(date_from=units[0].finished_at.date()),  # type: ignore[union-attr]
        HistoryQuery(bench="BENCH-07"),
        HistoryQuery(grader="ines"),
        HistoryQuery(grade="B"),
        HistoryQuery(route="resale"),
        HistoryQuery(category="apparel"),
        HistoryQuery(product="AP-1001-M"),
        HistoryQuery(product="4006381333931"),
        HistoryQuery(reason="Too small"),
        HistoryQuery(overridden=True),
        HistoryQuery(search=units[0].lpn),
        HistoryQuery(search="RMA-2026-000001"),
        HistoryQuery(sort="grade", descending=False),
    ]
    with station.db.engine.connect() as conn:
        for query in queries:
            with Session(conn) as session:
                stmt = history.resolved(session, query).limit(100)
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            plan = " | ".join(
                str(row[3]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
            scans = [part for part in plan.split(" | ") if part.startswith("SCAN inspections")]
            assert all("USING" in part for part in scans), (query, plan)
            if query.product:
                # One SKU: its index in the page's order, no sorting of all the product's units
                # (ties on the finish time are put in order by id: "RIGHT PART OF ORDER BY").
                assert "TEMP B-TREE FOR ORDER BY" not in plan, (query, plan)


def test_an_ean_is_turned_into_its_skus_first(
    station: Station, units: list[InspectionView]
) -> None:
    sku = units[0].sku
    assert sku is not None
    with station.db.read() as session:
        ean = session.scalar(select(ExpectedReturnLine.ean).where(ExpectedReturnLine.sku == sku))
        assert ean is not None
        assert history.product_skus(session, HistoryQuery(product=ean)) == (sku,)
        assert history.product_skus(session, HistoryQuery(product=sku)) is None  # not an EAN
        assert history.product_skus(session, HistoryQuery(product="4000000000006")) == ()
    assert history.page(station, HistoryQuery(product="4000000000006")) == []
    assert {r.sku for r in history.page(station, HistoryQuery(product=ean))} == {sku}
