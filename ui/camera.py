"""The bench camera in a worker thread: live preview frames and the latest full frame.

One long-lived worker with explicit :meth:`Camera.start` / :meth:`Camera.stop`, never started
from a constructor. The worker reads from OpenCV, scales a preview copy and hands it over as
a QImage, so the UI thread only paints. A camera that fails is retried every few seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import cv2
import numpy as np
from PySide6.QtCore import QMetaObject, QObject, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from inspect_station.camera import CameraSource
from inspect_station.errors import CameraUnavailable, KnownError

RETRY_MS = 3000


class _Worker(QObject):
    frame_ready = Signal(QImage)
    state_changed = Signal(str, bool)  # human text, camera delivering

    def __init__(self, source: CameraSource) -> None:
        super().__init__()
        self._source = source
        self._lock = threading.Lock()
        self._latest: np.ndarray | None = None
        self._preview = QSize(640, 360)
        self._timer: QTimer | None = None
        self._listeners: list[Callable[[np.ndarray], None]] = []

    @Slot()
    def begin(self) -> None:
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._open()

    @Slot()
    def end(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer.setParent(None)
            self._timer = None
        self._source.close()

    def set_preview_size(self, size: QSize) -> None:
        with self._lock:
            self._preview = QSize(max(size.width(), 16), max(size.height(), 16))

    def listen(self, listener: Callable[[np.ndarray], None], *, on: bool) -> None:
        with self._lock:
            if on:
                self._listeners.append(listener)
            elif listener in self._listeners:
                self._listeners.remove(listener)

    def latest(self) -> np.ndarray | None:
        with self._lock:
            return None if self._latest is None else self._latest.copy()

    def _open(self) -> None:
        assert self._timer is not None
        try:
            self._source.open()
        except KnownError as exc:
            self.state_changed.emit(f"{exc}; retrying", False)
            self._timer.start(RETRY_MS)
            return
        self.state_changed.emit(self._source.describe, True)
        self._timer.start(max(1, int(self._source.frame_interval * 1000)))

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._source.is_open:
            self._open()
            return
        try:
            frame = self._source.read()
        except CameraUnavailable as exc:
            self._source.close()
            with self._lock:
                self._latest = None
            self.state_changed.emit(f"{exc}; retrying", False)
            assert self._timer is not None
            self._timer.start(RETRY_MS)
            return
        with self._lock:
            self._latest = frame
            target = QSize(self._preview)
            listeners = list(self._listeners)
        for listener in listeners:  # e.g. the code decoder: takes the frame, returns at once
            listener(frame)
        self.frame_ready.emit(_preview_image(frame, target))


def _preview_image(frame: np.ndarray, target: QSize) -> QImage:
    height, width = frame.shape[:2]
    scale = min(target.width() / width, target.height() / height, 1.0)
    size = (max(1, int(width * scale)), max(1, int(height * scale)))
    small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA) if scale < 1 else frame
    rgb = np.ascontiguousarray(cv2.cvtColor(small, cv2.COLOR_BGR2RGB))
    image = QImage(
        rgb.data, rgb.shape[1], rgb.shape[0], rgb.strides[0], QImage.Format.Format_RGB888
    )
    return image.copy()  # own the pixels: the numpy buffer goes away with this frame


class Camera(QObject):
    """The camera as the UI sees it.

    Signals:
        frame_ready(QImage): a preview frame, already scaled.
        state_changed(str, bool): what the camera is doing, and whether it delivers frames.
    """

    frame_ready = Signal(QImage)
    state_changed = Signal(str, bool)
    _begin = Signal()

    def __init__(self, source: CameraSource, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("camera")
        self._worker = _Worker(source)
        self._worker.moveToThread(self._thread)
        self._worker.frame_ready.connect(self.frame_ready)
        self._worker.state_changed.connect(self._on_worker_state_changed)
        self._begin.connect(self._worker.begin)
        self.state = "camera off"
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
        """Call ``listener(frame)`` on the camera thread with every full frame (not a copy:
        read it, never write it). It must return at once; decoding is another thread's job."""
        self._worker.listen(listener, on=True)

    def remove_frame_listener(self, listener: Callable[[np.ndarray], None]) -> None:
        self._worker.listen(listener, on=False)

    def latest_frame(self) -> np.ndarray | None:
        """A copy of the newest full-resolution frame, for a photo."""
        return self._worker.latest()

    @Slot(str, bool)
    def _on_worker_state_changed(self, text: str, delivering: bool) -> None:
        self.state, self.delivering = text, delivering
        self.state_changed.emit(text, delivering)
