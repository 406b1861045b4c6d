"""Rule versions in the database: loading, keeping the last good one, activating (admin)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.engine import Database
from db.models.audit import AuditEvent
from db.models.grading import RuleVersion, UnitAssessment
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, NotAllowed
from inspect_station.app.resources import resource
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection
from inspect_station.people.roles import Role, User
from inspect_station.rules import rulebook
from tests.conftest import FakeClock
from tests.helpers import row_counts, split_audit
from tests.inspect_station.returns import add_return, open_rma

DEFAULT = resource("rules.toml").read_text(encoding="utf-8")


def edited(tmp_path: Path, old: str, new: str, name: str = "rules.toml") -> Path:
    assert old in DEFAULT
    path = tmp_path / name
    path.write_text(DEFAULT.replace(old, new, 1), encoding="utf-8")
    return path


def routed_by(db: Database, inspection_id: object) -> int | None:
    """The rules version a finished unit was routed by."""
    with db.read() as session:
        kept = session.get(UnitAssessment, inspection_id)
        assert kept is not None
        return kept.rule_version_id


def versions(db: Database) -> list[tuple[int, bool]]:
    with db.read() as session:
        rows = session.scalars(select(RuleVersion).order_by(RuleVersion.id)).all()
        return [(r.id, r.activated_at is not None) for r in rows]


def test_the_default_file_is_version_1_and_loaded_once(
    station: Station, settings: Settings, database: Database, clock: FakeClock
) -> None:
    assert station.rules.number == 1
    assert station.rules_problem is None
    again = open_station(settings, database=database, clock=clock)
    assert again.rules.number == 1
    assert len(versions(database)) == 1


def test_the_first_start_activates_the_configured_file_whatever_it_says(
    settings: Settings, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    path = edited(tmp_path, "min_value = 25", "min_value = 30")
    first = open_station(settings.replace(rules_file=str(path)), database=database, clock=clock)
    assert (first.rules.number, first.rules_file_version) == (1, 1)
    assert rulebook.notice(first) is None
    assert rulebook.status(first) == ("Rules v1", "ok")
    assert [(v.number, v.active, v.activated_by) for v in rulebook.versions(first)] == [
        (1, True, "maria")
    ]


def test_a_changed_file_at_start_waits_for_an_admin(
    station: Station, settings: Settings, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    path = edited(tmp_path, "min_value = 25", "min_value = 30")
    clock.advance(60)
    rest, events = split_audit(row_counts(database))
    changed = open_station(settings.replace(rules_file=str(path)), database=database, clock=clock)
    # Stored as version 2 with its audit row, but every bench still routes by version 1.
    after = row_counts(database)
    assert (after["rule_versions"], split_audit(after)[1]) == (2, events + 1)
    assert (changed.rules.number, changed.rules_file_version) == (1, 2)
    assert versions(database) == [(1, True), (2, False)]
    with database.read() as session:
        recorded = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert recorded is not None
    assert (recorded.action, recorded.entity_id, recorded.detail["active"]) == (
        "rules.recorded",
        "2",
        False,
    )
    assert rulebook.notice(changed) == (
        "This bench routes by rules version 1. Its rule file is version 2, not active: an "
        "admin activates it with "
        "'inspect-station rules activate --version 2 --as BADGE'."
    )
    assert rulebook.status(changed) == ("Rules v1 · v2 not active", "warn")
    add_return(changed, "RMA-T-000100", [("AP-1", "apparel", "20", 1)])
    done = inspection.finish(changed, open_rma(changed, "RMA-T-000100"), grade="D")
    assert routed_by(database, done.inspection.id) == 1
    # Starting again with the same file records nothing more.
    before = row_counts(database)
    again = open_station(settings.replace(rules_file=str(path)), database=database, clock=clock)
    assert row_counts(database) == before
    assert (again.rules.number, again.rules_file_version) == (1, 2)
    # A file that is an older version (here the default, version 1) only names it.
    assert rest["rule_versions"] == 1
    default = open_station(settings, database=database, clock=clock)
    assert row_counts(database) == before
    assert (default.rules.number, default.rules_file_version) == (1, 1)


def test_an_admin_activates_the_waiting_version_and_every_bench_follows(
    station: Station, settings: Settings, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    path = edited(tmp_path, "min_value = 25", "min_value = 30")
    changed = open_station(settings.replace(rules_file=str(path)), database=database, clock=clock)
    for role in (Role.OPERATOR, Role.SUPERVISOR):
        changed.change_shift(user=User("kim", role))
        before = row_counts(database)
        with pytest.raises(NotAllowed, match="Activating routing rules needs the admin role"):
            rulebook.activate_version(changed, 2)
        assert row_counts(database) == before
    changed.change_shift(user=User("ada", Role.ADMIN))
    clock.advance(60)
    version = rulebook.activate_version(changed, 2)
    assert (version.number, version.active, version.activated_by) == (2, True, "ada")
    assert version.activated_at == clock()
    assert rulebook.notice(changed) is None
    assert rulebook.status(changed) == ("Rules v2", "ok")
    # Activating what is already active changes and records nothing.
    before = row_counts(database)
    assert rulebook.activate_version(changed, 2).number == 2
    assert rulebook.activate(changed, path).number == 2
    assert row_counts(database) == before
    # The bench still on the default file learns of it at its next finish; its own file is
    # now the one that is not active.
    assert station.rules.number == 1
    add_return(station, "RMA-T-000100", [("AP-1", "apparel", "20", 1)])
    done = inspection.finish(station, open_rma(station, "RMA-T-000100"), grade="D")
    assert (station.rules.number, routed_by(database, done.inspection.id)) == (2, 2)
    assert rulebook.status(station) == ("Rules v2 · v1 not active", "warn")
    changed.change_shift(user=User("ada", Role.ADMIN))
    with pytest.raises(BadInput, match="There is no rules version 7"):
        rulebook.activate_version(changed, 7)


BAD_FILES = [
    ('route = "quarantine"\nwhy = "product', 'colour = "red"\nroute = "quarantine"\nwhy = "product',
     "unknown field 'colour'"),
    ('grade = ["X"]', 'grade = ["Z"]', "'Z' is not in the grading scale"),
    ('extends = "worn"', 'extends = "worn-cheap-apparel"', "circular 'extends'"),
    ('id = "like-new"\ngrade = ["A"]', 'id = "like-new"\ngrade = ["A", "B"]',
     "rule opened-apparel-footwear can never fire"),
    ("min_value = 25", "min_value = -25", "is a negative price"),
]  # fmt: skip


def test_a_bad_configured_file_keeps_the_last_good_version_and_writes_nothing(
    station: Station, settings: Settings, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    for old, new, message in BAD_FILES:
        path = edited(tmp_path, old, new)
        before = row_counts(database)
        bad = open_station(settings.replace(rules_file=str(path)), database=database, clock=clock)
        assert row_counts(database) == before
        assert bad.rules.number == 1
        assert bad.rules_problem is not None
        assert message in bad.rules_problem
        assert "line " in bad.rules_problem
        assert "keeps the last good rules, version 1" in bad.rules_problem


def test_a_bad_file_on_a_new_database_stops_the_station(
    settings: Settings, database: Database, tmp_path: Path
) -> None:
    path = edited(tmp_path, "min_value = 25", "min_value = -25")
    with pytest.raises(BadInput, match="negative price"):
        open_station(settings.replace(rules_file=str(path)), database=database)
    assert row_counts(database)["rule_versions"] == 0


def test_only_an_admin_activates_rules(station: Station, tmp_path: Path) -> None:
    path = edited(tmp_path, "min_value = 25", "min_value = 30")
    for role in (Role.OPERATOR, Role.SUPERVISOR):
        station.change_shift(user=User("kim", role))
        before = row_counts(station.db)
        with pytest.raises(NotAllowed, match="Activating routing rules needs the admin role"):
            rulebook.activate(station, path)
        assert row_counts(station.db) == before
        assert station.rules.number == 1


def test_an_admin_activates_a_new_version_and_can_go_back(
    station: Station, clock: FakeClock, tmp_path: Path
) -> None:
    station.change_shift(user=User("ada", Role.ADMIN))
    path = edited(tmp_path, "min_value = 25", "min_value = 30")
    clock.advance(60)
    version = rulebook.activate(station, path)
    assert (version.number, version.active, version.activated_by) == (2, True, "ada")
    assert station.rules.number == 2
    clock.advance(60)
    back = rulebook.activate(station, resource("rules.toml"))
    assert back.number == 1
    assert [(v.number, v.active) for v in rulebook.versions(station)] == [(2, False), (1, True)]
    with station.db.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "rules.activated")
        ).all()
    assert [(a.actor, a.entity_id) for a in audit] == [("ada", "2"), ("ada", "1")]


def test_activating_a_bad_file_is_refused_with_its_line_and_writes_nothing(
    station: Station, tmp_path: Path
) -> None:
    station.change_shift(user=User("ada", Role.ADMIN))
    for old, new, message in BAD_FILES:
        path = edited(tmp_path, old, new)
        before = row_counts(station.db)
        with pytest.raises(BadInput, match=message) as raised:
            rulebook.activate(station, path)
        assert str(path) in str(raised.value)
        assert "line " in str(raised.value)
        assert row_counts(station.db) == before
        assert station.rules.number == 1
