"""Screens of identifying parcels, taken from a demo station into docs/screenshots/.

The bench with the camera's code outlined in the preview, the chooser for a product code that
several returns expect, and the quarantine list. Run under a real X server:
    INSPECT_STATION_HOME=/tmp/shots xvfb-run -a -s "-screen 0 1366x768x24" \\
        .venv/bin/python scripts/screenshots_identify.py docs/screenshots [LANGUAGE]
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

from shots import application, sign_in, wait

from inspect_station.app import settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.demo import sample
from inspect_station.people import users
from ui.app import build_window
from ui.desk.quarantine_dialogs import CreateReturnDialog


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "demo"
    config = sample.demo_settings(settings.Settings(), root)
    app = application(language)
    station = open_station(config)
    sample.seed(station.db, today=station.clock().astimezone().date())
    # Two parcels nobody announced, received earlier at other benches.
    now = station.clock()
    for code, hours in (("1Z999AA10123456784", 26), ("NO LABEL - BLUE BOX", 3)):
        station.clock = lambda hours=hours: now - timedelta(hours=hours)
        opened = scanning.receive_unexpected(station, code)
        inspection.finish(
            station, opened.inspection, grade="B", missing_shots_reason="screenshot sample"
        )
    station.clock = lambda: now
    users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1000)
    sign_in(window, "DEMO-OPERATOR", "1111")
    overlay = window.sources.overlay
    for _ in range(50):
        wait(100)
        if overlay is not None and overlay.outlines():
            break
    window.grab().save(str(out / "camera-code.png"))
    window.bench.handle_scan(sample.DEMO_EAN)
    wait(1500)
    screen = app.primaryScreen()
    screen.grabWindow(0).save(str(out / "chooser.png"))
    chooser = window.bench.scans.chooser
    if chooser is not None:
        chooser.reject()
    window.lock_now()  # placing parcels from quarantine is a supervisor's
    sign_in(window, "DEMO-SUPERVISOR", "2222")
    window.show_quarantine()
    wait(1000)
    window.grab().save(str(out / "quarantine.png"))
    # A new return for the parcel, with the customer's withdrawal: a cost the form refuses.
    window.quarantine.create_for_selected()
    wait(800)
    dialog = window.quarantine._dialog
    if isinstance(dialog, CreateReturnDialog):
        dialog.fields["order_number"].setText("SO-48151623")
        dialog.fields["sku"].setText("AP-6010-L")
        dialog.fields["description"].setText("Rain jacket, olive, L")
        dialog.fields["category"].setText("apparel")
        dialog.fields["unit_price"].setText("129.00")
        form = dialog.withdrawal
        form.notice.setText(f"{(now - timedelta(days=3)).astimezone():%Y-%m-%d} 21:40")
        form.zone.setText("Europe/Berlin")
        form.channel.setCurrentIndex(1)
        form.acknowledgement.setText("ACK-2026-118842")
        form.informed.setCurrentIndex(1)
        form.paid.setText("4.95")
        form.cheapest.setText("5.95")
        dialog.create_return()
        wait(1000)
        screen.grabWindow(0).save(str(out / "quarantine-new-return.png"))
        dialog.reject()
    window.close()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"), *sys.argv[2:3]))
