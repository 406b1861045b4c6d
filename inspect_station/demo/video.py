"""A synthetic bench-camera clip, so the station can be shown and tested without a camera.

The scene: a grey bench mat with the taped photo zone, and a cardboard parcel that drifts and
turns a few degrees, lit a little unevenly, with a white returns label whose EAN-13 is large
enough for the scanner to decode. Rendering is deterministic (fixed seeds, no clock), so on one
installation the same arguments always give the same bytes; the motion loops seamlessly.
"""

from __future__ import annotations

import contextlib
import math
import os
import uuid
from pathlib import Path

import barcode
import cv2
import numpy as np
import numpy.typing as npt

from inspect_station.app.errors import BadInput, CameraUnavailable
from inspect_station.app.i18n import _

Image = npt.NDArray[np.float32]

_BENCH = (118.0, 122.0, 124.0)
_TAPE = (40.0, 190.0, 225.0)
_CARDBOARD = (92.0, 146.0, 190.0)
_PARCEL_TAPE = (150.0, 196.0, 222.0)
_LABEL = (238.0, 240.0, 240.0)
_INK = (30.0, 30.0, 30.0)
_MJPEG_QUALITY = 85
_SEED = 20240611


def make_demo_video(
    path: Path,
    *,
    seconds: float = 4.0,
    fps: int = 25,
    size: tuple[int, int] = (1280, 720),
    ean: str = "4006381333931",
    force: bool = False,
) -> Path:
    """Write the demo clip to ``path`` (an ``.avi``) unless a non-empty one is already there.

    ``size`` is (width, height). ``ean`` is 12 digits, or 13 with a correct check digit.
    """
    path = Path(path)
    if not force and path.is_file() and path.stat().st_size > 0:
        return path
    width, height = size
    if not 0 < seconds <= 60 or not 1 <= fps <= 120:
        raise BadInput(
            _("Demo video length or rate out of range: {seconds} s at {fps} fps").format(
                seconds=seconds, fps=fps
            )
        )
    if width < 320 or height < 240 or width > 3840 or height > 2160:
        raise BadInput(
            _("Demo video size out of range: {width}×{height}").format(width=width, height=height)
        )
    modules, digits = _ean13(ean)
    frame_count = max(1, round(seconds * fps))

    # The writer picks the container from the suffix, so the temporary name keeps it.
    temp = path.with_name(f".{path.stem}-{uuid.uuid4().hex}{path.suffix or '.avi'}")
    failed = CameraUnavailable(_("Demo camera unavailable: cannot write {path}").format(path=path))
    writer = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writer = _open_writer(temp, fps, size)
        if writer is None:
            raise failed
        scene = _Scene(width, height, modules, digits)
        for index in range(frame_count):
            writer.write(scene.frame(index / frame_count))
        writer.release()
        if not temp.is_file() or temp.stat().st_size == 0:
            raise failed
        os.replace(temp, path)
    except OSError as error:
        raise failed from error
    finally:
        if writer is not None:
            writer.release()
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return path


def _open_writer(path: Path, fps: int, size: tuple[int, int]) -> cv2.VideoWriter | None:
    fourcc = cv2.VideoWriter.fourcc(*"MJPG")
    # FFmpeg's MJPEG is under half the size of OpenCV's own encoder for the same look; the
    # built-in one is the fallback for builds without FFmpeg. Both give identical bytes per run.
    for backend in (cv2.CAP_FFMPEG, cv2.CAP_OPENCV_MJPEG):
        writer = cv2.VideoWriter(str(path), backend, fourcc, float(fps), size)
        if writer.isOpened():
            writer.set(cv2.VIDEOWRITER_PROP_QUALITY, _MJPEG_QUALITY)
            return writer
        writer.release()
    return None


def _ean13(ean: str) -> tuple[str, str]:
    """The 95 bar/space modules ('1' is a bar) and the 13 digits printed under them."""
    if not (ean.isascii() and ean.isdigit() and len(ean) in (12, 13)):
        raise BadInput(_("EAN-13 must be 12 or 13 digits: {ean!r}").format(ean=ean))
    code = barcode.get_barcode_class("ean13")(ean[:12])
    if len(ean) == 13 and code.get_fullcode() != ean:
        raise BadInput(
            _("EAN-13 check digit is wrong: {ean} (expected {get_fullcode})").format(
                ean=ean, get_fullcode=code.get_fullcode()
            )
        )
    pattern = str(code.build()[0])
    if len(pattern) != 95 or set(pattern) - {"0", "1"}:
        raise RuntimeError(f"unexpected EAN-13 module pattern from python-barcode: {pattern!r}")
    return pattern, str(code.get_fullcode())


