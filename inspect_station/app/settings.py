"""One typed settings object.

Every default is declared once, here. A settings file (TOML) holds only what the user changed;
`save()` writes only values that differ from the defaults. Paths come from platformdirs unless
``INSPECT_STATION_HOME`` points the whole station at one folder (tests, demos, portable use).
Beneath the user's file lie the site's files (``inspect_station.app.site``): the user's file
holds only what differs from them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
import tomli_w

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

APP_NAME = "inspect-station"

if TYPE_CHECKING:
    from db.timeouts import Timeouts


def data_dir() -> Path:
    home = os.environ.get("INSPECT_STATION_HOME")
    if home:
        return Path(home)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_path() -> Path:
    home = os.environ.get("INSPECT_STATION_HOME")
    if home:
        return Path(home) / "settings.toml"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "settings.toml"


@dataclass(frozen=True)
class Settings:
    """What a station needs to know about itself. Empty strings mean "derived default"."""

    bench: str = "BENCH-01"
    operator: str = "operator"
    database_url: str = ""  # default: SQLite file in the data dir
    # Seconds to wait for a connection, and for the answer to one statement (db/timeouts.py).
    database_connect_timeout: float = 3.0
    database_statement_timeout: float = 10.0
    # Working while the shared database is out of reach (inspect_station/offline): "auto" for a
    # shared (PostgreSQL) database, "on" or "off". The bench keeps a copy of the expected
    # returns still waiting from the last days (at most this many), refreshed this often.
    offline_bench: str = "auto"
    offline_copy_days: int = 60
    offline_copy_limit: int = 50_000
    offline_refresh_minutes: int = 10
    camera_source: str = "0"  # device index, rtsp:// or http:// URL, or a video file
    camera_width: int = 1920
    camera_height: int = 1080
    camera_fps: int = 0  # frames per second asked of a camera device; 0: what it offers
    pedal_key: str = "F9"  # the key a foot pedal (a HID keyboard) sends to take a photo
    photo_dir: str = ""  # default: <data dir>/photos
    jpeg_quality: int = 90
    photo_min_sharpness: int = 100  # variance of the Laplacian on a 640-pixel-wide copy
    photo_min_brightness: int = 40  # mean grey level (0–255) below which a photo is too dark
    photo_max_brightness: int = 220  # mean grey level above which it is blown out
    photo_max_clipped_pct: int = 5  # share of pure white pixels above which it is blown out
    photo_retention_days: int = 0  # 0: photos are kept; else `photos purge` removes older ones
    # `photos purge` keeps the photos behind a deduction while it is unsettled and for this
    # many days after it was decided: the customer may still dispute it (a card chargeback
    # can come up to 120 days after the transaction).
    dispute_window_days: int = 120
    require_shots: bool = True  # finishing without a category's required photos needs a reason
    shots_file: str = ""  # default: the required shots shipped in resources/
    labels_dir: str = ""  # default: <data dir>/labels
    printer: str = "files"  # "files", or the name of one of ``printers``
    # name → table (kind, host/queue/path, stock, dpi, …): see inspect_station/printing/printers.py
    printers: dict[str, Any] = field(default_factory=dict)
    label_copies: int = 1
    reprints_per_unit: int = 2  # an operator's reprints of one unit; supervisors have no limit
    label_stock: str = "4x6"
    label_dpi: int = 203
    rules_file: str = ""  # default: the rule table shipped in resources/
    grading_dir: str = ""  # default: the grading sets shipped in resources/grading/
    outcomes_file: str = ""  # default: the outcome tables shipped in resources/
    # The keyboard-wedge scanner (README "Setting up the scanner"): "timing" (no set-up; a
    # burst of keys is a scan), "prefix" (the scanner sends scan_start_key first, as Qt names
    # it: "Tools" is a scanner's F13 on Linux, "F13" on Windows, or e.g. "Ctrl+Shift+F12") or
    # "aim" (the scanner sends the AIM symbology identifier, ]C1, ]E0…, first).
    scanner_mode: str = "timing"
    scan_start_key: str = ""
    scan_gap_ms: int = 50  # timing: the most a scanner leaves between two keys
    scan_enter_ms: int = 300  # timing: how late a scan's Enter may come
    scan_min_length: int = 4
    # Sounds for scan accepted / refused, label printed, needs a supervisor.
    sound_volume: int = 80  # 0–100
    sound_muted: bool = False
    # What the shop's RMA and order numbers look like, and how they are stored (resolver.py).
    rma_pattern: str = r"RMA-?(\d{4})-?(\d{6})"
    rma_format: str = r"RMA-\1-\2"
    order_pattern: str = r"SO-?(\d{8})"
    order_format: str = r"SO-\1"
    scanner_port: str = ""  # a USB-serial (CDC) scanner, e.g. "/dev/ttyACM0" or "COM3"
    scanner_baud: int = 9600
    # Codes the camera sees: "scan" (outlined in the preview and taken as a scan while no
    # unit is open), "highlight" (outlined only) or "off" (not decoded at all).
    camera_scanning: str = "scan"
    currency: str = "EUR"
    # The station's language (en, de, fr, nl, es, it, pl); empty: the system's locale.
    language: str = ""
    idle_lock_minutes: int = 5  # the station locks after this long without a key or a click
    pepper_file: str = ""  # default: <data dir>/pin-pepper, made (0600) when first needed
    # The supervisor's desk (checked by ``desk_config.load``): shifts as local "HH:MM-HH:MM"
    # (a shift may cross midnight; it belongs to the day it starts), the costs behind the
    # processing-cost figures, the share of an item's value each route recovers, and when a
    # grader's grade mix counts as drifting from the team's (total variation distance).
    shifts: dict[str, str] = field(
        default_factory=lambda: {
            "early": "06:00-14:00",
            "late": "14:00-22:00",
            "night": "22:00-06:00",
        }
    )
    cost_per_bench_minute: float = 0.75
    cost_per_label: float = 0.05
    recovery_rates: dict[str, float] = field(
        default_factory=lambda: {
            "restock": 1.0,
            "resale": 0.6,
            "repair": 0.4,
            "recycle": 0.02,
            "return-to-vendor": 0.8,  # the vendor's credit
            "donate": 0.0,
            "quarantine": 0.0,  # nothing recovered until it is decided
        }
    )
    grade_drift_threshold: float = 0.20
    grade_drift_min_units: int = 50
    # A recommendation waiting this long for a supervisor is flagged in the approval queue.
    approval_flag_hours: float = 24.0
    # Approving a refund of at least this much asks to confirm first (0: always ask).
    approval_confirm_from: float = 100.0
    # Where the export and report dialogs open; default: the person's documents folder.
    export_dir: str = ""
    # The bench's type size in per cent (100–200): larger grade keys, checklist and route for
    # a gloved worker reading at arm's length.
    bench_text_pct: int = 100
    # The shop connectors: name → table (kind medusa, shopify or webhook, url, secret_file or
    # secret_env, mappings): see inspect_station/shop/config.py and the README.
    connectors: dict[str, Any] = field(default_factory=dict)
    # Delivery of the outbox: a failed delivery is tried again after base · 2^(n-1) seconds
    # (at most retry_max, with jitter), and is a dead letter after max_attempts tries.
    outbox_max_attempts: int = 25
    outbox_retry_base_s: float = 2.0
    outbox_retry_max_s: float = 300.0
    outbox_deliver: bool = True  # this station's window runs a deliverer
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    # What the site's files set (app.site), beneath the user's file: saving writes only what
    # differs from these (or from the defaults where the site says nothing).
    site_values: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{data_dir() / 'inspect-station.sqlite3'}"

    @property
    def resolved_photo_dir(self) -> Path:
        return Path(self.photo_dir) if self.photo_dir else data_dir() / "photos"

    @property
    def resolved_labels_dir(self) -> Path:
        return Path(self.labels_dir) if self.labels_dir else data_dir() / "labels"

    @property
    def resolved_export_dir(self) -> Path:
        """The configured folder, else the documents folder, else home (the first that is)."""
        for folder in (
            Path(self.export_dir).expanduser() if self.export_dir else None,
            Path(platformdirs.user_documents_dir()),
            Path.home(),
        ):
            if folder is not None and folder.is_dir():
                return folder
        return Path.home()

    @property
    def resolved_pepper_file(self) -> Path:
        return Path(self.pepper_file) if self.pepper_file else data_dir() / "pin-pepper"

    @property
    def timeouts(self) -> Timeouts:
        """The database timeouts; values out of range are refused as bad input."""
        # Imported here: db.timeouts brings the database drivers, which a light command such
        # as --help or decode must not pay for.
        from db.timeouts import Timeouts

        try:
            return Timeouts(self.database_connect_timeout, self.database_statement_timeout)
        except ValueError as exc:
            raise BadInput(_("Database timeouts: {exc}.").format(exc=exc)) from exc

    def replace(self, **changes: Any) -> Settings:
        return dataclasses.replace(self, **changes)


_DEFAULTS = Settings()
_NOT_SETTINGS = ("extra", "site_values")
_FIELD_TYPES = {
    f.name: type(getattr(_DEFAULTS, f.name))
    for f in fields(Settings)
    if f.name not in _NOT_SETTINGS
}


def names() -> tuple[str, ...]:
    """Every setting's name, in the order Settings declares them."""
    return tuple(_FIELD_TYPES)


