"""A scan at the bench: one call of ``scan_answers`` on the worker, then the answer shown.

The bench hands every scan here (wedge, serial, camera or the typed field). What the code
means — a badge, a parcel, a printed label, a finished unit, nothing known — is decided in the
core (``inspect_station.bench.scan_answers``); this object only keeps one look-up in flight at a
time, shows the answer and offers what comes next (U for an unexpected return, the chooser).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from inspect_station.app.errors import KnownError
from inspect_station.bench import scan_answers
from inspect_station.bench.scan_answers import ScanAnswer
from ui.bench.return_chooser import ReturnChooser
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from collections.abc import Callable

    from inspect_station.app.context import Station


class ScanFlow(QObject):
    """Signals:
    opened(object): a unit is open here (scan_answers.UnitOpened).
    message(str, str): what to tell the worker, and its level (info, ok, warn, error).
    failed(object): a KnownError from a look-up, for the bench's error handling.
    unexpected_offered(bool): U would now receive the last code as an unexpected return.
    unit_requested(object): a finished unit's plate was scanned; show it (InspectionView).
    label_confirmed(object): scanning a printed label confirmed it (tuple of print job ids).
    colleague_scanned(str): someone's badge was scanned here (the badge).
    answered(str): how a scan was taken, for its sound: "accepted" or "refused".
    """

    opened = Signal(object)
    message = Signal(str, str)
    failed = Signal(object)
    unexpected_offered = Signal(bool)
    unit_requested = Signal(object)
    label_confirmed = Signal(object)
    colleague_scanned = Signal(str)
    answered = Signal(str)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        on_bench: Callable[[], str | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._on_bench = on_bench  # the plate of the unit open at the bench, if any
        self._parent = parent
        self._busy = False  # a scan is being answered: the next one waits its turn
        self.unexpected_code: str | None = None
        self.chooser: ReturnChooser | None = None
        # A scan that ended in a bug reaches neither callback; once the worker is idle, no
        # scan is in flight any more.
        tasks.busy_changed.connect(self._on_tasks_busy_changed)

    @Slot(str)
    def handle(self, raw: str) -> None:
        """Ask the core what ``raw`` means here: one trip to the worker."""
        if self._busy:
            self.message.emit(
                self.tr("Still looking up the last code: scan again in a moment."), "warn"
            )
            self.answered.emit("refused")
            return
        open_lpn = self._on_bench()
        if open_lpn is None:
            self.offer_unexpected(None)
            text = raw.strip()
            shown = text if text.isprintable() and 0 < len(text) <= 40 else self.tr("the code")
            self.message.emit(self.tr("Looking up {shown}…").format(shown=shown), "info")
        self._run(partial(scan_answers.answer, self._station, raw, open_lpn=open_lpn))

    def _run(self, op: Callable[[], ScanAnswer]) -> None:
        """Run a scan service; only one is in flight at a time."""
        self._busy = True
        self._tasks.run(op, self._on_answered, failure=self._on_failed)

    def _on_failed(self, error: KnownError) -> None:
        self._busy = False
        self.answered.emit("refused")
        self.failed.emit(error)

    def _on_answered(self, answer: ScanAnswer) -> None:
        self._busy = False
        self.show(answer)

    @Slot(bool)
    def _on_tasks_busy_changed(self, busy: bool) -> None:
        if not busy:
            self._busy = False

    def show(self, answer: ScanAnswer) -> None:
        """Say what a scan service answered, and offer what comes next."""
        match answer:
            case scan_answers.NotFound() | scan_answers.Refused():
                self.answered.emit("refused")
            case scan_answers.UnitOpened(resumed=False) | scan_answers.LabelConfirmed():
                self.answered.emit("accepted")
            case scan_answers.FinishedUnit() | scan_answers.Choose():
                self.answered.emit("accepted")
        match answer:
            case scan_answers.UnitOpened():
                self.opened.emit(answer)
            case scan_answers.Colleague(badge=badge):
                self.colleague_scanned.emit(badge)
            case scan_answers.LabelConfirmed(lpn=lpn, jobs=jobs, open_unit=open_unit):
                then = (
                    self.tr("Carry on with {open_unit}.").format(open_unit=open_unit)
                    if open_unit
                    else self.tr("Scan the next parcel.")
                )
                self.message.emit(
                    self.tr("Label for {lpn} confirmed. {then}").format(lpn=lpn, then=then), "ok"
                )
                self.label_confirmed.emit(jobs)
            case scan_answers.FinishedUnit(inspection=insp):
                self.message.emit(
                    self.tr(
                        "{lpn} was inspected at {bench} by {operator}: grade {grade} → {route}."
                    ).format(
                        lpn=insp.lpn,
                        bench=insp.bench,
                        operator=insp.operator,
                        grade=insp.grade,
                        route=insp.route,
                    ),
                    "info",
                )
                self.unit_requested.emit(insp)
            case scan_answers.NotFound(code=code):
                self.offer_unexpected(code.raw)
                self.message.emit(
                    self.tr(
                        "No expected return for {code}. Press U to receive it as an unexpected "
                        "return, or scan another code."
                    ).format(code=code.code),
                    "warn",
                )
            case scan_answers.Choose():
                self._choose(answer)
            case scan_answers.Refused(reason=reason):
                self.message.emit(reason, "warn")

    def offer_unexpected(self, code: str | None) -> None:
        self.unexpected_code = code
        self.unexpected_offered.emit(code is not None)

    @Slot()
    def receive_unexpected(self) -> None:
        if self.unexpected_code is None or self._busy:
            return
        code = self.unexpected_code
        self.offer_unexpected(None)
        self._run(partial(scan_answers.receive_unexpected, self._station, code))

    def open_next(self, expected_id: int, *, scanned_code: str) -> None:
        """Open the parcel's next unit (after a finish) as if its code were scanned again."""
        self._run(
            partial(scan_answers.open_return, self._station, expected_id, scanned_code=scanned_code)
        )

    def resume(self) -> None:
        """Reopen the unit this bench left open (after a restart, or the last shift's).

        A scan may follow at once: it does not wait for this (the worker runs both in order,
        and a parcel scanned at a bench with a unit open gets that unit back).
        """
        self._tasks.run(
            partial(scan_answers.resume, self._station),
            lambda opened: None if opened is None else self.show(opened),
            failure=self.failed.emit,
        )

    def _choose(self, choice: scan_answers.Choose) -> None:
        self.message.emit(
            self.tr("{code} is in {count} open returns: choose one.").format(
                code=choice.code.code, count=len(choice.candidates)
            ),
            "warn",
        )
        self.chooser = ReturnChooser(
            choice.candidates, parent=self._parent, matched=choice.label or self.tr("this code")
        )
        self.chooser.chosen.connect(
            lambda expected_id: self._run(
                partial(
                    scan_answers.open_return,
                    self._station,
                    expected_id,
                    scanned_code=choice.matched,
                    product=choice.product,
                )
            )
        )
        self.chooser.open()
