"""The ``inspect-station`` command: the station's window by default, and its chores.

The window is a front end found through the ``inspect_station.frontends`` entry point, so the
core never imports the UI package. Each subcommand lives in ``inspect_station/commands/``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from inspect_station.app import i18n, settings
from inspect_station.app.errors import KnownError
from inspect_station.commands.registry import register_all
from inspect_station.commands.station import launch_gui


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspect-station",
        description="Returns inspection bench: scan, photograph, grade, route, label.",
    )
    parser.add_argument("--config", type=Path, help="settings file (default: the user's)")
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        help="the language to speak this time (default: the settings', else the system's)",
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
        if args.language:
            config = config.replace(language=args.language)
        i18n.activate(i18n.resolve(config.language))
        if args.command is None:
            return launch_gui(config, exit_when_ready=args.exit_when_ready)
        status: int = args.run(args, config)
        return status
    except KnownError as exc:
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
