"""Start-up: build the station's objects once and hand them to the window."""

from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from inspect_station.app import i18n
from inspect_station.app.errors import KnownError
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.evidence import outgoing
from inspect_station.identify.wedge import rules_from
from inspect_station.photos.camera import CameraSource
from inspect_station.shop import connectors
from inspect_station.shop.runner import Deliverer
from inspect_station.sync.worker import SyncWorker
from ui import translations
from ui.collector import MainThreadCollector
from ui.devices.camera import Camera
from ui.devices.wedge_scanner import WedgeScanner
from ui.kiosk_focus import KioskFocus
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

_STARTED = time.perf_counter()


def camera_for(settings: Settings) -> Camera:
    source = CameraSource(
        settings.camera_source,
        width=settings.camera_width or None,
        height=settings.camera_height or None,
        fps=settings.camera_fps or None,
    )
    return Camera(source)


def start_deliverer(station: Station) -> Deliverer | None:
    """The outbox's deliverer on its own thread, when this station delivers and a connector is
    configured (the settings were checked when the station opened)."""
    if not station.settings.outbox_deliver:
        return None
    made = connectors.from_settings(station.settings)
    if not made:
        return None
    deliverer = Deliverer(station, made, evidence=outgoing.hook(station))
    deliverer.start()
    return deliverer


def build_window(app: QApplication, station: Station, sync: SyncWorker | None = None) -> MainWindow:
    """The composition root of the window: scanner, camera, the three task runners and the
    offline bench's sync worker."""
    settings = station.settings
    scanner = WedgeScanner(rules=rules_from(settings), start_key=settings.scan_start_key)
    scanner.install(app)
    KioskFocus(parent=app).install(app)  # every key after every dialog, with no window manager
    window = MainWindow(
        station=station,
        tasks=TaskRunner(),  # every database and disk call of the screens, in order
        print_tasks=TaskRunner(),  # the print queue and the printers: scans never wait on them
        long_tasks=TaskRunner(),  # exports and reports: history keeps paging meanwhile
        camera=camera_for(station.settings),
        scanner=scanner,
        sync=sync,
    )
    window.resize(1366, 768)
    return window


def run(settings: Settings, *, exit_when_ready: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Inspect Station")
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
    MainThreadCollector(parent=app).install()  # no Qt object is destroyed on a worker thread
    language = i18n.activate(i18n.resolve(settings.language))
    translators = translations.install(app, language)
    try:
        station = open_station(settings)
    except KnownError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Inspect Station cannot start"), str(exc)
        )
        print(f"inspect-station: {exc}", file=sys.stderr)
        return 2
    # The database's probe and the offline bench's sending run on threads of their own.
    sync = SyncWorker(station)
    station.health.start()
    sync.start()
    try:
        window = build_window(app, station, sync)
    except ValueError as exc:  # a start key Qt does not know
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "Inspect Station cannot start"),
            f"scan_start_key: {exc}",
        )
        print(f"inspect-station: scan_start_key: {exc}", file=sys.stderr)
        sync.stop()
        station.close()
        return 2
    # The whole screen, less what a window manager keeps (its title bar, a panel); with no
    # window manager (a kiosk session) the window is placed on the screen's area itself.
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.availableGeometry())
    window.showMaximized()
    window.start()
    deliverer = start_deliverer(station)
    if deliverer is not None:  # a finished unit's outcome leaves at once, not at the next look
        window.bench.finished.connect(lambda _done: deliverer.poke())
    if exit_when_ready:

        def ready() -> None:
            print(f"ready in {(time.perf_counter() - _STARTED) * 1000:.0f} ms", flush=True)
            window.close()

        QTimer.singleShot(0, ready)
    try:
        return app.exec()
    finally:
        window.shutdown()
        if deliverer is not None:
            deliverer.stop()
        sync.stop()
        station.close()
        for translator in translators:
            app.removeTranslator(translator)
