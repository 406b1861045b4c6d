"""A station process that photographs an open unit and dies (``os._exit``, as SIGKILL would)
between two steps of storing it: ``python -m tests.inspect_station.photos.die_photo URL
PHOTO_DIR INSPECTION_ID POINT``.

Points: ``before-file`` (the pending record written, the file not yet in place) and
``before-row`` (the file and its thumbnail in place, the row not written).
"""

from __future__ import annotations

import os
import sys
import uuid
from typing import Any

import numpy as np

from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, unit_photos
from inspect_station.photos.store import PhotoStore


def _die(*_args: Any, **_kwargs: Any) -> Any:
    os._exit(9)


def main(url: str, photo_dir: str, inspection_id: str, point: str) -> None:
    station = open_station(
        Settings(bench="BENCH-07", operator="maria", database_url=url, photo_dir=photo_dir)
    )
    if point == "before-file":
        PhotoStore.store_jpeg = _die  # type: ignore[method-assign]
    elif point == "before-row":
        unit_photos._record = _die  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown point {point}")
    # A picture no camera ever took twice: noise, sharp and well exposed enough.
    frame = np.random.default_rng().integers(40, 200, (480, 640, 3), dtype=np.uint8)
    inspection.add_camera_photo(station, uuid.UUID(inspection_id), frame, shot="front")
    os._exit(3)  # the point was never reached


if __name__ == "__main__":
    main(*sys.argv[1:5])
