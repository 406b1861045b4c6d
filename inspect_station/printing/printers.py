"""Printers: where a rendered label goes, built from the settings.

The settings name the label printer (``printer = "dock-zebra"``) and describe any number of
printers as tables::

    [printers.dock-zebra]
    kind = "zpl-tcp"          # raw TCP 9100, ZPL
    host = "10.0.4.21"
    stock = "4x6"
    dpi = 203
    font = "E:ANMDJ.TTF"      # optional: the printer's own font for Chinese, Japanese, Korean
                              # text (by default such lines are sent as graphics)

    [printers.office]
    kind = "cups"             # a CUPS queue through lp
    queue = "Office_Laser"
    format = "pdf"            # or "zpl" for a raw thermal queue
    colour = true

``printer = "files"`` (the default) writes PDF and ZPL files into the labels folder.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from inspect_station.app.errors import BadInput, PrinterError
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.labels.layout import DPIS, STOCKS, LabelData
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.zpl import check_font, render_zpl
from inspect_station.printing.base import Format, Printer, PrinterState, RenderedLabel
from inspect_station.printing.cups import CupsPrinter
from inspect_station.printing.folder import FolderPrinter
from inspect_station.printing.zebra import DEFAULT_PORT, ZebraPrinter

__all__ = [
    "KINDS",
    "FolderPrinter",
    "Printer",
    "PrinterConfig",
    "PrinterState",
    "RenderedLabel",
    "configured_printers",
    "make_printer",
    "printer_named",
    "sample_label_data",
]

KINDS = ("zpl-tcp", "cups", "files")
_KEYS = {"kind", "host", "port", "queue", "format", "server", "path", "stock", "dpi", "colour"}
_KEYS |= {"timeout", "font"}


@dataclass(frozen=True)
class PrinterConfig:
    """One ``[printers.NAME]`` table, checked. Empty stock/dpi mean the station's own."""

    name: str
    kind: str
    host: str = ""
    port: int = DEFAULT_PORT
    queue: str = ""
    format: Format = "pdf"
    server: str = ""
    path: str = ""
    stock: str = ""
    dpi: int = 0
    colour: bool = False
    timeout: float = 5.0
    font: str = ""  # ZPL: a font stored on the printer for other scripts (labels/zpl.py)

    def to_toml(self) -> dict[str, Any]:
        """The table as the settings file holds it (defaults left out)."""
        table: dict[str, Any] = {"kind": self.kind}
        defaults = PrinterConfig(self.name, self.kind)
        for key in sorted(_KEYS - {"kind"}):
            value = getattr(self, key)
            if value != getattr(defaults, key):
                table[key] = value
        return table


_DEFAULTS = PrinterConfig("", "files")


def parse_printer(name: str, table: Any) -> PrinterConfig:
    """Check one printer table; BadInput names the printer and the key at fault."""
    where = _("Printer {name!r}").format(name=name)
    if not name or not name.replace("-", "").replace("_", "").isalnum() or len(name) > 40:
        raise BadInput(
            _("{where}: a printer name is 1–40 letters, digits, - or _.").format(where=where)
        )
    if name == "files":
        raise BadInput(
            _("{where}: 'files' is the built-in labels folder; choose another name.").format(
                where=where
            )
        )
    if not isinstance(table, dict):
        raise BadInput(_("{where} must be a table of settings.").format(where=where))
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise BadInput(
            _("{where}: unknown setting(s) {unknown}.").format(
                where=where, unknown=", ".join(unknown)
            )
        )
    kind = table.get("kind")
    if kind not in KINDS:
        raise BadInput(
            _("{where}: kind must be one of {kinds}, not {kind!r}.").format(
                where=where, kinds=", ".join(KINDS), kind=kind
            )
        )
    values: dict[str, Any] = {"name": name, "kind": kind}
    for key, value in table.items():
        wanted = type(getattr(_DEFAULTS, key))
        number = wanted is float and type(value) is int  # timeout = 5 reads as an int
        if type(value) is not wanted and not number:
            raise BadInput(
                _("{where}: {key} must be {name}, not {value!r}.").format(
                    where=where, key=key, name=wanted.__name__, value=value
                )
            )
        values[key] = float(value) if number else value
    config = PrinterConfig(**values)
    _check(config, where)
    return config


