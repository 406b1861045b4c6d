"""The bench camera: a USB device, a network stream or a video file, read one frame at a time.

Nothing here knows about Qt. A worker thread owns a :class:`CameraSource`, calls :meth:`read`
in a loop and paces itself with :attr:`CameraSource.frame_interval`; every failure the person
at the bench can fix (camera unplugged, wrong URL, file gone) is a :class:`CameraUnavailable`.
"""

from __future__ import annotations

import os
import threading
import unicodedata
from pathlib import Path
from types import TracebackType
from typing import Any, Literal
from urllib.parse import urlsplit

import cv2
import numpy as np
import numpy.typing as npt

from inspect_station.app.errors import BadInput, CameraUnavailable
from inspect_station.app.i18n import _
from inspect_station.images import header

Frame = npt.NDArray[np.uint8]
Kind = Literal["device", "stream", "file"]

_STREAM_SCHEMES = ("rtsp", "rtsps", "http", "https")
_DEFAULT_FPS = 25.0
_SANE_FPS = (1.0, 120.0)
# Without these FFmpeg waits ~30 s on a dead stream, and close() waits for a read in progress.
_STREAM_TIMEOUT_MS = 5000

_log_lock = threading.Lock()
_log_quieted = False


def parse_source(value: str | int) -> int | str:
    """Turn a configured camera source into what OpenCV expects.

    A non-negative integer, or a string of digits, is a device index; an ``rtsp://``,
    ``http://`` or ``https://`` address is a stream; anything else is a video file path.
    """
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadInput(
            _("Camera source must be a device number, URL or file path: {value!r}").format(
                value=value
            )
        )
    if isinstance(value, int):
        if value < 0:
            raise BadInput(
                _("Camera device number cannot be negative: {value}").format(value=value)
            )
        return value
    text = value.strip()
    if not text:
        raise BadInput(_("Camera source is empty: give a device number, URL or file path."))
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        raise BadInput(_("Camera source contains control characters: {text!r}").format(text=text))
    if text.isascii() and text.isdigit():
        return int(text)
    scheme, sep, _rest = text.partition("://")
    if sep and scheme.lower() in _STREAM_SCHEMES:
        if not urlsplit(text).hostname:
            raise BadInput(_("Camera URL has no host: {text}").format(text=text))
        return text
    return os.path.expanduser(text)


def _kind_of(source: int | str) -> Kind:
    if isinstance(source, int):
        return "device"
    if "://" in source:
        return "stream"
    # V4L2 nodes are opened by path but behave like an index: no end, no rewinding.
    if source.startswith("/dev/"):
        return "device"
    return "file"


def _label(source: int | str, kind: Kind) -> str:
    """How the source is named in messages: never with a stream's password."""
    if kind == "device":
        return f"device {source}"
    if kind == "stream":
        parts = urlsplit(str(source))
        host = parts.hostname or ""
        if parts.port is not None:
            host = f"{host}:{parts.port}"
        rest = "/…" if parts.path.strip("/") or parts.query else ""
        return f"{parts.scheme}://{host}{rest}"
    return str(source)


def _quiet_opencv() -> None:
    # A missing device makes every backend OpenCV tries print a warning; the UI says it better.
    global _log_quieted
    with _log_lock:
        if not _log_quieted:
            cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
            _log_quieted = True


