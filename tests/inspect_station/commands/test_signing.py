"""Signing in on the command line: ``--as BADGE`` and a PIN, for every command that needs a role."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models.audit import AuditEvent
from db.models.people import User as UserRow
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.cli import _parser, main
from inspect_station.people import users
from inspect_station.people.roles import Role, User
from tests.helpers import as_person, row_counts, run_cli, seed_command_line_people, split_audit

# Every command that acts as a person, the role it needs, and arguments that would let it run.
NEEDS = {
    "users add": (Role.ADMIN, ["users", "add", "Eve", "--badge", "B-EVE"]),
    "users list": (Role.SUPERVISOR, ["users", "list"]),
    "users disable": (Role.ADMIN, ["users", "disable", "maria"]),
    "users enable": (Role.ADMIN, ["users", "enable", "maria"]),
    "users reset-pin": (Role.ADMIN, ["users", "reset-pin", "maria"]),
    "users unlock": (Role.SUPERVISOR, ["users", "unlock", "maria"]),
    "rules activate": (Role.ADMIN, ["rules", "activate", "--version", "1"]),
    "approvals list": (Role.SUPERVISOR, ["approvals", "list"]),
    "approvals approve": (Role.SUPERVISOR, ["approvals", "approve", "LP0"]),
    "approvals change": (
        Role.SUPERVISOR,
        ["approvals", "change", "LP0", "--outcome", "full", "--reason", "ok"],
    ),
    "import-returns": (Role.SUPERVISOR, ["import-returns", "returns.csv"]),
    "import-catalogue": (Role.ADMIN, ["import-catalogue", "catalogue.csv"]),
    "photos purge": (Role.ADMIN, ["photos", "purge", "--older-than", "30"]),
    "report": (Role.SUPERVISOR, ["report", "--day", "2026-11-26"]),
    "outbox retry": (Role.SUPERVISOR, ["outbox", "retry", "1"]),
    "outbox skip": (Role.SUPERVISOR, ["outbox", "skip", "1", "--reason", "refunded by hand"]),
    "evidence": (Role.SUPERVISOR, ["evidence", "RMA-2026-000001", "-o", "evidence.pdf"]),
}


def declared_roles() -> dict[str, Role]:
    """The role each subcommand declares, found by walking the real parser."""
    found: dict[str, Role] = {}

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        role = parser.get_default("needed_role")
        if role is not None:
            found[" ".join(path)] = role
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    walk(child, (*path, name))

    walk(_parser(), ())
    return found


def db() -> Database:
    return Database.from_url(Settings().resolved_database_url)


def audit_actions(database: Database) -> list[tuple[str, str, str]]:
    with database.read() as session:
        rows = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
        return [(r.actor, r.action, str(r.detail.get("reason", ""))) for r in rows]


def test_the_commands_that_act_as_a_person_are_exactly_these() -> None:
    assert declared_roles() == {name: role for name, (role, _argv) in NEEDS.items()}


@pytest.mark.parametrize("name", sorted(NEEDS))
def test_a_missing_badge_is_named_and_nothing_is_written(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    seed_command_line_people()
    database = db()
    before = row_counts(database)
    role, argv = NEEDS[name]
    status, out, err = run_cli(monkeypatch, capsys, argv)
    assert (status, out) == (2, "")
    assert (
        f"'inspect-station {name}' acts as a signed-in {role.label} (or above): give your "
        "badge with --as BADGE" in err
    )
    assert row_counts(database) == before
    database.dispose()


def test_wrong_pins_count_toward_the_lock_and_leave_only_their_audit_rows(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_command_line_people()
    database = db()
    argv = ["approvals", "list", "--as", "B-SAM-02"]
    for attempt in range(1, 5):
        rest, events = split_audit(row_counts(database))
        status, out, err = run_cli(monkeypatch, capsys, argv, "0000\n")
        assert (status, out) == (2, "")
        assert f"Wrong PIN. {5 - attempt} more wrong PIN(s) lock this badge." in err
        assert split_audit(row_counts(database)) == (rest, events + 1)
    status, _, err = run_cli(monkeypatch, capsys, argv, "0000\n")
    assert status == 2
    assert "sam's badge is locked after 5 wrong PINs. A supervisor can unlock it" in err
    # Locked: even the right PIN is refused now, with the same message and one more audit row.
    rest, events = split_audit(row_counts(database))
    status, _, err = run_cli(monkeypatch, capsys, argv, "1357\n")
    assert (status, "badge is locked" in err) == (2, True)
    assert split_audit(row_counts(database)) == (rest, events + 1)
    assert audit_actions(database)[-3:] == [
        ("sam", "auth.failed", "wrong PIN"),
        ("sam", "auth.badge_locked", ""),
        ("sam", "auth.refused", "badge locked"),
    ]
    # A supervisor unlocks it from the command line; then sam is in again.
    flag, pin = as_person("ada")
    status, out, _ = run_cli(monkeypatch, capsys, ["users", "unlock", "sam", *flag], pin)
    assert (status, out.strip()) == (0, "sam: unlock done")
    status, out, _ = run_cli(monkeypatch, capsys, argv, "1357\n")
    assert (status, out.strip()) == (0, "nothing waits for approval")
    database.dispose()


def test_a_disabled_or_unknown_badge_and_an_empty_pin_are_refused_clearly(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_command_line_people()
    station = open_station(Settings())
    station.change_shift(user=User("ada", Role.ADMIN))
    users.set_disabled(station, users.find(station, "sam").id, disabled=True)
    station.close()
    database = db()
    for argv, stdin, message in (
        (
            ["report", "--as", "B-SAM-02"],
            "1357\n",
            "sam's badge is disabled. Ask an administrator.",
        ),
        (["report", "--as", "B-NOBODY"], "1357\n", "Badge B-NOBODY is not known at this station"),
        (["report", "--as", "B-ADA-03"], "\n", "Type your PIN (4 to 12 digits)"),
        (["report", "--as", "B\x07ADA"], "9090\n", "control characters"),
    ):
        rest, events = split_audit(row_counts(database))
        status, out, err = run_cli(monkeypatch, capsys, argv, stdin)
        assert (status, out) == (2, "")
        assert message in err
        assert split_audit(row_counts(database)) == (rest, events + 1)  # the attempt's row
    # No PIN at all on standard input: nothing to try, so nothing is recorded.
    before = row_counts(database)
    status, _, err = run_cli(monkeypatch, capsys, ["report", "--as", "B-ADA-03"], "")
    assert status == 2
    assert "Nothing to read for 'PIN for B-ADA-03' on standard input." in err
    assert row_counts(database) == before
    database.dispose()


def test_a_role_too_low_is_refused_after_the_sign_in_is_recorded(
    station_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    seed_command_line_people()
    database = db()
    rest, events = split_audit(row_counts(database))
    flag, pin = as_person("maria")
    status, out, err = run_cli(
        monkeypatch, capsys, ["photos", "purge", "--older-than", "9", *flag], pin
    )
    assert (status, out) == (2, "")
    assert (
        "'inspect-station photos purge' needs the admin role; maria is signed in as operator."
        in err
    )
    assert split_audit(row_counts(database)) == (rest, events + 1)
    assert audit_actions(database)[-1] == ("maria", "auth.signed_in", "")
    database.dispose()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_the_pin_is_asked_without_echo(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_command_line_people()
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return "1357"

    monkeypatch.setattr("sys.stdin", Terminal(""))
    monkeypatch.setattr("getpass.getpass", getpass)
    assert main(["approvals", "list", "--as", "B-SAM-02"]) == 0
    assert asked == ["PIN for B-SAM-02: "]
    assert "nothing waits for approval" in capsys.readouterr().out
    database = db()
    with database.read() as session:
        sam = session.scalars(select(UserRow).where(UserRow.name == "sam")).one()
        assert sam.last_sign_in_at is not None
    database.dispose()
