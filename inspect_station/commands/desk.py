"""The supervisor's desk from the command line: the daily PDF report (a supervisor, signed in)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from db.types import utcnow
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.commands.signing import needs, signed_in
from inspect_station.desk import desk_config
from inspect_station.desk.daily_report import write_report
from inspect_station.people.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = sub.add_parser("report", help="write the daily PDF report")
    report.add_argument(
        "--day", type=_day, help="the local day, YYYY-MM-DD (default: today)", default=None
    )
    report.add_argument("--shift", help="one shift of the day (names from the settings)")
    report.add_argument(
        "--out", type=Path, help="the PDF file (default: daily-report-<day>[-<shift>].pdf)"
    )
    needs(report, Role.SUPERVISOR)
    report.set_defaults(run=_report)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("{text!r} is not a day like 2026-11-26").format(text=text)
        ) from None


def _report(args: argparse.Namespace, config: Settings) -> int:
    day: date = args.day or utcnow().astimezone().date()
    name = f"daily-report-{day.isoformat()}" + (f"-{args.shift}" if args.shift else "") + ".pdf"
    target: Path = args.out or Path(name)
    desk_config.period(desk_config.load(config), day, args.shift)  # refused before the PIN
    with signed_in(config, args) as station:
        written = write_report(station, day, target, shift=args.shift)
    print(_("report for {day} written to {written}").format(day=day.isoformat(), written=written))
    return 0
