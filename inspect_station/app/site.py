"""One configuration for a site: the settings every bench shares, each bench's own, the user's.

A site's IT keeps one folder, ``/etc/inspect-station/`` (``INSPECT_STATION_SITE_DIR`` points
elsewhere), the same on every bench:

- ``site.toml``: what all benches share (database, printers, rules, scanner mode, language,
  connectors: any setting);
- ``benches/<host>.toml``: one bench machine's own (its bench name, camera, printer), picked by
  the machine's host name (``hostname -s``).

Lowest first, each setting is taken whole from the last layer that sets it (a table such as
``printers`` is replaced, not merged): the defaults, ``site.toml``, the bench's file, then the
user's settings file (``--config``, or the one in the user's config folder), which holds only
what was changed at that bench and is the only one the station writes.

The site's files are checked as a whole before anything runs: an unknown setting, a wrong type
or a value the station cannot work with is refused, naming the file, and nothing is written.
"""

from __future__ import annotations

import difflib
import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspect_station.app import settings
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings

SITE_DIR = Path("/etc/inspect-station")


def site_dir() -> Path:
    override = os.environ.get("INSPECT_STATION_SITE_DIR")
    return Path(override) if override else SITE_DIR


def host_name() -> str:
    return socket.gethostname().split(".")[0]


@dataclass(frozen=True)
class Layers:
    """The settings in effect and the file each came from (a setting not named: the default)."""

    settings: Settings
    sources: dict[str, Path]
    site_files: tuple[Path, ...]  # the site's files found, lowest first


def site_files(folder: Path | None = None, *, host: str | None = None) -> tuple[Path, ...]:
    """The site's files that exist, lowest first."""
    folder = folder or site_dir()
    wanted = (folder / "site.toml", folder / "benches" / f"{host or host_name()}.toml")
    return tuple(path for path in wanted if path.is_file())


def load(
    user_file: Path | None = None, *, folder: Path | None = None, host: str | None = None
) -> Layers:
    """Every layer read and checked; raises BadInput naming the file at fault."""
    found = site_files(folder, host=host)
    values: dict[str, Any] = {}
    sources: dict[str, Path] = {}
    for path in found:
        known = _site_values(path)
        values.update(known)
        sources.update(dict.fromkeys(known, path))
    site = Settings(**values, site_values=dict(values))
    if found:
        # Imported only for a site's files: start-up's checks bring the database layer, which
        # a light command (--help, decode) on a machine without them does not load.
        from inspect_station.app.startup import check_settings
        from inspect_station.printing.printers import make_printer

        try:
            check_settings(site)
            make_printer(site)  # the label printer is "files" or one of the printers
        except BadInput as exc:
            where = _(" with ").join(str(path) for path in found)
            raise BadInput(
                _("The site settings ({where}) cannot be used: {problem}").format(
                    where=where, problem=exc
                )
            ) from exc
    user_path = user_file or settings.config_path()
    effective = settings.load(user_path, site=site)
    if user_path.exists():
        own, _unknown = settings.read_file(user_path)
        sources.update(dict.fromkeys(own, user_path))
    return Layers(settings=effective, sources=sources, site_files=found)


def _site_values(path: Path) -> dict[str, Any]:
    known, unknown = settings.read_file(path)
    if unknown:
        key = sorted(unknown)[0]
        close = difflib.get_close_matches(key, settings.names(), n=1)
        if close:
            raise BadInput(
                _(
                    "Settings file {path}: '{key}' is not a setting (did you mean '{close}'?)."
                ).format(path=path, key=key, close=close[0])
            )
        raise BadInput(
            _("Settings file {path}: '{key}' is not a setting.").format(path=path, key=key)
        )
    return known
