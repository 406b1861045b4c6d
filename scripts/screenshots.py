"""Drive a demo station through one parcel and save screenshots into docs/.

Run under a real X server (e.g. ``xvfb-run -s "-screen 0 1366x768x24"``) or offscreen:
    INSPECT_STATION_HOME=/tmp/shots .venv/bin/python scripts/screenshots.py docs/
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QInputDialog
from shots import application, sign_in, wait

from inspect_station.app import settings
from inspect_station.app.startup import open_station
from inspect_station.bench.inspection import inspection_detail
from inspect_station.demo import sample
from inspect_station.labels.raster import pdf_to_image
from inspect_station.people import users
from inspect_station.printing.queue import label_data
from ui.app import build_window


def main(out: Path, language: str = "en") -> int:
    import cv2

    from inspect_station.labels.pdf import render_pdf

    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "demo"
    config = sample.demo_settings(settings.Settings(), root)
    app = application(language)
    station = open_station(config)
    sample.seed(station.db, today=station.clock().astimezone().date())
    users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1500)
    window.sign_in.handle_badge("DEMO-OPERATOR")
    wait(300)
    window.grab().save(str(out / "sign-in.png"))
    sign_in(window, "DEMO-OPERATOR", "1111")
    bench = window.bench
    year = station.clock().astimezone().year
    bench.handle_scan(f"RMA-{year}-000018")  # a rain jacket whose refund is due in two days
    wait(800)
    bench.capture_photo()
    wait(600)
    # A threshold no frame meets, to show the question a blurred photo gets.
    shipped = station.settings
    station.settings = shipped.replace(photo_min_sharpness=100_000)
    bench.capture_photo()
    wait(800)
    window.grab().save(str(out / "bench-retake.png"))
    bench.photo_flow.keep()
    wait(800)
    station.settings = shipped
    for key in "67":  # worn, tags removed: the checklist says C
        bench.assessing.handle_key(key, 0)
    bench.set_grade("B")  # the worker sees less wear: an override, with its reason
    bench.assessing.set_override("B", "Defect is lighter than the checklist assumes")
    if bench.assessing.override_dialog is not None:
        bench.assessing.override_dialog.reject()
    bench.grading.notes.setPlainText("Worn once, tags removed, no marks.")
    wait(500)
    window.grab().save(str(out / "bench.png"))  # the next photo: a close-up of the worn part
    for _ in range(2):  # each deduction shown in a close-up of its defect
        bench.capture_photo()
        wait(600)
    bench.photo_flow.open_gallery(bench, start_at=2)
    wait(1200)
    gallery = bench.photo_flow.gallery
    if gallery is not None:
        gallery.grab().save(str(out / "gallery.png"))
        gallery.close()
    insp = bench.inspection
    bench.confirm()  # the label shot is missing: the bench asks why
    wait(500)
    # The override's question was a dialog too: take the one showing now.
    dialog = next((d for d in bench.findChildren(QInputDialog) if d.isVisible()), None)
    screen = app.primaryScreen()
    if screen is not None and dialog is not None and dialog.isVisible():
        screen.grabWindow(0).save(str(out / "bench-missing-shots.png"))
        dialog.setTextValue("The customer cut the label off")
        dialog.accept()
    wait(1500)
    window.lock_now()
    sign_in(window, "DEMO-ADMIN", "3333")
    window.show_users()
    wait(800)
    window.grab().save(str(out / "users.png"))
    if insp is not None:
        done = inspection_detail(station, insp.id)
        pdf = render_pdf(label_data(station, done))
        cv2.imwrite(str(out / "label.png"), pdf_to_image(pdf, dpi=203))
    window.close()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs"), *sys.argv[2:3]))
