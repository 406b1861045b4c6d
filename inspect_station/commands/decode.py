"""``inspect-station decode IMAGE…``: what each image holds, one JSON line per image.

The tool a supervisor reaches for when a label will not scan: every code found, its format
and symbology, the backend that read it, what the station makes of it (carrier, GS1 AIs,
or why it would refuse it). A file that is not an image gets a line with its error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.identify.decoding import Decoded, describe, station_decoder
from inspect_station.identify.resolver import Patterns, resolve
from inspect_station.images.files import read_image_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    cmd = sub.add_parser(
        "decode", help="print the barcodes in image files as JSON lines (one per image)"
    )
    cmd.add_argument("images", type=Path, nargs="+", metavar="IMAGE")
    cmd.set_defaults(run=_decode)


def _decode(args: argparse.Namespace, config: Settings) -> int:
    decoder = station_decoder()
    patterns = Patterns.from_settings(config)
    print(_("decoding with {describe}").format(describe=describe(decoder)), file=sys.stderr)
    failed = 0
    for path in args.images:
        line: dict[str, Any] = {"file": str(path)}
        try:
            image = read_image_file(path)
        except BadInput as error:
            failed += 1
            line["error"] = str(error)
            print(f"inspect-station: {error}", file=sys.stderr)
        else:
            line["size"] = [int(image.shape[1]), int(image.shape[0])]
            line["codes"] = [_code(found, patterns) for found in decoder.decode(image)]
        print(json.dumps(line, ensure_ascii=False), flush=True)
    return 1 if failed else 0


def _code(found: Decoded, patterns: Patterns) -> dict[str, Any]:
    code: dict[str, Any] = {
        "format": found.format,
        "text": found.text,
        "symbology": found.symbology or None,
        "backend": found.backend,
        "corners": [list(point) for point in found.corners],
    }
    try:
        resolution = resolve(found.scan, patterns)
    except BadInput as error:
        code["problem"] = str(error)
        return code
    code["reading"] = resolution.describe()
    code["carrier"] = resolution.carrier
    code["gs1"] = resolution.gs1.as_dict() if resolution.gs1 else None
    if resolution.gs1 and resolution.gs1.expiry:
        code["expiry"] = resolution.gs1.expiry.isoformat()
    return code
