"""Screens of the label side and one label per stock, for docs/screenshots.

Run under a real X server:
    INSPECT_STATION_HOME=/tmp/shots xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/label_screenshots.py docs/screenshots
Each label PDF becomes a PNG with pdftoppm at the printer's resolution and is scanned back.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QWidget
from shots import application, wait
from sqlalchemy import select

from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app import settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.demo import sample
from inspect_station.identify.decoding import decode_image
from inspect_station.labels.layout import STOCKS
from inspect_station.labels.pdf import render_pdf
from inspect_station.people.roles import Role, User
from inspect_station.printing import queue
from inspect_station.printing.queue import label_data
from ui.app import build_window


def grab(widget: QWidget | None, path: Path) -> None:
    assert widget is not None, path
    widget.grab().save(str(path))
    print(f"saved {path}")


def label_pngs(data: object, out: Path) -> None:
    import cv2

    for stock in STOCKS:
        with tempfile.TemporaryDirectory() as folder:
            pdf = Path(folder) / "label.pdf"
            pdf.write_bytes(render_pdf(data, stock, 203))  # type: ignore[arg-type]
            subprocess.run(
                ["pdftoppm", "-r", "203", "-gray", "-png", "-singlefile", str(pdf), str(pdf)],
                check=True,
            )
            png = out / f"label-{stock}.png"
            png.write_bytes(pdf.with_suffix(".pdf.png").read_bytes())
        found = decode_image(cv2.imread(str(png), cv2.IMREAD_GRAYSCALE))
        print(f"saved {png}: decodes to {[(d.format, d.text) for d in found]}")


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "demo"
    config = sample.demo_settings(settings.Settings(), root).replace(
        printers={
            "dock-zebra": {"kind": "zpl-tcp", "host": "zebra-04.local", "timeout": 1.0},
            "office": {"kind": "cups", "queue": "Office_Laser", "colour": True},
        }
    )
    app = application()
    station = open_station(config)
    sample.seed(station.db, today=station.clock().astimezone().date())
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1200)
    with station.db.read() as session:
        rmas = session.scalars(
            select(ExpectedReturn.rma).where(ExpectedReturn.status == "open").limit(2)
        ).all()
    finished = []
    for rma in rmas:
        opened = scanning.scan(station, rma)
        assert isinstance(opened, scanning.Opened)
        finished.append(
            inspection.finish(
                station, opened.inspection, grade="B", missing_shots_reason="label sample only"
            )
        )
    queue.dispatch(station)
    data = label_data(station, inspection.inspection_detail(station, finished[0].inspection.id))
    label_pngs(replace(data, tote="T-017"), out)
    window.labels.show_label(finished[0].inspection.id)
    wait(1200)
    grab(window.labels.preview, out / "label-preview.png")
    window.labels.preview.reject()  # type: ignore[union-attr]
    with station.db.write() as session:
        job = session.get(PrintJob, finished[1].print_job_id)
        assert job is not None
        job.state = "unknown"
        job.last_error = (
            "ZPL printer zebra-04.local:9100: the connection broke after the label was sent "
            "(Connection reset by peer); it may or may not have printed"
        )
    window.labels.dispatch()
    wait(1500)
    grab(window.labels.question, out / "did-it-print.png")
    window.labels.question.done(0)  # type: ignore[union-attr]
    window.labels.question = None
    station.change_shift(user=User("ada", Role.ADMIN))
    window.labels.show_printer_settings()
    wait(500)
    dialog = window.labels.settings
    assert dialog is not None
    dialog.names.setCurrentRow(1)
    dialog.check_printer()
    wait(2500)
    grab(dialog, out / "printer-settings.png")
    dialog.reject()
    window.close()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
