"""A passive observer loaded into the station's own process (never imported by the harness).

It only watches: it logs what Qt delivers and what the station does with it, as JSON lines in
``$INSPECT_STATION_PROBE_LOG``, and answers snapshot requests on the Unix socket
``$INSPECT_STATION_PROBE_SOCKET``. It knows nothing of the station's module layout: it finds things
by Qt class, object name and signal name, so a restructure of the station's packages does not
touch it.

What it logs (``ev`` field):
- ``key``: a key event as the window system delivered it (spontaneous), before any filter,
  with the X server timestamp ``ts`` (ms) — the achieved timing as the station sees it.
- ``leak``: a key press that reached a widget *after* the station's scanner filter (a key
  passed through, or one the scanner replayed). A key of a scan showing up here is a leak.
- ``scan``: a ``scanned(str)`` signal of any object that has one (wedge, serial, camera…).
- ``shortcut``: a QShortcut fired.
- ``window``: a top-level window shown or hidden (dialogs).
- ``msg``: a visible message line (QLabel named ``message``) changed its text.
- ``page``: a QStackedWidget / QTabWidget changed its current page.
- ``focus`` / ``focus_window`` / ``app_state``: Qt's focus and activation.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from functools import partial
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShortcut
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

try:
    import shiboken6

    def _ptr(obj: object) -> int:
        return int(shiboken6.getCppPointer(obj)[0])
except Exception:  # pragma: no cover

    def _ptr(obj: object) -> int:
        return id(obj)


_LOG = None


def log(**fields: Any) -> None:
    if _LOG is None:
        return
    fields.setdefault("t", time.monotonic())
    _LOG.write(json.dumps(fields, default=str) + "\n")
    _LOG.flush()


def describe(obj: object | None) -> str | None:
    if obj is None:
        return None
    name = obj.objectName() if isinstance(obj, QObject) else ""
    return f"{type(obj).__name__}#{name}" if name else type(obj).__name__


def _log_scan(src: str | None, code: str) -> None:
    log(ev="scan", src=src, code=code)


def _window_title(w: QWidget | None) -> str | None:
    return w.windowTitle() if w is not None else None


def _same_event(holder: Any, event: QKeyEvent, watched: QObject) -> bool:
    """True when ``event`` is the one seen last, handed on from the window to its widget or
    from a widget to its parent. Qt builds key events on the stack, so successive events
    share an address: the address alone does not tell them apart."""
    ident = (_ptr(event), int(event.type()), event.key(), event.timestamp(), event.text())
    prev_ident, prev = getattr(holder, "_last", (None, None))
    holder._last = (ident, watched)
    if ident != prev_ident or prev is None:
        return False
    try:
        if not isinstance(prev, QWidget):
            return isinstance(watched, QWidget)  # QWindow -> its focus widget
        return isinstance(watched, QWidget) and watched.isAncestorOf(prev)
    except RuntimeError:
        return False


class RawKeys(QObject):
    """Installed last on the application, so it sees every key first."""

    def __init__(self) -> None:
        super().__init__()
        self._seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        t = event.type()
        if t in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and event.spontaneous():
            assert isinstance(event, QKeyEvent)
            if _same_event(self, event, watched):  # the same event, propagating
                return False
            log(
                ev="key",
                kind="press" if t == QEvent.Type.KeyPress else "release",
                key=event.key(),
                text=event.text(),
                mods=int(event.modifiers().value),
                ts=event.timestamp(),
                auto=event.isAutoRepeat(),
                recv=describe(watched),
                win=_window_title(watched.window()) if isinstance(watched, QWidget) else None,
            )
        elif (
            t in (QEvent.Type.Show, QEvent.Type.Hide)
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and not watched.inherits("QMenu")
        ):
            log(
                ev="window",
                state="show" if t == QEvent.Type.Show else "hide",
                cls=type(watched).__name__,
                title=watched.windowTitle(),
                modal=watched.isModal(),
            )
        return False


class Leaks(QObject):
    """Installed before the scanner's filter: it sees what the scanner lets through."""

    def __init__(self) -> None:
        super().__init__()
        self._seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            if _same_event(self, event, watched):
                return False
            log(
                ev="leak",
                key=event.key(),
                text=event.text(),
                mods=int(event.modifiers().value),
                ts=event.timestamp(),
                spont=event.spontaneous(),
                recv=describe(watched),
            )
        return False


