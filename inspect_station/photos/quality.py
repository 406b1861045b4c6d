"""Is a photo good enough to prove a condition? Sharpness and exposure, measured and judged.

Figures are taken on a copy scaled down to 640 pixels wide, so they mean the same whatever the
camera's resolution, and cost a couple of milliseconds for a 1080p frame:

- sharpness: the variance of the Laplacian of the grey picture. Edges give strong second
  derivatives; a blurred picture has few. Low texture (a plain white box) also scores low, so
  the threshold is a setting and the bench asks rather than refuses.
- brightness: the mean grey level, 0–255.
- clipped: the share of pixels at pure white (≥ 250), where a blown-out picture shows nothing;
  and the share at pure black (≤ 5), recorded for review.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings

MEASURE_WIDTH = 640
_WHITE = 250
_BLACK = 5


@dataclass(frozen=True)
class Thresholds:
    min_sharpness: float = 100.0
    min_brightness: float = 40.0
    max_brightness: float = 220.0
    max_clipped_pct: float = 5.0

    @classmethod
    def from_settings(cls, settings: Settings) -> Thresholds:
        """The thresholds the settings ask for; nonsense is refused with the setting's name."""
        if settings.photo_min_sharpness < 0:
            raise BadInput(
                _("photo_min_sharpness must be 0 or more, not {photo_min_sharpness}.").format(
                    photo_min_sharpness=settings.photo_min_sharpness
                )
            )
        if not 0 <= settings.photo_min_brightness < settings.photo_max_brightness <= 255:
            raise BadInput(
                _(
                    "Photo brightness limits must satisfy 0 ≤ photo_min_brightness < "
                    "photo_max_brightness ≤ 255 (got {photo_min_brightness} and "
                    "{photo_max_brightness})."
                ).format(
                    photo_min_brightness=settings.photo_min_brightness,
                    photo_max_brightness=settings.photo_max_brightness,
                )
            )
        if not 0 <= settings.photo_max_clipped_pct <= 100:
            raise BadInput(
                _("photo_max_clipped_pct must be 0–100, not {photo_max_clipped_pct}.").format(
                    photo_max_clipped_pct=settings.photo_max_clipped_pct
                )
            )
        return cls(
            min_sharpness=float(settings.photo_min_sharpness),
            min_brightness=float(settings.photo_min_brightness),
            max_brightness=float(settings.photo_max_brightness),
            max_clipped_pct=float(settings.photo_max_clipped_pct),
        )


@dataclass(frozen=True)
class Quality:
    """The figures of one photo and, in words, what is wrong with it (nothing when empty)."""

    sharpness: float
    brightness: float
    clipped_pct: float
    dark_pct: float
    issues: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.issues

    @property
    def summary(self) -> str:
        """One line for the bench and the gallery, e.g. "sharpness 412 · brightness 121"."""
        return _(
            "sharpness {sharpness:.0f} · brightness {brightness:.0f} · white "
            "{clipped_pct:.1f} % · black {dark_pct:.1f} %"
        ).format(
            sharpness=self.sharpness,
            brightness=self.brightness,
            clipped_pct=self.clipped_pct,
            dark_pct=self.dark_pct,
        )


def measure(frame: npt.NDArray[np.uint8], thresholds: Thresholds) -> Quality:
    """Figures and judgement for a BGR or grey 8-bit picture."""
    grey = _small_grey(frame)
    laplacian = cv2.Laplacian(grey, cv2.CV_64F)
    sharpness = float(laplacian.var())
    brightness = float(grey.mean())
    pixels = grey.size
    clipped = float(np.count_nonzero(grey >= _WHITE)) * 100.0 / pixels
    dark = float(np.count_nonzero(grey <= _BLACK)) * 100.0 / pixels
    issues: list[str] = []
    if sharpness < thresholds.min_sharpness:
        issues.append(
            _("blurry (sharpness {sharpness:.0f}, needs {min_sharpness:.0f})").format(
                sharpness=sharpness, min_sharpness=thresholds.min_sharpness
            )
        )
    if brightness < thresholds.min_brightness:
        issues.append(
            _("too dark (brightness {brightness:.0f}, needs {min_brightness:.0f})").format(
                brightness=brightness, min_brightness=thresholds.min_brightness
            )
        )
    elif brightness > thresholds.max_brightness or clipped > thresholds.max_clipped_pct:
        issues.append(
            _(
                "blown out (brightness {brightness:.0f}, {clipped:.1f} % pure white; limits "
                "{max_brightness:.0f} and {max_clipped_pct:g} %)"
            ).format(
                brightness=brightness,
                clipped=clipped,
                max_brightness=thresholds.max_brightness,
                max_clipped_pct=thresholds.max_clipped_pct,
            )
        )
    return Quality(sharpness, brightness, clipped, dark, tuple(issues))


def _small_grey(frame: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    if frame.ndim not in (2, 3) or frame.size == 0:
        raise BadInput(
            _("Expected a picture, got an array of shape {shape}.").format(shape=frame.shape)
        )
    # Grey first: scaling one channel costs a third of scaling three.
    if frame.ndim == 3:
        frame = np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), np.uint8)
    height, width = frame.shape[:2]
    if width > MEASURE_WIDTH:
        size = (MEASURE_WIDTH, max(1, round(height * MEASURE_WIDTH / width)))
        # INTER_AREA averages, as a smaller sensor would, rather than skipping pixels (aliasing
        # would invent sharp edges in a blurred picture).
        frame = np.asarray(cv2.resize(frame, size, interpolation=cv2.INTER_AREA), np.uint8)
    return frame
