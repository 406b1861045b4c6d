"""Printer chores: list the printers and their state, print a test label."""

from __future__ import annotations

import argparse

from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.labels.zpl import MAX_COPIES
from inspect_station.printing import printers


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    test = sub.add_parser("print-test", help="print a test label to check a printer")
    test.add_argument("--printer", help="a printer from the settings (default: the label printer)")
    test.add_argument("--copies", type=int, default=1, help=f"1–{MAX_COPIES} (default 1)")
    test.set_defaults(run=_print_test)
    listing = sub.add_parser("printers", help="the printers in the settings and their state")
    listing.set_defaults(run=_printers)


def _print_test(args: argparse.Namespace, config: Settings) -> int:
    where = printers.print_test(config, args.printer, copies=args.copies)
    print(
        _("test label sent to {printer}: {where}").format(
            printer=args.printer or config.printer, where=where
        )
    )
    return 0


def _printers(args: argparse.Namespace, config: Settings) -> int:
    names = ["files", *config.printers]
    for name in names:
        printer = printers.printer_named(config, name)
        problem = printer.check()
        mark = "*" if name == config.printer else " "
        state = problem or "ready"
        print(
            _("{mark} {name:<16} {printer} · {stock} {dpi} dpi · {state}").format(
                mark=mark,
                name=name,
                printer=printer.describe(),
                stock=printer.stock,
                dpi=printer.dpi,
                state=state,
            )
        )
    return 0
