"""Where the station's shipped files (rules, grades, demo data) live."""

from __future__ import annotations

import os
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("INSPECT_STATION_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def resource(name: str) -> Path:
    return resources_dir() / name
