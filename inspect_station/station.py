"""The station's objects, built once at start and passed to every service and widget."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from db import migrate
from db.audit_chain import HeadFile
from db.engine import Database
from db.types import utcnow
from inspect_station.errors import BadInput, DatabaseUnavailable, SchemaTooNew
from inspect_station.grading import GradeScale, load_grades
from inspect_station.labels import DPIS, STOCKS
from inspect_station.photos import PhotoStore
from inspect_station.printing import Printer, make_printer
from inspect_station.roles import Role, User
from inspect_station.routing import RuleTable, load_rules
from inspect_station.settings import Settings, data_dir


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

    @property
    def bench(self) -> str:
        return self.settings.bench

    @property
    def operator(self) -> str:
        return self.user.name

    def close(self) -> None:
        self.db.dispose()


def open_database(url: str) -> Database:
    """Connect and bring the schema up to date; refuse a schema from a newer station."""
    database = Database.from_url(url)
    try:
        migrate.upgrade(database.engine)
    except migrate.SchemaNewerThanStation as exc:
        database.dispose()
        raise SchemaTooNew(str(exc)) from exc
    except OperationalError as exc:
        database.dispose()
        raise DatabaseUnavailable(
            f"Database {database.describe()} is unreachable: {exc.orig}"
        ) from exc
    if database.audit_chain.head_file is None and database.dialect != "sqlite":
        # A shared database: each bench keeps the newest audit row it wrote on its own disk.
        database.audit_chain.head_file = HeadFile(audit_head_path(database))
    return database


def audit_head_path(database: Database) -> Path:
    url = database.engine.url
    name = f"{url.host or 'localhost'}-{url.port or 5432}-{url.database}.json"
    return data_dir() / "audit-heads" / name


def check_settings(settings: Settings) -> None:
    """Refuse settings the station cannot work with, before anything is written."""
    if settings.label_stock not in STOCKS:
        raise BadInput(
            f"Label stock {settings.label_stock!r} is unknown; use one of {', '.join(STOCKS)}."
        )
    if settings.label_dpi not in DPIS:
        raise BadInput(
            f"Printer resolution {settings.label_dpi} dpi is not supported; "
            f"use {', '.join(map(str, DPIS))}."
        )
    if not 1 <= settings.jpeg_quality <= 100:
        raise BadInput(f"JPEG quality must be 1–100, not {settings.jpeg_quality}.")
    bench = settings.bench.strip()
    if not bench or len(bench) > 40 or not bench.isprintable():
        raise BadInput("The bench name must be 1–40 printable characters.")


def open_station(
    settings: Settings,
    *,
    database: Database | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> Station:
    check_settings(settings)
    url = settings.resolved_database_url
    if not url.startswith("sqlite") and settings.bench == Settings().bench:
        # Benches sharing a database tell their parcels and labels apart by name.
        raise BadInput(
            f"This station shares a database: give it its own bench name in the settings "
            f"(not the default {settings.bench!r})."
        )
    photos = PhotoStore(settings.resolved_photo_dir, jpeg_quality=settings.jpeg_quality)
    photos.sweep_temp_files()
    rules_path = Path(settings.rules_file) if settings.rules_file else None
    return Station(
        settings=settings,
        db=database or open_database(url),
        photos=photos,
        grades=load_grades(),
        rules=load_rules(rules_path),
        printer=make_printer(settings.printer, settings.resolved_labels_dir),
        clock=clock,
        user=User(settings.operator, Role.OPERATOR),
    )
