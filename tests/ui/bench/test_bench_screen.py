"""The real main window driven from the keyboard through one parcel, then the bad cases."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.inspections import Inspection, Photo
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.identify.decoding import decode_image
from inspect_station.labels.raster import pdf_to_image
from inspect_station.printing.folder import FolderPrinter
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.ui.conftest import task_runners
from ui.app import camera_for
from ui.main_window import MainWindow

WAIT = 10_000


def seeded_rma(station: Station, n: int = 0) -> str:
    with station.db.read() as session:
        rmas = session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)).all()
    return rmas[n]


def wedge_scan(qtbot: QtBot, window: MainWindow, code: str) -> None:
    """Type like a keyboard-wedge scanner: a burst of keys 2 ms apart ending in Enter.

    Each key carries its timestamp as the window system's would: without one (QTest's keys
    have none) the wedge filter times the keys by its own clock, and a test thread held up for
    more than the 30 ms gap (a loaded machine) would split the scan.
    """
    stamp = int(time.monotonic() * 1000)
    for n, char in enumerate([*code, "\r"]):
        target = window.focusWidget() or window
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(stamp + 2 * n)
            QApplication.sendEvent(target, event)


def open_parcel(qtbot: QtBot, window: MainWindow, code: str) -> None:
    wedge_scan(qtbot, window, code)
    qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)


def test_one_parcel_from_scan_to_decoded_label(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    assert "video bench.avi" in window.status.camera.toolTip()  # the label may be elided
    rma = seeded_rma(station)
    open_parcel(qtbot, window, rma.lower())
    insp = bench.inspection
    assert insp is not None
    assert insp.expected is not None
    assert insp.expected.rma == rma
    assert bench.parcel.lpn.text() == insp.lpn
    assert bench.parcel.field("rma") == rma
    assert "days ago" in bench.parcel.field("delivered")
    assert bench.parcel.field("reason") == insp.expected.reason
    assert bench.parcel.lines.rowCount() == len(insp.expected.lines)

    qtbot.keyClick(bench, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.photos.thumbs.count() == 1, timeout=WAIT)
    qtbot.keyClick(bench, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: bench.grade == "B", timeout=WAIT)
    assert bench.grading.route.text() == bench.decision.route.upper()
    assert "→" in bench.grading.why.text()
    qtbot.keyClick(bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)

    def sent() -> bool:
        with station.db.read() as session:
            job = session.scalars(select(PrintJob)).one()
            return job.state == "sent"

    qtbot.waitUntil(sent, timeout=WAIT)
    with station.db.read() as session:
        row = session.get(Inspection, insp.id)
        assert row is not None
        assert (row.status, row.grade, row.bench, row.operator) == (
            "finished",
            "B",
            "BENCH-07",
            "maria",
        )
        assert row.route == bench_route(station, insp.category, insp.value)
        photos = session.scalars(select(Photo).where(Photo.inspection_id == insp.id)).all()
        job = session.scalars(select(PrintJob)).one()
    assert len(photos) == 1
    stored = station.photos.path_for(photos[0].sha256)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == photos[0].sha256
    pdf_path = Path(job.output or "")
    assert pdf_path.parent == station.settings.resolved_labels_dir
    decoded = decode_image(pdf_to_image(pdf_path.read_bytes(), dpi=203))
    assert [d.text for d in decoded] == [insp.lpn]
    zpl = pdf_path.with_suffix(".zpl").read_text(encoding="utf-8")
    assert zpl.count("^XA") == 1
    assert insp.lpn in zpl
    # The bench hears of the printed label after the worker has recorded it.
    qtbot.waitUntil(lambda: "then the next parcel" in bench.message.text(), timeout=WAIT)


def bench_route(station: Station, category: str | None, value: object) -> str:
    from inspect_station.rules.routing import Facts

    return station.rules.decide(Facts("B", category, value)).route  # type: ignore[arg-type]


def test_typing_a_code_in_the_scan_field_works_like_a_scan(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    qtbot.keyClick(bench, Qt.Key.Key_F3)
    assert bench.scan_field.hasFocus()
    rma = seeded_rma(station, 1)
    qtbot.keyClicks(bench.scan_field, rma, delay=60)  # a person, not a scanner
    qtbot.waitUntil(lambda: bench.scan_field.text() == rma, timeout=WAIT)
    qtbot.keyClick(bench.scan_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bench.inspection is not None, timeout=WAIT)
    assert bench.scan_field.text() == ""
    assert bench.inspection is not None
    assert bench.inspection.expected is not None
    assert bench.inspection.expected.rma == rma


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("\x01\x02\x03\x04\x05", "control characters"),
        ("8" * 10_000, "10,000 characters"),
        ("", "empty"),
    ],
)
def test_bad_scans_show_a_clear_message_and_write_nothing(
    qtbot: QtBot, window: MainWindow, station: Station, code: str, message: str
) -> None:
    before = row_counts(station.db)
    window._scanner.scanned.emit(code)
    qtbot.waitUntil(lambda: message in window.bench.message.text(), timeout=WAIT)
    assert window.bench.message.property("level") == "error"
    assert window.bench.inspection is None
    assert row_counts(station.db) == before


def test_an_unknown_code_is_received_as_an_unexpected_return(
    qtbot: QtBot, window: MainWindow
) -> None:
    bench = window.bench
    wedge_scan(qtbot, window, "NOPAPERS-4471")
    qtbot.waitUntil(lambda: bench.unexpected_button.isVisible(), timeout=WAIT)
    assert "No expected return for NOPAPERS-4471" in bench.message.text()
    qtbot.wait(60)  # past the scanner's gap: a single key is a key
    qtbot.keyClick(bench, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: bench.inspection is not None, timeout=WAIT)
    assert bench.inspection is not None
    assert bench.inspection.unexpected
    assert bench.parcel.field("rma") == "Unexpected return · held in quarantine"
    # The scanned code stands where codes stand, not as the customer's stated reason.
    assert bench.parcel.field("tracking") == "NOPAPERS-4471 (scanned)"
    assert "NOPAPERS" not in bench.parcel.field("reason")
    qtbot.keyClick(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bench.grade == "A", timeout=WAIT)
    assert bench.grading.route.text() == "QUARANTINE"  # its own rule, not RESALE or RESTOCK
    assert "unexpected parcel" in bench.grading.why.text()


def test_the_grade_of_the_unit_before_is_not_lit_on_the_next_parcel(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station, 0))
    qtbot.keyClick(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bench.grade == "A", timeout=WAIT)
    assert bench.grading.highlighted_grade() == "A"
    qtbot.keyClick(bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    assert bench.grading.highlighted_grade() is None
    open_parcel(qtbot, window, seeded_rma(station, 1))
    assert bench.grading.highlighted_grade() is None
    assert "No grade yet" in bench.grading.grade_line.text()


def test_without_a_camera_the_flow_goes_on_with_file_photos(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, station: Station, tmp_path: Path
) -> None:
    window.shutdown()  # replace the working camera with one that cannot open
    window._scanner.install(qapp)
    broken = station.settings.replace(camera_source=str(tmp_path / "unplugged.avi"))
    camera = camera_for(broken)
    win = MainWindow(station=station, **task_runners(), camera=camera, scanner=window._scanner)
    qtbot.addWidget(win)
    win.show()
    win.start()
    try:
        qtbot.waitUntil(lambda: "Camera unavailable" in win.status.camera.toolTip(), timeout=WAIT)
        assert "Camera unavailable" in win.bench.photos.preview.text()
        open_parcel(qtbot, win, seeded_rma(station, 2))
        qtbot.keyClick(win.bench, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: "Camera unavailable" in win.bench.message.text(), timeout=WAIT)
        image = tmp_path / "front.png"
        cv2.imwrite(str(image), np.full((480, 640, 3), 200, np.uint8))
        win.bench.add_photo_file(image)
        # A flat grey picture shows nothing sharp: the bench asks, and the worker keeps it.
        qtbot.waitUntil(win.bench.photos.prompt.isVisible, timeout=WAIT)
        qtbot.keyClick(win.bench, Qt.Key.Key_K)
        qtbot.waitUntil(lambda: win.bench.photos.thumbs.count() == 1, timeout=WAIT)
        win.bench.set_grade("A")
        win.bench.confirm()
        qtbot.waitUntil(lambda: win.bench.inspection is None, timeout=WAIT)
    finally:
        win.shutdown()
    with station.db.read() as session:
        assert session.scalars(select(Inspection.status)).all() == ["finished"]


def test_an_unwritable_label_folder_keeps_the_job_queued_and_the_inspection_saved(
    qtbot: QtBot, window: MainWindow, station: Station, tmp_path: Path, clock: FakeClock
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the labels folder should be", encoding="utf-8")
    station.change_shift(printer=FolderPrinter(blocker / "labels", name="files"))
    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station, 3))
    bench.set_grade("C")
    bench.confirm()
    qtbot.waitUntil(lambda: "queued, not printed" in bench.message.text(), timeout=WAIT)
    # The bar elides a long printer state; its tooltip holds it whole.
    qtbot.waitUntil(lambda: "1 label(s) waiting" in window.status.printer.toolTip(), timeout=WAIT)
    with station.db.read() as session:
        job = session.scalars(select(PrintJob)).one()
        insp = session.scalars(select(Inspection)).one()
    assert job.state == "queued"
    assert job.attempts == 1
    assert "cannot be created" in (job.last_error or "")
    assert insp.status == "finished"
    # The printer comes back: after the backoff the queued label goes out, once.
    station.change_shift(printer=FolderPrinter(tmp_path / "labels", name="files"))
    clock.advance(5)
    window.labels.dispatch()
    qtbot.waitUntil(lambda: len(list((tmp_path / "labels").glob("*.pdf"))) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: "waiting" not in window.status.printer.toolTip(), timeout=WAIT)


def test_a_scan_goes_where_the_person_is(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    sounds: list[str] = []
    window.feedback.sounded.connect(sounds.append)
    window.show_history()
    search = window.history.filters.search
    search.setFocus()
    qtbot.waitUntil(search.hasFocus, timeout=WAIT)
    rma = seeded_rma(station, 4)
    wedge_scan(qtbot, window, rma)  # history's Find takes codes: the scan goes there, whole
    qtbot.waitUntil(lambda: search.text() == rma, timeout=WAIT)
    assert window.bench.inspection is None
    assert sounds == ["accepted"]
    window.show_bench()
    open_parcel(qtbot, window, rma)  # the bench takes it when no field asked for it
    before = row_counts(station.db)
    notes = window.bench.grading.notes
    notes.setFocus()
    wedge_scan(qtbot, window, "SO-00000000")  # a scan while the worker types a note
    qtbot.waitUntil(lambda: "cannot go into" in window.bench.message.text(), timeout=WAIT)
    assert window.bench.message.property("level") == "error"
    assert notes.toPlainText() == ""
    assert row_counts(station.db) == before
    assert sounds[-1] == "refused"
    qtbot.keyClicks(notes, "dent", delay=60)  # a person typing notes
    qtbot.waitUntil(lambda: notes.toPlainText() == "dent", timeout=WAIT)


def test_a_unit_changed_elsewhere_is_let_go_with_a_clear_message(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station, 5))
    assert bench.inspection is not None
    with station.db.write() as session:  # e.g. a supervisor cancelled it meanwhile
        row = session.get(Inspection, bench.inspection.id)
        assert row is not None
        row.status = "cancelled"
    bench.set_grade("A")
    bench.confirm()
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    assert "was cancelled; nothing was saved" in bench.message.text()
    with station.db.read() as session:
        assert session.scalars(select(PrintJob)).all() == []


def test_a_photo_of_another_product_warns_and_w_records_what_came_back(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    from db.models.grading import UnitAssessment
    from db.models.returns import ExpectedReturnLine
    from inspect_station.demo.sample import DEMO_EAN

    bench = window.bench
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    with station.db.read() as session:
        rma = session.scalars(
            select(ExpectedReturn.rma)
            .join(ExpectedReturnLine)
            .where(ExpectedReturnLine.ean != DEMO_EAN, ExpectedReturnLine.sku != "AP-1001-M")
            .order_by(ExpectedReturn.id)
        ).first()
    assert rma is not None
    open_parcel(qtbot, window, rma)
    qtbot.keyClick(bench, Qt.Key.Key_Space)  # the demo clip shows the jumper's EAN-13
    qtbot.waitUntil(lambda: "The camera sees product code" in bench.message.text(), timeout=WAIT)
    assert DEMO_EAN in bench.message.text()
    assert "W records it" in bench.message.text()
    qtbot.keyClick(bench, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: "Wrong item recorded" in bench.message.text(), timeout=WAIT)
    assert "AP-1001-M" in bench.grading.grade_line.text()
    qtbot.keyClick(bench, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: bench.grade == "B", timeout=WAIT)
    assert bench.grading.route.text() == "QUARANTINE"
    insp = bench.inspection
    assert insp is not None
    qtbot.keyClick(bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    with station.db.read() as session:
        kept = session.get(UnitAssessment, insp.id)
    assert kept is not None
    assert (kept.receipt, kept.actual_sku, kept.actual_code) == (
        "wrong_item",
        "AP-1001-M",
        DEMO_EAN,
    )


def test_after_w_the_items_own_code_is_scanned_and_a_bad_one_is_refused(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    from inspect_station.demo.sample import DEMO_EAN

    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station, 3))
    qtbot.keyClick(bench, Qt.Key.Key_W)
    qtbot.waitUntil(lambda: "scan the item's own code" in bench.message.text(), timeout=WAIT)
    before = row_counts(station.db)
    wedge_scan(qtbot, window, "NOT-A-PRODUCT")
    qtbot.waitUntil(lambda: "is not a product code" in bench.message.text(), timeout=WAIT)
    assert row_counts(station.db) == before
    assert bench.assessing.draft.actual is None
    wedge_scan(qtbot, window, DEMO_EAN)
    qtbot.waitUntil(lambda: bench.assessing.draft.actual is not None, timeout=WAIT)
    assert bench.assessing.draft.actual.sku == "AP-1001-M"  # type: ignore[union-attr]
    assert bench.inspection is not None  # the same unit stays open


def test_the_chooser_names_the_customer_and_the_items(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    from sqlalchemy import func

    from db.models.returns import ExpectedReturnLine

    with station.db.read() as session:
        ean = session.scalars(
            select(ExpectedReturnLine.ean)
            .group_by(ExpectedReturnLine.ean)
            .having(func.count() > 1)
            .order_by(ExpectedReturnLine.ean)
        ).first()
    assert ean is not None
    wedge_scan(qtbot, window, ean)
    qtbot.waitUntil(lambda: window.bench.scans.chooser is not None, timeout=WAIT)
    chooser = window.bench.scans.chooser
    assert chooser is not None
    rows = [chooser.list.item(n).text() for n in range(chooser.list.count())]
    assert len(rows) > 1
    with station.db.read() as session:
        names = set(
            session.scalars(
                select(ExpectedReturn.customer_name)
                .join(ExpectedReturnLine)
                .where(ExpectedReturnLine.ean == ean)
            )
        )
    assert all(row.split(" · ")[0] in names for row in rows)
    assert all(" " in row.split(" · ")[0] for row in rows)  # a name, not an SKU code
    chooser.reject()


def test_a_label_never_scanned_is_recalled_on_the_next_parcel_and_listed_at_the_desk(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    bench = window.bench
    open_parcel(qtbot, window, seeded_rma(station, 0))
    first = bench.inspection
    assert first is not None
    qtbot.keyClick(bench, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: bench.grade == "A", timeout=WAIT)
    qtbot.keyClick(bench, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: "then the next parcel" in bench.message.text(), timeout=WAIT)
    open_parcel(qtbot, window, seeded_rma(station, 1))
    assert f"Label printed but never scanned: {first.lpn} → " in bench.message.text()
    desk = window.desk
    window.show_history()
    desk.tabs.setCurrentWidget(desk.labels)
    qtbot.waitUntil(lambda: desk.labels.table.rowCount() == 1, timeout=WAIT)
    assert desk.labels.table.item(0, 2).text() == first.lpn
    assert "1 label(s) not scanned yet" in desk.labels.message.text()