def _check(config: PrinterConfig, where: str) -> None:
    if config.kind == "zpl-tcp" and not config.host.strip():
        raise BadInput(
            _("{where}: a ZPL printer needs its host (name or IP address).").format(where=where)
        )
    if not 1 <= config.port <= 65535:
        raise BadInput(
            _("{where}: port {port} is not a TCP port.").format(where=where, port=config.port)
        )
    if config.kind == "cups" and not config.queue.strip():
        raise BadInput(
            _("{where}: a CUPS printer needs its queue name (lpstat -p lists them).").format(
                where=where
            )
        )
    if config.format not in ("pdf", "zpl"):
        raise BadInput(
            _("{where}: format must be pdf or zpl, not {format!r}.").format(
                where=where, format=config.format
            )
        )
    if config.kind == "files" and not config.path.strip():
        raise BadInput(_("{where}: a files printer needs the folder (path).").format(where=where))
    if config.stock and config.stock not in STOCKS:
        raise BadInput(
            _("{where}: unknown label stock {stock!r}; use {stocks}.").format(
                where=where, stock=config.stock, stocks=", ".join(STOCKS)
            )
        )
    if config.dpi and config.dpi not in DPIS:
        raise BadInput(
            _("{where}: {dpi} dpi is not supported; use 203, 300 or 600.").format(
                where=where, dpi=config.dpi
            )
        )
    if not 0.1 <= config.timeout <= 120:
        raise BadInput(_("{where}: timeout must be 0.1–120 seconds.").format(where=where))
    try:
        check_font(config.font)
    except BadInput as error:
        raise BadInput(f"{where}: {error}") from None


def configured_printers(settings: Settings) -> list[PrinterConfig]:
    """Every printer the settings describe, checked (the built-in folder not included)."""
    return [parse_printer(name, table) for name, table in settings.printers.items()]


def build(config: PrinterConfig, settings: Settings) -> Printer:
    stock = config.stock or settings.label_stock
    dpi = config.dpi or settings.label_dpi
    if config.kind == "zpl-tcp":
        return ZebraPrinter(
            config.host.strip(),
            config.port,
            name=config.name,
            stock=stock,
            dpi=dpi,
            timeout=config.timeout,
            font=config.font,
        )
    if config.kind == "cups":
        return CupsPrinter(
            config.queue.strip(),
            name=config.name,
            stock=stock,
            dpi=dpi,
            data_format=config.format,
            server=config.server,
            colour=config.colour,
            timeout=max(config.timeout, 30.0),  # lp waits for the scheduler, not the printer
            font=config.font,
        )
    return FolderPrinter(
        Path(config.path), name=config.name, stock=stock, dpi=dpi, font=config.font
    )


def printer_named(settings: Settings, name: str) -> Printer:
    """The printer called ``name``: ``files``, ``files:/folder`` or a ``[printers.NAME]``."""
    if name == "files":
        return FolderPrinter(
            settings.resolved_labels_dir,
            name="files",
            stock=settings.label_stock,
            dpi=settings.label_dpi,
        )
    if name.startswith("files:"):
        return FolderPrinter(
            Path(name.removeprefix("files:")), stock=settings.label_stock, dpi=settings.label_dpi
        )
    table = settings.printers.get(name)
    if table is None:
        known = ", ".join(["files", *settings.printers])
        raise BadInput(
            _("Unknown printer {name!r}; the settings know: {known}.").format(
                name=name, known=known
            )
        )
    return build(parse_printer(name, table), settings)


def make_printer(settings: Settings) -> Printer:
    """The station's label printer (``settings.printer``)."""
    return printer_named(settings, settings.printer)


def sample_label_data(station_name: str, operator: str, when: datetime | None = None) -> LabelData:
    """The label "print test label" prints: every field filled, a plate that is clearly a test."""
    return LabelData(
        lpn="LPTEST00000000G",
        route="test",
        grade="A",
        grade_name=_("Printer test"),
        why=_("printer test: destination, bars and text at this printer's resolution"),
        bench=station_name,
        operator=operator,
        time=when or datetime.now(UTC),
        sku="TEST-SKU-0001",
        description=_("Sample description with ÄÖÜ, é and € to check the printer's fonts"),
        reason=_("Test label"),
        rma="RMA-TEST",
        tote="T-00",
    )


def render_label(
    job_id: uuid.UUID,
    data: LabelData,
    printer: Printer,
    *,
    stock: str,
    dpi: int,
    copies: int = 1,
) -> RenderedLabel:
    """The label in the formats ``printer`` takes (and no others: a PDF costs milliseconds)."""
    pdf = render_pdf(data, stock, dpi, colour=printer.colour) if "pdf" in printer.formats else None
    zpl = (
        render_zpl(data, stock, dpi, copies=copies, font=printer.font)
        if "zpl" in printer.formats
        else None
    )
    return RenderedLabel(job_id=job_id, lpn=data.lpn, pdf=pdf, zpl=zpl, copies=copies)


def print_test(settings: Settings, name: str | None = None, *, copies: int = 1) -> str:
    """Print the test label on ``name`` (default: the label printer); where it went.

    The printer is asked first, so "paper out" or "queue does not exist" comes back as a
    PrinterError with that reason and nothing is sent. Test labels are not print jobs: they
    belong to no unit and are not kept.
    """
    printer = printer_named(settings, name or settings.printer)
    problem = printer.check()
    if problem:
        raise PrinterError(f"{printer.describe()}: {problem}")
    data = sample_label_data(settings.bench, settings.operator)
    label = render_label(
        uuid.uuid4(), data, printer, stock=printer.stock, dpi=printer.dpi, copies=copies
    )
    return printer.send(label)
