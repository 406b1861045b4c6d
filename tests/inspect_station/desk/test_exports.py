from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import update

from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, NotAllowed
from inspect_station.desk import exports
from inspect_station.desk.exports import FORMULA_STARTS, ExportCancelled
from inspect_station.desk.history import HistoryQuery, HistoryRow
from inspect_station.people.roles import Role, User
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.desk_data import finish_units, supervisor

text = st.text(max_size=12) | st.sampled_from(
    ["=1+1", "+SUM(A1)", "-2", "@cmd", "\t=x", "\r=x", '=HYPERLINK("http://x")', ""]
)


@st.composite
def history_rows(draw: st.DrawFn) -> exports.ExportRow:
    row = HistoryRow(
        id=uuid.uuid4(),
        lpn=draw(text),
        finished_at=datetime(2026, 11, 26, 10, tzinfo=UTC),
        bench=draw(text),
        operator=draw(text),
        grade=draw(text),
        route=draw(text),
        category=draw(st.none() | text),
        sku=draw(st.none() | text),
        value=draw(st.none() | st.decimals(0, 10_000, places=2)),
        rma=draw(st.none() | text),
        reason=draw(st.none() | text),
        overrides=draw(st.integers(0, 5)),
        photos=draw(st.integers(0, 9)),
        receipt=draw(st.sampled_from([None, "received", "wrong_item", "missing", "empty_box"])),
    )
    return exports.ExportRow(
        row,
        outcome=draw(st.none() | text),
        refund=draw(st.none() | st.decimals(0, 10_000, places=2)),
        defects=tuple(draw(st.lists(text, max_size=3))),
        grade_reason=draw(st.none() | text),
        override_reason=draw(st.none() | text),
        label=draw(st.none() | st.sampled_from(list(exports.LABEL_WORDS))),
        shop=(draw(st.integers(0, 2)), draw(st.integers(0, 2)), draw(st.integers(0, 2))),
    )


def read_xlsx(path: Path) -> list[list[Any]]:
    """Every row's cells as (value, data type) pairs."""
    book = load_workbook(path, read_only=True)
    try:
        sheet = book.active
        assert sheet is not None
        return [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows()]
    finally:
        book.close()


def safe(cell: str) -> bool:
    return not cell.startswith(FORMULA_STARTS)


@given(st.lists(history_rows(), max_size=5))
def test_no_csv_cell_can_start_a_formula(rows: list[exports.ExportRow]) -> None:
    out = io.StringIO()
    exports.write_csv(rows, out, lambda: None)
    read = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert len(read) == len(rows) + 1
    for original, row in zip(rows, read[1:], strict=True):
        for cell in row:
            assert safe(cell), row
        # Nothing is lost: a neutralised cell is the original behind one apostrophe.
        assert row[1] == exports.neutralise(original.row.lpn)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(history_rows(), min_size=1, max_size=4))
def test_no_xlsx_cell_is_a_formula(tmp_path: Path, rows: list[exports.ExportRow]) -> None:
    path = tmp_path / "h.xlsx"
    exports.write_xlsx(rows, path, lambda: None)
    for row in read_xlsx(path)[1:]:
        for value, data_type in row:
            assert data_type != "f"
            if isinstance(value, str):
                assert safe(value), value


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def loaded(station: Station, clock: FakeClock) -> Station:
    finish_units(station, clock)
    with station.db.write() as session:
        session.execute(update(Inspection).values(sku="=cmd|' /C calc'!A0"))
        session.execute(update(ExpectedReturn).values(reason="@SUM(1+1)*cmd"))
    supervisor(station)
    return station


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_the_filtered_history_is_exported_whole_and_safe(
    loaded: Station, out: Path, suffix: str
) -> None:
    seen: list[tuple[int, int]] = []
    target = out / f"history.{suffix}"
    done = exports.export(
        loaded, HistoryQuery(grader="maria"), target, progress=lambda d, t: seen.append((d, t))
    )
    assert (done.rows, seen[-1]) == (3, (3, 3))
    if suffix == "csv":
        rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    else:
        rows = [[value for value, _type in r] for r in read_xlsx(target)]
    assert rows[0][:4] == ["Finished", "LPN", "Bench", "Grader"]
    assert [r[3] for r in rows[1:]] == ["maria"] * 3
    assert {r[7] for r in rows[1:]} == {"'=cmd|' /C calc'!A0"}
    assert {r[10] for r in rows[1:]} == {"'@SUM(1+1)*cmd"}
    assert list(out.glob(".*part")) == []


