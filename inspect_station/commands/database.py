"""Database chores: schema upgrades and manifest imports (a supervisor, signed in)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from db import migrate
from db.engine import Database
from inspect_station.app.errors import DatabaseUnavailable, SchemaTooNew
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.audit.grants import grant_sql
from inspect_station.bench.manifest import import_manifest
from inspect_station.commands.signing import needs, signed_in
from inspect_station.people.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db_cmd = sub.add_parser("db", help="database chores")
    db_sub = db_cmd.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="bring the schema up to date").set_defaults(run=_upgrade)
    db_sub.add_parser("current", help="print the schema revision").set_defaults(run=_current)
    grants = db_sub.add_parser("grants", help="print the SQL that limits the benches' role")
    grants.add_argument("--role", default="inspect_station", help="the role benches use")
    grants.add_argument("--database", help="default: the configured database's name")
    grants.set_defaults(run=_grants)
    imp = sub.add_parser("import-returns", help="load expected returns from a CSV manifest")
    imp.add_argument("file", type=Path)
    needs(imp, Role.SUPERVISOR)
    imp.set_defaults(run=_import_returns)


def _upgrade(args: argparse.Namespace, config: Settings) -> int:
    with _database(config) as database:
        backup = migrate.upgrade(database.engine)
        print(
            _("schema at {current_revision}").format(
                current_revision=migrate.current_revision(database.engine)
            )
        )
        if backup:
            print(_("backup of the previous database: {backup}").format(backup=backup))
    return 0


def _current(args: argparse.Namespace, config: Settings) -> int:
    with _database(config) as database:
        print(migrate.current_revision(database.engine) or _("empty database"))
    return 0


def _grants(args: argparse.Namespace, config: Settings) -> int:
    name = args.database or make_url(config.resolved_database_url).database or ""
    print(grant_sql(args.role, name), end="")
    return 0


@contextmanager
def _database(config: Settings) -> Iterator[Database]:
    """The configured database without migrating it, its faults turned into clear errors."""
    database = Database.from_url(config.resolved_database_url)
    try:
        yield database
    except migrate.SchemaNewerThanStation as exc:
        raise SchemaTooNew(str(exc)) from exc
    except OperationalError as exc:
        raise DatabaseUnavailable(
            _("{database} is unreachable: {orig}").format(
                database=database.describe(), orig=exc.orig
            )
        ) from exc
    finally:
        database.dispose()


def _import_returns(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        result = import_manifest(station, args.file)
    print(
        _("{created} expected returns imported ({lines} lines), {skipped} already known").format(
            created=result.created, lines=result.lines, skipped=result.skipped
        )
    )
    return 0
