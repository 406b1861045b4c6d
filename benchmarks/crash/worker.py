"""The child process of the crash harness: it works a station like a bench worker would, as
fast as it can, and writes down each step the station acknowledged, until it is killed.

Each run opens the station (which settles what the last kill left: pending audit links,
photos stored but not recorded, labels cut off mid-send), resumes the unit left open, then
scans the returns in order: photographs each unit (one or two photos), grades it, finishes
it, prints its label. Now and then the shared database "goes away" for a few units (the
offline bench is forced on: units go to the bench's journal) and "comes back" (the journal
is sent, in order). The ledger (one line per acknowledged step, flushed to disk before the
next step) is what the parent checks the databases against after the kill.
"""

from __future__ import annotations

import json
import os
import random
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO

import numpy as np

from inspect_station.app.context import Station
from inspect_station.app.errors import AlreadyClaimed, KnownError
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.views import InspectionView
from inspect_station.printing import queue
from inspect_station.sync import sending

GRADES = ("A", "B", "C")


@dataclass(frozen=True)
class WorkerConfig:
    database_url: str
    home: str  # the station's data folder (audit heads, anchors, the offline database)
    photo_dir: str
    labels_dir: str
    ledger: str
    rmas: tuple[str, ...]  # the returns to work through, in order
    seed: int
    bench: str = "BENCH-CRASH"
    offline_share: float = 0.3  # of the units worked while the database is "away"

    def settings(self) -> Settings:
        return Settings(
            bench=self.bench,
            operator="crash-harness",
            database_url=self.database_url,
            photo_dir=self.photo_dir,
            labels_dir=self.labels_dir,
            require_shots=False,
            offline_bench="on",
            camera_scanning="off",
        )


class Ledger:
    """Acknowledged steps, one JSON line each, on disk before the next step begins."""

    def __init__(self, path: Path) -> None:
        self._file: IO[str] = path.open("a", encoding="utf-8")

    def note(self, step: str, **fields: object) -> None:
        self._file.write(json.dumps({"step": step, **fields}, default=str) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())


class Outage:
    """When the shared database "goes away" (the offline bench forced on) and comes back."""

    def __init__(self, station: Station, rng: random.Random, share: float, ledger: Ledger):
        self._station, self._rng, self._share, self._ledger = station, rng, share, ledger
        self.units_left = 0

    def maybe_begin(self) -> None:
        bench = self._station.offline
        assert bench is not None
        if self.units_left == 0 and self._rng.random() < self._share / 3:
            self.units_left = self._rng.randint(1, 6)
            bench.forced = True
            self._ledger.note("away", units=self.units_left)

    def unit_done(self) -> None:
        if self.units_left == 0:
            return
        self.units_left -= 1
        if self.units_left == 0:
            self.end()

    def end(self) -> None:
        bench = self._station.offline
        assert bench is not None
        bench.forced = False
        self._ledger.note("back")
        # Each unit written down as soon as it is sent: a kill in the middle of the journal
        # must not leave the units already sent unacknowledged (a run killed in every
        # sending once counted no unit sent at all).
        sending.send_all(
            self._station,
            each=lambda sent: self._ledger.note(
                "sent", unit=sent.inspection_id, outcome=sent.outcome
            ),
        )


def main(config: WorkerConfig) -> None:
    """Work until killed (or, with every return done, until the journal is sent)."""
    os.environ["INSPECT_STATION_HOME"] = config.home
    rng = random.Random(config.seed)
    ledger = Ledger(Path(config.ledger))
    station = open_station(config.settings())
    bench = station.offline
    assert bench is not None
    ledger.note("started", pid=os.getpid())
    if bench.count() == 0:
        bench.refresh(station.db, days=365, limit=100_000, now=station.clock())
    outage = Outage(station, rng, config.offline_share, ledger)
    unit = inspection.resume(station)
    if unit is not None:
        ledger.note("resumed", unit=unit.id, photos=[p.sha256 for p in unit.photos])
    for rma in config.rmas:
        while True:
            outage.maybe_begin()
            unit = unit or _open(station, rma, ledger)
            if unit is None:
                break  # this return is done (received, or taken)
            _work(station, unit, rng, ledger, outage)
            unit = None
            outage.unit_done()
    outage.end()
    ledger.note("done")
    station.close()


def _open(station: Station, rma: str, ledger: Ledger) -> InspectionView | None:
    try:
        outcome = scanning.scan(station, rma)
    except AlreadyClaimed:
        return None
    if not isinstance(outcome, scanning.Opened):
        return None
    ledger.note("opened", unit=outcome.inspection.id, lpn=outcome.inspection.lpn, rma=rma)
    return outcome.inspection


def _work(
    station: Station,
    unit: InspectionView,
    rng: random.Random,
    ledger: Ledger,
    outage: Outage,
) -> None:
    for _ in range(max(0, rng.randint(1, 2) - len(unit.photos))):
        frame = np.random.default_rng(uuid.uuid4().int).integers(
            40, 200, (120, 160, 3), dtype=np.uint8
        )
        photo = inspection.add_camera_photo(station, unit.id, frame, shot="front")
        ledger.note("photo", unit=unit.id, sha=photo.sha256)
    outage.maybe_begin()  # the database may go away with the unit on the bench
    current = inspection.resume(station) or unit
    try:
        done = inspection.finish(station, current, grade=rng.choice(GRADES))
    except KnownError as exc:  # e.g. a unit whose parcel turned out complete
        ledger.note("refused", unit=unit.id, error=str(exc))
        return
    ledger.note("finished", unit=unit.id, lpn=done.inspection.lpn)
    printed = queue.dispatch(station)
    ledger.note("printed", jobs=[o.state for o in printed])


def config_json(config: WorkerConfig) -> str:
    return json.dumps(asdict(config))
