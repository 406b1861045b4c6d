"""``rules``, ``approvals`` and ``import-catalogue`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import Database
from inspect_station import inspection
from inspect_station.catalogue import flags_for
from inspect_station.cli import main
from inspect_station.resources import resource
from inspect_station.settings import Settings
from inspect_station.station import open_station
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma

DEFAULT = resource("rules.toml").read_text(encoding="utf-8")


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def db() -> Database:
    return Database.from_url(Settings().resolved_database_url)


def test_rules_check_accepts_the_default_and_refuses_a_bad_file_with_its_line(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "check", str(resource("rules.toml"))]) == 0
    assert "17 rules, all reachable, every unit has a route" in capsys.readouterr().out
    bad = write(tmp_path, "bad.toml", DEFAULT.replace('grade = ["X"]', 'grade = ["Z"]', 1))
    assert main(["rules", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}, line 42: 'Z' is not in the grading scale (A, B, C, D, X)" in err


def test_rules_show_lists_the_rules_in_words_and_the_versions(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "show"]) == 0
    out = capsys.readouterr().out
    assert "rules v1 (" in out
    assert (
        "opened-apparel: grade B and category apparel or footwear and value ≥ €20 → resale" in out
    )
    assert "v1    active" in out


def test_rules_activate_needs_the_admin_role(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = write(tmp_path, "new.toml", DEFAULT.replace("min_value = 25", "min_value = 30"))
    assert main(["rules", "show"]) == 0
    capsys.readouterr()
    before = row_counts(database := db())
    assert main(["rules", "activate", str(new), "--role", "supervisor"]) == 2
    assert "needs the admin role" in capsys.readouterr().err
    assert row_counts(database) == before
    assert main(["rules", "activate", str(new), "--role", "admin"]) == 0
    assert "rules v2" in capsys.readouterr().out
    bad = write(tmp_path, "bad.toml", DEFAULT.replace("min_value = 25", "min_value = -1"))
    before = row_counts(database)
    assert main(["rules", "activate", str(bad), "--role", "admin"]) == 2
    assert "negative price" in capsys.readouterr().err
    assert row_counts(database) == before
    database.dispose()


def test_approvals_list_approve_and_change(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    station = open_station(Settings(require_shots=False))  # units finished without photos
    try:
        add_return(station, "RMA-T-000300", [("EL-1", "electronics", "300", 1)])
        add_return(station, "RMA-T-000301", [("EL-2", "electronics", "500", 1)])
        first = inspection.finish(station, open_rma(station, "RMA-T-000300"), grade="A")
        second = inspection.finish(station, open_rma(station, "RMA-T-000301"), grade="B")
    finally:
        station.close()
    assert main(["approvals", "list"]) == 2
    assert "needs the supervisor role" in capsys.readouterr().err
    assert main(["approvals", "list", "--role", "supervisor"]) == 0
    out = capsys.readouterr().out
    assert first.inspection.lpn in out
    assert "waits because: value €300.00 ≥ €250.00" in out
    assert "2 waiting" in out
    assert main(["approvals", "approve", first.inspection.lpn, "--role", "supervisor"]) == 0
    assert "full approved by operator" in capsys.readouterr().out
    change = ["approvals", "change", second.inspection.lpn, "--role", "supervisor"]
    assert main([*change, "--outcome", "partial", "--refund", "-1", "--reason", "dent"]) == 2
    assert "more than 100 %" in capsys.readouterr().err
    assert main([*change, "--outcome", "partial", "--refund", "450", "--reason", "dent"]) == 0
    assert "changed to partial €450.00" in capsys.readouterr().out
    assert main(["approvals", "list", "--role", "supervisor"]) == 0
    assert "nothing waits for approval" in capsys.readouterr().out


def test_import_catalogue_sets_flags_and_refuses_a_bad_file_whole(
    station_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(
        tmp_path,
        "cat.csv",
        "sku,vendor,return_to_vendor,recall,hazmat\nEL-1,Volt,yes,no,yes\nAP-1,,no,YES,\n",
    )
    assert main(["import-catalogue", str(good)]) == 0
    assert "2 SKUs added, 0 updated" in capsys.readouterr().out
    database = db()
    with database.read() as session:
        assert flags_for(session, "EL-1").hazmat
        assert flags_for(session, "AP-1").recall
        assert not flags_for(session, "unknown").recall
    before = row_counts(database)
    bad = write(tmp_path, "bad.csv", "sku,recall\nEL-3,yes\nEL-4,perhaps\n")
    assert main(["import-catalogue", str(bad)]) == 2
    assert "Row 3: recall must be yes or no, not 'perhaps'" in capsys.readouterr().err
    unknown = write(tmp_path, "unknown.csv", "sku,colour\nEL-3,red\n")
    assert main(["import-catalogue", str(unknown)]) == 2
    assert "unknown column(s) colour" in capsys.readouterr().err
    assert row_counts(database) == before
    assert main(["import-catalogue", str(good)]) == 0
    assert "0 SKUs added, 2 updated" in capsys.readouterr().out
    database.dispose()
