"""The ``inspect-station`` command: the station's window by default, and its chores.

The window is a front end found through the ``inspect_station.frontends`` entry point, so the
core never imports the UI package. Each subcommand lives in ``inspect_station/commands/``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from inspect_station.app import settings
from inspect_station.app.errors import KnownError
from inspect_station.commands.registry import register_all
from inspect_station.commands.station import demo_station, launch_gui


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspect-station",
        description="Returns inspection bench: scan, photograph, grade, route, label.",
        epilog=(
            "Options before the command choose the station it acts on: the user's own by "
            "default, another with --config FILE (e.g. inspect-station --config bench.toml "
            "users list --as BADGE), the demo station with --demo (prepare it first with "
            "'inspect-station demo --no-gui')."
        ),
    )
    station = parser.add_mutually_exclusive_group()
    station.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="the settings file of the station to act on (default: settings.toml in the "
        "user's config folder, or in $INSPECT_STATION_HOME)",
    )
    station.add_argument(
        "--demo",
        action="store_true",
        help="act on the demo station (its database, photos and labels under the data "
        "folder's demo/), as in: --demo users list --as DEMO-ADMIN",
    )
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    register_all(parser.add_subparsers(dest="command"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = settings.load(args.config)
        if args.demo:
            config = demo_station(config, preparing=args.command == "demo")
        if args.command is None:
            return launch_gui(config, exit_when_ready=args.exit_when_ready)
        status: int = args.run(args, config)
        return status
    except KnownError as exc:
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
