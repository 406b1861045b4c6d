"""Screenshots of a bench whose database stops and comes back: the status bar, what the bench
says, a unit finished offline and counted, the database back, and the desk's conflict list.

Starts its own PostgreSQL cluster on a loopback port (``tests/pg_cluster.py``). Run under a real
X server (``xvfb-run -a -s "-screen 0 1366x768x24"``), from the checkout:
    PYTHONPATH=. INSPECT_STATION_HOME=/tmp/outage-shots \
        .venv/bin/python scripts/outage_screenshots.py DIR
Saves outage-online.png, outage-unreachable.png, outage-offline-unit.png, outage-back.png and
outage-conflicts.png into DIR (default docs/screenshots).
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import application, sign_in, wait

from inspect_station.app import settings
from inspect_station.app.startup import open_station
from inspect_station.bench import scanning
from inspect_station.demo import sample
from inspect_station.people import users
from inspect_station.sync.worker import SyncWorker
from tests.pg_cluster import PgCluster
from ui.app import build_window


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "outage"
    with PgCluster() as cluster:
        config = sample.demo_settings(settings.Settings(bench="BENCH-04"), root).replace(
            database_url=cluster.url,
            offline_bench="on",
            camera_scanning="off",
            require_shots=False,  # one photo a unit is enough for the pictures
        )
        app = application()
        station = open_station(config)
        today = station.clock().astimezone().date()
        sample.seed(station.db, today=today)
        users.seed(station, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
        sync = SyncWorker(station)
        station.health.start()
        window = build_window(app, station, sync)
        window.show()
        window.start()
        sync.start()
        wait(2500)  # the probe has answered, the worker has copied the returns
        sign_in(window, "DEMO-OPERATOR", "1111")
        wait(800)
        window.grab().save(str(out / "outage-online.png"))

        cluster.stop()  # the database goes away
        wait(1500)
        window.grab().save(str(out / "outage-unreachable.png"))

        bench = window.bench
        rma = f"RMA-{today.year}-000007"
        bench.handle_scan(rma)  # identified from the bench's copy, opened in its journal
        wait(1200)
        bench.capture_photo()
        wait(800)
        bench.set_grade("B")
        bench.confirm()
        wait(1500)
        bench.handle_scan(f"RMA-{today.year}-000009")  # the next parcel, still offline
        wait(1200)
        window.grab().save(str(out / "outage-offline-unit.png"))
        bench.set_grade("A")
        bench.confirm()
        wait(1500)

        bench_db = station.offline
        assert bench_db is not None
        bench_db.forced = True  # the sending held back a moment: another bench takes a parcel
        cluster.start()
        other = open_station(config.replace(bench="BENCH-09", offline_bench="off"))
        taken = scanning.scan(other, rma)  # the same parcel, at another bench, meanwhile
        assert isinstance(taken, scanning.Opened), taken
        other.close()
        bench_db.forced = False
        wait(4000)
        window.grab().save(str(out / "outage-back.png"))

        window.lock_now()
        sign_in(window, "DEMO-SUPERVISOR", "2222")
        window.show_conflicts()
        wait(1500)
        window.grab().save(str(out / "outage-conflicts.png"))
        window.close()
        sync.stop()
        station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
