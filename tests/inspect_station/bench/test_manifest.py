from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.engine import Database
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.bench.manifest import COLUMNS, import_csv
from inspect_station.demo import sample
from tests.helpers import row_counts

GOOD = [
    "RMA-2026-100001,SO-11111111,1Z999AA10123456784,UPS,a@example.com,refund,Too small,"
    "2026-11-10,AP-1001-M,4006381333931,Jumper,apparel,1,79.90",
    "RMA-2026-100001,SO-11111111,1Z999AA10123456784,UPS,a@example.com,refund,Too small,"
    "2026-11-10,FW-1100-42,4000000000013,Shoe,footwear,2,119.95",
    "rma-2026-100002,SO-22222222,,,,exchange,Wrong colour,,HM-1000,,Dinner set,home,1,89",
]


def write(tmp_path: Path, rows: list[str], header: str = ",".join(COLUMNS)) -> Path:
    path = tmp_path / "manifest.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_manifest_is_imported_grouped_by_rma(database: Database, tmp_path: Path) -> None:
    result = import_csv(database, write(tmp_path, GOOD))
    assert (result.created, result.lines, result.skipped) == (2, 3, 0)
    with database.read() as session:
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-2026-100001")
        ).one()
        assert [line.sku for line in er.lines] == ["AP-1001-M", "FW-1100-42"]
        assert er.delivered_on == date(2026, 11, 10)
        assert session.scalar(select(func.count()).select_from(ExpectedReturnLine)) == 3
    again = import_csv(database, write(tmp_path, GOOD))
    assert (again.created, again.skipped) == (0, 2)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (GOOD[0].replace("4006381333931", "4006381333932"), "Row 3: EAN 4006381333932 has a wrong"),
        (GOOD[0].replace("2026-11-10", "10/11/2026"), "Row 3: delivered_on"),
        (GOOD[0].replace(",refund,", ",gift,"), "Row 3: return_type must be one of"),
        (GOOD[0].replace(",1,79.90", ",0,79.90"), "Row 3: quantity must be 1–999"),
        (GOOD[0].replace("Too small", "Too\x07small"), "Row 3: reason contains control"),
        (GOOD[0].replace("RMA-2026-100001", ""), "Row 3: missing rma"),
    ],
)
def test_one_bad_row_refuses_the_whole_file(
    database: Database, tmp_path: Path, row: str, message: str
) -> None:
    before = row_counts(database)
    with pytest.raises(BadInput, match=message):
        import_csv(database, write(tmp_path, [GOOD[2], row]))
    assert row_counts(database) == before


def test_missing_columns_and_non_text_files_are_refused(database: Database, tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="missing column"):
        import_csv(database, write(tmp_path, ["x,y"], header="rma,sku"))
    binary = tmp_path / "photo.csv"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    with pytest.raises(BadInput, match="not UTF-8"):
        import_csv(database, binary)


def test_demo_data_is_realistic(database: Database) -> None:
    result = sample.seed(database, today=date(2026, 11, 26))
    assert result.created == 200
    with database.read() as session:
        returns = session.scalars(select(ExpectedReturn)).all()
        assert {r.return_type for r in returns} == {"refund", "exchange", "warranty"}
        assert len({r.carrier for r in returns}) >= 5
        assert all(r.tracking_number and r.reason and r.delivered_on for r in returns)
    assert sample.seed(database, today=date(2026, 11, 26)).created == 0


def test_codes_are_stored_as_scans_are_matched(database: Database, tmp_path: Path) -> None:
    row = GOOD[2].replace("rma-2026-100002", "rma2026100002").replace("SO-22222222", "so22222222")
    import_csv(database, write(tmp_path, [row]))
    with database.read() as session:
        er = session.scalars(select(ExpectedReturn)).one()
    assert (er.rma, er.order_number) == ("RMA-2026-100002", "SO-22222222")


def test_the_withdrawal_notice_date_is_optional_and_checked(
    database: Database, tmp_path: Path
) -> None:
    with_notice = [GOOD[0] + ",2026-11-12", GOOD[2]]
    import_csv(database, write(tmp_path, with_notice))
    with database.read() as session:
        notices = dict(
            session.execute(select(ExpectedReturn.rma, ExpectedReturn.withdrawal_notified_on)).all()
        )
    assert notices == {"RMA-2026-100001": date(2026, 11, 12), "RMA-2026-100002": None}
    before = row_counts(database)
    with pytest.raises(BadInput, match="Row 2: withdrawal_notice_on '12/11/2026' is not a date"):
        import_csv(
            database, write(tmp_path, [GOOD[1].replace("RMA-2026-100001", "RMA-9") + ",12/11/2026"])
        )
    assert row_counts(database) == before