def read_file(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """A settings file's values, type-checked: (known settings, unknown keys kept aside)."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(
            _("Settings file {path} is not valid TOML: {exc}").format(path=path, exc=exc)
        ) from exc
    except OSError as exc:
        raise BadInput(
            _("Settings file {path} cannot be read ({strerror}).").format(
                path=path, strerror=exc.strerror or exc
            )
        ) from exc
    known: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in raw.items():
        expected = _FIELD_TYPES.get(key)
        if expected is None:
            extra[key] = value
        elif expected is float and isinstance(value, int) and not isinstance(value, bool):
            known[key] = float(value)  # "cost_per_label = 1" means 1.0
        elif not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
            raise BadInput(
                _("Settings file {path}: '{key}' must be {name}, got {value!r}").format(
                    path=path, key=key, name=expected.__name__, value=value
                )
            )
        else:
            known[key] = value
    return known, extra


def load(path: Path | None = None, *, site: Settings | None = None) -> Settings:
    """Read the user's overrides on top of ``site`` (the site's files, else the defaults);
    unknown keys are kept aside, wrong types are refused."""
    path = path or config_path()
    base = site or _DEFAULTS
    if not path.exists():
        return base
    known, extra = read_file(path)
    return base.replace(**known, extra=extra)


def save(settings: Settings, path: Path | None = None) -> Path:
    """Write only what differs from the site's files and the defaults, atomically."""
    return stage(settings, path).commit()


