"""Start-up: the settings checked, the database opened and migrated, the station's objects built
and the active rules loaded, before any service runs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError

from db import migrate
from db.audit_chain import HeadFile
from db.engine import Database
from db.types import utcnow
from inspect_station.app import i18n
from inspect_station.app.context import OnShift, Station
from inspect_station.app.errors import BadInput, DatabaseUnavailable, SchemaTooNew
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings, data_dir
from inspect_station.identify.camera_scans import CAMERA_SCANNING
from inspect_station.identify.resolver import Patterns
from inspect_station.labels.layout import DPIS, STOCKS
from inspect_station.people.roles import Role, User
from inspect_station.photos.quality import Thresholds
from inspect_station.photos.shots import load_shots
from inspect_station.photos.store import PhotoStore
from inspect_station.printing.printers import configured_printers, make_printer
from inspect_station.rules.checklists import load_grading_sets
from inspect_station.rules.grades import load_grades
from inspect_station.rules.outcomes import load_outcomes
from inspect_station.rules.routing import RuleTable


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
            _("Database {database} is unreachable: {orig}").format(
                database=database.describe(), orig=exc.orig
            )
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
            _("Label stock {label_stock!r} is unknown; use one of {stocks}.").format(
                label_stock=settings.label_stock, stocks=", ".join(STOCKS)
            )
        )
    if settings.label_dpi not in DPIS:
        raise BadInput(
            _("Printer resolution {label_dpi} dpi is not supported; use {items}.").format(
                label_dpi=settings.label_dpi, items=", ".join(map(str, DPIS))
            )
        )
    if not 1 <= settings.jpeg_quality <= 100:
        raise BadInput(
            _("JPEG quality must be 1–100, not {jpeg_quality}.").format(
                jpeg_quality=settings.jpeg_quality
            )
        )
    Thresholds.from_settings(settings)
    if len(settings.pedal_key) == 1 and settings.pedal_key.isprintable():
        # A scanner types printable keys: a pedal sending one would take photos mid-scan.
        raise BadInput(
            _(
                "The pedal key {pedal_key!r} is a key scanners type; use one they never send, "
                "such as F9."
            ).format(pedal_key=settings.pedal_key)
        )
    Patterns.from_settings(settings).check()
    if settings.camera_scanning not in CAMERA_SCANNING:
        raise BadInput(
            _("camera_scanning must be one of {camera_scanning2}, not {camera_scanning!r}.").format(
                camera_scanning2=", ".join(CAMERA_SCANNING),
                camera_scanning=settings.camera_scanning,
            )
        )
    bench = settings.bench.strip()
    if not bench or len(bench) > 40 or not bench.isprintable():
        raise BadInput(_("The bench name must be 1–40 printable characters."))
    configured_printers(settings)  # every [printers.NAME] table, checked
    if not 1 <= settings.label_copies <= 99:
        raise BadInput(
            _("Label copies must be 1–99, not {label_copies}.").format(
                label_copies=settings.label_copies
            )
        )
    if settings.reprints_per_unit < 0:
        raise BadInput(_("reprints_per_unit cannot be negative."))
    language = settings.language.strip().lower()
    if language and language not in i18n.LANGUAGES:
        raise BadInput(
            _("Language {language!r} is not one the station speaks; use one of {choices}.").format(
                language=settings.language, choices=", ".join(i18n.LANGUAGES)
            )
        )


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
            _(
                "This station shares a database: give it its own bench name in the settings (not "
                "the default {bench!r})."
            ).format(bench=settings.bench)
        )
    photos = PhotoStore(settings.resolved_photo_dir, jpeg_quality=settings.jpeg_quality)
    photos.sweep_temp_files()
    rules_path = Path(settings.rules_file) if settings.rules_file else None
    grades = load_grades()
    grading_sets = load_grading_sets(grades, _optional_path(settings.grading_dir))
    outcomes = load_outcomes(grades, _optional_path(settings.outcomes_file))
    shots = load_shots(_optional_path(settings.shots_file))
    station = Station(
        settings=settings,
        db=database or open_database(url),
        photos=photos,
        grades=grades,
        grading_sets=grading_sets,
        outcomes=outcomes,
        shots=shots,
        clock=clock,
        on_shift=OnShift(
            user=User(settings.operator, Role.OPERATOR),
            # Replaced at once by the active numbered version from the database (rulebook.start).
            rules=RuleTable(rules=(), destinations=(), version="", source=_("no rules loaded")),
            printer=make_printer(settings),
        ),
    )
    from inspect_station.rules import rulebook  # rulebook works on a built Station

    try:
        rulebook.start(station, rules_path)
    except Exception:
        if database is None:
            station.db.dispose()
        raise
    return station


def _optional_path(value: str) -> Path | None:
    return Path(value) if value else None
