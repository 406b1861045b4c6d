"""``inspect-station users …``, ``audit verify``, ``db grants`` and the demo's people."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from db.engine import Database
from inspect_station.app.settings import Settings
from inspect_station.cli import main
from tests.helpers import run_cli as run


def test_users_from_the_first_admin_to_a_reset_pin(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(monkeypatch, capsys, ["users", "list"], "")
    assert (status, "No users yet" in out) == (0, True)
    # The first user: an administrator, made without signing in; the PIN asked twice.
    status, out, _ = run(
        monkeypatch, capsys, ["users", "add", "Ada", "--badge", "B-ADA"], "9090\n9090\n"
    )
    assert (status, out.splitlines()[-1]) == (0, "added Ada (admin), badge B-ADA")
    # Later users: the admin signs in (badge from --as, PIN from the input) first.
    argv = ["users", "add", "Maria", "--badge", "B-MARIA", "--as", "B-ADA"]
    status, out, _ = run(monkeypatch, capsys, argv, "9090\n2468\n2468\n")
    assert (status, out.strip()) == (0, "added Maria (operator), badge B-MARIA")
    status, _, err = run(
        monkeypatch, capsys, ["users", "disable", "Ada", "--as", "B-MARIA"], "2468\n"
    )
    assert status == 2
    assert "'inspect-station users disable' needs the admin role; Maria is signed in as" in err
    status, out, _ = run(
        monkeypatch,
        capsys,
        ["users", "reset-pin", "B-MARIA", "--as", "B-ADA"],
        "9090\n1111\n1111\n",
    )
    assert (status, out.strip()) == (0, "Maria: reset-pin done")
    status, out, _ = run(monkeypatch, capsys, ["users", "list", "--as", "B-MARIA"], "1111\n")
    assert status == 2  # an operator may not list users
    status, out, _ = run(monkeypatch, capsys, ["users", "list", "--as", "B-ADA"], "9090\n")
    assert status == 0
    assert [line.split()[:3] for line in out.splitlines()] == [
        ["B-ADA", "Ada", "admin"],
        ["B-MARIA", "Maria", "operator"],
    ]
    status, _, err = run(
        monkeypatch,
        capsys,
        ["users", "add", "Eve", "--badge", "B-EVE", "--as", "B-ADA"],
        "9090\n1234\n4321\n",
    )
    assert (status, "The two PINs differ" in err) == (2, True)


def test_audit_verify_names_an_edited_row(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    run(monkeypatch, capsys, ["users", "add", "Ada", "--badge", "B-ADA"], "9090\n9090\n")
    for _ in range(3):
        run(monkeypatch, capsys, ["users", "list", "--as", "B-ADA"], "9090\n")
    status, out, _ = run(monkeypatch, capsys, ["audit", "verify"], "")
    assert status == 0
    # The first start loaded the rule file, then a user was added and listed three times.
    assert "5 links and 5 audit events checked, newest link 5" in out
    assert "the audit chain is intact" in out
    db = Database.from_url(Settings().resolved_database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET actor = 'someone else' WHERE id = 2"))
    db.dispose()
    status, out, _ = run(monkeypatch, capsys, ["audit", "verify"], "")
    assert status == 1
    assert "link 2 event 2: edited: the event or its link no longer matches the hash" in out


def test_db_grants_prints_the_sql_for_the_benches_role(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "grants", "--role", "bench_app", "--database", "returns"]) == 0
    out = capsys.readouterr().out
    assert "GRANT SELECT, INSERT ON public.audit_events TO bench_app;" in out


def test_the_demo_seeds_its_people_and_prints_their_badges(
    station_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--no-gui"]) == 0
    out = capsys.readouterr().out
    assert "DEMO-OPERATOR    PIN 1111  operator (Olga Operator)" in out
    assert "DEMO-ADMIN       PIN 3333  admin (Ada Admin)" in out
    assert (station_home / "demo" / "pin-pepper").exists()
    assert not (station_home / "pin-pepper").exists()  # the demo keeps its own
