"""Opening the station: the window and the demo."""

from __future__ import annotations

import argparse
import shutil
from importlib.metadata import entry_points
from pathlib import Path

from db.types import utcnow
from inspect_station.app import settings
from inspect_station.app.errors import KnownError
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.demo import sample
from inspect_station.people import users

DEMO_DATABASE = sample.DEMO_DATABASE


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gui = sub.add_parser("gui", help="open the station window (the default)")
    gui.set_defaults(run=_gui)
    demo_cmd = sub.add_parser("demo", help="a demo station: sample returns, video camera")
    demo_cmd.add_argument("--reset", action="store_true", help="start the demo from scratch")
    demo_cmd.add_argument("--no-gui", action="store_true", help="prepare the demo, then stop")
    demo_cmd.add_argument(
        "--exit-when-ready", action="store_true", help="open the window, report, then quit"
    )
    demo_cmd.set_defaults(run=_demo)


def _gui(args: argparse.Namespace, config: Settings) -> int:
    return launch_gui(config, exit_when_ready=args.exit_when_ready)


def demo_station(config: Settings, *, preparing: bool = False) -> Settings:
    """The demo station's settings for ``inspect-station --demo COMMAND``: its own database,
    photos and labels under the data folder's ``demo/``, never the user's station.

    A command run against a demo that was never prepared is refused, instead of creating an
    empty database there (``preparing``: the ``demo`` command itself, which makes it).
    """
    root = demo_root()
    if not preparing and not (root / DEMO_DATABASE).is_file():
        raise KnownError(
            _(
                "There is no demo station in {root} yet: run 'inspect-station demo --no-gui' "
                "first, then 'inspect-station --demo COMMAND …'."
            ).format(root=root)
        )
    return sample.demo_settings(config, root)


def demo_root() -> Path:
    return settings.data_dir() / "demo"


def _demo(args: argparse.Namespace, config: Settings) -> int:
    root = demo_root()
    if args.reset and root.exists():
        shutil.rmtree(root)
    demo_config = sample.demo_settings(config, root)
    database = open_database(demo_config.resolved_database_url)
    today = utcnow().astimezone().date()
    try:
        result = sample.seed(database, today=today)
        station = open_station(demo_config, database=database)
        users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    finally:
        database.dispose()
    print(_("demo station in {root}").format(root=root))
    print(_("  expected returns: {created}").format(created=result.created or result.skipped))
    print(_("  camera: {camera_source}").format(camera_source=demo_config.camera_source))
    print(
        _("  labels: {resolved_labels_dir}").format(
            resolved_labels_dir=demo_config.resolved_labels_dir
        )
    )
    print(
        _("  scan RMA-{year}-000001 (or an order number, tracking number or EAN)").format(
            year=today.year
        )
    )
    print(_("  sign in: scan or type a badge, Enter, then its PIN, Enter"))
    for name, badge, role, pin in sample.DEMO_PEOPLE:
        print(
            _("    {badge:<16} PIN {pin}  {role} ({name})").format(
                badge=badge, pin=pin, role=role, name=name
            )
        )
    if args.no_gui:
        return 0
    return launch_gui(demo_config, exit_when_ready=args.exit_when_ready)


def launch_gui(config: Settings, *, exit_when_ready: bool = False) -> int:
    frontends = entry_points(group="inspect_station.frontends", name="gui")
    if not frontends:
        raise KnownError(_("The station's window is not installed (no 'gui' front end)."))
    try:
        run = next(iter(frontends)).load()
    except ModuleNotFoundError as exc:
        if exc.name is None or exc.name.split(".")[0] not in ("PySide6", "shiboken6"):
            raise
        raise KnownError(
            _(
                "The station's window needs Qt, which this install left out: "
                "pip install 'inspect-station[gui]' (or pipx install 'inspect-station[gui]')."
            )
        ) from exc
    result: int = run(config, exit_when_ready=exit_when_ready)
    return result
