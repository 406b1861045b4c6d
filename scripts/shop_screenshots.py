"""A demo station whose outcomes went out to a webhook receiver: some delivered, one refused
(a dead letter), some waiting for a receiver that stopped answering. Screenshots the status bar's
backlog and a unit's Shop tab, reached with real key events (xdotool): the PIN, F2, Ctrl+F and
the plate, Enter, Alt+H.

Run under a real X server (``xvfb-run -a -s "-screen 0 1366x768x24"``), from the checkout:
    INSPECT_STATION_HOME=/tmp/shop-shots PYTHONPATH=. .venv/bin/python \
        scripts/shop_screenshots.py DIR
Saves shop-window.png, shop-unit.png and shop-screen.png (the whole X screen) into DIR
(default docs/screenshots).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from shots import application, wait
from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app import settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.demo import sample
from inspect_station.people import users
from inspect_station.people.roles import Role, User
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from tests.webhook_receiver import SECRET, Receiver
from ui.app import build_window


def keys(*args: str) -> None:
    """Real key events from the X server, as a keyboard sends them."""
    subprocess.run(["xdotool", *args], check=True)
    wait(150)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    receiver = Receiver().start()
    os.environ["WMS_SECRET"] = SECRET
    root = settings.data_dir() / "shop-demo"
    hook = {"kind": "webhook", "url": receiver.url, "secret_env": "WMS_SECRET", "timeout_s": 1}
    config = sample.demo_settings(settings.Settings(), root).replace(
        bench="DESK-01", connectors={"wms": hook}, require_shots=False
    )
    app = application()
    station = open_station(config)
    sample.seed(station.db, today=datetime.now().date(), count=12)
    station.change_shift(user=User("anna", Role.OPERATOR))
    with station.db.read() as session:
        rmas = list(session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id)))
    lpns = []
    deliverer = Deliverer(
        station, connectors.from_settings(station.settings), policy=Policy(), rng=random.Random(2)
    )
    for n, rma in enumerate(rmas[:6]):
        opened = scanning.scan(station, rma)
        if not isinstance(opened, scanning.Opened):
            continue
        done = inspection.finish(station, opened.inspection, grade="AB"[n % 2])
        lpns.append(done.inspection.lpn)
        receiver.mode = "refuse" if n == 2 else "ok"
        if n < 4:
            deliverer.run_once()
    receiver.stop()  # the receiver goes away: the last units' events wait
    deliverer.run_once()
    deliverer.stop()
    users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1500)
    window.activateWindow()
    window.sign_in.handle_badge("DEMO-SUPERVISOR")  # the badge is a scan; the rest is typed
    wait(500)
    keys("type", "--delay", "90", "2222")
    keys("key", "Return")
    wait(1500)
    keys("key", "F2")
    wait(6000)  # the backlog is read every 5 s
    print(f"window {window.width()}×{window.height()}")
    window.grab().save(str(out / "shop-window.png"))
    keys("key", "ctrl+f")
    keys("type", "--delay", "90", lpns[2])
    wait(2500)
    keys("key", "Return")
    wait(2500)
    keys("key", "alt+h")
    wait(500)
    dialog = window.history._dialog
    if dialog is not None:
        tab = dialog.tabs.tabText(dialog.tabs.currentIndex())
        print(f"unit dialog {dialog.width()}×{dialog.height()}, tab {tab}")
        dialog.grab().save(str(out / "shop-unit.png"))
        subprocess.run(["import", "-window", "root", str(out / "shop-screen.png")], check=False)
        keys("key", "Escape")
        wait(300)
    window.close()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
