"""The station's objects, built once at start and passed to every service and widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from db.engine import Database
from db.types import utcnow
from inspect_station.app.settings import Settings
from inspect_station.people.roles import User
from inspect_station.photos.shots import ShotCatalogue, load_shots
from inspect_station.photos.store import PhotoStore
from inspect_station.printing.base import Printer
from inspect_station.rules.checklists import GradingSets, load_grading_sets
from inspect_station.rules.grades import GradeScale, load_grades
from inspect_station.rules.outcomes import OutcomeTables, load_outcomes
from inspect_station.rules.routing import RuleTable


@dataclass
class Station:
    settings: Settings
    db: Database
    photos: PhotoStore
    grades: GradeScale
    rules: RuleTable
    printer: Printer
    clock: Callable[[], datetime] = field(default=utcnow)
    # The person at the station; services record ``operator`` and check ``user.role``.
    user: User = field(default_factory=lambda: User("operator"))
    # Defect checklists per category and the refund/exchange/warranty outcome tables.
    grading_sets: GradingSets = field(default_factory=lambda: load_grading_sets(load_grades()))
    outcomes: OutcomeTables = field(default_factory=lambda: load_outcomes(load_grades()))
    # Why the configured rule file was refused at start (routing keeps the last good version).
    rules_problem: str | None = None
    # The stored version of the configured rule file; while it is not the active version it
    # waits for an admin (rulebook.notice says so).
    rules_file_version: int | None = None
    # The photos each product category needs (resources/shots.toml).
    shots: ShotCatalogue = field(default_factory=load_shots)

    @property
    def bench(self) -> str:
        return self.settings.bench

    @property
    def operator(self) -> str:
        return self.user.name

    def close(self) -> None:
        self.db.dispose()
