"""The ``inspect-station`` command: the station's window by default, and its chores.

The window is a front end found through the ``inspect_station.frontends`` entry point, so the
core never imports the UI package.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from collections.abc import Sequence
from importlib.metadata import entry_points
from pathlib import Path

from sqlalchemy.exc import OperationalError

from db import migrate
from db.engine import Database
from db.types import utcnow
from inspect_station import demo, settings
from inspect_station.errors import DatabaseUnavailable, KnownError, SchemaTooNew
from inspect_station.importer import import_csv
from inspect_station.settings import Settings
from inspect_station.station import open_database


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspect-station",
        description="Returns inspection bench: scan, photograph, grade, route, label.",
    )
    parser.add_argument("--config", type=Path, help="settings file (default: the user's)")
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("gui", help="open the station window (the default)")
    demo_cmd = sub.add_parser("demo", help="a demo station: sample returns, video camera")
    demo_cmd.add_argument("--reset", action="store_true", help="start the demo from scratch")
    demo_cmd.add_argument("--no-gui", action="store_true", help="prepare the demo, then stop")
    demo_cmd.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    db_cmd = sub.add_parser("db", help="database chores")
    db_sub = db_cmd.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="bring the schema up to date")
    db_sub.add_parser("current", help="print the schema revision")
    imp = sub.add_parser("import-returns", help="load expected returns from a CSV manifest")
    imp.add_argument("file", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = settings.load(args.config)
        return _run(args, config)
    except KnownError as exc:
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace, config: Settings) -> int:
    if args.command in (None, "gui"):
        return launch_gui(config, exit_when_ready=args.exit_when_ready)
    if args.command == "demo":
        return _demo(config, reset=args.reset, gui=not args.no_gui, quick=args.exit_when_ready)
    if args.command == "db":
        return _db(config, args.db_command)
    if args.command == "import-returns":
        database = open_database(config.resolved_database_url)
        try:
            result = import_csv(database, args.file)
        finally:
            database.dispose()
        print(
            f"{result.created} expected returns imported ({result.lines} lines), "
            f"{result.skipped} already known"
        )
        return 0
    raise AssertionError(args.command)  # argparse allows nothing else


def _db(config: Settings, command: str) -> int:
    database = Database.from_url(config.resolved_database_url)
    try:
        if command == "upgrade":
            backup = migrate.upgrade(database.engine)
            print(f"schema at {migrate.current_revision(database.engine)}")
            if backup:
                print(f"backup of the previous database: {backup}")
        else:
            print(migrate.current_revision(database.engine) or "empty database")
    except migrate.SchemaNewerThanStation as exc:
        raise SchemaTooNew(str(exc)) from exc
    except OperationalError as exc:
        raise DatabaseUnavailable(f"{database.describe()} is unreachable: {exc.orig}") from exc
    finally:
        database.dispose()
    return 0


def _demo(config: Settings, *, reset: bool, gui: bool, quick: bool) -> int:
    root = settings.data_dir() / "demo"
    if reset and root.exists():
        shutil.rmtree(root)
    demo_config = demo.demo_settings(config, root)
    database = open_database(demo_config.resolved_database_url)
    today = utcnow().astimezone().date()
    try:
        result = demo.seed(database, today=today)
    finally:
        database.dispose()
    print(f"demo station in {root}")
    print(f"  expected returns: {result.created or result.skipped}")
    print(f"  camera: {demo_config.camera_source}")
    print(f"  labels: {demo_config.resolved_labels_dir}")
    print(f"  scan RMA-{today.year}-000001 (or an order number, tracking number or EAN)")
    if not gui:
        return 0
    return launch_gui(demo_config, exit_when_ready=quick)


def launch_gui(config: Settings, *, exit_when_ready: bool = False) -> int:
    frontends = entry_points(group="inspect_station.frontends", name="gui")
    if not frontends:
        raise KnownError("The station's window is not installed (no 'gui' front end).")
    run = next(iter(frontends)).load()
    result: int = run(config, exit_when_ready=exit_when_ready)
    return result


if __name__ == "__main__":
    sys.exit(main())
