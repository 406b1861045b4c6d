"""The evidence document of a return from the command line (a supervisor, signed in)."""

from __future__ import annotations

import argparse
from pathlib import Path

from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.commands.signing import needs, signed_in
from inspect_station.evidence.document import file_name, write_evidence
from inspect_station.people.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    evidence = sub.add_parser(
        "evidence",
        help="write the evidence PDF of a return a customer can read",
        description="Write the evidence document of a return: what arrived and when, its "
        "condition with the photos, any deduction and its basis, who inspected it and when, "
        "the photos' SHA-256 hashes, the refund and its deadline.",
    )
    evidence.add_argument("reference", metavar="PLATE|RMA", help="a unit's plate or an RMA")
    evidence.add_argument(
        "-o", "--out", type=Path, metavar="FILE.pdf", help="default: evidence-<PLATE|RMA>.pdf"
    )
    needs(evidence, Role.SUPERVISOR)
    evidence.set_defaults(run=_evidence)


def _evidence(args: argparse.Namespace, config: Settings) -> int:
    target: Path = args.out or Path(file_name(args.reference))
    with signed_in(config, args) as station:
        written = write_evidence(station, args.reference, target)
    print(
        _("evidence for {reference} written to {path}").format(
            reference=args.reference, path=written
        )
    )
    return 0
