"""Start-up: the settings checked, the database opened and migrated, the station's objects built
and the active rules loaded, before any service runs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import OperationalError, TimeoutError

from db import migrate
from db.audit_head import AnchorLog, HeadFile
from db.engine import Database
from db.outage import Outage, classify
from db.timeouts import Timeouts
from db.types import utcnow
from inspect_station.app import i18n
from inspect_station.app.context import OnShift, Station
from inspect_station.app.errors import BadInput, DatabaseUnavailable, SchemaTooNew
from inspect_station.app.health import STARTING, DatabaseHealth, unavailable
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings, data_dir
from inspect_station.identify.camera_scans import CAMERA_SCANNING
from inspect_station.identify.resolver import Patterns
from inspect_station.identify.wedge import rules_from
from inspect_station.labels.layout import DPIS, STOCKS
from inspect_station.offline.twin import OfflineBench
from inspect_station.people.roles import Role, User
from inspect_station.photos.quality import Thresholds
from inspect_station.photos.shots import load_shots
from inspect_station.photos.store import PhotoStore
from inspect_station.printing.printers import configured_printers, make_printer
from inspect_station.rules.checklists import load_grading_sets
from inspect_station.rules.grades import load_grades
from inspect_station.rules.outcomes import load_outcomes
from inspect_station.rules.routing import RuleTable
from inspect_station.shop import config as shop_config


def open_database(url: str, *, timeouts: Timeouts | None = None) -> Database:
    """Connect and bring the schema up to date; refuse a schema from a newer station."""
    database = Database.from_url(url, timeouts=timeouts)
    try:
        migrate.upgrade(database.engine)
        _keep_audit_head(database)
    except migrate.SchemaNewerThanStation as exc:
        database.dispose()
        raise SchemaTooNew(str(exc)) from exc
    except (OperationalError, TimeoutError) as exc:
        database.dispose()
        outage = classify(exc) or Outage.UNREACHABLE
        words = unavailable(
            database.host, utcnow(), outage, database.timeouts.statement, then=STARTING
        )
        raise DatabaseUnavailable(words, outage=outage) from exc
    return database


def _keep_audit_head(database: Database) -> None:
    """The audit chain's head outside the database: the head file (beside a SQLite file, or
    per bench in the data folder for a shared database), settled against the chain after a
    crash, and the anchor log in the data folder."""
    chain = database.audit_chain
    if chain.head_file is None and database.dialect != "sqlite":
        # A shared database: each bench keeps the newest audit row it wrote on its own disk.
        chain.head_file = HeadFile(audit_head_path(database))
    chain.anchors = AnchorLog(audit_anchor_path(database))
    chain.reconcile(database.engine)
    chain.anchor("started")


def _database_key(database: Database) -> str:
    url = database.engine.url
    if url.get_backend_name() == "sqlite":
        path = Path(url.database or ":memory:").resolve()
        digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:10]
        return f"sqlite-{path.stem}-{digest}"
    return f"{url.host or 'localhost'}-{url.port or 5432}-{url.database}"


def audit_head_path(database: Database) -> Path:
    return data_dir() / "audit-heads" / f"{_database_key(database)}.json"


def audit_anchor_path(database: Database) -> Path:
    return data_dir() / "audit-anchors" / f"{_database_key(database)}.jsonl"


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
    rules_from(settings)  # the keyboard-wedge scanner's mode and timing
    if not 0 <= settings.sound_volume <= 100:
        raise BadInput(
            _("sound_volume must be 0–100, not {volume}.").format(volume=settings.sound_volume)
        )
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
    _check_language(settings)
    _check_screen_settings(settings)
    shop_config.load(settings.connectors)  # URLs, secrets and mappings of the shop connectors
    if not 1 <= settings.outbox_max_attempts <= 1000:
        raise BadInput(_("outbox_max_attempts must be 1–1000."))
    if not 0 < settings.outbox_retry_base_s <= settings.outbox_retry_max_s <= 86400:
        raise BadInput(
            _("outbox_retry_base_s must be above 0 and at most outbox_retry_max_s (≤ 86400).")
        )
    _check_database_settings(settings)


def _check_language(settings: Settings) -> None:
    language = settings.language.strip().lower()
    if language and language not in i18n.LANGUAGES:
        raise BadInput(
            _("Language {language!r} is not one the station speaks; use one of {choices}.").format(
                language=settings.language, choices=", ".join(i18n.LANGUAGES)
            )
        )


def _check_screen_settings(settings: Settings) -> None:
    """The bench's text size and the approval confirmation."""
    if not 100 <= settings.bench_text_pct <= 200:
        raise BadInput(
            _("bench_text_pct must be 100–200 (per cent), not {pct}.").format(
                pct=settings.bench_text_pct
            )
        )
    if settings.approval_confirm_from < 0:
        raise BadInput(_("approval_confirm_from cannot be negative."))


def _check_database_settings(settings: Settings) -> None:
    """The timeouts, and how the bench works while the database is out of reach."""
    settings.timeouts  # noqa: B018 (refused when out of range)
    if settings.offline_bench not in ("auto", "on", "off"):
        raise BadInput(
            _("offline_bench must be auto, on or off, not {offline_bench!r}.").format(
                offline_bench=settings.offline_bench
            )
        )
    if settings.offline_copy_days < 1 or settings.offline_copy_limit < 1:
        raise BadInput(_("offline_copy_days and offline_copy_limit must be 1 or more."))
    if settings.offline_refresh_minutes < 1:
        raise BadInput(_("offline_refresh_minutes must be 1 or more."))


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
    own_database = database is None
    database = database or open_database(url, timeouts=settings.timeouts)
    health = DatabaseHealth(database, clock=clock)
    health.install()
    station = Station(
        settings=settings,
        db=database,
        health=health,
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
    from inspect_station.photos import recovery  # these work on a built Station
    from inspect_station.rules import rulebook

    try:
        rulebook.start(station, rules_path)
        shared = station.db.dialect != "sqlite"
        if settings.offline_bench == "on" or (settings.offline_bench == "auto" and shared):
            station.offline = open_offline_bench(station)
        # Photos a crash left stored but not recorded: adopted by their open unit, or set
        # aside and reported (a photo of a unit waiting to be sent stays as it is).
        bench = station.offline
        named = bench.names_photo if bench else None
        journal = bench.twin(station) if bench and bench.working_offline(station.health) else None
        recovered = recovery.recover(station, named_elsewhere=named, journal=journal)
    except Exception:
        if station.offline is not None:
            station.offline.local.dispose()
        if own_database:
            station.db.dispose()
        raise
    if recovered.anything:
        station.notices = (*station.notices, recovered.words())
    return station


def open_offline_bench(station: Station) -> OfflineBench:
    """The bench's own database (``inspect_station/offline``), beside the audit heads in the
    data folder, named after the shared database it stands in for."""
    path = offline_database_path(station.db)
    return OfflineBench(open_database(f"sqlite:///{path}"), clock=station.clock)


def offline_database_path(database: Database) -> Path:
    """Where a bench keeps its own database for ``database``."""
    return data_dir() / "offline" / f"{_database_key(database)}.sqlite3"


def _optional_path(value: str) -> Path | None:
    return Path(value) if value else None
