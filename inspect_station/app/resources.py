"""Where the station's shipped files (rules, grades, demo data) live.

They are the ``resources`` package (the repository's top-level ``resources/`` folder), found
through ``importlib.resources`` so that a checkout, an installed wheel and the frozen bundle all
find them. ``INSPECT_STATION_RESOURCES`` points elsewhere.
"""

from __future__ import annotations

import os
from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def _shipped() -> Path:
    root = files("resources")
    # Installed as plain files (checkout, wheel, editable install, bundle) the package is a real
    # folder. A zipped install gives a zipfile.Path, and a bundle that collected the files but
    # not resources/__init__.py a namespace package's MultiplexedPath: both are packaging bugs.
    if not isinstance(root, Path):
        raise RuntimeError(f"the station's resources are not a folder on disk: {root!r}")
    return root


def resources_dir() -> Path:
    override = os.environ.get("INSPECT_STATION_RESOURCES")
    if override:
        return Path(override)
    return _shipped()


def resource(name: str) -> Path:
    return resources_dir() / name
