"""The registry of the ``inspect-station`` subcommands, light enough to build ``--help`` from.

Each command module has ``register(sub)``: it adds its parsers to the subparsers object and sets
``run=handler`` on each, where ``handler(args, config) -> int`` is the exit status. Importing a
module brings in what its commands need (the database, the window's start-up, the decoders),
so the top-level parser is built from :data:`COMMANDS` alone, and only the module of the
command chosen on the command line is imported: ``inspect-station --help`` imports no command
module at all, ``inspect-station decode`` only the decoders. A test checks that every module
registers exactly the names and help lines listed here.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import Protocol

from inspect_station.app.settings import Settings


@dataclass(frozen=True)
class Command:
    name: str
    module: str
    help: str


_STATION = "inspect_station.commands.station"
_DATABASE = "inspect_station.commands.database"
_PRINTERS = "inspect_station.commands.printers"
_GRADING = "inspect_station.commands.grading"
_AUTH = "inspect_station.commands.auth"
# In the order ``--help`` lists them.
COMMANDS = (
    Command("gui", _STATION, "open the station window (the default)"),
    Command("demo", _STATION, "a demo station: sample returns, video camera"),
    Command("db", _DATABASE, "database chores"),
    Command("import-returns", _DATABASE, "load expected returns from a CSV manifest"),
    Command("print-test", _PRINTERS, "print a test label to check a printer"),
    Command("printers", _PRINTERS, "the printers in the settings and their state"),
    Command("rules", _GRADING, "routing rules: check, show, simulate, activate"),
    Command("approvals", _GRADING, "recommendations waiting for a supervisor"),
    Command("import-catalogue", _GRADING, "load SKU flags from a CSV file"),
    Command("photos", "inspect_station.commands.photos", "photo store chores"),
    Command(
        "decode",
        "inspect_station.commands.decode",
        "print the barcodes in image files as JSON lines (one per image)",
    ),
    Command(
        "resolve",
        "inspect_station.commands.resolve",
        "how the station reads scanned codes: JSON lines (one per code)",
    ),
    Command("users", _AUTH, "who may sign in: add, list, disable, reset PINs"),
    Command("audit", _AUTH, "the hash-chained audit trail"),
    Command("report", "inspect_station.commands.desk", "write the daily PDF report"),
    Command("outbox", "inspect_station.commands.outbox", "outcomes on their way to the shops"),
    Command(
        "evidence",
        "inspect_station.commands.evidence",
        "write the evidence PDF of a return a customer can read",
    ),
    Command(
        "settings",
        "inspect_station.commands.site_settings",
        "the settings in effect: the site's, the bench's, the user's",
    ),
)
# The top-level options that take a value, so the command after them can be found.
OPTIONS_WITH_VALUE = ("--config", "--language")


class Handler(Protocol):
    def __call__(self, args: argparse.Namespace, config: Settings) -> int: ...


def chosen(argv: Sequence[str]) -> Command | None:
    """The command ``argv`` names, found without importing anything: the first word that is
    not a top-level option or an option's value."""
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return next((c for c in COMMANDS if c.name == word), None)
    return None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser], argv: Sequence[str]) -> None:
    """Add every command to ``sub``: the chosen one's module registers its commands in full;
    the others are names and help lines only (their arguments are read when they are chosen)."""
    command = chosen(argv)
    loaded = False
    for entry in COMMANDS:
        if command is None or entry.module != command.module:
            sub.add_parser(entry.name, help=entry.help)
        elif not loaded:
            import_module(entry.module).register(sub)
            loaded = True


def register_all(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Every module's commands in full (tests, and tools that list every option)."""
    for module in dict.fromkeys(entry.module for entry in COMMANDS):
        import_module(module).register(sub)