class Probe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.raw = RawKeys()
        self.leaks = Leaks()
        self._messages: dict[int, str] = {}
        self._labels: list[QLabel] = []
        self._labels_at = 0.0
        self._hooked: set[int] = set()
        self.server: QLocalServer | None = None

    def start(self) -> None:
        app = self.app
        scanners = self._scanning_filters()
        # Order of application filters: the last installed runs first.
        for s in scanners:
            app.removeEventFilter(s)
        app.installEventFilter(self.leaks)
        for s in scanners:
            app.installEventFilter(s)
        app.installEventFilter(self.raw)
        log(ev="probe", state="started", scanners=[describe(s) for s in scanners])
        self._hook_signals(everything=True)
        app.focusChanged.connect(
            lambda old, new: log(
                ev="focus",
                old=describe(old),
                new=describe(new),
                active=describe(QApplication.activeWindow()),
            )
        )
        QGuiApplication.instance().focusWindowChanged.connect(
            lambda w: log(ev="focus_window", window=w.title() if w is not None else None)
        )
        app.applicationStateChanged.connect(lambda s: log(ev="app_state", state=s.name))
        self.poll = QTimer(self)
        self.poll.setInterval(10)
        self.poll.timeout.connect(self._poll)
        self.poll.start()
        path = os.environ.get("INSPECT_STATION_PROBE_SOCKET")
        if path:
            QLocalServer.removeServer(path)
            self.server = QLocalServer(self)
            ok = self.server.listen(path)
            log(
                ev="probe",
                state="listening" if ok else "listen failed",
                error=self.server.errorString(),
                path=path,
            )
            self.server.newConnection.connect(self._on_connection)

    def _scanning_filters(self) -> list[QObject]:
        """Objects with a ``scanned`` signal that filter events themselves (the wedge)."""
        found = []
        for obj in [o for o in gc.get_objects() if isinstance(o, QObject)]:
            try:
                if (
                    isinstance(obj, QObject)
                    and hasattr(type(obj), "scanned")
                    and type(obj).eventFilter is not QObject.eventFilter
                ):
                    found.append(obj)
            except Exception:
                continue
        return found

    def _hook_signals(self, *, everything: bool = False) -> None:
        """Hook ``scanned`` signals, shortcuts and page stacks. ``everything``: walk all
        Python objects once (gc) to find parentless scanners; later walks only Qt's object
        trees — gc.get_objects() from this thread can catch a worker thread's tuple while
        CPython resizes it, which then fails with "SystemError: bad argument to internal
        function" in that worker."""
        if everything:
            objs = [o for o in gc.get_objects() if isinstance(o, QObject)]
        else:
            objs = [
                o
                for top in QApplication.topLevelWidgets()
                for o in [top, *top.findChildren(QObject)]
            ]
        for obj in objs:
            try:
                if _ptr(obj) in self._hooked:
                    continue
            except Exception:
                continue
            cls = type(obj)
            if hasattr(cls, "scanned"):
                obj.scanned.connect(partial(_log_scan, describe(obj)))
                self._hooked.add(_ptr(obj))
            elif isinstance(obj, QShortcut):
                keys = obj.key().toString()
                parent = describe(obj.parent())
                obj.activated.connect(
                    lambda keys=keys, parent=parent: log(ev="shortcut", keys=keys, parent=parent)
                )
                obj.activatedAmbiguously.connect(
                    lambda keys=keys, parent=parent: log(
                        ev="shortcut", keys=keys, parent=parent, ambiguous=True
                    )
                )
                self._hooked.add(_ptr(obj))
            elif isinstance(obj, QStackedWidget | QTabWidget):
                obj.currentChanged.connect(
                    lambda _i, o=obj: log(
                        ev="page", owner=describe(o), page=describe(o.currentWidget())
                    )
                )
                self._hooked.add(_ptr(obj))

    def _poll(self) -> None:
        now = time.monotonic()
        if now - self._labels_at > 0.5:
            self._labels_at = now
            self._labels = [
                lbl
                for top in QApplication.topLevelWidgets()
                for lbl in top.findChildren(QLabel, "message")
            ]
            self._hook_signals()  # shortcuts made later (dialogs)
        for lbl in self._labels:
            try:
                if not lbl.isVisible():
                    continue
                key = _ptr(lbl)
                text = lbl.text()
            except RuntimeError:
                continue
            if self._messages.get(key) != text:
                self._messages[key] = text
                log(ev="msg", text=text, level=lbl.property("level"), where=describe(lbl.window()))

    # -- snapshots ------------------------------------------------------------------------
    def _on_connection(self) -> None:
        assert self.server is not None
        sock = self.server.nextPendingConnection()
        sock.readyRead.connect(lambda s=sock: self._answer(s))

    def _answer(self, sock: QLocalSocket) -> None:
        while sock.canReadLine():
            line = bytes(sock.readLine().data()).decode().strip()
            if line == "snap":
                reply = snapshot()
            elif line.startswith("mark "):
                log(ev="mark", text=line[5:])
                reply = {"ok": True}
            else:
                reply = {"error": f"unknown request {line!r}"}
            sock.write((json.dumps(reply, default=str) + "\n").encode())
            sock.flush()


