"""Small helpers the tests share (not fixtures)."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from db.engine import Database
from db.models.base import Base
from inspect_station.app.context import Station
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.cli import main
from inspect_station.people import auth, users


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table: the "nothing was written" check."""
    with db.read() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


# People of the test stations: the operator is the ``station`` fixture's ``maria``.
PEOPLE = {
    "maria": ("B-MARIA-01", "operator", "2468"),
    "sam": ("B-SAM-02", "supervisor", "1357"),
    "ada": ("B-ADA-03", "admin", "9090"),
}


def seed_people(station: Station, names: tuple[str, ...] = ("maria", "sam", "ada")) -> None:
    """Add the test users (a database without users only)."""
    users.seed(
        station, [users.check_new_user(n, PEOPLE[n][0], PEOPLE[n][1], PEOPLE[n][2]) for n in names]
    )


def sign_in_as(station: Station, name: str) -> None:
    badge, _role, pin = PEOPLE[name]
    auth.sign_in(station, badge, pin)


AUDIT_TABLES = ("audit_events", "audit_chain", "audit_pending")


def split_audit(counts: dict[str, int]) -> tuple[dict[str, int], int]:
    """(counts of everything but the audit trail, audit events): an audit event comes with
    its link in the chain, so "only the audit row" means these two tables."""
    rest = {k: v for k, v in counts.items() if k not in AUDIT_TABLES}
    return rest, counts["audit_events"]


def seed_command_line_people(names: tuple[str, ...] = ("maria", "sam", "ada")) -> None:
    """:func:`seed_people` on the database the command line opens (the default settings)."""
    station = open_station(Settings())
    try:
        seed_people(station, names)
    finally:
        station.close()


def run_cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    stdin: str = "",
) -> tuple[int, str, str]:
    """``inspect-station ARGV`` with ``stdin`` as standard input: (status, out, err)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def as_person(name: str) -> tuple[list[str], str]:
    """The ``--as`` arguments and the PIN line of a command run by ``name``."""
    badge, _role, pin = PEOPLE[name]
    return ["--as", badge], f"{pin}\n"


def drop_role(url: str, role: str) -> None:
    """Drop a PostgreSQL role a test made, with its grants on ``url``'s database (if any)."""
    engine = create_engine(url)
    database = make_url(url).database
    try:
        with engine.begin() as conn:
            if not conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}
            ).first():
                return
            for statement in (
                f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
                f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {role}",
                f"REVOKE ALL ON SCHEMA public FROM {role}",
                f"REVOKE ALL ON DATABASE {database} FROM {role}",
                f"DROP ROLE {role}",
            ):
                conn.execute(text(statement))
    finally:
        engine.dispose()
