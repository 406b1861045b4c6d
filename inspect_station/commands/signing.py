"""Signing in on the command line, shared by every command that acts as a person.

A command that needs a role declares it with :func:`needs` (which adds ``--as BADGE``); its
handler opens the station with :func:`signed_in`. The PIN is asked without echo on a terminal,
or read as one line from standard input when that is not a terminal (scripts). Signing in goes
through ``auth.sign_in`` exactly as at a bench: a wrong PIN counts toward the badge lock, every
attempt is an audit row, and the person becomes ``station.user``, so the services' own role
checks apply and audit rows name them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.people import auth, roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class SignInNeeded(BadInput):
    """A command that acts as a person was run without ``--as BADGE``."""


def needs(parser: argparse.ArgumentParser, role: Role) -> None:
    """Declare that ``parser``'s command acts as a signed-in person holding ``role``."""
    parser.add_argument(
        "--as",
        dest="as_badge",
        metavar="BADGE",
        help=f"your badge; this needs the {role.label} role; your PIN is then asked for",
    )
    parser.set_defaults(needed_role=role, command_name=parser.prog)


def ask(prompt: str, *, secret: bool = False) -> str:
    """A line from the person at the terminal (without echo if ``secret``), or from stdin."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt) if secret else input(prompt)
    line = sys.stdin.readline()
    if not line:
        raise BadInput(
            _("Nothing to read for {prompt!r} on standard input.").format(
                prompt=prompt.strip().rstrip(":")
            )
        )
    return line.rstrip("\r\n")


def ask_new_pin(whose: str) -> str:
    pin = ask(_("New PIN for {whose}: ").format(whose=whose), secret=True)
    if ask("The same PIN again: ", secret=True) != pin:
        raise BadInput(_("The two PINs differ; nothing was changed."))
    return pin


def badge(args: argparse.Namespace) -> str:
    """The ``--as`` badge, or a clear refusal before anything is opened or written."""
    given: str | None = args.as_badge
    if given is None or not given.strip():
        role: Role = args.needed_role
        raise SignInNeeded(
            _(
                "'{command_name}' acts as a signed-in {label} (or above): give your badge with "
                "--as BADGE; your PIN is then asked for."
            ).format(command_name=args.command_name, label=role.title)
        )
    return given


def sign_in(station: Station, args: argparse.Namespace) -> None:
    """Sign in as ``--as`` with the PIN asked for; refuse a role below the command's."""
    code = badge(args)
    user = auth.sign_in(
        station, code, ask(_("PIN for {code}: ").format(code=code.strip()), secret=True)
    )
    # The services check the role again; refusing here spares questions asked in vain.
    roles.require(user, args.needed_role, f"'{args.command_name}'")


@contextmanager
def opened(config: Settings) -> Iterator[Station]:
    station = open_station(config)
    try:
        yield station
    finally:
        station.close()


@contextmanager
def signed_in(config: Settings, args: argparse.Namespace) -> Iterator[Station]:
    """The station with the person of ``--as`` signed in (checked before it is opened)."""
    badge(args)
    with opened(config) as station:
        sign_in(station, args)
        yield station