def snapshot() -> dict[str, Any]:  # noqa: C901  (one pass over the windows per part)
    focus_window = QGuiApplication.focusWindow()
    windows = [
        {
            "cls": type(w).__name__,
            "title": w.windowTitle(),
            "modal": w.isModal(),
            "active": w.isActiveWindow(),
        }
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and not w.inherits("QMenu")
    ]
    fields = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in (
            top.findChildren(QLineEdit)
            + top.findChildren(QPlainTextEdit)
            + top.findChildren(QTextEdit)
        ):
            if not w.isVisible():
                continue
            text = w.text() if isinstance(w, QLineEdit) else w.toPlainText()
            if text:
                fields.append({"w": describe(w), "win": top.windowTitle(), "text": text})
    checked = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            for b in top.findChildren(QAbstractButton):
                if b.isVisible() and b.isCheckable() and b.isChecked():
                    checked.append(b.text())
    pages = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            for s in top.findChildren(QStackedWidget):
                if s.isVisible() and type(s) is QStackedWidget:
                    pages.append(describe(s.currentWidget()))
    messages = []
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            for lbl in top.findChildren(QLabel, "message"):
                if lbl.isVisible():
                    messages.append(lbl.text())
    return {
        "t": time.monotonic(),
        "focus_widget": describe(QApplication.focusWidget()),
        "active_window": _window_title(QApplication.activeWindow()),
        "focus_window": focus_window.title() if focus_window is not None else None,
        "app_state": QGuiApplication.applicationState().name,
        "windows": windows,
        "fields": fields,
        "checked": checked,
        "pages": pages,
        "messages": messages,
    }


def arm() -> None:
    """Patch QApplication.exec so the probe starts with the station's event loop."""
    global _LOG
    path = os.environ.get("INSPECT_STATION_PROBE_LOG")
    if not path:
        return
    _LOG = open(path, "a", buffering=1)  # noqa: SIM115
    original = QApplication.exec
    holder: dict[str, Probe] = {}
    # The moment a message line is given its text (calls from Python code), for latencies.
    set_text = QLabel.setText

    def logged_set_text(label: QLabel, text: str) -> None:
        set_text(label, text)
        if label.objectName() == "message":
            log(ev="msg_set", text=text)

    QLabel.setText = logged_set_text  # type: ignore[method-assign]

    def exec_with_probe(self: QApplication | None = None, *args: Any) -> int:
        app = self if isinstance(self, QApplication) else QApplication.instance()
        assert isinstance(app, QApplication)
        probe = Probe(app)
        holder["probe"] = probe
        QTimer.singleShot(0, probe.start)
        log(ev="probe", state="armed", argv=sys.argv)
        return original()

    QApplication.exec = exec_with_probe  # type: ignore[method-assign]
