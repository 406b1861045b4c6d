"""The ``inspect-station`` command: the station's window by default, and its chores.

The window is a front end found through the ``inspect_station.frontends`` entry point, so the
core never imports the UI package. Each subcommand lives in ``inspect_station/commands/``; only
the chosen one's module is imported (``commands/registry.py``), so ``--help`` and the light
commands start without loading the database layer, the window or the label renderers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path

from inspect_station.app import i18n, site
from inspect_station.app.errors import KnownError
from inspect_station.commands import registry


def _parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: only the chosen command's module is imported. Without ``argv``
    every command is registered in full (for tools and tests that walk every option)."""
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
        help="the settings file of the station to act on, over the site's files in "
        "/etc/inspect-station (default: settings.toml in the user's config folder, or in "
        "$INSPECT_STATION_HOME)",
    )
    station.add_argument(
        "--demo",
        action="store_true",
        help="act on the demo station (its database, photos and labels under the data "
        "folder's demo/), as in: --demo users list --as DEMO-ADMIN",
    )
    parser.add_argument(
        "--language",
        choices=sorted(i18n.LANGUAGES),
        help="the language to speak this time (default: the settings', else the system's)",
    )
    parser.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    sub = parser.add_subparsers(dest="command")
    if argv is None:
        registry.register_all(sub)
    else:
        registry.register(sub, argv)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    args = _parser(words).parse_args(words)
    try:
        config = site.load(args.config).settings
        if args.language:
            config = config.replace(language=args.language)
        i18n.activate(i18n.resolve(config.language))
        if args.demo:
            demo = import_module("inspect_station.commands.station")
            config = demo.demo_station(config, preparing=args.command == "demo")
        if args.command is None:
            station = import_module("inspect_station.commands.station")
            status: int = station.launch_gui(config, exit_when_ready=args.exit_when_ready)
            return status
        status = args.run(args, config)
        return status
    except KnownError as exc:
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
