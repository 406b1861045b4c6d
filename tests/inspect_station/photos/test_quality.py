from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.photos.quality import Thresholds, measure
from tests.photo_helpers import blown_out, blurred, dark, demo_frames

LIMITS = Thresholds()


@pytest.fixture(scope="module")
def sharp(demo_video: Path) -> np.ndarray:
    return demo_frames(demo_video)[0]


def test_a_sharp_well_lit_frame_passes(sharp: np.ndarray) -> None:
    quality = measure(sharp, LIMITS)
    assert quality.ok, quality.issues
    assert quality.sharpness > 3 * LIMITS.min_sharpness
    assert LIMITS.min_brightness < quality.brightness < LIMITS.max_brightness
    assert quality.clipped_pct < 1


def test_a_blurred_frame_is_called_blurry_with_its_figure(sharp: np.ndarray) -> None:
    quality = measure(blurred(sharp), LIMITS)
    assert len(quality.issues) == 1
    assert quality.issues[0] == f"blurry (sharpness {quality.sharpness:.0f}, needs 100)"
    assert quality.sharpness < measure(sharp, LIMITS).sharpness / 10


def test_an_underexposed_frame_is_too_dark(sharp: np.ndarray) -> None:
    quality = measure(dark(sharp), LIMITS)
    assert any(issue.startswith("too dark (brightness") for issue in quality.issues)
    assert quality.brightness < LIMITS.min_brightness


def test_an_overexposed_frame_is_blown_out(sharp: np.ndarray) -> None:
    quality = measure(blown_out(sharp), LIMITS)
    assert [i for i in quality.issues if i.startswith("blown out")], quality.issues
    assert quality.clipped_pct > LIMITS.max_clipped_pct


def test_figures_do_not_depend_on_the_camera_resolution(sharp: np.ndarray) -> None:
    # The same scene at 1280 and 2560 pixels wide is measured on the same 640-wide copy.
    big = cv2.resize(sharp, (2560, 1440), interpolation=cv2.INTER_CUBIC)
    small, large = measure(sharp, LIMITS), measure(big, LIMITS)
    assert large.brightness == pytest.approx(small.brightness, abs=1)
    assert large.sharpness == pytest.approx(small.sharpness, rel=0.25)


def test_grey_frames_are_measured_too(sharp: np.ndarray) -> None:
    grey = cv2.cvtColor(sharp, cv2.COLOR_BGR2GRAY)
    assert measure(grey, LIMITS).brightness == pytest.approx(measure(sharp, LIMITS).brightness)


def test_thresholds_come_from_the_settings() -> None:
    limits = Thresholds.from_settings(Settings(photo_min_sharpness=250, photo_max_clipped_pct=2))
    assert (limits.min_sharpness, limits.max_clipped_pct) == (250.0, 2.0)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"photo_min_sharpness": -1}, "photo_min_sharpness"),
        ({"photo_min_brightness": 200, "photo_max_brightness": 100}, "brightness limits"),
        ({"photo_max_brightness": 300}, "brightness limits"),
        ({"photo_max_clipped_pct": 101}, "photo_max_clipped_pct"),
    ],
)
def test_nonsense_thresholds_are_refused(changes: dict[str, int], message: str) -> None:
    with pytest.raises(BadInput, match=message):
        Thresholds.from_settings(Settings(**changes))  # type: ignore[arg-type]


@pytest.mark.parametrize("key", ["b", " ", "5"])
def test_a_pedal_key_a_scanner_could_type_is_refused(key: str) -> None:
    from inspect_station.app.startup import check_settings

    with pytest.raises(BadInput, match="is a key scanners type"):
        check_settings(Settings(pedal_key=key))
    check_settings(Settings(pedal_key="F12"))


def test_the_shots_file_setting_is_used(tmp_path: Path, settings: Settings) -> None:
    from inspect_station.app.startup import open_station

    shots = tmp_path / "shots.toml"
    shots.write_text(
        '[shot.front]\nname = "Front"\n[shot.detail]\nname = "Detail"\n'
        '[shot.tag]\nname = "Price tag"\n[category.default]\nrequired = ["tag", "front"]\n',
        encoding="utf-8",
    )
    station = open_station(settings.replace(shots_file=str(shots)))
    try:
        assert [s.name for s in station.shots.required("apparel")] == ["Price tag", "Front"]
    finally:
        station.close()
