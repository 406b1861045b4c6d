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
    imp = sub.add_parser(
        "import-returns",
        help="load expected returns from a CSV manifest",
        description=MANIFEST_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("file", type=Path, help="the manifest: a UTF-8 CSV with a header row")
    needs(imp, Role.SUPERVISOR)
    imp.set_defaults(run=_import_returns)


MANIFEST_HELP = """Load expected returns from a CSV manifest: UTF-8, a header row, one row per
return line. Rows with the same rma are one return; a return already known is skipped.

Required columns:
  rma                   the return's number (RMA slip)
  order_number          the shop's order number
  sku                   the item's SKU
  quantity              units of this line, a whole number from 1
  unit_price            the price paid per unit, e.g. 49.95
Optional columns:
  tracking_number       the carrier's tracking number of the parcel coming back
  carrier               the carrier's name
  customer_email        the customer's e-mail address (also a scan at the bench finds it)
  customer_name         the customer's name, as the bench shows it when choosing a return
  return_type           refund (default), exchange or warranty
  reason                the customer's stated reason
  delivered_on          the day the order was delivered, YYYY-MM-DD
  withdrawal_notice_on  the day of the customer's withdrawal notice, YYYY-MM-DD (the
                        refund is due a fixed number of days after it)
  ean                   the item's EAN/UPC/GTIN (check digit verified)
  description           the item in words, as the bench shows it
  category              the grading category (apparel, footwear, electronics, ...)
  serial_number         the unit's own serial number, when the shop knows it

A row with a problem refuses the whole file with the row and the reason; nothing is written.
"""


def _upgrade(args: argparse.Namespace, config: Settings) -> int:
    with _database(config) as database:
        backup = migrate.upgrade(database.engine)
        print(f"schema at {migrate.current_revision(database.engine)}")
        if backup:
            print(f"backup of the previous database: {backup}")
    return 0


def _current(args: argparse.Namespace, config: Settings) -> int:
    with _database(config) as database:
        print(migrate.current_revision(database.engine) or "empty database")
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
        raise DatabaseUnavailable(f"{database.describe()} is unreachable: {exc.orig}") from exc
    finally:
        database.dispose()


def _import_returns(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        result = import_manifest(station, args.file)
    print(
        f"{result.created} expected returns imported ({result.lines} lines), "
        f"{result.skipped} already known"
    )
    return 0
