"""The station window: bench (F1), desk (history F2, dashboard F6, quarantine F7, approvals
F11, conflicts of offline benches F12), users (F8).

Nobody works at a station without signing in: it starts on the sign-in screen (or, on a
database without users, on the first-run form) and goes back to it when locked — after
``idle_lock_minutes`` without a key or scan, on Ctrl+L, or when someone else scans their badge.
While locked every scan goes to the sign-in screen, never to the bench; the bench keeps its
open unit, and whoever signs in next carries on with it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from inspect_station.bench import inspection
from inspect_station.outbox import status as outbox_status
from inspect_station.people import auth
from inspect_station.people.roles import Role, User
from inspect_station.rules import rulebook
from ui.bench.bench_screen import BenchScreen
from ui.desk.approvals_screen import ApprovalsScreen
from ui.desk.conflicts_screen import ConflictsScreen
from ui.desk.desk_screen import DeskScreen
from ui.desk.quarantine_screen import QuarantineScreen
from ui.devices.camera import Camera
from ui.devices.scan_sources import ScanSources
from ui.devices.wedge_scanner import WedgeScanner
from ui.feedback import Feedback
from ui.health_lamp import HealthLamp
from ui.idle import IdleWatch
from ui.labels.label_desk import LabelDesk
from ui.people.first_run_screen import FirstRunScreen
from ui.people.sign_in_screen import SignInScreen
from ui.people.users_screen import UsersScreen
from ui.scan_router import ScanRouter
from ui.status_bar import StationStatusBar
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station
    from inspect_station.sync.worker import SyncWorker

BACKLOG_MS = 5000  # how often the status bar reads the outbox's backlog


@runtime_checkable
class _Speaks(Protocol):
    """A screen with a message line."""

    def show_message(self, text: str, level: str) -> None: ...


class MainWindow(QMainWindow):
    """The station's window. Its three task runners come from the composition root
    (``ui.app.build_window``): ``tasks`` for every database and disk call of the screens,
    ``print_tasks`` for the print queue and the printers, ``long_tasks`` for exports and
    reports; the window says what their tasks leave unhandled and stops them at shutdown."""

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        print_tasks: TaskRunner,
        long_tasks: TaskRunner,
        camera: Camera,
        scanner: WedgeScanner,
        idle_clock: Callable[[], float] = time.monotonic,
        sync: SyncWorker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._print_tasks = print_tasks
        self._long_tasks = long_tasks
        self._camera = camera
        self._scanner = scanner
        self.setWindowTitle(self.tr("Inspect Station — {bench}").format(bench=station.bench))
        self.stack = QStackedWidget()
        self.bench = BenchScreen(station=station, tasks=tasks, camera=camera)
        self.bench.colleague_scanned.connect(self._on_bench_colleague_scanned)
        # The supervisor's desk: history (F2), dashboard (F6), quarantine (F7).
        self.desk = DeskScreen(station=station, tasks=tasks, long_tasks=long_tasks)
        self.history = self.desk.history
        self.quarantine = QuarantineScreen(station=station, tasks=tasks)
        self.desk.add_tab(self.quarantine, self.tr("&Quarantine"))
        # The approval queue (F11); Enter on a unit opens it as history does.
        self.approvals = ApprovalsScreen(station=station, tasks=tasks)
        self.desk.add_tab(self.approvals, self.tr("A&pprovals"))
        # Units finished while the database was out of reach that did not fit (F12).
        self.conflicts = ConflictsScreen(station=station, tasks=tasks)
        self.desk.add_tab(self.conflicts, self.tr("C&onflicts"))
        self.approvals.unit_requested.connect(self.history.open_inspection)
        self.history.unit_changed.connect(self._on_history_unit_changed)
        self.sign_in = SignInScreen(station=station, tasks=tasks)
        self.first_run = FirstRunScreen(station=station, tasks=tasks)
        self.users = UsersScreen(station=station, tasks=tasks)
        for screen in (self.bench, self.desk, self.sign_in, self.first_run, self.users):
            self.stack.addWidget(screen)
        self.sign_in.signed_in.connect(self._on_sign_in_signed_in)
        self.first_run.signed_in.connect(self._on_sign_in_signed_in)
        self.idle = IdleWatch(timeout_s=station.settings.idle_lock_minutes * 60, clock=idle_clock)
        self.idle.idle.connect(self._on_idle_idle)
        self._working = False  # someone has signed in since the window started
        self.setCentralWidget(self.stack)
        self.status = StationStatusBar(
            bench=station.bench, operator=station.operator, database=station.db.describe()
        )
        self.setStatusBar(self.status)
        # The database's state, live: read every 100 ms, never waited for.
        self.health = HealthLamp(station=station, sync=sync, parent=self)
        self.health.changed.connect(self.status.set_database)
        self.health.went_away.connect(lambda text: self.bench.show_message(text, "error"))
        self.health.came_back.connect(lambda text: self.bench.show_message(text, "ok"))
        self._show_rules()
        # A finish may pick up rules activated elsewhere: the bar follows once work settles.
        tasks.busy_changed.connect(self._on_tasks_busy_changed)
        camera.state_changed.connect(self.status.set_camera)
        # A scan goes where the person is (scan_router); refusals and outcomes are heard.
        settings = station.settings
        self.feedback = Feedback(
            volume=settings.sound_volume, muted=settings.sound_muted, parent=self
        )
        self.router = ScanRouter(
            station=station,
            tasks=tasks,
            sign_in=self.sign_in,
            first_run=self.first_run,
            locked=lambda: self.locked,
            elsewhere=self._on_router_elsewhere,
            parent=self,
        )
        self.router.refused.connect(self._on_scan_refused)
        self.router.accepted.connect(lambda: self.hear("accepted"))
        scanner.scanned.connect(self._on_scanner_scanned)
        scanner.refused.connect(self._on_scan_refused)
        self.bench.scans.answered.connect(self.hear)
        self.bench.finished.connect(self._on_bench_finished)
        self.labels = LabelDesk(
            station=station,
            tasks=tasks,
            print_tasks=self._print_tasks,
            bench=self.bench,
            status=self.status,
            window=self,
        )
        self.history.label_requested.connect(self.labels.show_label)
        # The serial scanner and the camera scan like the keyboard wedge does.
        self.sources = ScanSources(
            settings=station.settings,
            camera=camera,
            preview=self.bench.photos.preview,
            accept_camera=lambda: self.bench.inspection is None and not self.locked,
            parent=self,
        )
        self.sources.scanned.connect(self._on_sources_scanned)
        self.sources.failed.connect(self._on_scan_refused)
        self.labels.answered.connect(self.hear)
        self.sources.state_changed.connect(self.status.set_scanning)
        # The outbox's backlog, read on the print runner so the bench's runner never waits.
        self._backlog_timer = QTimer(self)
        self._backlog_timer.setInterval(BACKLOG_MS)
        self._backlog_timer.timeout.connect(self._on_backlog_timer_timeout)
        self.bench.unit_requested.connect(lambda insp: self.history.open_inspection(insp.id))
        # An override's label queued at this bench prints from here.
        self.desk.labels_queued.connect(self.labels.dispatch)
        for runner in (tasks, print_tasks, long_tasks):
            runner.refused.connect(self._on_tasks_refused)
            runner.signed_out.connect(self._on_tasks_signed_out)
            runner.crashed.connect(self._on_tasks_crashed)
        for keys, slot in (
            ("F1", self.show_bench),
            ("F2", self.show_history),
            ("F6", self.show_dashboard),
            ("F4", self._unless_locked(self.labels.show_last_label)),
            ("F7", self.show_quarantine),
            ("F11", self.show_approvals),
            ("F12", self.show_conflicts),
            ("F8", self.show_users),
            ("Ctrl+L", self.lock_now),
            ("Ctrl+P", self._unless_locked(self.labels.show_printer_settings)),
        ):
            QShortcut(
                QKeySequence(keys), self, context=Qt.ShortcutContext.ApplicationShortcut
            ).activated.connect(slot)

    def start(self) -> None:
        """Start the devices; work begins once someone has signed in."""
        self.feedback.load()
        if self._station.settings.connectors:  # a station with no shop has no backlog to show
            self._backlog_timer.start()
            self._on_backlog_timer_timeout()
        self._camera.start()
        self.sources.start()
        self.health.start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.idle.install(app)
        if self._station.user.user_id is not None:  # signed in before the window opened
            self._begin_work(self._station.user)
            return
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.show_start()
        self.status.set_user(self.tr("Nobody signed in"), ok=False)
        self._tasks.run(partial(auth.has_users, self._station.db), self._on_users_known)

    def _on_users_known(self, any_users: bool) -> None:
        if not any_users and self.locked:
            self.stack.setCurrentWidget(self.first_run)
            self.first_run.focus()

    def _begin_work(self, user: User) -> None:
        extra = self.tr(" · F8 users · F11 approvals") if user.may(Role.SUPERVISOR) else ""
        self.status.set_user(f"{user.name} ({user.role.title}){extra}", ok=True)
        if not self._working:
            self._working = True
            self.bench.resume()  # the unit this bench left open, if any
            # Labels queued before a crash or restart; the printer state follows from the result.
            self.labels.start()
        self.stack.setCurrentWidget(self.bench)  # not show_bench(): it refuses while locked
        self.bench.setFocus()

    # -- locking --------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() in (self.sign_in, self.first_run)

    def _unless_locked(self, action: Callable[[], None]) -> Callable[[], None]:
        """A shortcut's action that does nothing while the station is locked."""

        def act() -> None:
            if not self.locked:
                action()

        return act

    def lock(self, reason: str, message: str, level: str = "warn", *, note: bool = True) -> None:
        """Show the sign-in screen; the bench keeps its open unit for whoever signs in.

        ``note``: audit the lock (not when a refused write already left its own audit row).
        """
        self.idle.touch()
        if self.locked:
            self.sign_in.show_locked(message, level)
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.show_locked(message, level)
        user = self._station.user
        self.status.set_user(self.tr("Locked · {name}").format(name=user.name), ok=False)
        if note:
            self._tasks.run(
                partial(auth.note_screen_locked, self._station, reason=reason),
                lambda _none: None,
                failure=lambda _e: None,  # the lock stands even if its audit row cannot be written
            )

    @Slot()
    def lock_now(self) -> None:
        if not self.locked:
            self.lock("locked by hand", self.tr("Locked. Scan your badge to carry on."), "info")

    @Slot()
    def _on_idle_idle(self) -> None:
        if not self.locked:
            minutes = self._station.settings.idle_lock_minutes
            self.lock(
                "idle",
                self.tr(
                    "Locked after {minutes} minute(s) without activity. Scan your badge to carry "
                    "on."
                ).format(minutes=minutes),
            )

    # -- what tasks leave unhandled --------------------------------------------------------
    def say(self, text: str, level: str) -> None:
        """Tell whoever is at the station, on the message line of the screen in view."""
        screen = self.stack.currentWidget()
        if screen is self.desk:
            screen = self.desk.tabs.currentWidget()
        (screen if isinstance(screen, _Speaks) else self.bench).show_message(text, level)

    @Slot(str)
    def _on_tasks_refused(self, text: str) -> None:
        self.say(text, "error")  # a refusal the person can act on, in its own words

    @Slot(str)
    def _on_tasks_signed_out(self, text: str) -> None:
        self.lock("user revoked", text, "error", note=False)

    @Slot(str)
    def _on_tasks_crashed(self, text: str) -> None:
        self.say(
            self.tr("Internal error: {value}").format(value=text.splitlines()[-1]), "error"
        )  # a bug; logged in full

    @Slot(object)
    def _on_sign_in_signed_in(self, user: User) -> None:
        self._begin_work(user)
        carry_on = (
            self.tr("Carry on with {lpn}.").format(lpn=self.bench.inspection.lpn)
            if self.bench.inspection
            else self.tr("Scan a parcel to start.")
        )
        rules = rulebook.notice(self._station)  # a refused or waiting rule file: say so
        self.bench.show_message(
            self.tr("{name} signed in as {label}. {carry_on}").format(
                name=user.name, label=user.role.title, carry_on=carry_on
            )
            + (f"\n{rules}" if rules else ""),
            "warn" if rules else "ok",
        )

    @Slot(bool)
    def _on_tasks_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._show_rules()

    def _show_rules(self) -> None:
        text, level = rulebook.status(self._station)
        self.status.set_rules(text, level, rulebook.notice(self._station) or "")

    # -- scans ----------------------------------------------------------------------------
    @Slot(str)
    def _on_scanner_scanned(self, code: str) -> None:
        self.idle.touch()
        self.router.route(code, self._scanner.origin)  # where the person was at its first key

    @Slot(str)
    def _on_sources_scanned(self, code: str) -> None:
        self.idle.touch()
        self.router.route(code, None)  # a serial or camera scan: no field of its own

    @Slot(str)
    def _on_scan_refused(self, text: str) -> None:
        self.idle.touch()
        self.say(text, "error")
        self.hear("refused")

    def hear(self, outcome: str) -> None:
        """The outcome's sound, and the message line in view flashes its colour."""
        self.feedback.sound(outcome)
        screen = self.stack.currentWidget()
        if screen is self.desk:
            screen = self.desk.tabs.currentWidget()
        line = getattr(screen, "message", None)
        self.feedback.flash(line if isinstance(line, QLabel) else self.bench.message, outcome)

    @Slot(object)
    def _on_bench_finished(self, done: inspection.Finished) -> None:
        if done.assessment is not None and done.assessment.approval:
            self.hear("supervisor")  # the recommendation waits for a supervisor

    def _on_router_elsewhere(self, code: str) -> None:
        """A scan no field asked for, at an unlocked station: the screens' own."""
        if self._desk_takes_scans():
            # Someone else's badge switches the operator; anything else is the desk's.
            self._tasks.run(
                partial(auth.is_badge, self._station, code),
                lambda badge: self._on_scan_checked(code, badge),
                failure=lambda _e: self._on_scan_checked(code, False),
            )
        else:
            # The bench asks the core once what the code means (a badge among the answers).
            if self.stack.currentWidget() is not self.bench:
                self.show_bench()
            self.bench.handle_scan(code)

    def _desk_takes_scans(self) -> bool:
        """A supervisor's desk looks scans up itself; everywhere else they go to the bench."""
        if self.stack.currentWidget() is not self.desk:
            return False
        tab = self.desk.tabs.currentWidget()
        return (
            (tab is self.quarantine and self.quarantine.may_place)
            or (tab is self.approvals and self.approvals.may_decide)
            or self._station.user.may(Role.SUPERVISOR)
        )

    def _on_scan_checked(self, code: str, badge: bool) -> None:
        """A scan at the desk, once the worker has said whether it is a badge."""
        if badge:
            self._on_bench_colleague_scanned(code)
            return
        if self.locked:
            self.sign_in.handle_badge(code)
        elif self.desk.tabs.currentWidget() is self.quarantine and self.quarantine.may_place:
            self.quarantine.handle_scan(code)  # an RMA slip to attach the parcel to
        elif self.desk.tabs.currentWidget() is self.approvals and self.approvals.may_decide:
            self.approvals.handle_scan(code)  # a unit's plate selects it in the queue
        elif self._station.user.may(Role.SUPERVISOR):
            self.desk.handle_scan(code)  # a supervisor's scan finds the unit in history
        else:
            self.show_bench()
            self.bench.handle_scan(code)  # the bench asks again: one more badge check

    @Slot(str)
    def _on_bench_colleague_scanned(self, badge: str) -> None:
        """Someone else's badge: lock, and take it as their sign-in."""
        if not self.locked:
            self.lock("badge scanned", self.tr("Switching operator."), "info")
        self.sign_in.handle_badge(badge)

    # -- screens --------------------------------------------------------------------------
    @Slot()
    def show_bench(self) -> None:
        if self.locked:
            return
        self.stack.setCurrentWidget(self.bench)
        self.bench.setFocus()

    @Slot()
    def show_quarantine(self) -> None:
        if self.locked:
            return
        self.stack.setCurrentWidget(self.desk)
        self.desk.tabs.setCurrentWidget(self.quarantine)
        self.quarantine.refresh()

    @Slot()
    def show_approvals(self) -> None:
        if self.locked:
            return
        shown = self.approvals.isVisible()
        self.stack.setCurrentWidget(self.desk)
        self.desk.tabs.setCurrentWidget(self.approvals)  # coming into view, it reloads
        if shown:
            self.approvals.refresh()

    @Slot()
    def show_conflicts(self) -> None:
        if self.locked:
            return
        shown = self.conflicts.isVisible()
        self.stack.setCurrentWidget(self.desk)
        self.desk.tabs.setCurrentWidget(self.conflicts)  # coming into view, it reloads
        if shown:
            self.conflicts.refresh()

    @Slot(object)
    def _on_history_unit_changed(self, _done: object) -> None:
        if self.approvals.isVisible():
            self.approvals.refresh()  # an override may have released a recommendation

    @Slot()
    def show_users(self) -> None:
        if self.locked:
            return
        user = self._station.user
        if not user.may(Role.SUPERVISOR):  # operators have no users screen
            self.bench.show_message(
                self.tr(
                    "The users screen needs a supervisor; {name} is signed in as {label}."
                ).format(name=user.name, label=user.role.title),
                "warn",
            )
            return
        self.stack.setCurrentWidget(self.users)
        self.users.refresh()

    @Slot()
    def show_history(self) -> None:
        if self.locked:
            return
        self.stack.setCurrentWidget(self.desk)
        self.desk.show_history()

    @Slot()
    def show_dashboard(self) -> None:
        if self.locked:
            return
        self.stack.setCurrentWidget(self.desk)
        self.desk.show_dashboard()

    @Slot()
    def _on_backlog_timer_timeout(self) -> None:
        # A backlog that cannot be read now (the database away) is read again at the next tick.
        self._print_tasks.run(
            partial(outbox_status.backlog, self._station),
            self._show_backlog,
            failure=lambda _e: None,
        )

    def _show_backlog(self, backlog: outbox_status.Backlog) -> None:
        now = self._station.clock()
        level = "error" if backlog.dead else "ok"
        if backlog.waiting and backlog.oldest_at and (now - backlog.oldest_at).total_seconds() > 60:
            level = "warn" if level == "ok" else level
        why = self.tr("Outcomes on their way to the shops")
        if backlog.dead:
            why += self.tr(
                "; a supervisor retries or skips the dead letters (inspect-station outbox list)"
            )
        self.status.set_shop(backlog.short(), level, f"{backlog.words(now)}\n{why}")

    def shutdown(self) -> None:
        self._backlog_timer.stop()
        self.health.stop()
        self.labels.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._scanner.uninstall(app)
            self.idle.uninstall(app)
        self.sources.stop()
        self._camera.stop()
        self.desk.shutdown()
        for runner in (self._tasks, self._print_tasks, self._long_tasks):
            runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
