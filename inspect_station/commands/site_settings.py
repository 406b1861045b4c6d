"""``inspect-station settings``: the settings in effect and the file each comes from."""

from __future__ import annotations

import argparse
import contextlib
import json
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from inspect_station.app import settings, site
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = sub.add_parser(
        "settings", help="the settings in effect: the site's, the bench's, the user's"
    )
    show.add_argument("--all", action="store_true", help="also the settings left at the default")
    show.set_defaults(run=_show)


def _show(args: argparse.Namespace, config: Settings) -> int:
    layers = site.load(args.config)
    folder = site.site_dir()
    if layers.site_files:
        print(
            _("site files: {files}").format(
                files=", ".join(str(path) for path in layers.site_files)
            )
        )
    else:
        print(
            _("site files: none in {folder} (host {host})").format(
                folder=folder, host=site.host_name()
            )
        )
    user_file = args.config or settings.config_path()
    if user_file.exists():
        print(_("user file: {path}").format(path=user_file))
    else:
        print(_("user file: {path} (none)").format(path=user_file))
    for name in settings.names():
        source = layers.sources.get(name)
        if source is None and not args.all:
            continue
        value = _shown(name, getattr(layers.settings, name))
        print(f"{name} = {value}  # {source or _('default')}")
    return 0


def _shown(name: str, value: Any) -> str:
    if name == "database_url" and value:
        # A URL SQLAlchemy cannot read is shown as written; opening the database refuses it.
        with contextlib.suppress(ArgumentError):
            value = make_url(value).render_as_string(hide_password=True)
    return json.dumps(value, ensure_ascii=False)
