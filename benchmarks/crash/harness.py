"""The crash harness: a child process works a station (``worker``) and is killed with SIGKILL at
a random moment, again and again; after every kill, before anything is restarted, the parent
checks what the kill left, the way SQLite tests itself with its crash tests.

After each kill:

- **nothing finished is lost**: every unit the child acknowledged as finished is finished on
  the shared database or waits, finished, in the bench's journal;
- **nothing is doubled**: no line of a return has more units than it expects, no unit was
  finished twice on the shared database, no unit has two routing labels queued, and no unit's
  label came out of the printer twice;
- **resume with photos**: every photo acknowledged has its row, and a unit resumed after a kill
  came back with every photo acknowledged for it;
- **integrity**: SQLite's ``integrity_check`` and ``foreign_key_check`` on every SQLite file;
- **no false tamper alarm**: ``audit verify`` finds nothing, on the shared database and on the
  bench's own, with their head files and anchors as the kill left them;
- **no orphan photo**: every file in the photo store is named by a row, or by the pending
  record of a photo on its way to its row.

A last run is left to finish (every return worked, the journal sent) and checked the same way,
with every finished unit then on the shared database and nothing left in the journal.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select

from benchmarks.crash import worker
from db.audit_head import AnchorLog, HeadFile
from db.engine import Database
from db.models.audit import AuditEvent
from db.models.inspections import Inspection, Photo, Unit
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.startup import (
    audit_anchor_path,
    audit_head_path,
    offline_database_path,
    open_database,
)
from inspect_station.audit import verification
from inspect_station.demo import sample
from inspect_station.photos import pending
from inspect_station.photos.store import PhotoStore


@dataclass
class Counts:
    """What the kills left, summed over every check."""

    database: str
    kills: int = 0
    runs_done: int = 0  # runs that ended by themselves (the last one)
    finished: int = 0  # units acknowledged finished, at the last check
    sent: int = 0  # units sent from the journal, at the last check
    resumed: int = 0  # runs that resumed an open unit
    resumed_photos: int = 0  # photos those units came back with
    lost: int = 0
    duplicates: int = 0
    photos_missing: int = 0
    integrity: int = 0
    false_alarms: int = 0
    orphans: int = 0
    set_aside: int = 0
    took_s: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        failures = (self.lost, self.duplicates, self.photos_missing, self.integrity)
        return not any(failures) and not (self.false_alarms or self.orphans or self.set_aside)

    def fault(self, what: str, text: str) -> None:
        setattr(self, what, getattr(self, what) + 1)
        if len(self.problems) < 50:
            self.problems.append(f"after kill {self.kills}: {text}")


class Harness:
    """One station's database, photo store and data folder under ``folder``, killed at will."""

    def __init__(self, database_url: str, folder: Path, *, returns: int = 60, seed: int = 1):
        self.url = database_url
        self.folder = folder
        self.returns = returns
        self.seed = seed
        self.home = folder / "home"
        self.ledger = folder / "ledger.jsonl"
        self.labels = folder / "labels"
        self.photos = folder / "photos"
        self.rmas: tuple[str, ...] = ()

    def prepare(self) -> None:
        """Migrate the database and load the returns the children work through."""
        with self._home():
            database = open_database(self.url)
            try:
                result = sample.seed(database, today=date.today(), count=self.returns)
                assert result.created == self.returns, "the harness needs an empty database"
                with database.read() as session:
                    self.rmas = tuple(
                        session.scalars(select(ExpectedReturn.rma).order_by(ExpectedReturn.id))
                    )
            finally:
                database.dispose()

    def config(self, run: int) -> worker.WorkerConfig:
        return worker.WorkerConfig(
            database_url=self.url,
            home=str(self.home),
            photo_dir=str(self.photos),
            labels_dir=str(self.labels),
            ledger=str(self.ledger),
            rmas=self.rmas,
            seed=self.seed * 100_003 + run,
        )

    def run(
        self,
        kills: int,
        *,
        max_delay_s: float = 1.2,
        check_every: int = 1,
        kill_with_unit_open: bool = False,
    ) -> Counts:
        """``kills`` children killed at random moments, then one left to finish.

        ``kill_with_unit_open``: one more child is killed just after it stored a photo of an
        open unit, so the last one surely resumes a unit (a short run's random moments may
        all fall where no unit is open, the more so on a busy machine)."""
        counts = Counts(database=self.url.split(":", 1)[0].split("+")[0])
        began = time.perf_counter()
        # Forked from this process, which has the station's modules loaded and holds no
        # connection: a child is working within milliseconds, whatever the main module is.
        context = multiprocessing.get_context("fork")
        rng = random.Random(self.seed)
        for run in range(kills):
            child = context.Process(target=worker.main, args=(self.config(run),), daemon=True)
            child.start()
            time.sleep(rng.uniform(0.0, max_delay_s))
            child.kill()
            child.join()
            counts.kills += 1
            if (run + 1) % check_every == 0 or run + 1 == kills:
                self.check(counts)
        if kill_with_unit_open:
            child = context.Process(target=worker.main, args=(self.config(kills),), daemon=True)
            photos = sum(1 for step in self._ledger() if step["step"] == "photo")
            child.start()
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline and child.is_alive():
                if sum(1 for step in self._ledger() if step["step"] == "photo") > photos:
                    break
                time.sleep(0.005)
            child.kill()
            child.join()
            counts.kills += 1
            self.check(counts)
            kills += 1
        last = context.Process(target=worker.main, args=(self.config(kills),), daemon=True)
        last.start()
        last.join(timeout=600)
        if last.exitcode != 0:
            counts.problems.append(f"the last run ended with {last.exitcode}")
            last.kill()
        else:
            counts.runs_done += 1
        self.check(counts, final=True)
        counts.took_s = time.perf_counter() - began
        return counts

    # -- the checks ----------------------------------------------------------------------------
    def check(self, counts: Counts, *, final: bool = False) -> None:
        steps = self._ledger()
        with self._home(), self._databases() as (server, local):
            finished_there = _finished(server)
            finished_here = _finished(local)
            acknowledged = {s["unit"] for s in steps if s["step"] == "finished"}
            counts.finished = len(acknowledged)
            counts.sent = sum(1 for s in steps if s["step"] == "sent")
            for unit in sorted(acknowledged - finished_there - (set() if final else finished_here)):
                counts.fault("lost", f"unit {unit} acknowledged finished is nowhere finished")
            self._duplicates(server, counts)
            self._photos(server, local, steps, counts)
            self._audit(server, local, counts)
            self._store(server, local, counts)
        for path in self._sqlite_files():
            problem = _integrity(path)
            if problem:
                counts.fault("integrity", f"{path.name}: {problem}")
        counts.resumed = sum(1 for s in steps if s["step"] == "resumed")
        counts.resumed_photos = sum(len(s["photos"]) for s in steps if s["step"] == "resumed")

    def _duplicates(self, server: Database, counts: Counts) -> None:
        with server.read() as session:
            over = session.execute(
                select(ExpectedReturnLine.id, ExpectedReturnLine.quantity, func.count())
                .join(Unit, Unit.line_id == ExpectedReturnLine.id)
                .join(Inspection, Inspection.lpn == Unit.lpn)
                .where(Inspection.status != "cancelled")
                .group_by(ExpectedReturnLine.id, ExpectedReturnLine.quantity)
                .having(func.count() > ExpectedReturnLine.quantity)
            ).all()
            for line, quantity, units in over:
                counts.fault("duplicates", f"line {line} expects {quantity} units, has {units}")
            twice = session.execute(
                select(AuditEvent.entity_id, func.count())
                .where(AuditEvent.action == "inspection.finished")
                .group_by(AuditEvent.entity_id)
                .having(func.count() > 1)
            ).all()
            for unit, times in twice:
                counts.fault("duplicates", f"unit {unit} finished {times} times")
            labels = session.execute(
                select(PrintJob.inspection_id, func.count())
                .where(PrintJob.kind == "label")
                .group_by(PrintJob.inspection_id)
                .having(func.count() > 1)
            ).all()
            for unit, jobs in labels:
                counts.fault("duplicates", f"unit {unit} has {jobs} routing labels")
        printed = Counter(p.name.rsplit("-", 1)[0] for p in self.labels.glob("*.zpl"))
        for lpn, times in printed.items():
            if times > 1:
                counts.fault("duplicates", f"{lpn}'s label came out {times} times")

    def _photos(
        self, server: Database, local: Database, steps: list[dict[str, Any]], counts: Counts
    ) -> None:
        rows = _photo_rows(server) | _photo_rows(local)
        taken: dict[str, set[str]] = {}
        for step in steps:
            if step["step"] == "photo":
                taken.setdefault(step["unit"], set()).add(step["sha"])
                if (step["unit"], step["sha"]) not in rows:
                    counts.fault("photos_missing", f"photo {step['sha'][:12]} has no row")
            elif step["step"] == "resumed":
                lacking = taken.get(step["unit"], set()) - set(step["photos"])
                if lacking:
                    counts.fault("photos_missing", f"unit {step['unit']} resumed without photos")

    def _audit(self, server: Database, local: Database, counts: Counts) -> None:
        for database in (server, local):
            if not _ready(database):
                continue
            result = verification.verify(database, bench="BENCH-CRASH")
            for problem in result.problems:
                counts.fault("false_alarms", f"audit verify: {problem}")

    def _store(self, server: Database, local: Database, counts: Counts) -> None:
        store = PhotoStore(self.photos)
        named = {sha for _unit, sha in _photo_rows(server) | _photo_rows(local)}
        named |= pending.shas(self.photos)
        for sha, _mtime in store.stored():
            if sha not in named:
                counts.fault("orphans", f"photo file {sha[:12]} no row names")
        set_aside = len(store.set_aside())
        if set_aside > counts.set_aside:
            counts.fault("set_aside", f"{set_aside} photo(s) set aside at start")

    # -- helpers -------------------------------------------------------------------------------
    def _ledger(self) -> list[dict[str, Any]]:
        steps = []
        try:
            text = self.ledger.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        for line in text.split("\n")[:-1]:  # the last line may have been cut by the kill
            steps.append(json.loads(line))
        return steps

    @contextmanager
    def _home(self) -> Iterator[None]:
        before = os.environ.get("INSPECT_STATION_HOME")
        os.environ["INSPECT_STATION_HOME"] = str(self.home)
        try:
            yield
        finally:
            if before is None:
                os.environ.pop("INSPECT_STATION_HOME", None)
            else:
                os.environ["INSPECT_STATION_HOME"] = before

    @contextmanager
    def _databases(self) -> Iterator[tuple[Database, Database]]:
        """The shared database and the bench's own, with their head files and anchors as the
        kill left them: nothing is settled or recovered, as a station's start would."""
        server = Database.from_url(self.url)
        path = offline_database_path(server)
        path.parent.mkdir(parents=True, exist_ok=True)
        local = Database.from_url(f"sqlite:///{path}")
        try:
            for database in (server, local):
                chain = database.audit_chain
                if chain.head_file is None:
                    chain.head_file = HeadFile(audit_head_path(database))
                chain.anchors = AnchorLog(audit_anchor_path(database))
            yield server, local
        finally:
            local.dispose()
            server.dispose()

    def _sqlite_files(self) -> list[Path]:
        files = sorted((self.home / "offline").glob("*.sqlite3"))
        if self.url.startswith("sqlite:///"):
            files.append(Path(self.url.removeprefix("sqlite:///")))
        return [f for f in files if f.exists()]


def _ready(database: Database) -> bool:
    """The bench's own database exists and has its tables (a kill may come before its first
    migration ends, which then rolls back)."""
    return inspect(database.engine).has_table("inspections")


def _finished(database: Database) -> set[str]:
    if not _ready(database):
        return set()
    with database.read() as session:
        return {
            str(unit)
            for unit in session.scalars(
                select(Inspection.id).where(Inspection.status == "finished")
            )
        }


def _photo_rows(database: Database) -> set[tuple[str, str]]:
    if not _ready(database):
        return set()
    with database.read() as session:
        return {
            (str(unit), sha)
            for unit, sha in session.execute(select(Photo.inspection_id, Photo.sha256)).all()
        }


def _integrity(path: Path) -> str | None:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        (result,) = connection.execute("PRAGMA integrity_check").fetchone()
        broken = connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()
    if result != "ok":
        return str(result)
    if broken:
        return f"{len(broken)} rows break a foreign key, e.g. {broken[0]}"
    return None


def summary(counts: Counts) -> str:
    return json.dumps({k: v for k, v in vars(replace(counts, problems=[])).items()}, default=str)
