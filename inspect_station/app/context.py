"""The station's objects, built once at start (``app.startup``) and passed to every service and
widget.

This module holds types only: importing it loads nothing else of the station, so every module may
name ``Station`` in its hints under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypedDict, Unpack

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from db.engine import Database
    from inspect_station.app.health import DatabaseHealth
    from inspect_station.app.settings import Settings
    from inspect_station.offline.twin import OfflineBench
    from inspect_station.people.auth import KeptPin
    from inspect_station.people.roles import User
    from inspect_station.photos.shots import ShotCatalogue
    from inspect_station.photos.store import PhotoStore
    from inspect_station.printing.base import Printer
    from inspect_station.rules.checklists import GradingSets
    from inspect_station.rules.grades import GradeScale
    from inspect_station.rules.outcomes import OutcomeTables
    from inspect_station.rules.routing import RuleTable


@dataclass(frozen=True)
class OnShift:
    """What changes while the station runs: who is signed in, the routing rules in force and the
    label printer.

    Never changed in place: :meth:`Station.change_shift` replaces it whole, so whoever takes
    ``station.on_shift`` once reads one consistent state. Only services replace it, on the thread
    that runs them: in the window, the task runners' worker threads (signing in and the rules on
    the main task thread; the printer, with the settings it comes from, on the print task thread,
    so the swap falls between two print-queue runs and only after the change is committed:
    ``app.printer_admin.save_printers``); without a window, the caller's own thread (start-up,
    the command line, the tests). The UI thread only reads it.
    """

    # The person at the station; services record ``operator`` and check ``user.role``.
    user: User
    # Replaced by the active numbered version from the database (rulebook.start, .current).
    rules: RuleTable
    printer: Printer
    # Why the configured rule file was refused at start (routing keeps the last good version).
    rules_problem: str | None = None
    # The stored version of the configured rule file; while it is not the active version it
    # waits for an admin (rulebook.notice says so).
    rules_file_version: int | None = None
    # The PIN check of who signed in last, in memory only: they can sign in again offline.
    pin_kept: KeptPin | None = None


class ShiftChange(TypedDict, total=False):
    """The fields of :class:`OnShift` that one :meth:`Station.change_shift` replaces."""

    user: User
    rules: RuleTable
    printer: Printer
    rules_problem: str | None
    rules_file_version: int | None
    pin_kept: KeptPin | None


@dataclass
class Station:
    """Everything a service needs; start-up fills every field.

    The fields other than ``on_shift`` and ``settings`` stay as start-up made them for the
    station's lifetime; ``settings`` is replaced only with the printer, by
    :meth:`change_printers`, under the rule of :class:`OnShift`.
    """

    settings: Settings
    db: Database
    # The database's one health state (reachable, slow, unreachable), fed by every session.
    health: DatabaseHealth
    photos: PhotoStore
    grades: GradeScale
    # Defect checklists per category and the refund/exchange/warranty outcome tables.
    grading_sets: GradingSets
    outcomes: OutcomeTables
    # The photos each product category needs (resources/shots.toml).
    shots: ShotCatalogue
    clock: Callable[[], datetime]
    on_shift: OnShift
    # What start-up has to tell the person who signs in (photos recovered after a crash).
    notices: tuple[str, ...] = ()
    # The bench's own database for working while the shared one is out of reach (None: this
    # station works on its own file anyway); ``offline.twin.here`` picks where to work.
    offline: OfflineBench | None = None
    # True for the twin that works on the offline database.
    working_offline: bool = False
    # Two worker threads may replace different fields of ``on_shift`` at once: neither change
    # may be lost.
    _shift_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )

    def change_shift(self, **changes: Unpack[ShiftChange]) -> OnShift:
        """Replace ``on_shift`` whole with ``changes`` applied (:class:`OnShift` says who may)."""
        with self._shift_lock:
            self.on_shift = replace(self.on_shift, **changes)
            return self.on_shift

    def change_printers(self, settings: Settings, printer: Printer) -> OnShift:
        """An admin's new printers: the settings they were saved in and the label printer made
        from them, replaced together (:class:`OnShift` says on which thread)."""
        with self._shift_lock:
            self.settings = settings
            self.on_shift = replace(self.on_shift, printer=printer)
            return self.on_shift

    @property
    def bench(self) -> str:
        return self.settings.bench

    @property
    def user(self) -> User:
        return self.on_shift.user

    @property
    def operator(self) -> str:
        return self.on_shift.user.name

    @property
    def rules(self) -> RuleTable:
        return self.on_shift.rules

    @property
    def rules_problem(self) -> str | None:
        return self.on_shift.rules_problem

    @property
    def rules_file_version(self) -> int | None:
        return self.on_shift.rules_file_version

    @property
    def printer(self) -> Printer:
        return self.on_shift.printer

    def close(self) -> None:
        self.health.stop()
        if self.offline is not None:
            self.offline.local.dispose()
        self.db.dispose()
