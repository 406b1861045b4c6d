"""``rules``, ``approvals`` and ``import-catalogue`` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models.audit import AuditEvent
from inspect_station.app.resources import resource
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection
from inspect_station.cli import main
from inspect_station.rules.catalogue import flags_for
from tests.helpers import (
    as_person,
    row_counts,
    run_cli,
    seed_command_line_people,
    seed_people,
    split_audit,
)
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
    assert "18 rules, all reachable, every unit has a route" in capsys.readouterr().out
    bad = write(tmp_path, "bad.toml", DEFAULT.replace('grade = ["X"]', 'grade = ["Z"]', 1))
    assert main(["rules", "check", str(bad)]) == 2
    err = capsys.readouterr().err
    assert f"{bad}, line 48: 'Z' is not in the grading scale (A, B, C, D, X)" in err


def test_rules_show_lists_the_rules_in_words_and_the_versions(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "show"]) == 0
    out = capsys.readouterr().out
    assert "rules v1 (" in out
    assert (
        "opened-apparel-footwear: grade B and category apparel or footwear and value ≥ €20 → resale"
        in out
    )
    assert "v1    active" in out


def test_rules_activate_needs_a_signed_in_admin(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    new = write(tmp_path, "new.toml", DEFAULT.replace("min_value = 25", "min_value = 30"))
    seed_command_line_people()
    rest, events = split_audit(row_counts(database := db()))
    sam, sam_pin = as_person("sam")
    status, _, err = run_cli(monkeypatch, capsys, ["rules", "activate", str(new), *sam], sam_pin)
    assert status == 2
    assert "'inspect-station rules activate' needs the admin role; sam is signed in as" in err
    assert split_audit(row_counts(database)) == (rest, events + 1)  # sam's sign-in, no more
    ada, ada_pin = as_person("ada")
    status, out, _ = run_cli(monkeypatch, capsys, ["rules", "activate", str(new), *ada], ada_pin)
    assert status == 0
    assert "rules v2" in out
    assert "activated by ada" in out
    bad = write(tmp_path, "bad.toml", DEFAULT.replace("min_value = 25", "min_value = -1"))
    rest, events = split_audit(row_counts(database))
    status, _, err = run_cli(monkeypatch, capsys, ["rules", "activate", str(bad), *ada], ada_pin)
    assert (status, "negative price" in err) == (2, True)
    assert split_audit(row_counts(database)) == (rest, events + 1)
    # Back to version 1 by its number; rules show names who activated what, and when.
    status, out, _ = run_cli(
        monkeypatch, capsys, ["rules", "activate", "--version", "1", *ada], ada_pin
    )
    assert (status, "rules v1" in out) == (0, True)
    status, out, _ = run_cli(monkeypatch, capsys, ["rules", "show"])
    assert status == 0
    lines = out.splitlines()
    v2 = next(n for n, line in enumerate(lines) if line.startswith("  v2 "))
    v1 = next(n for n, line in enumerate(lines) if line.startswith("  v1 "))
    assert lines[v1].split()[1] == "active"
    assert "last activated" in lines[v2 + 1]
    assert "by ada" in lines[v2 + 1]
    assert lines[v1 + 1].strip().startswith("activated ")
    assert lines[v1 + 1].strip().endswith("by ada")
    status, _, err = run_cli(
        monkeypatch, capsys, ["rules", "activate", "--version", "9", *ada], ada_pin
    )
    assert (status, "There is no rules version 9" in err) == (2, True)
    database.dispose()


def test_approvals_list_approve_and_change(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    station = open_station(Settings(require_shots=False))  # units finished without photos
    try:
        add_return(station, "RMA-T-000300", [("EL-1", "electronics", "300", 1)])
        add_return(station, "RMA-T-000301", [("EL-2", "electronics", "500", 1)])
        first = inspection.finish(station, open_rma(station, "RMA-T-000300"), grade="A")
        second = inspection.finish(station, open_rma(station, "RMA-T-000301"), grade="B")
        seed_people(station)
    finally:
        station.close()
    sam, pin = as_person("sam")
    status, _, err = run_cli(
        monkeypatch, capsys, ["approvals", "list", *as_person("maria")[0]], "2468\n"
    )
    assert (status, "needs the supervisor role; maria is signed in as operator" in err) == (2, True)
    status, out, _ = run_cli(monkeypatch, capsys, ["approvals", "list", *sam], pin)
    assert status == 0
    assert first.inspection.lpn in out
    assert "waits because: value €300.00 ≥ €250.00" in out
    assert "2 waiting" in out
    status, out, _ = run_cli(
        monkeypatch, capsys, ["approvals", "approve", first.inspection.lpn, *sam], pin
    )
    assert (status, "full approved by sam" in out) == (0, True)
    change = ["approvals", "change", second.inspection.lpn, *sam]
    status, _, err = run_cli(
        monkeypatch,
        capsys,
        [*change, "--outcome", "partial", "--refund", "-1", "--reason", "dent"],
        pin,
    )
    assert (status, "more than 100 %" in err) == (2, True)
    status, out, _ = run_cli(
        monkeypatch,
        capsys,
        [*change, "--outcome", "partial", "--refund", "450", "--reason", "dent"],
        pin,
    )
    assert (status, "changed to partial €450.00 by sam" in out) == (0, True)
    status, out, _ = run_cli(monkeypatch, capsys, ["approvals", "list", *sam], pin)
    assert (status, "nothing waits for approval" in out) == (0, True)


def test_import_catalogue_sets_flags_and_refuses_a_bad_file_whole(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = write(
        tmp_path,
        "cat.csv",
        "sku,vendor,return_to_vendor,recall,hazmat\nEL-1,Volt,yes,no,yes\nAP-1,,no,YES,\n",
    )
    seed_command_line_people()
    ada, pin = as_person("ada")
    status, _, err = run_cli(
        monkeypatch, capsys, ["import-catalogue", str(good), *as_person("sam")[0]], "1357\n"
    )
    assert (status, "needs the admin role; sam is signed in as supervisor" in err) == (2, True)
    status, out, _ = run_cli(monkeypatch, capsys, ["import-catalogue", str(good), *ada], pin)
    assert (status, "2 SKUs added, 0 updated" in out) == (0, True)
    database = db()
    with database.read() as session:
        assert flags_for(session, "EL-1").hazmat
        assert flags_for(session, "AP-1").recall
        assert not flags_for(session, "unknown").recall
    rest, events = split_audit(row_counts(database))
    bad = write(tmp_path, "bad.csv", "sku,recall\nEL-3,yes\nEL-4,perhaps\n")
    status, _, err = run_cli(monkeypatch, capsys, ["import-catalogue", str(bad), *ada], pin)
    assert (status, "Row 3: recall must be yes or no, not 'perhaps'" in err) == (2, True)
    unknown = write(tmp_path, "unknown.csv", "sku,colour\nEL-3,red\n")
    status, _, err = run_cli(monkeypatch, capsys, ["import-catalogue", str(unknown), *ada], pin)
    assert (status, "unknown column(s) colour" in err) == (2, True)
    assert split_audit(row_counts(database)) == (rest, events + 2)  # the two sign-ins
    status, out, _ = run_cli(monkeypatch, capsys, ["import-catalogue", str(good), *ada], pin)
    assert (status, "0 SKUs added, 2 updated" in out) == (0, True)
    with database.read() as session:
        imports = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "catalogue.imported")
        ).all()
        assert [(e.actor, e.detail["added"], e.detail["updated"]) for e in imports] == [
            ("ada", 2, 0),
            ("ada", 0, 2),
        ]
    database.dispose()