@dataclass(frozen=True)
class Staged:
    """A settings file written beside its place (:func:`stage`), waiting to take it."""

    tmp: Path
    path: Path

    def commit(self) -> Path:
        """Put the file in its place (one rename: readers see the old file or the new)."""
        os.replace(self.tmp, self.path)
        return self.path

    def discard(self) -> None:
        self.tmp.unlink(missing_ok=True)


def stage(settings: Settings, path: Path | None = None) -> Staged:
    """Write the settings file beside its place, for :meth:`Staged.commit` to put there: a
    change that must first be recorded elsewhere knows by then that the file can be written.
    Raises BadInput when it cannot (a read-only folder, a full disk)."""
    path = path or config_path()
    beneath = settings.site_values
    overrides = {
        name: getattr(settings, name)
        for name in _FIELD_TYPES
        if getattr(settings, name) != beneath.get(name, getattr(_DEFAULTS, name))
    }
    overrides.update(settings.extra)
    tmp = path.with_suffix(".toml.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(tomli_w.dumps(overrides), encoding="utf-8")
    except OSError as exc:
        with contextlib.suppress(OSError):  # a half-written file, if the folder exists at all
            tmp.unlink(missing_ok=True)
        raise BadInput(
            _(
                "The settings file {path} cannot be written ({strerror}); nothing was changed."
            ).format(path=path, strerror=exc.strerror or exc)
        ) from exc
    return Staged(tmp, path)
