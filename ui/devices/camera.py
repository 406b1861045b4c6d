"""The bench camera in a worker thread: live preview frames and the latest full frame.

One long-lived worker with explicit :meth:`Camera.start` / :meth:`Camera.stop`, never started
from a constructor. The worker reads from OpenCV, scales a preview copy and hands it over as
a QImage, so the UI thread only paints. At most one preview frame is on its way to the UI at a
time: when the UI is busy, frames are skipped rather than queued, so the preview never lags.

A camera that fails (unplugged, stream down, file gone) is closed and retried every few
seconds, and the worker says so in words: "Camera lost: … · retrying in 3 s", then "Camera
back: …" once frames flow again.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QMetaObject, QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from inspect_station.app.errors import CameraUnavailable, KnownError
from inspect_station.photos.camera import CameraSource

RETRY_MS = 3000
_PREFIX = "Camera unavailable: "


class _Worker(QObject):
    frame_ready = Signal(QImage)
    state_changed = Signal(str, bool)  # human text, camera delivering

    def __init__(self, source: CameraSource, retry_ms: int) -> None:
        super().__init__()
        self._source = source
        self._retry_s = retry_ms / 1000
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._preview = QSize(640, 360)
        self._preview_in_flight = False
        self._frames: QTimer | None = None
        self._ticks: QTimer | None = None
        self._problem = ""  # why the camera is not delivering, while waiting to retry
        self._retry_at = 0.0
        self._was_live = False
        self.frames_read = 0
        self.previews_sent = 0
        self._listeners: list[Callable[[np.ndarray], None]] = []

    @Slot()
    def begin(self) -> None:
        self._frames = QTimer(self)
        self._frames.setTimerType(Qt.TimerType.PreciseTimer)
        self._frames.timeout.connect(self._on_frames_timeout)
        self._ticks = QTimer(self)
        self._ticks.setInterval(min(1000, max(1, int(self._retry_s * 1000))))
        self._ticks.timeout.connect(self._on_ticks_timeout)
        self._open()

    @Slot()
    def end(self) -> None:
        for timer in (self._frames, self._ticks):
            if timer is not None:
                timer.stop()
                timer.setParent(None)
        self._frames = self._ticks = None
        self._source.close()

    def set_preview_size(self, size: QSize) -> None:
        with self._lock:
            self._preview = QSize(max(size.width(), 16), max(size.height(), 16))

    def preview_shown(self) -> None:
        """The UI has taken the last preview frame; the next one may go."""
        with self._lock:
            self._preview_in_flight = False

    def listen(self, listener: Callable[[np.ndarray], None], *, on: bool) -> None:
        with self._lock:
            if on:
                self._listeners.append(listener)
            elif listener in self._listeners:
                self._listeners.remove(listener)

    def latest(self) -> np.ndarray | None:
        with self._lock:
            return self._latest

    def _open(self) -> None:
        assert self._frames is not None
        try:
            self._source.open()
        except KnownError as exc:
            self._wait(_detail(exc), lost=False)
            return
        self._problem = ""
        if self._was_live:
            self.state_changed.emit(
                self.tr("Camera back: {describe}").format(describe=self._source.describe), True
            )
        else:
            self.state_changed.emit(self._source.describe, True)
        self._was_live = True
        paced = self._source.paced_by_reader
        self._frames.start(max(1, round(self._source.frame_interval * 1000)) if paced else 0)

    def _wait(self, problem: str, *, lost: bool) -> None:
        """Close the camera and count down to the next attempt, saying so every second."""
        assert self._frames is not None
        assert self._ticks is not None
        self._frames.stop()
        self._source.close()
        with self._lock:
            self._latest = None
        self._problem = (
            self.tr("Camera lost: {problem}").format(problem=problem)
            if lost
            else f"{_PREFIX}{problem}"
        )
        self._retry_at = time.monotonic() + self._retry_s
        self._say_countdown()
        self._ticks.start()

    def _say_countdown(self) -> None:
        left = math.ceil(self._retry_at - time.monotonic())
        when = (
            self.tr("retrying in {left} s").format(left=left)
            if left > 0
            else self.tr("retrying now")
        )
        self.state_changed.emit(f"{self._problem} · {when}", False)

    @Slot()
    def _on_ticks_timeout(self) -> None:
        assert self._ticks is not None
        if time.monotonic() < self._retry_at:
            self._say_countdown()
            return
        self._ticks.stop()
        self._say_countdown()
        self._open()

    @Slot()
    def _on_frames_timeout(self) -> None:
        try:
            frame = self._source.read()
        except CameraUnavailable as exc:
            self._wait(_detail(exc), lost=True)
            return
        self.frames_read += 1
        # Every reader shares this frame (the photo, the decoder, the preview): nobody may
        # change it, so handing it out needs no copy. The next frame is a new array.
        frame.setflags(write=False)
        with self._lock:
            self._latest = frame
            target = QSize(self._preview)
            listeners = list(self._listeners)
            send_preview = not self._preview_in_flight
            self._preview_in_flight = True
        # Listeners see every frame (e.g. the code decoder: takes the frame, returns at once).
        for listener in listeners:
            listener(frame)
        if not send_preview:
            return  # the UI has not shown the last one yet: skip, never queue
        self.previews_sent += 1
        self.frame_ready.emit(_preview_image(frame, target))


def _detail(exc: KnownError) -> str:
    text = str(exc)
    return text.removeprefix(_PREFIX)


def _preview_image(frame: np.ndarray, target: QSize) -> QImage:
    """The frame scaled for the preview, in the format the screen is painted in.

    RGB32 (bytes B, G, R, 255 in memory, which is OpenCV's BGRA) is what Qt paints without
    converting: the UI thread only copies it onto the screen. The pixels are written straight
    into the image's own buffer, so no second copy is made to hand it over.
    """
    height, width = frame.shape[:2]
    scale = min(target.width() / width, target.height() / height, 1.0)
    size = (max(1, int(width * scale)), max(1, int(height * scale)))
    small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA) if scale < 1 else frame
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.bits(), np.uint8).reshape(size[1], image.bytesPerLine() // 4, 4)
    cv2.cvtColor(small, cv2.COLOR_BGR2BGRA, dst=pixels[:, : size[0]])
    return image


class Camera(QObject):
    """The camera as the UI sees it.

    Signals:
        frame_ready(QImage): a preview frame, already scaled.
        state_changed(str, bool): what the camera is doing, and whether it delivers frames.
    """

    frame_ready = Signal(QImage)
    state_changed = Signal(str, bool)
    _begin = Signal()

    def __init__(
        self, source: CameraSource, parent: QObject | None = None, *, retry_ms: int = RETRY_MS
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("camera")
        self._worker = _Worker(source, retry_ms)
        self._worker.moveToThread(self._thread)
        self._worker.frame_ready.connect(self._on_worker_frame_ready)
        self._worker.state_changed.connect(self._on_worker_state_changed)
        self._begin.connect(self._worker.begin)
        self.state = self.tr("camera off")
        self.delivering = False

    def start(self) -> None:
        if self._thread.isRunning():
            return
        self._thread.start()
        self._begin.emit()

    def stop(self) -> None:
        if not self._thread.isRunning():
            return
        # Release the device on its own thread before that thread ends.
        QMetaObject.invokeMethod(self._worker, "end", Qt.ConnectionType.BlockingQueuedConnection)
        self._thread.quit()
        self._thread.wait()

    def set_preview_size(self, size: QSize) -> None:
        self._worker.set_preview_size(size)

    def add_frame_listener(self, listener: Callable[[np.ndarray], None]) -> None:
        """Call ``listener(frame)`` on the camera thread with every full frame (read-only,
        not a copy). It must return at once; decoding is another thread's job."""
        self._worker.listen(listener, on=True)

    def remove_frame_listener(self, listener: Callable[[np.ndarray], None]) -> None:
        self._worker.listen(listener, on=False)

    def latest_frame(self) -> np.ndarray | None:
        """The newest full-resolution frame, for a photo. Read-only and never changed
        afterwards (the next frame is a new array), so the UI thread takes it without copying
        six megabytes."""
        return self._worker.latest()

    @property
    def frames_read(self) -> int:
        return self._worker.frames_read

    @property
    def previews_sent(self) -> int:
        return self._worker.previews_sent

    @Slot(QImage)
    def _on_worker_frame_ready(self, image: QImage) -> None:
        self.frame_ready.emit(image)
        self._worker.preview_shown()

    @Slot(str, bool)
    def _on_worker_state_changed(self, text: str, delivering: bool) -> None:
        self.state, self.delivering = text, delivering
        self.state_changed.emit(text, delivering)
