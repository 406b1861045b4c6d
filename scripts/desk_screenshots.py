"""Fill a demo station with a day of graded units, then screenshot the supervisor's desk.

Run under a real X server (``xvfb-run -a -s "-screen 0 1366x768x24"``), from the checkout:
    INSPECT_STATION_HOME=/tmp/desk-shots .venv/bin/python scripts/desk_screenshots.py DIR
Saves desk-history.png, desk-unit.png, desk-approvals.png, desk-dashboard.png,
desk-dashboard-reasons.png and desk-report-1.png … -3.png (the daily report's pages, through
pdftoppm) into DIR (default docs/screenshots).
"""

from __future__ import annotations

import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import cv2
from shots import application, wait
from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app import settings
from inspect_station.app.context import Station
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.demo import sample
from inspect_station.desk import daily_report
from inspect_station.people import users
from inspect_station.people.roles import Role, User
from inspect_station.supervise import overrides
from ui.app import build_window

GRADERS = {"DEMO-01": ("anna", "ben"), "DEMO-02": ("chloe", "david"), "DEMO-03": ("eva", "felix")}


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def frames(video: str, count: int) -> list[object]:
    capture = cv2.VideoCapture(video)
    shots = []
    for _ in range(count):
        ok, frame = capture.read()
        if ok:
            shots.append(frame)
        for _skip in range(7):
            capture.grab()
    capture.release()
    return shots


def fill(station: Station, clock: Clock, units: int) -> None:
    """A day at three benches, two shifts each; felix grades harsher than the team."""
    rng = random.Random(7)
    base_settings = station.settings
    with station.db.read() as session:
        rmas = list(session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)))
    shots = frames(station.settings.camera_source, 6)
    for n, rma in enumerate(rmas[:units]):
        bench = f"DEMO-0{n % 3 + 1}"
        late = n >= units // 2
        grader = GRADERS[bench][1 if late else 0]
        station.settings = base_settings.replace(bench=bench)
        station.change_shift(user=User(grader, Role.OPERATOR))
        opened = scanning.scan(station, rma)
        if not isinstance(opened, scanning.Opened):
            continue
        if n % 4 == 0:
            for frame in shots[n % 3 : n % 3 + 2]:
                inspection.add_camera_photo(station, opened.inspection.id, frame)  # type: ignore[arg-type]
        clock.now += timedelta(seconds=rng.randint(35, 160))
        weights = (15, 25, 35, 20, 5) if grader == "felix" else (45, 30, 15, 7, 3)
        grade = rng.choices("ABCDX", weights=weights)[0]
        draft = draft_for(station, opened, grade, rng)
        checklist = station.grading_sets.for_category(opened.inspection.category)
        for defect in sorted(draft.defects):
            if checklist.defect(defect).deduct:  # a deduction is shown in a close-up of its own
                close_up = cv2.resize(shots[n % 6][100:500, 600:1200], (1280, 720))  # type: ignore[index]
                inspection.add_camera_photo(
                    station, opened.inspection.id, close_up, shot="defect", defect=defect
                )
        inspection.finish(
            station,
            opened.inspection,
            draft=draft,
            missing_shots_reason="photographed at the receiving dock",
        )
        clock.now += timedelta(seconds=rng.randint(5, 40))
    station.settings = base_settings


def draft_for(station: Station, opened: scanning.Opened, grade: str, rng: random.Random) -> Draft:
    """Most units graded by their checklist: the defects that cap at the grade (a handling
    defect only where a photo backs its deduction); one in eight given a better grade than
    the checklist's, with a reason, so the approval queue has overrides to show."""
    checklist = station.grading_sets.for_category(opened.inspection.category)
    photos = bool(inspection_photos(station, opened))
    capping = [
        d for d in checklist.defects if d.caps == grade and (photos or d.cause != "handling")
    ]
    if grade == "A" or not capping:
        return Draft(key_grade=grade)
    draft = Draft(defects=frozenset({rng.choice(capping).id}))
    if rng.random() < 0.125:
        better = "ABCDX"["ABCDX".index(grade) - 1] if grade != "A" else grade
        draft = draft.with_grade(better, "Lighter than the checklist says: marks come off")
    return draft


def inspection_photos(station: Station, opened: scanning.Opened) -> tuple[object, ...]:
    return inspection.inspection_detail(station, opened.inspection.id).photos


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "desk-demo"
    config = sample.demo_settings(settings.Settings(), root).replace(bench="DESK-01")
    today = datetime.now().astimezone().replace(hour=6, minute=2, second=0, microsecond=0)
    clock = Clock(today)
    app = application(language)
    station = open_station(config, clock=clock)
    sample.seed(station.db, today=today.date(), count=400)
    fill(station, clock, 360)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    # Two corrections by the supervisor, so history and the dashboard show overrides.
    from inspect_station.desk import history

    rows = history.page(station, history.HistoryQuery(grader="felix", grade="D"), limit=2)
    for row, grade in zip(rows, "BA", strict=False):
        detail = inspection.inspection_detail(station, row.id)
        overrides.override(
            station, row.id, seen_version=detail.version, grade=grade, reason="photos show no wear"
        )
    users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1500)
    window.sign_in.handle_badge("DEMO-SUPERVISOR")  # the badge scanned, the PIN typed
    window.sign_in.pin.setText("2222")
    window.sign_in.pin.returnPressed.emit()
    wait(1500)
    window.show_history()
    wait(1500)
    window.grab().save(str(out / "desk-history.png"))
    clock.now += timedelta(hours=14)  # the next morning: yesterday's first ones waited too long
    window.show_approvals()
    wait(2500)
    approvals_tab = window.approvals
    # A recommendation with a deduction and its photos, if there is one.
    model = approvals_tab.model
    pick = next((r for r in range(model.rowCount()) if model.row_at(r).deductions), 0)
    approvals_tab.table.selectRow(pick)
    wait(1500)
    window.grab().save(str(out / "desk-approvals.png"))
    print(f"window {window.width()}×{window.height()}")
    approvals_tab.open_selected()
    wait(2000)
    dialog = window.history._dialog
    if dialog is not None:
        dialog.tabs.setCurrentIndex(1)  # the refund: outcome, deductions, photos behind it
        wait(300)
        print(f"unit dialog {dialog.width()}×{dialog.height()}")
        dialog.grab().save(str(out / "desk-unit.png"))
        dialog.close()
    window.show_dashboard()
    board = window.desk.dashboard
    for _ in range(60):  # a loaded machine takes a while to draw the day's charts
        wait(500)
        if board.reason_table is not None:
            break
    wait(1000)
    window.grab().save(str(out / "desk-dashboard.png"))
    # The stated reasons against the grades and defects found, near the end of the page.
    board.scroll_area.verticalScrollBar().setValue(board.reason_table.y() - 40)
    wait(500)
    window.grab().save(str(out / "desk-dashboard-reasons.png"))
    pdf = out / "daily-report.pdf"
    daily_report.write_report(station, today.date(), pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "3", str(pdf), str(out / "desk-report")],
        check=True,
    )
    pdf.unlink()
    window.close()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *sys.argv[2:3]))
