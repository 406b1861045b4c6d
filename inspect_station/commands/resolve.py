"""``inspect-station resolve CODE…``: how the station reads scanned codes, one JSON line each.

The tool a supervisor reaches for when a scan finds nothing: every reading the station tries,
in the order the look-up tries them (licence plate, RMA, order, tracking number, SSCC, serial,
GTIN, e-mail, free text), the carrier, the destination of a GS1 routing code, and whether the
check digit holds, or why the scan is refused (with the digit it should have had). Nothing is
looked up in the database and nothing is written.

A code is one argument, or one line of standard input with ``-``, which is how a scanner's
output (its GS separators and all) reaches the command; in an argument a GS may be written as
``<GS>`` or ``\\x1d``. Exit status: 0 when every code reads as something the station knows
(not only as free text), 1 when one does not, 2 for bad settings.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.identify.identifiers import GS
from inspect_station.identify.resolver import Patterns, Resolution, WrongCheckDigit, resolve


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "resolve",
        help="how the station reads scanned codes: JSON lines (one per code)",
        description=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("codes", nargs="+", metavar="CODE", help="a scanned code, or - for stdin")
    cmd.set_defaults(run=_resolve)


def _resolve(args: argparse.Namespace, config: Settings) -> int:
    patterns = Patterns.from_settings(config)
    patterns.check()
    unread = 0
    for code in _codes(args.codes):
        line = reading(code, patterns)
        unread += line.get("kind") in (None, "text")
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if unread else 0


def _codes(arguments: list[str]) -> list[str]:
    codes: list[str] = []
    for argument in arguments:
        if argument == "-":
            codes += [line.rstrip("\r\n") for line in sys.stdin if line.strip("\r\n")]
        else:
            codes.append(argument.replace("<GS>", GS).replace("\\x1d", GS))
    return codes


def reading(code: str, patterns: Patterns) -> dict[str, Any]:
    """One code as the JSON line prints it."""
    try:
        resolution = resolve(code, patterns)
    except WrongCheckDigit as error:
        return {
            "scan": code,
            "error": str(error),
            "check_digit": "wrong",
            "should_be": [{"reading": p.what, "digit": p.expected} for p in error.problems],
        }
    except BadInput as error:
        return {"scan": code, "error": str(error), "check_digit": None}
    return _found(code, resolution)


def _found(code: str, resolution: Resolution) -> dict[str, Any]:
    first = resolution.candidates[0]
    symbology = resolution.symbology
    return {
        "scan": code,
        "code": resolution.code,
        "kind": first.kind,
        "reading": resolution.describe(),
        "carrier": resolution.carrier,
        "check_digit": first.check,
        "ship_to": resolution.ship_to.as_dict() if resolution.ship_to else None,
        "symbology": (
            {"identifier": symbology.identifier, "name": symbology.name} if symbology else None
        ),
        "gs1": resolution.gs1.as_dict() if resolution.gs1 else None,
        "readings": [
            {
                "kind": c.kind,
                "value": c.value,
                "label": c.label,
                "carrier": c.carrier,
                "check_digit": c.check,
                "forms": list(c.values),
            }
            for c in resolution.candidates
        ],
    }