class CameraSource:
    """One camera. Construction is cheap; nothing is opened until :meth:`open`."""

    def __init__(
        self,
        source: str | int,
        *,
        width: int | None = None,
        height: int | None = None,
        fps: float | None = None,
        loop: bool = True,
    ) -> None:
        self._source = parse_source(source)
        self._kind: Kind = _kind_of(self._source)
        self._width = width
        self._height = height
        self._fps = fps
        self._loop = loop
        self._capture: cv2.VideoCapture | None = None
        self._actual_size: tuple[int, int] | None = None
        self._actual_fps: float | None = None
        # close() may come from another thread than read(); releasing mid-read crashes OpenCV.
        self._lock = threading.Lock()

    @property
    def source(self) -> int | str:
        return self._source

    @property
    def is_open(self) -> bool:
        return self._capture is not None

    def open(self) -> None:
        """Open the source; reopening an open source starts it afresh."""
        _quiet_opencv()
        with self._lock:
            self._release()
            if self._kind == "file":
                self._check_picture()
            capture = self._new_capture()
            if not capture.isOpened():
                capture.release()
                hint = _(" (no such file)") if self._kind == "file" and not self._exists() else ""
                raise CameraUnavailable(
                    _("Camera unavailable: {label} could not be opened{hint}").format(
                        label=_label(self._source, self._kind), hint=hint
                    )
                )
            if self._kind == "device":
                self._apply_settings(capture)
            self._capture = capture
            width = int(capture.get(cv2.CAP_PROP_FRAME_WIDTH))
            height = int(capture.get(cv2.CAP_PROP_FRAME_HEIGHT))
            self._actual_size = (width, height) if width > 0 and height > 0 else None
            self._actual_fps = float(capture.get(cv2.CAP_PROP_FPS))
            if width * height > header.MAX_PIXELS:
                self._release()
                raise CameraUnavailable(
                    _(
                        "Camera unavailable: {label} delivers {width}×{height} frames, more than "
                        "the {max_pixels:g} MP the station reads"
                    ).format(
                        label=_label(self._source, self._kind),
                        width=width,
                        height=height,
                        max_pixels=header.MAX_PIXELS / 1e6,
                    )
                )

    def read(self) -> Frame:
        """Return the next frame as BGR ``uint8``; a video file starts over at its end."""
        with self._lock:
            capture = self._capture
            if capture is None:
                raise RuntimeError("CameraSource.read() called before open()")
            frame = _grab(capture)
            if frame is None and self._kind == "file" and self._loop:
                frame = self._rewind_and_read()
            label = _label(self._source, self._kind)
            if frame is None:
                ended = self._kind == "file" and not self._loop
                reason = _("video ended") if ended else _("stopped delivering frames")
                raise CameraUnavailable(
                    _("Camera unavailable: {label} {reason}").format(label=label, reason=reason)
                )
            if frame.dtype != np.uint8:
                raise CameraUnavailable(
                    _(
                        "Camera unavailable: {label} delivers {dtype} frames, not 8-bit colour"
                    ).format(label=label, dtype=frame.dtype)
                )
            return _as_bgr(frame.astype(np.uint8, copy=False))

    @property
    def paced_by_reader(self) -> bool:
        """A video file is read at its own speed by the reader; a device or stream delivers at
        its own rate (a read waits for the next frame), so it is read as fast as it comes."""
        return self._kind == "file"

    @property
    def frame_interval(self) -> float:
        """Seconds between frames, for pacing a video file at its real speed."""
        fps = self._actual_fps if self._actual_fps is not None else self._fps
        if fps is not None and _SANE_FPS[0] <= fps <= _SANE_FPS[1]:
            return 1.0 / fps
        return 1.0 / _DEFAULT_FPS

    @property
    def describe(self) -> str:
        """Short text for the status bar, e.g. ``video demo.avi 1280×720 @25 fps``."""
        if self._kind == "file":
            text = f"video {Path(str(self._source)).name}"
        else:
            text = _label(self._source, self._kind)
        if self._actual_size is not None:
            text += f" {self._actual_size[0]}×{self._actual_size[1]}"
        fps = self._actual_fps
        if self._kind == "file" and fps is not None and _SANE_FPS[0] <= fps <= _SANE_FPS[1]:
            text += f" @{round(fps, 2):g} fps"
        return text

    def close(self) -> None:
        with self._lock:
            self._release()

    def __enter__(self) -> CameraSource:
        if not self.is_open:
            self.open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self.is_open else "closed"
        return f"<CameraSource {_label(self._source, self._kind)} {state}>"

    def _new_capture(self) -> cv2.VideoCapture:
        if self._kind == "stream":
            params = [
                cv2.CAP_PROP_OPEN_TIMEOUT_MSEC,
                _STREAM_TIMEOUT_MS,
                cv2.CAP_PROP_READ_TIMEOUT_MSEC,
                _STREAM_TIMEOUT_MS,
            ]
            return cv2.VideoCapture(self._source, cv2.CAP_FFMPEG, params)
        return cv2.VideoCapture(self._source)

    def _apply_settings(self, capture: cv2.VideoCapture) -> None:
        # Settings use 0 for "whatever the camera does". Drivers answer "no" by ignoring the
        # value; what was granted is read back in open().
        if self._width:
            capture.set(cv2.CAP_PROP_FRAME_WIDTH, float(self._width))
        if self._height:
            capture.set(cv2.CAP_PROP_FRAME_HEIGHT, float(self._height))
        if self._fps:
            capture.set(cv2.CAP_PROP_FPS, float(self._fps))

    def _rewind_and_read(self) -> npt.NDArray[Any] | None:
        capture = self._capture
        assert capture is not None
        if capture.set(cv2.CAP_PROP_POS_FRAMES, 0):
            frame = _grab(capture)
            if frame is not None:
                return frame
        # Some containers cannot seek; starting the file over always works if it is still there.
        capture.release()
        self._capture = cv2.VideoCapture(self._source)
        return _grab(self._capture) if self._capture.isOpened() else None

    def _check_picture(self) -> None:
        """A still image given as the camera (OpenCV opens it as a one-frame video): its header
        is checked before OpenCV decodes anything, as for any image file."""
        path = Path(str(self._source))
        try:
            with path.open("rb") as handle:
                if header.kind(handle.read(16)) is None:
                    return  # a video: its container is OpenCV's (FFmpeg's) to read
                handle.seek(0)
                header.read_header(handle, path.name).check(path.name)
        except OSError:
            return  # open() says the file cannot be opened
        except BadInput as error:
            raise CameraUnavailable(_("Camera unavailable: {error}").format(error=error)) from error

    def _exists(self) -> bool:
        return Path(str(self._source)).exists()

    def _release(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


def _grab(capture: cv2.VideoCapture) -> npt.NDArray[Any] | None:
    ok, frame = capture.read()
    if not ok or frame is None:
        return None
    array = np.asarray(frame)
    return array if array.size else None


def _as_bgr(frame: Frame) -> Frame:
    """Normalise what a driver hands back to three-channel BGR."""
    if frame.ndim == 2:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR), dtype=np.uint8)
    if frame.ndim == 3 and frame.shape[2] == 4:
        return np.asarray(cv2.cvtColor(frame, cv2.COLOR_BGRA2BGR), dtype=np.uint8)
    return np.ascontiguousarray(frame)
