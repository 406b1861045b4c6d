"""What a scan at the bench leads to: a unit opened, a chooser, an unexpected return, a label.

The bench hands every scan here (wedge, serial, camera or the typed field). One look-up is in
flight at a time; its outcome comes back as signals the bench shows. The unit's grading
context is read on the worker with it, so the grading keys work as soon as the unit shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from inspect_station.app.errors import KnownError
from inspect_station.bench import grading, scanning
from inspect_station.bench.assessment import UnitContext
from inspect_station.bench.views import InspectionView
from inspect_station.identify.identifiers import clean_scan, normalise
from inspect_station.printing import label_jobs
from ui.bench.return_chooser import ReturnChooser
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class ScanFlow(QObject):
    """Signals:
    opened(object, object, bool): a unit is open here (InspectionView, UnitContext, resumed).
    message(str, str): what to tell the worker, and its level (info, ok, warn, error).
    failed(object): a KnownError from a look-up, for the bench's error handling.
    unexpected_offered(bool): U would now receive the last code as an unexpected return.
    unit_requested(object): a finished unit's plate was scanned; show it (InspectionView).
    label_confirmed(object): scanning a printed label confirmed it (list of JobView).
    """

    opened = Signal(object, object, bool)
    message = Signal(str, str)
    failed = Signal(object)
    unexpected_offered = Signal(bool)
    unit_requested = Signal(object)
    label_confirmed = Signal(object)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        on_bench: Callable[[], InspectionView | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._on_bench = on_bench  # the unit open at the bench, if any
        self._parent = parent
        self._opening = False  # a scan is being looked up: the next one waits its turn
        self.unexpected_code: str | None = None
        self.chooser: ReturnChooser | None = None

    @Slot(str)
    def handle(self, raw: str) -> None:
        try:
            text = clean_scan(raw)
        except KnownError as exc:
            self.message.emit(str(exc), "error")
            return
        current = self._on_bench()
        if current is not None:
            code = normalise(text)
            if code == current.lpn:
                self.message.emit(f"{current.lpn} is the unit on the bench.", "info")
                return
            # The label of the unit finished before this one (the next unit of a parcel
            # opens by itself) is confirmed by its scan; anything else waits its turn.
            self._tasks.run(
                label_jobs.confirm_scanned,
                self._station,
                code,
                on_done=lambda jobs: self._on_scanned_while_open(current, code, jobs),
                on_error=self.failed.emit,
            )
            return
        if self._opening:
            self.message.emit(
                f"Still opening the last parcel; scan {text} again in a moment.", "warn"
            )
            return
        self.offer_unexpected(None)
        self.message.emit(f"Looking up {text}…", "info")
        self.run_opening(scanning.scan, self._station, text)

    def _on_scanned_while_open(
        self, current: InspectionView, code: str, confirmed: list[Any]
    ) -> None:
        if confirmed:
            self.message.emit(f"Label for {code} confirmed. Carry on with {current.lpn}.", "ok")
            self.label_confirmed.emit(confirmed)
            return
        self.message.emit(
            f"Finish {current.lpn} first (F10), or cancel it (Ctrl+Del), "
            "before scanning the next parcel.",
            "warn",
        )

    def run_opening(self, fn: Any, *args: Any, **kwargs: Any) -> None:
        """Run a service that may open a unit; only one such call is in flight at a time."""
        self._opening = True

        def done(result: tuple[scanning.ScanOutcome, UnitContext | None]) -> None:
            self._opening = False
            self._on_outcome(*result)

        def failed(error: KnownError) -> None:
            self._opening = False
            self.failed.emit(error)

        self._tasks.run(
            grading.with_context, self._station, fn, *args,
            on_done=done, on_error=failed, **kwargs,
        )  # fmt: skip

    def offer_unexpected(self, code: str | None) -> None:
        self.unexpected_code = code
        self.unexpected_offered.emit(code is not None)

    @Slot()
    def receive_unexpected(self) -> None:
        if self.unexpected_code is None:
            return
        code = self.unexpected_code
        self.offer_unexpected(None)
        self.run_opening(scanning.receive_unexpected, self._station, code)

    def _on_outcome(self, outcome: scanning.ScanOutcome, context: UnitContext | None) -> None:
        if isinstance(outcome, scanning.Opened):
            self.opened.emit(outcome.inspection, context, outcome.resumed)
        elif isinstance(outcome, scanning.NotFound):
            self.offer_unexpected(outcome.code.raw)
            self.message.emit(
                f"No expected return for {outcome.code.code}. Press U to receive it as an "
                "unexpected return, or scan another code.",
                "warn",
            )
        elif isinstance(outcome, scanning.Choose):
            self._choose(outcome)
        elif isinstance(outcome, scanning.KnownUnit):
            self._known_unit(outcome.inspection)
        elif isinstance(outcome, scanning.AlreadyReceived):
            er = outcome.expected
            self.message.emit(
                f"{er.rma} was already received ({er.units_received} of {er.units_expected} "
                "units). See History (F2).",
                "warn",
            )

    def _known_unit(self, insp: InspectionView) -> None:
        if insp.status != "finished":
            self.message.emit(f"{insp.lpn} is {insp.status} at bench {insp.bench}.", "warn")
            return
        # Scanning a freshly printed label confirms it; any other plate shows the unit.
        self._tasks.run(
            label_jobs.confirm_scanned,
            self._station,
            insp.lpn,
            on_done=lambda jobs: self._on_plate_scanned(insp, jobs),
            on_error=self.failed.emit,
        )

    def _on_plate_scanned(self, insp: InspectionView, confirmed: list[Any]) -> None:
        if confirmed:
            self.message.emit(f"Label for {insp.lpn} confirmed. Scan the next parcel.", "ok")
            self.label_confirmed.emit(confirmed)
            return
        self.message.emit(
            f"{insp.lpn} was inspected at {insp.bench} by {insp.operator}: grade "
            f"{insp.grade} → {insp.route}.",
            "info",
        )
        self.unit_requested.emit(insp)

    def _choose(self, outcome: scanning.Choose) -> None:
        self.message.emit(
            f"{outcome.code.code} is in {len(outcome.candidates)} open returns: choose one.", "warn"
        )
        self.chooser = ReturnChooser(outcome.candidates, parent=self._parent, matched=outcome.label)
        self.chooser.chosen.connect(
            lambda expected_id: self.run_opening(
                scanning.open_return,
                self._station,
                expected_id,
                scanned_code=outcome.matched,
                product=outcome.product,
            )
        )
        self.chooser.open()