def test_a_cancelled_export_leaves_no_file(
    loaded: Station, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exports, "BATCH", 2)
    target = out / "history.csv"
    with pytest.raises(ExportCancelled, match="no file was written"):
        exports.export(loaded, HistoryQuery(), target, cancelled=lambda: True)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "error", "message"),
    [
        ("history.pdf", BadInput, r"\.csv or \.xlsx"),
        ("missing/history.csv", BadInput, "does not exist"),
    ],
)
def test_bad_export_targets_are_refused(
    loaded: Station, out: Path, name: str, error: type[Exception], message: str
) -> None:
    before = row_counts(loaded.db)
    with pytest.raises(error, match=message):
        exports.export(loaded, HistoryQuery(), out / name)
    assert row_counts(loaded.db) == before
    assert list(out.iterdir()) == []


def test_only_a_supervisor_may_export(loaded: Station, out: Path) -> None:
    loaded.change_shift(user=User("ines", Role.OPERATOR))
    with pytest.raises(NotAllowed, match="Exporting history needs the supervisor role"):
        exports.export(loaded, HistoryQuery(), out / "h.csv")
    assert list(out.iterdir()) == []


def test_numbers_stay_numbers_in_xlsx(loaded: Station, out: Path) -> None:
    target = out / "h.xlsx"
    exports.export(loaded, HistoryQuery(), target)
    first = [value for value, _type in read_xlsx(target)[1]]
    assert isinstance(first[0], datetime)
    assert isinstance(first[8], float | int | Decimal)
    assert isinstance(first[11], int)


def test_the_export_says_each_units_outcome_defects_reasons_and_label(
    station: Station, clock: FakeClock, out: Path
) -> None:
    from inspect_station.bench import inspection, scanning
    from inspect_station.bench.assessment import Draft
    from inspect_station.supervise import overrides
    from tests.inspect_station.returns import add_return, open_rma, with_photo

    add_return(station, "RMA-X-000001", [("AP-9", "apparel", "80.00", 1)])
    add_return(station, "RMA-X-000002", [("AP-8", "apparel", "50.00", 1)])
    opened_first = open_rma(station, "RMA-X-000001")
    graded = with_photo(station, opened_first, "tags-removed", "stain")  # a deduction's proof
    draft = Draft().toggle_defect("tags-removed").toggle_defect("stain")
    done = inspection.finish(station, graded, draft=draft)
    opened = scanning.scan(station, "RMA-X-000002")
    assert isinstance(opened, scanning.Opened)
    inspection.finish(station, opened.inspection, draft=Draft(receipt="missing"))
    supervisor(station)
    overrides.override(
        station,
        done.inspection.id,
        seen_version=done.inspection.version,
        route="repair",
        reason="seam torn under the arm",
    )
    target = out / "outcomes.csv"
    exports.export(station, HistoryQuery(), target)
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    by_rma = {r["RMA"]: r for r in rows}
    graded_row, missing_row = by_rma["RMA-X-000001"], by_rma["RMA-X-000002"]
    assert (graded_row["Receipt"], graded_row["Refund outcome"]) == ("received", "partial")
    assert graded_row["Refund amount"] == "48.00"
    assert graded_row["Defects"] == "Stain, make-up or deodorant marks; Tags removed"
    assert graded_row["Override reason"] == "seam torn under the arm"
    assert graded_row["Label"] == "waiting to print"
    assert (missing_row["Grade"], missing_row["Route"], missing_row["Receipt"]) == (
        "missing",
        "no label",
        "missing",
    )
    assert (missing_row["Refund outcome"], missing_row["Label"]) == ("refuse", "no label")
    assert graded_row["Shop delivery"] == "no shop event"  # this station has no connector


def test_the_shop_delivery_column_says_the_worst_state_first() -> None:
    row = HistoryRow(
        id=uuid.uuid4(),
        lpn="LP1",
        finished_at=datetime(2026, 11, 26, 10, tzinfo=UTC),
        bench="B",
        operator="o",
        grade="A",
        route="restock",
        category=None,
        sku=None,
        value=None,
        rma=None,
        reason=None,
        overrides=0,
        photos=0,
    )
    words = [
        exports.ExportRow(row, shop=shop).shop_words
        for shop in ((0, 0, 0), (0, 0, 2), (0, 1, 1), (1, 1, 1))
    ]
    assert words == [
        "no shop event",
        "2 delivered",
        "1 waiting to be delivered",
        "1 failed (dead letter)",
    ]
