"""Barcodes in the live camera picture, decoded on a thread of their own.

The camera thread hands every frame to :meth:`CameraDecoder._offer`, which only keeps it as
"the newest frame" and wakes the decoding thread: a slow decode skips frames, never delays
the camera or the UI. Each decoded frame comes back to the UI thread as ``codes_seen``
(for the outline in the preview) and, through the :class:`Debouncer`, as ``scanned`` once per
code that comes into view.
"""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtCore import QObject, QSize, QThread, Signal, Slot

from inspect_station.app.errors import BadInput
from inspect_station.identify.camera_scans import Debouncer
from inspect_station.identify.decoding import Decoded, Decoder, decode_frame
from ui.devices.camera import Camera


class _DecodeThread(QThread):
    decoded = Signal(object, QSize)  # list[Decoded], the frame's size

    def __init__(self, decoder: Decoder) -> None:
        super().__init__()
        self.setObjectName("camera-decoder")
        self._decoder = decoder
        self._wake = threading.Condition()
        self._frame: np.ndarray | None = None
        self._stopping = False
        self.frames_decoded = 0

    def offer(self, frame: np.ndarray) -> None:
        with self._wake:
            self._frame = frame  # an older frame not yet decoded is dropped
            self._wake.notify()

    def stop(self) -> None:
        with self._wake:
            self._stopping = True
            self._wake.notify()
        self.wait()

    def run(self) -> None:
        while True:
            with self._wake:
                while self._frame is None and not self._stopping:
                    self._wake.wait()
                if self._stopping:
                    return
                frame, self._frame = self._frame, None
            assert frame is not None
            try:
                found = decode_frame(self._decoder, frame)
            except BadInput:
                continue  # a frame that is not an image (a driver's glitch): skip it
            self.frames_decoded += 1
            self.decoded.emit(found, QSize(frame.shape[1], frame.shape[0]))


class CameraDecoder(QObject):
    """Signals:
    codes_seen(object, QSize): the codes in the newest decoded frame (list of Decoded, corners
        in frame pixels) and that frame's size; an empty list when none.
    scanned(str): a code that came into view, as a scanner would send it (AIM prefix included).
    """

    codes_seen = Signal(object, QSize)
    scanned = Signal(str)

    def __init__(
        self,
        *,
        camera: Camera,
        decoder: Decoder,
        debouncer: Debouncer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._camera = camera
        self._debouncer = debouncer or Debouncer()
        self._thread = _DecodeThread(decoder)
        self._thread.decoded.connect(self._on_thread_decoded)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    @property
    def frames_decoded(self) -> int:
        return self._thread.frames_decoded

    def start(self) -> None:
        if self._thread.isRunning():
            return
        self._thread.start()
        self._camera.add_frame_listener(self._thread.offer)

    def stop(self) -> None:
        self._camera.remove_frame_listener(self._thread.offer)
        if self._thread.isRunning():
            self._thread.stop()

    @Slot(object, QSize)
    def _on_thread_decoded(self, found: list[Decoded], size: QSize) -> None:
        self.codes_seen.emit(found, size)
        for code in self._debouncer.frame(d.scan for d in found):
            self.scanned.emit(code)
