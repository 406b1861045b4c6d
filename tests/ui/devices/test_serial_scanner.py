"""The serial scanner against a real pseudo-terminal pair: the station opens the tty end by
its name through QtSerialPort, the test writes the scanner's bytes into the other end."""

from __future__ import annotations

import os
import pty
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.identify.identifiers import GS
from tests.helpers import seed_people, sign_in_as
from tests.ui.conftest import task_runners
from ui.app import camera_for
from ui.devices.serial_scanner import MAX_LINE, SerialScanner
from ui.devices.wedge_scanner import WedgeScanner
from ui.main_window import MainWindow

WAIT = 5_000


def feed(qtbot: QtBot, controller: int, data: bytes) -> None:
    """Write like a scanner: the station reads on this same thread, so never block on a full
    terminal buffer; let the event loop drain it instead."""
    os.set_blocking(controller, False)
    while data:
        try:
            data = data[os.write(controller, data[:1024]) :]
        except BlockingIOError:
            qtbot.wait(5)


@pytest.fixture
def port(qtbot: QtBot) -> Iterator[tuple[SerialScanner, int]]:
    controller, device = pty.openpty()
    scanner = SerialScanner(port_name=os.ttyname(device), baud=115200)
    with qtbot.waitSignal(scanner.state_changed, timeout=WAIT):
        scanner.start()
    assert scanner.delivering, scanner.state
    yield scanner, controller
    scanner.stop()
    os.close(controller)
    os.close(device)


def test_each_line_is_one_scan_gs1_separator_and_symbology_kept(
    qtbot: QtBot, port: tuple[SerialScanner, int]
) -> None:
    scanner, controller = port
    got: list[str] = []
    scanner.scanned.connect(got.append)
    feed(qtbot, controller, b"1Z999AA10123456784\r\n]d20104006381333931" + GS.encode())
    feed(qtbot, controller, b"21SN-0042\r4006381333931\n")
    qtbot.waitUntil(lambda: len(got) == 3, timeout=WAIT)
    assert got == ["1Z999AA10123456784", "]d20104006381333931\x1d21SN-0042", "4006381333931"]


def test_garbage_from_a_wrong_baud_rate_is_reported_not_scanned(
    qtbot: QtBot, port: tuple[SerialScanner, int]
) -> None:
    scanner, controller = port
    got: list[str] = []
    scanner.scanned.connect(got.append)
    with qtbot.waitSignal(scanner.failed, timeout=WAIT) as failure:
        feed(qtbot, controller, b"\xff\xfe\x80\x81\n")
    assert "not text; check its baud rate" in failure.args[0]
    with qtbot.waitSignal(scanner.failed, timeout=WAIT) as failure:
        feed(qtbot, controller, b"7" * (MAX_LINE + 10))
    assert "without a line end" in failure.args[0]
    assert got == []


def test_a_missing_port_is_reported_and_retried(qtbot: QtBot) -> None:
    scanner = SerialScanner(port_name="/dev/ttyACM-not-here")
    with qtbot.waitSignal(scanner.state_changed, timeout=WAIT) as state:
        scanner.start()
    text, delivering = state.args
    assert not delivering
    assert "/dev/ttyACM-not-here" in text
    assert "retrying" in text
    scanner.stop()


def test_an_unplugged_scanner_is_reported(qtbot: QtBot) -> None:
    controller, device = pty.openpty()
    scanner = SerialScanner(port_name=os.ttyname(device))
    try:
        with qtbot.waitSignal(scanner.state_changed, timeout=WAIT):
            scanner.start()
        assert scanner.delivering
        with qtbot.waitSignal(scanner.state_changed, timeout=WAIT) as state:
            os.close(controller)  # the cable is pulled: the device end reports an I/O error
        assert state.args[1] is False
        assert "retrying" in state.args[0]
    finally:
        scanner.stop()
        os.close(device)


def test_a_serial_scan_opens_the_parcel_at_the_bench(
    qtbot: QtBot, qapp: QApplication, station: Station
) -> None:
    controller, device = pty.openpty()
    station.settings = station.settings.replace(scanner_port=os.ttyname(device))
    with station.db.read() as session:
        rma = session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).first()
    assert rma is not None
    seed_people(station, ("maria",))
    sign_in_as(station, "maria")  # a locked station takes scans as badges, not parcels
    scanner = WedgeScanner()
    scanner.install(qapp)
    window = MainWindow(
        station=station, **task_runners(), camera=camera_for(station.settings), scanner=scanner
    )
    qtbot.addWidget(window)
    try:
        window.start()
        assert window.sources.serial is not None
        qtbot.waitUntil(lambda: window.sources.serial.delivering, timeout=WAIT)  # type: ignore[union-attr]
        assert "serial scanner /dev/" in window.status.scanning.toolTip()
        feed(qtbot, controller, rma.lower().encode() + b"\r\n")
        qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)
        assert window.bench.inspection is not None
        assert window.bench.inspection.expected is not None
        assert window.bench.inspection.expected.rma == rma
    finally:
        window.shutdown()
        os.close(controller)
        os.close(device)
