"""Database chores: is it there (``db check``), schema upgrades, and manifest imports (a
supervisor, signed in)."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, TimeoutError

from db import migrate
from db.engine import Database
from db.outage import Outage, classify
from db.types import utcnow
from inspect_station.app.errors import DatabaseUnavailable, SchemaTooNew
from inspect_station.app.health import AT_BENCH, ON_COMMAND, DatabaseHealth, Reach, unavailable
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.app.startup import offline_database_path
from inspect_station.audit.grants import grant_sql
from inspect_station.bench.manifest import import_manifest
from inspect_station.bench.manifest_csv import COLUMNS
from inspect_station.commands.signing import needs, signed_in
from inspect_station.offline.twin import OfflineBench
from inspect_station.people.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db_cmd = sub.add_parser("db", help="database chores")
    db_sub = db_cmd.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser(
        "check", help="does the database answer, and in time? exit 1 if not"
    ).set_defaults(run=_check)
    db_sub.add_parser("upgrade", help="bring the schema up to date").set_defaults(run=_upgrade)
    db_sub.add_parser("current", help="print the schema revision").set_defaults(run=_current)
    grants = db_sub.add_parser("grants", help="print the SQL that limits the benches' role")
    grants.add_argument("--role", default="inspect_station", help="the role benches use")
    grants.add_argument("--database", help="default: the configured database's name")
    grants.set_defaults(run=_grants)
    imp = sub.add_parser(
        "import-returns",
        help="load expected returns from a CSV manifest",
        description=textwrap.fill(
            "Load expected returns from a UTF-8 CSV manifest, one row per return line; rows "
            "with the same RMA form one return. The whole file is checked first: one bad row "
            "refuses it, naming the row and the column, and nothing is written. Known RMAs "
            "are skipped (withdrawal facts they lacked are filled in).",
            78,
        ),
        epilog=manifest_columns(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, help="the manifest (.csv)")
    needs(imp, Role.SUPERVISOR)
    imp.set_defaults(run=_import_returns)


def manifest_columns() -> str:
    """The manifest's columns and what each holds, for ``import-returns --help``."""
    width = max(len(name) for name in COLUMNS)
    lines = ["columns (in any order; only the required ones must be there):"]
    for name, meaning in COLUMNS.items():
        wrapped = textwrap.wrap(meaning, 76 - width)
        lines.append(f"  {name:<{width}}  {wrapped[0]}")
        lines += [f"  {'':<{width}}  {more}" for more in wrapped[1:]]
    return "\n".join(lines)


def _check(args: argparse.Namespace, config: Settings) -> int:
    """What the status bar says about the database, said once on the command line."""
    database = Database.from_url(config.resolved_database_url, timeouts=config.timeouts)
    try:
        waiting = _waiting_here(database)
        if waiting:
            print(
                _("{waiting} unit(s) finished at this bench wait to be sent.").format(
                    waiting=waiting
                )
            )
        health = DatabaseHealth(database, clock=utcnow).probe_once()
        if health.reach is Reach.UNREACHABLE:
            then = AT_BENCH if waiting else ON_COMMAND
            print(unavailable(health.host, health.since, Outage.UNREACHABLE, 0, then=then))
            return 1
        latency = f"{(health.latency_s or 0) * 1000:.0f} ms"
        if health.reach is Reach.SLOW:
            print(
                _("The database on {host} answers slowly ({latency}): {where}.").format(
                    host=health.host, latency=latency, where=health.where
                )
            )
            return 1
        revision = migrate.check_known(database.engine)
        schema = f"schema {revision}" if revision else "an empty database"
        if revision != migrate.head_revision():
            schema += f" (this station upgrades it to {migrate.head_revision()} when it starts)"
        print(
            _("The database on {host} answers in {latency}: {where}, {schema}.").format(
                host=health.host, latency=latency, where=health.where, schema=schema
            )
        )
        return 0
    except migrate.SchemaNewerThanStation as exc:
        raise SchemaTooNew(str(exc)) from exc
    except (OperationalError, TimeoutError) as exc:
        outage = classify(exc) or Outage.UNREACHABLE
        limit = database.timeouts.statement
        print(unavailable(database.host, utcnow(), outage, limit, then=ON_COMMAND))
        return 1
    finally:
        database.dispose()


def _waiting_here(database: Database) -> int:
    """Units this bench finished offline that still wait to be sent (0 without an offline
    database)."""
    path = offline_database_path(database)
    if not path.exists():
        return 0
    local = Database.from_url(f"sqlite:///{path}")
    try:
        if not inspect(local.engine).has_table("audit_events"):
            return 0
        return OfflineBench(local, clock=utcnow).count()
    finally:
        local.dispose()


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
    database = Database.from_url(config.resolved_database_url, timeouts=config.timeouts)
    try:
        yield database
    except migrate.SchemaNewerThanStation as exc:
        raise SchemaTooNew(str(exc)) from exc
    except (OperationalError, TimeoutError) as exc:
        outage = classify(exc) or Outage.UNREACHABLE
        words = unavailable(
            database.host, utcnow(), outage, database.timeouts.statement, then=ON_COMMAND
        )
        raise DatabaseUnavailable(words, outage=outage) from exc
    finally:
        database.dispose()


def _import_returns(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        result = import_manifest(station, args.file)
    filled = (
        _(" ({updated} with withdrawal facts filled in)").format(updated=result.updated)
        if result.updated
        else ""
    )
    print(
        _(
            "{created} expected returns imported ({lines} lines), {skipped} already known{filled}"
        ).format(created=result.created, lines=result.lines, skipped=result.skipped, filled=filled)
    )
    return 0
