"""The registry of the ``inspect-station`` subcommands.

Each command module has ``register(sub)``: it adds its parsers to the subparsers object and sets
``run=handler`` on each, where ``handler(args, config) -> int`` is the exit status.
"""

from __future__ import annotations

import argparse
from importlib import import_module
from typing import Protocol

from inspect_station.app.settings import Settings

# Listed here so that the order of ``--help`` is stable and nothing registers at import time.
MODULES = (
    "inspect_station.commands.station",
    "inspect_station.commands.database",
    "inspect_station.commands.printers",
    "inspect_station.commands.grading",
    "inspect_station.commands.photos",
    "inspect_station.commands.decode",
    "inspect_station.commands.auth",
    "inspect_station.commands.desk",
    "inspect_station.commands.site_settings",
)


class Handler(Protocol):
    def __call__(self, args: argparse.Namespace, config: Settings) -> int: ...


def register_all(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for name in MODULES:
        import_module(name).register(sub)
