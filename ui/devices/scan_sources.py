"""The scan sources beside the keyboard wedge: a USB-serial scanner and the camera.

Built once by the main window from the settings. Every source ends in the same ``scanned``
signal, which the window hands to the bench like a keyboard-wedge scan. Camera scans count
only while ``accept_camera()`` says so (no unit open at the bench): product codes seen while
photographing a unit are outlined, not scanned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from inspect_station.app.settings import Settings
from inspect_station.identify.decoding import describe, station_decoder
from ui.devices.camera import Camera
from ui.devices.camera_decoder import CameraDecoder
from ui.devices.camera_preview import CameraPreview
from ui.devices.code_overlay import CodeOverlay
from ui.devices.serial_scanner import SerialScanner

log = logging.getLogger(__name__)


class ScanSources(QObject):
    """Signals:
    scanned(str): a scan from the serial scanner or the camera.
    failed(str): a source received something that is not a scan; the message says what.
    state_changed(str, bool): one line for the status bar, and whether every source works.
    """

    scanned = Signal(str)
    failed = Signal(str)
    state_changed = Signal(str, bool)

    def __init__(
        self,
        *,
        settings: Settings,
        camera: Camera,
        preview: CameraPreview,
        accept_camera: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._accept_camera = accept_camera
        self._mode = settings.camera_scanning
        framed = {
            "prefix": self.tr("prefix {key}").format(key=settings.scan_start_key),
            "aim": self.tr("AIM prefix"),
        }
        mode = framed.get(settings.scanner_mode, self.tr("timing"))
        self._keyboard = self.tr("keyboard ({mode})").format(mode=mode)
        self.serial: SerialScanner | None = None
        self.camera: CameraDecoder | None = None
        self.overlay: CodeOverlay | None = None
        self._decoders = ""
        if settings.scanner_port:
            self.serial = SerialScanner(
                port_name=settings.scanner_port, baud=settings.scanner_baud, parent=self
            )
            self.serial.scanned.connect(self.scanned)
            self.serial.failed.connect(self.failed)
            self.serial.state_changed.connect(self._on_source_state_changed)
        if self._mode != "off":
            decoder = station_decoder(thorough=False)
            self._decoders = describe(decoder)
            log.info("camera codes decoded with %s", self._decoders)
            self.camera = CameraDecoder(camera=camera, decoder=decoder, parent=self)
            self.overlay = CodeOverlay(preview=preview)
            self.camera.codes_seen.connect(self.overlay.show_codes)
            self.camera.scanned.connect(self._on_camera_scanned)

    def start(self) -> None:
        if self.serial is not None:
            self.serial.start()
        if self.camera is not None:
            self.camera.start()
        self._on_source_state_changed()

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        if self.serial is not None:
            self.serial.stop()

    def describe(self) -> tuple[str, bool]:
        parts = [self._keyboard]
        ok = True
        if self.serial is not None:
            parts.append(self.serial.state)
            ok = self.serial.delivering
        if self.camera is not None:
            what = self.tr("camera") if self._mode == "scan" else self.tr("camera (outline)")
            parts.append(f"{what}: {self._decoders}")
        return " · ".join(parts), ok

    @Slot()
    def _on_source_state_changed(self) -> None:
        self.state_changed.emit(*self.describe())

    @Slot(str)
    def _on_camera_scanned(self, code: str) -> None:
        if self._mode == "scan" and self._accept_camera():
            self.scanned.emit(code)
