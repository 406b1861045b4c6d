from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.inspections import Unit
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import AlreadyClaimed, BadInput
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import scanning
from inspect_station.identify.identifiers import lpn_is_valid
from tests.helpers import row_counts


def first_return(station: Station) -> ExpectedReturn:
    with station.db.read() as session:
        er = session.scalars(select(ExpectedReturn).order_by(ExpectedReturn.id)).first()
        assert er is not None
        er.lines  # noqa: B018 - load the lines while the session is open
        return er


def test_scanning_an_rma_opens_the_return_with_a_new_licence_plate(station: Station) -> None:
    er = first_return(station)
    outcome = scanning.scan(station, er.rma.lower() + "\r\n")
    assert isinstance(outcome, scanning.Opened)
    insp = outcome.inspection
    assert lpn_is_valid(insp.lpn)
    assert insp.expected is not None
    assert insp.expected.rma == er.rma
    assert insp.expected.reason == er.reason
    assert insp.expected.days_since_delivery == (station.clock().date() - er.delivered_on).days
    assert insp.expected.total_value > 0
    assert insp.sku == er.lines[0].sku
    with station.db.read() as session:
        stored = session.get(ExpectedReturn, er.id)
        assert stored is not None
        assert (stored.status, stored.claimed_by_bench) == ("in_progress", "BENCH-07")
        assert session.get(Unit, insp.lpn) is not None
        actions = session.scalars(select(AuditEvent.action)).all()
        assert "unit.opened" in actions


@pytest.mark.parametrize("field", ["order_number", "tracking_number"])
def test_order_and_tracking_numbers_find_the_return(station: Station, field: str) -> None:
    er = first_return(station)
    outcome = scanning.scan(station, getattr(er, field))
    assert isinstance(outcome, scanning.Opened)
    assert outcome.inspection.expected is not None
    assert outcome.inspection.expected.id == er.id


def test_a_product_ean_finds_the_open_returns_expecting_it(station: Station) -> None:
    er = first_return(station)
    ean = er.lines[0].ean
    assert ean is not None
    outcome = scanning.scan(station, ean)
    if isinstance(outcome, scanning.Choose):
        assert er.id in {c.id for c in outcome.candidates}
        assert all(any(line.ean == ean for line in c.lines) for c in outcome.candidates)
        outcome = scanning.open_return(station, er.id, scanned_code=ean)
    assert isinstance(outcome, scanning.Opened)
    assert outcome.inspection.expected is not None
    assert any(line.ean == ean for line in outcome.inspection.expected.lines)


def test_unknown_code_is_offered_as_unexpected_and_received(station: Station) -> None:
    before = row_counts(station.db)
    outcome = scanning.scan(station, "PARCEL-WITHOUT-PAPERS")
    assert isinstance(outcome, scanning.NotFound)
    assert row_counts(station.db) == before
    opened = scanning.receive_unexpected(station, outcome.code.raw)
    assert opened.inspection.unexpected
    assert opened.inspection.expected is None
    assert lpn_is_valid(opened.inspection.lpn)


@pytest.mark.parametrize(
    ("raw", "message"),
    [("\x1b[A\x1b[B", "control characters"), ("7" * 10_000, "10,000 characters"), ("", "empty")],
)
def test_bad_scans_give_a_clear_message_and_write_nothing(
    station: Station, raw: str, message: str
) -> None:
    before = row_counts(station.db)
    with pytest.raises(BadInput, match=message):
        scanning.scan(station, raw)
    with pytest.raises(BadInput, match=message):
        scanning.receive_unexpected(station, raw)
    assert row_counts(station.db) == before


def test_same_bench_scanning_again_resumes_the_open_unit(station: Station) -> None:
    er = first_return(station)
    first = scanning.scan(station, er.rma)
    again = scanning.scan(station, er.rma)
    assert isinstance(first, scanning.Opened)
    assert isinstance(again, scanning.Opened)
    assert again.resumed
    assert again.inspection.id == first.inspection.id


def test_another_bench_is_told_which_bench_has_the_parcel(
    station: Station, database_url: str
) -> None:
    er = first_return(station)
    assert isinstance(scanning.scan(station, er.rma), scanning.Opened)
    other_db = open_database(database_url)
    other = open_station(
        station.settings.replace(bench="BENCH-09"), database=other_db, clock=station.clock
    )
    try:
        before = row_counts(other.db)
        with pytest.raises(
            AlreadyClaimed, match=f"{er.rma} is already being inspected at bench BENCH-07"
        ):
            scanning.scan(other, er.rma)
        assert row_counts(other.db) == before
    finally:
        other.close()


def test_scanning_a_known_licence_plate_shows_that_unit(station: Station) -> None:
    er = first_return(station)
    opened = scanning.scan(station, er.rma)
    assert isinstance(opened, scanning.Opened)
    found = scanning.scan(station, opened.inspection.lpn)
    assert isinstance(found, scanning.KnownUnit)
    assert found.inspection.id == opened.inspection.id


def test_a_product_code_opens_the_line_of_that_product(station: Station) -> None:
    with station.db.read() as session:
        er = next(
            e
            for e in session.scalars(select(ExpectedReturn).order_by(ExpectedReturn.id))
            if len({line.ean for line in e.lines}) > 1
        )
        second = er.lines[1]
        assert second.ean is not None
        ean, sku, expected_id = second.ean, second.sku, er.id
    outcome = scanning.open_return(station, expected_id, scanned_code=ean)
    assert isinstance(outcome, scanning.Opened)
    assert outcome.inspection.sku == sku


def test_a_bench_never_has_two_units_open(station: Station) -> None:
    with station.db.read() as session:
        first, second = session.scalars(
            select(ExpectedReturn.rma).order_by(ExpectedReturn.id).limit(2)
        ).all()
    opened = scanning.scan(station, first)
    assert isinstance(opened, scanning.Opened)
    before = row_counts(station.db)
    again = scanning.scan(station, second)  # e.g. a second scan that raced the first
    assert isinstance(again, scanning.Opened)
    assert again.resumed
    assert again.inspection.id == opened.inspection.id
    unexpected = scanning.receive_unexpected(station, "SOMETHING-ELSE")
    assert unexpected.inspection.id == opened.inspection.id
    assert row_counts(station.db) == before