class _Scene:
    """Everything that does not change between frames is drawn once here."""

    def __init__(self, width: int, height: int, modules: str, ean: str) -> None:
        self.size = (width, height)
        self.bench = _bench(width, height)
        self.parcel = _parcel(width, height, modules, ean)
        rows, cols = self.parcel.shape[:2]
        mask = np.zeros((rows, cols), np.float32)
        mask[2:-2, 2:-2] = 1.0
        self.mask = np.asarray(cv2.GaussianBlur(mask, (5, 5), 0), np.float32)
        # Blurring then turning equals turning then blurring, so the soft shadow is made once.
        margin = max(8, width // 40)
        shadow = cv2.copyMakeBorder(mask, *(margin,) * 4, cv2.BORDER_CONSTANT, value=0.0)
        self.shadow = np.asarray(cv2.GaussianBlur(shadow, (0, 0), margin / 3), np.float32)
        self.shadow_offset = (0.018 * width, 0.03 * height)
        # The light varies smoothly, so it is worked out on a coarse grid and scaled up.
        ys, xs = np.mgrid[0 : max(2, height // 8), 0 : max(2, width // 8)].astype(np.float32)
        self.xs = xs / xs.shape[1]
        self.ys = ys / ys.shape[0]

    def frame(self, phase: float) -> npt.NDArray[np.uint8]:
        """``phase`` runs 0..1 over the clip; all motion is periodic in it, so it loops cleanly."""
        turn = 2.0 * math.pi * phase
        angle = 5.0 * math.sin(turn)
        centre = (
            self.size[0] * (0.5 + 0.035 * math.sin(turn)),
            self.size[1] * (0.52 + 0.025 * math.sin(2.0 * turn)),
        )
        parcel = cv2.warpAffine(self.parcel, _placing(self.parcel, angle, centre), self.size)
        alpha = cv2.warpAffine(self.mask, _placing(self.mask, angle, centre), self.size)
        shadow_centre = (centre[0] + self.shadow_offset[0], centre[1] + self.shadow_offset[1])
        shadow = cv2.warpAffine(self.shadow, _placing(self.shadow, angle, shadow_centre), self.size)

        # Light from a window off to one side: a soft pool sweeps slowly, the level breathes.
        lx = 0.3 + 0.4 * (0.5 + 0.5 * math.sin(turn + 1.0))
        pool = np.exp(-(((self.xs - lx) / 0.55) ** 2 + ((self.ys - 0.2) / 0.7) ** 2))
        coarse = (0.86 + 0.06 * math.sin(turn + 0.5)) * (0.85 + 0.25 * pool)
        light = cv2.resize(coarse, self.size, interpolation=cv2.INTER_LINEAR)

        on_bench = light * (1.0 - alpha) * (1.0 - 0.45 * shadow)
        on_parcel = light * alpha
        # OpenCV's per-element arithmetic is several times faster than NumPy broadcasting here.
        scene = cv2.add(
            cv2.multiply(self.bench, cv2.merge([on_bench] * 3)),
            cv2.multiply(parcel, cv2.merge([on_parcel] * 3)),
        )
        # Every term is non-negative, so this is a saturating cast to 8 bits.
        return np.asarray(cv2.convertScaleAbs(scene), np.uint8)


def _placing(
    patch: npt.NDArray[np.float32], angle: float, centre: tuple[float, float]
) -> npt.NDArray[np.float64]:
    """The affine map that turns ``patch`` by ``angle`` degrees and centres it on ``centre``."""
    rows, cols = patch.shape[:2]
    matrix = np.asarray(cv2.getRotationMatrix2D((cols / 2.0, rows / 2.0), angle, 1.0), np.float64)
    matrix[0, 2] += centre[0] - cols / 2.0
    matrix[1, 2] += centre[1] - rows / 2.0
    return matrix


def _bench(width: int, height: int) -> Image:
    rng = np.random.default_rng(_SEED)
    noise = rng.normal(0.0, 6.0, (height, width)).astype(np.float32)
    grain = np.asarray(cv2.GaussianBlur(noise, (0, 0), 2), np.float32)
    bench = np.empty((height, width, 3), np.float32)
    bench[:] = _BENCH
    bench += grain[..., None]
    # Cutting-mat grid, faint, as on a real inspection bench.
    step = max(20, width // 24)
    for x in range(step // 2, width, step):
        cv2.line(bench, (x, 0), (x, height), (108.0, 112.0, 113.0), 1)
    for y in range(step // 2, height, step):
        cv2.line(bench, (0, y), (width, y), (108.0, 112.0, 113.0), 1)
    mx, my = int(width * 0.12), int(height * 0.07)
    cv2.rectangle(bench, (mx, my), (width - mx, height - my), _TAPE, max(4, width // 110))
    return bench


def _parcel(width: int, height: int, modules: str, ean: str) -> Image:
    cols, rows = int(width * 0.46), int(height * 0.64)
    rng = np.random.default_rng(_SEED + 1)
    fibres = rng.normal(0.0, 5.0, (rows, cols)).astype(np.float32)
    fibres = np.asarray(cv2.GaussianBlur(fibres, (0, 0), sigmaX=6.0, sigmaY=0.8), np.float32)
    board = np.empty((rows, cols, 3), np.float32)
    board[:] = _CARDBOARD
    board += fibres[..., None]
    # OpenCV only draws text on 8-bit images.
    parcel = np.clip(board, 0, 255).astype(np.uint8)
    edge = max(3, cols // 90)
    cv2.rectangle(parcel, (0, 0), (cols - 1, rows - 1), (70.0, 112.0, 150.0), edge)
    # Packing tape over the flap seam.
    seam = rows // 5
    tape = max(12, rows // 9)
    band = parcel[seam - tape // 2 : seam + tape // 2]
    band[:] = (band * 0.35 + np.array(_PARCEL_TAPE) * 0.65).astype(np.uint8)
    cv2.line(parcel, (0, seam), (cols, seam), (60.0, 96.0, 130.0), 1)

    label_w, label_h = int(cols * 0.82), int(rows * 0.6)
    x0, y0 = (cols - label_w) // 2, rows - label_h - rows // 12
    cv2.rectangle(parcel, (x0, y0), (x0 + label_w, y0 + label_h), _LABEL, -1)
    cv2.rectangle(parcel, (x0, y0), (x0 + label_w, y0 + label_h), (190.0, 192.0, 192.0), 1)
    scale = label_w / 520.0
    font = cv2.FONT_HERSHEY_DUPLEX
    pad = int(14 * scale)
    cv2.putText(
        parcel,
        "RETURN",
        (x0 + pad, y0 + int(50 * scale)),
        font,
        1.5 * scale,
        _INK,
        max(2, int(3 * scale)),
        cv2.LINE_AA,
    )
    cv2.putText(
        parcel,
        "SKU RT-40871-BLK  QTY 1",
        (x0 + pad, y0 + int(82 * scale)),
        cv2.FONT_HERSHEY_SIMPLEX,
        0.62 * scale,
        _INK,
        max(1, int(1.5 * scale)),
        cv2.LINE_AA,
    )
    _draw_ean(parcel, modules, ean, x0, y0 + int(100 * scale), label_w, y0 + label_h - pad)
    return parcel.astype(np.float32)


def _draw_ean(
    image: npt.NDArray[np.uint8],
    modules: str,
    ean: str,
    x0: int,
    top: int,
    label_w: int,
    bottom: int,
) -> None:
    # 95 modules plus a quiet zone of at least 9 on each side, in whole pixels so bars stay crisp.
    unit = max(2, label_w // (95 + 2 * 10))
    left = x0 + (label_w - 95 * unit) // 2
    digit_h = unit * 7
    bar_bottom = bottom - digit_h
    guards = {*range(0, 3), *range(45, 50), *range(92, 95)}
    for i, bit in enumerate(modules):
        if bit == "1":
            end = bar_bottom + (digit_h // 2 if i in guards else 0)
            cv2.rectangle(image, (left + i * unit, top), (left + (i + 1) * unit - 1, end), _INK, -1)
    font = cv2.FONT_HERSHEY_SIMPLEX
    scale = unit * 0.27
    thick = max(1, unit // 3)
    baseline = bottom - unit // 2
    cv2.putText(image, ean[0], (left - 8 * unit, baseline), font, scale, _INK, thick, cv2.LINE_AA)
    for group, start in ((ean[1:7], 3), (ean[7:], 50)):
        for k, digit in enumerate(group):
            x = left + (start + 7 * k + 1) * unit
            cv2.putText(image, digit, (x, baseline), font, scale, _INK, thick, cv2.LINE_AA)
