"""Changing the printers: an admin's action, saved to the settings file and audited.

Labels still waiting for the old label printer follow the new one (rendered again for its
stock and resolution when they are sent); labels already sent are left alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from db.models.printing import PrintJob
from inspect_station.app import settings as settings_file
from inspect_station.app.errors import BadInput, DatabaseUnavailable
from inspect_station.app.i18n import N_, _
from inspect_station.app.settings import Settings
from inspect_station.app.startup import check_settings
from inspect_station.audit.trail import audit
from inspect_station.people.roles import Role, require
from inspect_station.printing.printers import PrinterConfig, make_printer, parse_printer, print_test

if TYPE_CHECKING:
    from inspect_station.app.context import Station

PLATE_AS_QR = N_(
    "2×1 in labels at 203 dpi carry the licence plate as a QR code: Code 128 would need "
    "1-dot bars, too fine for a thermal head. Use a 300 dpi printer for Code 128 plates."
)


def warnings_for(stock: str, dpi: int) -> list[str]:
    """What an admin should know about a stock and resolution before choosing them."""
    return [_(PLATE_AS_QR)] if (stock, dpi) == ("2x1", 203) else []


def with_printers(
    base: Settings,
    printers: list[PrinterConfig],
    *,
    label_printer: str,
    copies: int | None = None,
    reprints_per_unit: int | None = None,
) -> Settings:
    """``base`` with these printers (checked); nothing is saved."""
    names = [p.name for p in printers]
    if len(set(names)) != len(names):
        raise BadInput(_("Two printers have the same name."))
    tables = {p.name: parse_printer(p.name, p.to_toml()).to_toml() for p in printers}
    if label_printer != "files" and label_printer not in tables:
        raise BadInput(
            _("The label printer {label_printer!r} is not among the printers.").format(
                label_printer=label_printer
            )
        )
    changed = base.replace(
        printers=tables,
        printer=label_printer,
        label_copies=base.label_copies if copies is None else copies,
        reprints_per_unit=base.reprints_per_unit
        if reprints_per_unit is None
        else reprints_per_unit,
    )
    check_settings(changed)
    return changed


def save_printers(station: Station, changed: Settings, *, path: Path | None = None) -> Path:
    """Make ``changed`` the station's settings: recorded, saved, applied. Admins only.

    In this order, so that a refusal changes nothing: the role; the settings checked whole;
    the settings file written beside its place (so a full disk or a read-only folder refuses
    here); one transaction that runs the write guard (a revoked user is refused), moves the
    labels waiting for the old label printer to the new one and writes the audit row; only
    after its commit the file takes its place and the station swaps its printer (and the
    settings it came from). Run it on the print task thread in the window: the swap then
    falls between two print-queue runs (``OnShift`` says who may replace what).
    """
    require(station.user, Role.ADMIN, _("Changing the printers"))
    check_settings(changed)
    printer = make_printer(changed)
    old = station.printer.name
    staged = settings_file.stage(changed, path)
    try:
        with station.db.write() as session:
            if printer.name != old:
                session.execute(
                    update(PrintJob)
                    .where(
                        PrintJob.bench == station.bench,
                        PrintJob.state == "queued",
                        PrintJob.printer == old,
                    )
                    .values(printer=printer.name, stock=printer.stock, dpi=printer.dpi)
                    .execution_options(synchronize_session=False)
                )
            audit(
                station,
                session,
                "printers.changed",
                "settings",
                station.bench,
                label_printer=changed.printer,
                printers=sorted(changed.printers),
            )
    except OperationalError as exc:
        staged.discard()
        raise DatabaseUnavailable(
            _(
                "The printers were not changed: the database ({db}) cannot be reached. "
                "Nothing was saved; try again when it is back."
            ).format(db=station.db.describe())
        ) from exc
    except BaseException:
        staged.discard()
        raise
    saved = staged.commit()
    station.change_printers(changed, printer)
    return saved


def print_test_label(station: Station, changed: Settings, name: str) -> str:
    """Print the test label on ``name`` as configured in ``changed`` (saved or not)."""
    require(station.user, Role.ADMIN, _("Testing printers"))
    return print_test(changed, name)
