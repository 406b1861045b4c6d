"""The label windows: did it print?, confirming by scanning, preview and reprint, printers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.printing import PrintJob
from inspect_station.app import settings
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.identify.decoding import decode_image
from inspect_station.labels.pdf import render_pdf
from inspect_station.labels.raster import pdf_to_image
from inspect_station.people.roles import Role, User
from inspect_station.printing import queue
from tests.inspect_station.bench.test_inspection import open_first
from tests.inspect_station.labels.test_layout import PLATE
from tests.inspect_station.returns import add_return, open_rma
from tests.ui.bench.test_bench_screen import WAIT, open_parcel, wedge_scan
from ui.labels.label_dialogs import paint_label
from ui.main_window import MainWindow


def states(station: Station) -> list[str]:
    with station.db.read() as session:
        return list(session.scalars(select(PrintJob.state).order_by(PrintJob.created_at)))


def test_the_bench_asks_about_a_label_of_unknown_outcome(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    done = inspection.finish(station, open_first(station), grade="B")
    with station.db.write() as session:
        job = session.get(PrintJob, done.print_job_id)
        assert job is not None
        job.state = "unknown"
        job.last_error = "the connection broke after the label was sent"
    window.labels.dispatch()
    qtbot.waitUntil(lambda: window.labels.question is not None, timeout=WAIT)
    question = window.labels.question
    assert question is not None
    assert done.inspection.lpn in question.findChild(type(question.message)).text()
    qtbot.waitUntil(lambda: "1 to answer" in window.status.printer.toolTip(), timeout=WAIT)
    qtbot.keyClick(question, Qt.Key.Key_N)  # it did not print: the same job goes again
    qtbot.waitUntil(lambda: states(station) == ["sent"], timeout=WAIT)
    assert window.labels.question is None


def test_scanning_the_printed_label_confirms_it(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    wedge_scan(qtbot, window, done.inspection.lpn)
    qtbot.waitUntil(lambda: states(station) == ["confirmed"], timeout=WAIT)
    qtbot.waitUntil(lambda: "confirmed" in window.bench.message.text(), timeout=WAIT)


def test_preview_and_reprint_with_a_reason(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    window.labels.show_label(done.inspection.id)
    qtbot.waitUntil(lambda: window.labels.preview is not None, timeout=WAIT)
    preview = window.labels.preview
    assert preview is not None
    pixmap = preview.picture.pixmap()
    assert pixmap.height() == 560
    preview.reprint_button.click()  # no reason yet
    assert "reason" in preview.message.text()
    preview.reason.setText("label torn")
    preview.reprint_button.click()
    qtbot.waitUntil(lambda: states(station) == ["sent", "sent"], timeout=WAIT)


def test_the_system_dialog_prints_the_label_at_its_size(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    done = inspection.finish(station, open_first(station), grade="B")
    queue.dispatch(station)
    window.labels.show_label(done.inspection.id)
    qtbot.waitUntil(lambda: window.labels.preview is not None, timeout=WAIT)
    preview = window.labels.preview
    assert preview is not None
    preview.reason.setText("for the customer file")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "office.pdf"
    printer.setOutputFileName(str(out))
    preview.print_on(printer)  # what the dialog's OK does
    assert states(station) == ["sent", "sent"]
    found = decode_image(pdf_to_image(out.read_bytes(), 300))
    assert [d.text for d in found] == [done.inspection.lpn]


@pytest.mark.qt_log_ignore("QPainter::begin")  # the refusal this test provokes
def test_paint_label_reports_a_printer_that_cannot_start(tmp_path: Path) -> None:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "missing" / "deep" / "x.pdf"))
    assert paint_label(printer, render_pdf(PLATE), 203) is False


def test_printer_settings_are_for_admins(
    qtbot: QtBot, window: MainWindow, station: Station, station_home: Path
) -> None:
    window.labels.show_printer_settings()
    assert window.labels.settings is None
    assert "admin role" in window.bench.message.text()
    station.change_shift(user=User("ada", Role.ADMIN))
    window.labels.show_printer_settings()
    dialog = window.labels.settings
    assert dialog is not None
    dialog.add_printer()
    dialog.name.setText("dock")
    dialog.name.editingFinished.emit()
    dialog.host.setText("127.0.0.1")
    dialog.host.editingFinished.emit()
    dialog.use_for_labels()
    dialog.save()
    qtbot.waitUntil(lambda: station.settings.printer == "dock", timeout=WAIT)
    saved = settings.load()
    assert saved.printer == "dock"
    assert saved.printers["dock"]["host"] == "127.0.0.1"
    assert station.printer.name == "dock"


def test_the_label_of_the_unit_before_is_confirmed_while_the_next_unit_is_open(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    add_return(station, "RMA-PAIR-000001", [("AP-1001-M", "apparel", "49.99", 2)])
    first = open_rma(station, "RMA-PAIR-000001")
    done = inspection.finish(station, first, grade="B", missing_shots_reason="test")
    queue.dispatch(station)
    open_parcel(qtbot, window, "RMA-PAIR-000001")  # the parcel's second unit
    second = window.bench.inspection
    assert second is not None
    assert second.id != first.id
    wedge_scan(qtbot, window, done.inspection.lpn)  # the first unit's label, now stuck on
    qtbot.waitUntil(lambda: states(station) == ["confirmed"], timeout=WAIT)
    qtbot.waitUntil(
        lambda: (
            window.bench.message.text()
            == f"Label for {done.inspection.lpn} confirmed. Carry on with {second.lpn}."
        ),
        timeout=WAIT,
    )
    assert window.bench.inspection is not None
    assert window.bench.inspection.id == second.id
    # Any other code still waits until the open unit is finished or cancelled.
    wedge_scan(qtbot, window, "RMA-PAIR-000009")
    qtbot.waitUntil(
        lambda: window.bench.message.text().startswith(f"Finish {second.lpn} first"),
        timeout=WAIT,
    )
    assert states(station) == ["confirmed"]
