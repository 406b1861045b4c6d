"""ZPL rendered the way a printer would, offline: ``tools/zpl-render`` (zpl-renderer-js, the
zebrash renderer compiled to WebAssembly) turns ZPL into a PNG at the printer's resolution.
``./station test`` installs it with npm."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt

from tests.conftest import need_service

TOOL = Path(__file__).resolve().parent.parent / "tools" / "zpl-render"
# zebrash counts in dots per millimetre; 203/300/600 dpi printers are 8/12/24 dots per mm.
DOTS_PER_MM = {203: 8, 300: 12, 600: 24}


@dataclass(frozen=True)
class ZplJob:
    zpl: str
    width_mm: float
    height_mm: float
    dpi: int


def render_zpl_images(jobs: list[ZplJob], folder: Path) -> list[npt.NDArray[np.uint8]]:
    """Each job as a grayscale picture, all rendered by one node process."""
    node = shutil.which("node")
    if node is None or not (TOOL / "node_modules" / "zpl-renderer-js").is_dir():
        need_service("the ZPL renderer is not installed (./station test installs it with npm)")
    batch = [
        {
            "zpl": job.zpl,
            "widthMm": job.width_mm,
            "heightMm": job.height_mm,
            "dpmm": DOTS_PER_MM[job.dpi],
            "out": str(folder / f"label-{index}.png"),
        }
        for index, job in enumerate(jobs)
    ]
    done = subprocess.run(
        [node, str(TOOL / "render.cjs")],
        input=json.dumps(batch),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    images = [cv2.imread(item["out"], cv2.IMREAD_GRAYSCALE) for item in batch]
    assert all(image is not None for image in images)
    return images
