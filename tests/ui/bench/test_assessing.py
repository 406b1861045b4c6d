"""Grading at the bench from the keyboard: checklist, override with a reason, receipt per line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from db.models.grading import Recommendation, UnitAssessment
from db.models.printing import PrintJob
from inspect_station.app.context import Station
from inspect_station.bench.assessment import Draft
from tests.inspect_station.returns import add_return
from tests.ui.bench.test_bench_screen import WAIT, open_parcel
from ui.main_window import MainWindow


def key(qtbot: QtBot, window: MainWindow, which: Qt.Key) -> None:
    qtbot.wait(40)  # past the scanner's gap: a single key is a key, not a scan
    qtbot.keyClick(window.bench, which)


def test_checklist_override_and_a_missing_line_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    add_return(
        station,
        "RMA-T-000400",
        [("AP-4", "apparel", "80.00", 1), ("AP-5", "apparel", "30.00", 1)],
        notice_on="2026-11-14",  # the refund is due on 28 Nov: two days from the test's today
    )
    bench = window.bench
    panel = bench.grading
    assert not panel.waits.isVisible()  # nothing on the bench: no empty "waits" bar
    open_parcel(qtbot, window, "RMA-T-000400")
    assert panel.checklist.count() == 10  # the apparel checklist and "factory sealed"
    assert "Apparel checklist" in panel.checklist_title.text()
    assert bench.parcel.field("due") == (
        "Refund due by 28 Nov 23:59 UTC (in 2 days) · may be withheld until 26 Nov 10:00 "
        "(goods received)"
    )
    qtbot.waitUntil(lambda: window._camera.latest_frame() is not None, timeout=WAIT)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.photos.thumbs.count() == 1, timeout=WAIT)
    key(qtbot, window, Qt.Key.Key_5)  # stain: caps C
    key(qtbot, window, Qt.Key.Key_7)  # tags removed: caps B
    qtbot.waitUntil(lambda: panel.ticked() == ["stain", "tags-removed"], timeout=WAIT)
    assert bench.grade == "C"
    # Each deduction asks for a close-up of its own defect, in checklist order.
    flow = bench.photo_flow
    assert flow.proof_target == ("stain", "Stain, make-up or deodorant marks")
    assert flow.next_shot is not None
    assert flow.next_shot.code == "defect"
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: flow.proof_target == ("tags-removed", "Tags removed"), timeout=WAIT)
    key(qtbot, window, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bench.photos.thumbs.count() == 3, timeout=WAIT)
    assert flow.proof_target is None
    shown = [p.defect for p in bench.inspection.photos]  # type: ignore[union-attr]
    assert shown == [None, "stain", "tags-removed"]
    assert bench.decision is not None
    assert panel.route.text() == bench.decision.route.upper()
    assert "stain, make-up or deodorant marks → C" in panel.grade_line.text()
    assert panel.outcome.text() == "Partial refund €48.00 (−40 %)"
    assert "CRD art. 14(2)" in panel.outcome_reason.text()

    key(qtbot, window, Qt.Key.Key_B)  # against the checklist: asks why
    qtbot.waitUntil(lambda: bench.assessing.override_dialog is not None, timeout=WAIT)
    dialog = bench.assessing.override_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    assert "The checklist says C. Why grade B?" in dialog.labelText()
    dialog.setTextValue("Stain came out with a wipe")
    dialog.accept()
    qtbot.waitUntil(lambda: bench.grade == "B", timeout=WAIT)
    assert "overriding the checklist's C: Stain came out with a wipe" in panel.grade_line.text()
    assert "Waits for supervisor approval: grade overridden" in panel.waits.text()
    assert panel.waits.isVisible()

    key(qtbot, window, Qt.Key.Key_Down)  # the second line of the parcel …
    key(qtbot, window, Qt.Key.Key_M)  # … is not in it
    qtbot.waitUntil(lambda: bench.parcel.lines.item(1, 4).text() == "1", timeout=WAIT)
    assert bench.assessing.draft.missing_units == 1

    key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    with station.db.read() as session:
        kept = session.scalars(select(UnitAssessment).order_by(UnitAssessment.receipt)).all()
        pending = session.scalars(
            select(Recommendation).where(Recommendation.status == "pending")
        ).one()
    assert [(k.receipt, k.computed_grade, k.override_reason) for k in kept] == [
        ("missing", None, None),
        ("received", "C", "Stain came out with a wipe"),
    ]
    assert kept[1].missing_items == 1
    assert pending.outcome == "partial"


def test_an_empty_box_is_recorded_without_a_label(
    qtbot: QtBot, window: MainWindow, station: Station
) -> None:
    add_return(station, "RMA-T-000401", [("EL-4", "electronics", "60.00", 2)])
    bench = window.bench
    open_parcel(qtbot, window, "RMA-T-000401")
    missing = bench.parcel.lines.item(0, 4)
    key(qtbot, window, Qt.Key.Key_M)  # the other unit of the line is not here …
    qtbot.waitUntil(lambda: missing.text() == "1", timeout=WAIT)
    assert bench.assessing.draft.receipt == "received"
    key(qtbot, window, Qt.Key.Key_M)  # … nor the one on the bench …
    qtbot.waitUntil(lambda: missing.text() == "2", timeout=WAIT)
    assert bench.grading.route.text() == "NOT IN PARCEL"
    key(qtbot, window, Qt.Key.Key_M)  # … once more: both are here after all
    qtbot.waitUntil(lambda: missing.text() == "", timeout=WAIT)
    assert bench.assessing.draft == Draft()
    key(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: bench.grading.route.text() == "EMPTY BOX", timeout=WAIT)
    assert bench.grading.confirm.text() == "[F10]  Confirm: no label"
    assert bench.grading.outcome.text() == "Refuse the refund"
    assert bench.parcel.lines.item(0, 4).text() == "2"
    key(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: bench.inspection is None, timeout=WAIT)
    assert "recorded as not in the parcel; no label" in bench.message.text()
    with station.db.read() as session:
        assert session.scalars(select(UnitAssessment.receipt)).all() == ["empty_box"] * 2
        assert session.scalars(select(PrintJob)).all() == []


def test_the_next_unit_shows_no_grade_chosen(window: MainWindow) -> None:
    """The grade keys are one exclusive group: a unit without a grade shows none of them
    pressed, not the grade of the unit before."""
    panel = window.bench.grading
    panel.show_decision("B", None)
    assert [code for code, b in panel._buttons.items() if b.isChecked()] == ["B"]
    panel.show_decision(None, None)
    assert [code for code, b in panel._buttons.items() if b.isChecked()] == []
