"""The ``inspect-station`` command: the station's window by default, and its chores.

The window is a front end found through the ``inspect_station.frontends`` entry point, so the
core never imports the UI package. Each subcommand lives in ``inspect_station/commands/``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from inspect_station.app import site
from inspect_station.app.errors import KnownError
from inspect_station.commands.registry import register_all
from inspect_station.commands.station import launch_gui


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspect-station",
        description="Returns inspection bench: scan, photograph, grade, route, label.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="the user's settings file, over the site's files in /etc/inspect-station",
    )
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    register_all(parser.add_subparsers(dest="command"))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        config = site.load(args.config).settings
        if args.command is None:
            return launch_gui(config, exit_when_ready=args.exit_when_ready)
        status: int = args.run(args, config)
        return status
    except KnownError as exc:
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
