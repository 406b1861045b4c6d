"""The raw TCP 9100 printer against a loopback printer that speaks ZPL's ~HS."""

from __future__ import annotations

import socket
import time
import uuid
from collections.abc import Iterator

import pytest

from inspect_station.app.errors import PrinterError, PrintOutcomeUnknown
from inspect_station.labels.zpl import render_zpl
from inspect_station.printing.base import RenderedLabel
from inspect_station.printing.zebra import ZebraPrinter, parse_host_status
from tests.inspect_station.labels.test_layout import PLATE
from tests.zebra_loopback import (
    RESET_AFTER_LABEL,
    RESET_MID_LABEL,
    SILENT,
    LoopbackZebra,
)

TIMEOUT = 0.4


@pytest.fixture
def zebra() -> Iterator[LoopbackZebra]:
    with LoopbackZebra() as printer:
        yield printer


def printer_at(zebra: LoopbackZebra) -> ZebraPrinter:
    return ZebraPrinter("127.0.0.1", zebra.port, timeout=TIMEOUT)


def label(copies: int = 1) -> RenderedLabel:
    zpl = render_zpl(PLATE, "4x6", 203, copies=copies)
    return RenderedLabel(uuid.uuid4(), PLATE.lpn, pdf=None, zpl=zpl, copies=copies)


def test_host_status_strings_are_read() -> None:
    raw = (
        b"\x02030,1,1,1218,002,0,0,0,000,0,0,1\x03\r\n"
        b"\x02000,0,1,1,0,2,6,0,00000003,1,000\x03\r\n"
        b"\x021234,0\x03\r\n"
    )
    status = parse_host_status(raw)
    assert status.problems() == ["paper out", "head open", "ribbon out", "paused", "head too hot"]
    assert (status.formats_in_buffer, status.labels_remaining) == (2, 3)
    ready = raw.replace(b"030,1,1", b"030,0,0").replace(b"000,0,1,1", b"000,0,0,0")
    assert parse_host_status(ready.replace(b"0,0,1\x03", b"0,0,0\x03")).problems() == []


@pytest.mark.parametrize("raw", [b"", b"\x02garbage\x03\r\n", b"\x02a,b\x03" * 3])
def test_a_status_that_makes_no_sense_is_refused(raw: bytes) -> None:
    with pytest.raises(ValueError, match="not a ~HS answer"):
        parse_host_status(raw)


def test_a_ready_printer_gets_the_label_once(zebra: LoopbackZebra) -> None:
    printer = printer_at(zebra)
    assert printer.check() is None
    assert printer.send(label(copies=3)) == f"127.0.0.1:{zebra.port}"
    assert zebra.printed() == {PLATE.lpn: 3}
    assert len(zebra.formats) == 1  # copies are ^PQ3 in one format, not three formats


@pytest.mark.parametrize(
    ("flag", "words"),
    [("paper_out", "paper out"), ("head_open", "head open"), ("paused", "paused")],
)
def test_a_printer_that_reports_a_fault_gets_nothing(
    zebra: LoopbackZebra, flag: str, words: str
) -> None:
    setattr(zebra, flag, True)
    printer = printer_at(zebra)
    assert printer.check() == words
    with pytest.raises(PrinterError, match=words) as caught:
        printer.send(label())
    assert not isinstance(caught.value, PrintOutcomeUnknown)
    assert zebra.formats == []


def test_a_printer_that_accepts_and_never_answers_times_out(zebra: LoopbackZebra) -> None:
    zebra.mode = SILENT
    began = time.monotonic()
    with pytest.raises(PrinterError, match=r"did not answer within 0\.4 s") as caught:
        printer_at(zebra).send(label())
    assert time.monotonic() - began < TIMEOUT + 1
    assert not isinstance(caught.value, PrintOutcomeUnknown)
    assert zebra.formats == []


def test_a_printer_silent_when_out_of_paper_gets_nothing(zebra: LoopbackZebra) -> None:
    zebra.paper_out = zebra.silent_when_faulty = True
    with pytest.raises(PrinterError, match="out of paper or with its head open"):
        printer_at(zebra).send(label())
    assert zebra.formats == []


def test_a_reset_after_the_label_leaves_the_outcome_unknown(zebra: LoopbackZebra) -> None:
    zebra.mode = RESET_AFTER_LABEL
    with pytest.raises(PrintOutcomeUnknown, match="may or may not have printed"):
        printer_at(zebra).send(label())
    assert zebra.printed() == {PLATE.lpn: 1}  # it did print: only the printer knows


def test_a_reset_in_the_middle_of_the_label_leaves_the_outcome_unknown(
    zebra: LoopbackZebra,
) -> None:
    zebra.mode = RESET_MID_LABEL
    with pytest.raises(PrintOutcomeUnknown):
        printer_at(zebra).send(label())
    assert zebra.formats == []  # it did not print, and the station cannot tell


def test_a_host_that_does_not_resolve_is_named() -> None:
    printer = ZebraPrinter("no-such-printer.invalid", timeout=TIMEOUT)
    assert "'no-such-printer.invalid' does not resolve" in (printer.check() or "")
    with pytest.raises(PrinterError, match="does not resolve"):
        printer.send(label())


def test_a_printer_that_is_off_refuses_the_connection() -> None:
    with socket.create_server(("127.0.0.1", 0)) as unused:
        port = unused.getsockname()[1]
    printer = ZebraPrinter("127.0.0.1", port, timeout=TIMEOUT)
    with pytest.raises(PrinterError, match="refused the connection"):
        printer.send(label())
