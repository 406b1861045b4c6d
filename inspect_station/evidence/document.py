"""The evidence document as a service: bytes for whoever sends it on (a shop connector that
attaches files to its events), and a file written by a supervisor, audited.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from inspect_station.app.errors import KnownError
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.evidence import gather
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station


def evidence_pdf(station: Station, reference: str) -> bytes:
    """The evidence PDF of the return an RMA or a licence plate names (no role needed: the
    station's own processes call it)."""
    return _render(gather.gather(station, reference))


def _render(evidence: gather.ReturnEvidence) -> bytes:
    # reportlab and matplotlib's fonts load when a document is made, not with the window or
    # the command line.
    from inspect_station.evidence import pdf

    return pdf.render(evidence)


def file_name(reference: str) -> str:
    """evidence-RMA-2026-000123.pdf"""
    safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in reference.strip())
    return f"evidence-{safe[:60] or 'return'}.pdf"


def write_evidence(station: Station, reference: str, target: Path) -> Path:
    """Write the evidence PDF to ``target`` (atomically) as the signed-in supervisor, with an
    audit row naming the return, its units and the file: the file takes its place inside the
    transaction of that row, so a file that cannot be written leaves no row, and a write the
    station refuses (a revoked supervisor) leaves no file."""
    roles.require(station.user, Role.SUPERVISOR, _("Writing an evidence document"))
    evidence = gather.gather(station, reference)
    data = _render(evidence)
    with station.db.write() as session:
        trail.audit(
            station,
            session,
            "evidence.written",
            "return",
            evidence.rma or evidence.units[0].lpn,
            lpns=[unit.lpn for unit in evidence.units],
            file=str(target)[-200:],
            photos=len(evidence.photos),
        )
        session.flush()
        _write(target, data)
    return target


def _write(target: Path, data: bytes) -> None:
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(
            _("Could not write {target}: {strerror}").format(
                target=target, strerror=exc.strerror or exc
            )
        ) from exc
