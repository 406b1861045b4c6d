"""Photo store chores: ``photos verify`` and ``photos purge`` (an admin, signed in)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from inspect_station.app.i18n import N_, _
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.commands.signing import needs, signed_in
from inspect_station.people.roles import Role
from inspect_station.photos import upkeep

# The states ``photos verify`` reports (upkeep.verify), marked for the catalogs.
_STATES = (N_("missing"), N_("altered"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    photos = sub.add_parser("photos", help="photo store chores")
    photos_sub = photos.add_subparsers(dest="photos_command", required=True)
    photos_sub.add_parser(
        "verify",
        help="re-hash every stored photo; exit 1 if any is missing or altered",
    ).set_defaults(run=_verify)
    purge = photos_sub.add_parser(
        "purge",
        help="delete photos older than DAYS, keeping the record that they existed; the "
        "photos behind a deduction not settled or still inside dispute_window_days are held",
    )
    purge.add_argument(
        "--older-than",
        type=int,
        metavar="DAYS",
        help="age in days (default: the photo_retention_days setting)",
    )
    purge.add_argument(
        "--json", action="store_true", help="print what was purged and held as one JSON object"
    )
    needs(purge, Role.ADMIN)
    purge.set_defaults(run=_purge)


def _verify(args: argparse.Namespace, config: Settings) -> int:
    station = open_station(config)
    try:
        print(_("verifying photos in {root} …").format(root=station.photos.root), flush=True)
        report = upkeep.verify(
            station,
            progress=lambda n: print(_("  {n} checked").format(n=n), file=sys.stderr, flush=True),
        )
    finally:
        station.close()
    for problem in report.problems:
        taken = problem.first_taken.astimezone().strftime("%Y-%m-%d %H:%M")
        if problem.state == upkeep.ORPHAN:
            print(
                _("{state}: {sha256} (stored {taken})").format(
                    state=problem.state, sha256=problem.sha256, taken=taken
                )
            )
        else:
            units = ", ".join(problem.lpns)
            print(
                _("{state}: {sha256} (taken {taken}, units {units})").format(
                    state=problem.state, sha256=problem.sha256, taken=taken, units=units
                )
            )
    for path in report.set_aside:
        print(_("set aside at start, no unit records it: {path}").format(path=path))
    summary = _("{checked} photo(s) re-hashed, {purged} purged photo(s) checked gone").format(
        checked=report.checked, purged=report.purged
    )
    if report.ok:
        print(_("{summary}: all intact").format(summary=summary))
        return 0
    print(_("{summary}: {count} problem(s)").format(summary=summary, count=len(report.problems)))
    return 1


def _purge(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        report = upkeep.purge(station, older_than_days=args.older_than)
    if args.json:
        print(json.dumps(_as_json(report), ensure_ascii=False))
        return 0
    cutoff = report.cutoff.astimezone().strftime("%Y-%m-%d %H:%M")
    held = sum(unit.photos for unit in report.held)
    print(
        _(
            "{photos} photo(s) taken before {cutoff} purged, {files} file(s) deleted; their "
            "records remain; {held} photo(s) of {units} unit(s) held"
        ).format(
            photos=report.photos,
            cutoff=cutoff,
            files=report.files,
            held=held,
            units=len(report.held),
        )
    )
    if report.orphans:
        print(
            _("{orphans} photo(s) no row named, stored before {cutoff}, deleted").format(
                orphans=report.orphans, cutoff=cutoff
            )
        )
    for unit in report.held:
        print(
            _("  held: {lpn}, {photos} photo(s): {words}").format(
                lpn=unit.lpn, photos=unit.photos, words=unit.words()
            )
        )
    return 0


def _as_json(report: upkeep.PurgeReport) -> dict[str, Any]:
    return {
        "cutoff": report.cutoff.isoformat(),
        "purged_photos": report.photos,
        "deleted_files": report.files,
        "held_photos": sum(unit.photos for unit in report.held),
        "orphans_deleted": report.orphans,
        "held": [
            {
                "lpn": unit.lpn,
                "photos": unit.photos,
                "reason": unit.reason,
                "until": unit.until.isoformat() if unit.until else None,
                "why": unit.words(),
            }
            for unit in report.held
        ],
    }
