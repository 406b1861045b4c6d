"""Manifests in: grouped by RMA, every bad input refused by row and column with nothing written,
the withdrawal facts read with their zones, and the same rules for a shop's parsed returns."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.bench.manifest import (
    ManifestError,
    ManifestLine,
    ManifestReturn,
    import_csv,
    store,
)
from inspect_station.demo import sample
from inspect_station.rules.withdrawal import Withdrawal, parse_moment
from tests.helpers import row_counts

BASE = (
    "rma,order_number,tracking_number,carrier,customer_email,return_type,reason,delivered_on,"
    "sku,ean,description,category,quantity,unit_price"
)
GOOD = [
    "RMA-2026-100001,SO-11111111,1Z999AA10123456784,UPS,a@example.com,refund,Too small,"
    "2026-11-10,AP-1001-M,4006381333931,Jumper,apparel,1,79.90",
    "RMA-2026-100001,SO-11111111,1Z999AA10123456784,UPS,a@example.com,refund,Too small,"
    "2026-11-10,FW-1100-42,4000000000013,Shoe,footwear,2,119.95",
    "rma-2026-100002,SO-22222222,,,,exchange,Wrong colour,,HM-1000,,Dinner set,home,1,89",
]
FACTS = (
    "withdrawal_notice_at,withdrawal_channel,withdrawal_ack_id,proof_of_sending_at,"
    "proof_of_sending_by,consumer_informed,delivery_cost_paid,cheapest_delivery_cost"
)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


def write(tmp_path: Path, rows: list[str], header: str = BASE) -> Path:
    path = tmp_path / "manifest.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def imported(database: Database, tmp_path: Path, rows: list[str], header: str = BASE) -> None:
    import_csv(database, write(tmp_path, rows, header), now=NOW)


def refused(
    database: Database, tmp_path: Path, rows: list[str], message: str, header: str = BASE
) -> None:
    """The file is refused with ``message`` (a regular expression) and no row is written."""
    before = row_counts(database)
    with pytest.raises(BadInput, match=message) as error:
        imported(database, tmp_path, rows, header)
    assert "Nothing was imported" in str(error.value) or "missing column" in str(error.value)
    assert row_counts(database) == before


def test_a_manifest_is_imported_grouped_by_rma(database: Database, tmp_path: Path) -> None:
    result = import_csv(database, write(tmp_path, GOOD), now=NOW)
    assert (result.created, result.lines, result.skipped) == (2, 3, 0)
    with database.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-2026-100001")
        ).one()
        assert [line.sku for line in er.lines] == ["AP-1001-M", "FW-1100-42"]
        assert er.delivered_on == date(2026, 11, 10)
        assert session.scalar(select(func.count()).select_from(ExpectedReturnLine)) == 3
    again = import_csv(database, write(tmp_path, GOOD), now=NOW)
    assert (again.created, again.skipped) == (0, 2)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            GOOD[0].replace("4006381333931", "4006381333932"),
            "Row 3, column ean: 4006381333932 has a wrong check digit",
        ),
        (GOOD[0].replace("2026-11-10", "10/11/2026"), "Row 3, column delivered_on: '10/11/2026'"),
        (GOOD[0].replace(",refund,", ",gift,"), "Row 3, column return_type: must be one of"),
        (GOOD[0].replace(",1,79.90", ",0,79.90"), "Row 3, column quantity: 0 is not 1–999"),
        (GOOD[0].replace(",1,79.90", ",1,-5"), "Row 3, column unit_price: -5.00 is not a price"),
        (GOOD[0].replace(",1,79.90", ",one,79.90"), "Row 3, column quantity: 'one' is not a whole"),
        (GOOD[0].replace("Too small", "Too\x07small"), "Row 3, column reason: contains control"),
        (GOOD[0].replace("RMA-2026-100001", ""), r"Row 3, column rma: missing \(rma must"),
    ],
)
def test_one_bad_row_refuses_the_whole_file(
    database: Database, tmp_path: Path, row: str, message: str
) -> None:
    refused(database, tmp_path, [GOOD[2], row], message)


def test_missing_columns_and_non_text_files_are_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="missing column"):
        import_csv(database, write(tmp_path, ["x,y"], header="rma,sku"))
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(BadInput, match="not UTF-8"):
        import_csv(database, binary)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(BadInput, match="is empty"):
        import_csv(database, empty)


# --- What broke the importer before: each refused by row and column ----------------------------


def test_a_ten_megabyte_value_is_refused_by_row_and_column(
    database: Database, tmp_path: Path
) -> None:
    huge = GOOD[1].replace(",Shoe,", f",{'x' * 10_000_000},")
    refused(
        database,
        tmp_path,
        [GOOD[0], huge],
        r"Row 3, column description: the value is 10,000,000 characters long",
    )
    quoted = GOOD[1].replace(",Shoe,", f',"{"y, " * 4_000_000}",')
    refused(database, tmp_path, [quoted], r"Row 2, column description: the value is 12,000,000")


def test_one_rma_with_two_order_numbers_is_refused_not_merged(
    database: Database, tmp_path: Path
) -> None:
    other_order = GOOD[1].replace("SO-11111111", "SO-33333333")
    refused(
        database,
        tmp_path,
        [GOOD[0], other_order],
        "Row 3, column order_number: RMA-2026-100001 is on row 2 with order SO-11111111 and "
        "here with order SO-33333333",
    )


def test_rows_of_one_return_must_agree(database: Database, tmp_path: Path) -> None:
    other_reason = GOOD[1].replace("Too small", "Too large")
    refused(database, tmp_path, [GOOD[0], other_reason], "Row 3, column reason: RMA-2026-100001")
    # a later row may leave the return's values out
    imported(database, tmp_path, [GOOD[0], GOOD[1].replace(",Too small,", ",,")])


def test_extra_columns_are_refused(database: Database, tmp_path: Path) -> None:
    refused(
        database,
        tmp_path,
        [f"{GOOD[0]},navy"],
        r"Row 1, column 15 \(colour\): not a manifest column",
        header=f"{BASE},colour",
    )
    refused(
        database,
        tmp_path,
        [GOOD[0], f"{GOOD[1]},extra"],
        "Row 3, column 15: a value beyond the header's 14 columns",
    )
    refused(
        database,
        tmp_path,
        [GOOD[0]],
        r"Row 1, column 15 \(sku\): this column is named twice",
        header=f"{BASE},sku",
    )


def test_an_unbalanced_quote_is_named_where_it_opens(database: Database, tmp_path: Path) -> None:
    opened = GOOD[1].replace(",Shoe,", ',"Shoe, grey,')
    refused(
        database,
        tmp_path,
        [GOOD[0], opened, GOOD[2]],
        "Row 3, column description: a quote opens here and never closes",
    )
    after = GOOD[1].replace(",Shoe,", ',"Shoe"s,')
    refused(database, tmp_path, [after], "Row 2, column description: text follows the closing")


def test_a_short_row_says_what_it_lacks(database: Database, tmp_path: Path) -> None:
    short = GOOD[1].rsplit(",", 2)[0]
    refused(
        database,
        tmp_path,
        [short],
        r"Row 2, column quantity: the row ends after 12 of 14 values \(quantity, unit_price",
    )


def test_rows_are_numbered_by_the_line_they_start_on(database: Database, tmp_path: Path) -> None:
    multi = GOOD[0].replace("Too small", '"Too\nsmall"')
    refused(database, tmp_path, [GOOD[2], "", multi], "Row 4, column reason: contains control")


# --- The withdrawal facts ------------------------------------------------------------------

FACTS_ROW = (
    "2026-11-19T14:03[Europe/Berlin],button,ACK-7781,2026-11-20T09:15+01:00,first-scan,yes,"
    "9.95,4.95"
)


def test_the_withdrawal_facts_are_stored_in_utc_with_their_zone(
    database: Database, tmp_path: Path
) -> None:
    imported(
        database, tmp_path, [f"{GOOD[0]},{FACTS_ROW}", GOOD[2] + ",,,,,,,,"], BASE + f",{FACTS}"
    )
    with database.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-2026-100001")
        ).one()
        assert er.withdrawal_notified_at == datetime(2026, 11, 19, 13, 3, tzinfo=UTC)
        assert (er.withdrawal_zone, er.withdrawal_notified_on) == (
            "Europe/Berlin",
            date(2026, 11, 19),
        )
        assert (er.withdrawal_channel, er.withdrawal_ack_id) == ("button", "ACK-7781")
        assert er.sent_at == datetime(2026, 11, 20, 8, 15, tzinfo=UTC)
        assert (er.sent_zone, er.sent_proof, er.consumer_informed) == ("+01:00", "first-scan", True)
        assert (er.delivery_paid, er.delivery_cheapest) == (Decimal("9.95"), Decimal("4.95"))
        other = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-2026-100002")
        ).one()
        assert other.withdrawal_notified_at is None
        assert other.consumer_informed is None


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        (
            "2026-11-26T12:00[Europe/Berlin],,,,,,,",
            "column withdrawal_notice_at: 2026-11-26 12:00 Europe/Berlin is in the future",
        ),
        ("2026-11-19T14:03,,,,,,,", "column withdrawal_notice_at: '2026-11-19T14:03' has no time"),
        (",fax,,,,,,", "column withdrawal_channel: 'fax' is not a channel"),
        (",,,2026-11-27T08:00Z,,,,", "column proof_of_sending_at: .* is in the future"),
        (",,,2026-11-09T08:00Z,,,,", "column proof_of_sending_at: 2026-11-09 is before the goods"),
        (",,,,carrier pigeon,,,", "column proof_of_sending_by: 'carrier pigeon' is not one of"),
        (",,,,,perhaps,,", "column consumer_informed: 'perhaps' is not yes or no"),
        (",,,,,,-4.95,", "column delivery_cost_paid: -4.95 is not a cost"),
        (",,,,,,4.95,-1", "column cheapest_delivery_cost: -1 is not a cost"),
        (
            ",,,,,,4.95,5.95",
            "column cheapest_delivery_cost: 5.95 is above the delivery cost paid \\(4.95\\)",
        ),
        (",,,,,,,4.95", "column cheapest_delivery_cost: given without the delivery cost paid"),
        (",,,,,,4.955,", "column delivery_cost_paid: '4.955' has more than two decimals"),
        (",,,,,,free,", "column delivery_cost_paid: 'free' is not an amount"),
    ],
)
def test_withdrawal_facts_that_cannot_be_right_are_refused(
    database: Database, tmp_path: Path, facts: str, message: str
) -> None:
    refused(
        database,
        tmp_path,
        [GOOD[2] + ",,,,,,,,", f"{GOOD[0]},{facts}"],
        f"Row 3, {message}",
        BASE + f",{FACTS}",
    )


def test_the_older_notice_day_is_read_and_must_match_the_notice(
    database: Database, tmp_path: Path
) -> None:
    header = BASE + ",withdrawal_notice_at,withdrawal_notice_on"
    refused(
        database,
        tmp_path,
        [f"{GOOD[0]},2026-11-19T23:30-05:00[America/New_York],2026-11-20"],
        "Row 2, column withdrawal_notice_on: 2026-11-20 is not the day of withdrawal_notice_at",
        header,
    )
    imported(database, tmp_path, [f"{GOOD[0]},,2026-11-12"], header)
    with database.read() as session:
        er = session.scalars(select(ExpectedReturn)).one()
    assert (er.withdrawal_notified_on, er.withdrawal_notified_at) == (date(2026, 11, 12), None)


def test_facts_that_came_later_are_filled_in_and_recorded_ones_kept(
    database: Database, tmp_path: Path
) -> None:
    header = BASE + ",withdrawal_notice_at,proof_of_sending_at"
    imported(database, tmp_path, [f"{GOOD[0]},2026-11-19T14:03+01:00,"], header)
    later = f"{GOOD[0]},2026-11-19T14:03+01:00,2026-11-21T10:00+01:00"
    result = import_csv(database, write(tmp_path, [later], header), now=NOW)
    assert (result.created, result.skipped, result.updated) == (0, 1, 1)
    with database.read() as session:
        er = session.scalars(select(ExpectedReturn)).one()
        assert er.sent_at == datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    changed = f"{GOOD[0]},2026-11-19T15:03+01:00,"
    refused(
        database,
        tmp_path,
        [changed],
        "Row 2, column withdrawal_notice_at: RMA-2026-100001 already records 2026-11-19 13:03",
        header,
    )
    refused(
        database,
        tmp_path,
        [GOOD[0].replace("SO-11111111", "SO-44444444")],
        "Row 2, column order_number: RMA-2026-100001 is already known as the return of order "
        "SO-11111111",
    )


# --- The same door for a shop's returns ------------------------------------------------------


def shop_return(**changes: object) -> ManifestReturn:
    entry = ManifestReturn(
        rma="RMA-2026-200001",
        order_number="SO-55555555",
        lines=[ManifestLine("AP-1001-M", 1, Decimal("79.90"))],
        withdrawal=Withdrawal(
            notice=parse_moment("2026-11-20T10:00[Europe/Paris]"),
            channel="button",
            informed=True,
            delivery_paid=Decimal("4.95"),
        ),
        origin="Medusa return ret_01JD",
    )
    for name, value in changes.items():
        setattr(entry, name, value)
    return entry


def test_a_shops_return_goes_through_the_same_checks(database: Database) -> None:
    result = store(database, [shop_return()], now=NOW)
    assert (result.created, result.lines) == (1, 1)
    before = row_counts(database)
    bad = [
        (
            shop_return(rma="RMA-2026-200002", withdrawal=Withdrawal(channel="fax")),
            "withdrawal_channel",
        ),
        (
            shop_return(rma="RMA-2026-200003", lines=[ManifestLine("AP-1", 0, Decimal("1"))]),
            "quantity",
        ),
        (shop_return(rma="RMA-2026-200004", order_number=""), "order_number"),
    ]
    for entry, column in bad:
        with pytest.raises(ManifestError, match=f"Medusa return ret_01JD, column {column}"):
            store(database, [shop_return(rma="RMA-2026-200009"), entry], now=NOW)
    twice = [shop_return(rma="RMA-2026-200005"), shop_return(rma="RMA-2026-200005")]
    with pytest.raises(ManifestError, match="RMA-2026-200005 is also Medusa return"):
        store(database, twice, now=NOW)
    assert row_counts(database) == before


def test_demo_data_is_realistic(database: Database) -> None:
    result = sample.seed(database, today=date(2026, 11, 26))
    assert result.created == 200
    with database.read() as session:
        returns = session.scalars(select(ExpectedReturn)).all()
        assert {r.return_type for r in returns} == {"refund", "exchange", "warranty"}
        assert len({r.carrier for r in returns}) >= 5
        assert all(r.tracking_number and r.reason and r.delivered_on for r in returns)
        notices = [r for r in returns if r.withdrawal_notified_at is not None]
        assert len(notices) > 100
        assert {r.withdrawal_channel for r in notices} == {"button", "email", "letter", "phone"}
        assert {r.consumer_informed for r in notices} == {True, False, None}
        assert any(r.sent_at for r in notices)
    assert sample.seed(database, today=date(2026, 11, 26)).created == 0


def test_codes_are_stored_as_scans_are_matched(database: Database, tmp_path: Path) -> None:
    row = GOOD[2].replace("rma-2026-100002", "rma2026100002").replace("SO-22222222", "so22222222")
    imported(database, tmp_path, [row])
    with database.read() as session:
        er = session.scalars(select(ExpectedReturn)).one()
    assert (er.rma, er.order_number) == ("RMA-2026-100002", "SO-22222222")
