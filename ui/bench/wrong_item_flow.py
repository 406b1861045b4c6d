"""The wrong item at the bench: its own code scanned after W, and the camera's warning.

With W pressed the next product code scanned is the item that came back (its EAN, UPC, GTIN
or DataMatrix), looked up on the task runner; a plate still confirms a label as before. When a
photo shows a product code that is not the expected unit's GTIN the bench says so at once and
offers W, which then takes that code as the item.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from inspect_station.app.errors import KnownError
from inspect_station.bench import wrong_item
from inspect_station.bench.assessment import Assessment
from inspect_station.bench.views import InspectionView
from inspect_station.bench.wrong_item import ActualItem
from inspect_station.identify.identifiers import clean_scan, lpn_is_valid
from ui.bench.assessing import Assessing
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class WrongItemFlow(QObject):
    """Signals:
    message(str, str): a line for the bench's message bar, and its level.
    """

    message = Signal(str, str)

    def __init__(
        self,
        *,
        station: Station,
        tasks: TaskRunner,
        assessing: Assessing,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        self._assessing = assessing
        self.seen_code: str | None = None  # a product code a photo showed, not the expected
        self.pending_warning: str | None = None
        self._asked = False
        assessing.changed.connect(self._on_assessing_changed)

    def wants_scan(self, raw: str) -> bool:
        """True when ``raw`` is the wrong item's own code (W pressed, not a plate)."""
        if self._assessing.inspection is None or self._assessing.draft.receipt != "wrong_item":
            return False
        try:
            return not lpn_is_valid(clean_scan(raw))
        except KnownError:
            return True  # identify() says what is wrong with it

    def scanned(self, raw: str) -> None:
        self._identify(raw)

    def photo_code(self, insp: InspectionView, code_text: str | None) -> None:
        """A photo was taken: warn at once when it shows another product's code."""
        if not code_text:
            return
        try:
            code = wrong_item.product_code(code_text)
        except KnownError:
            return
        if not wrong_item.differs(insp, code):
            return
        self.seen_code = code_text
        if self._assessing.draft.receipt == "wrong_item":
            if self._assessing.draft.actual is None:
                self._identify(code_text)
            return
        expected = _expected_code(insp)
        # Said with the photo flow's line about this photo (which shots are still needed),
        # which comes next: see take_warning.
        self.pending_warning = self.tr(
            "The camera sees product code {code}, not this unit's {expected}: is it the wrong "
            "item? W records it as what came back."
        ).format(code=code.lstrip("0") if code else code_text, expected=expected)

    def take_warning(self) -> str | None:
        """The warning about the last photo, once."""
        warning, self.pending_warning = self.pending_warning, None
        return warning

    def reset(self) -> None:
        self.seen_code = None
        self._asked = False

    def _on_assessing_changed(self, assessment: Assessment | None) -> None:
        if assessment is None:
            self.reset()
            return
        draft = self._assessing.draft
        if draft.receipt != "wrong_item" or draft.actual is not None:
            self._asked = False
            return
        if self.seen_code is not None:
            code, self.seen_code = self.seen_code, None
            self._identify(code)
        elif not self._asked:
            self._asked = True
            self.message.emit(
                self.tr(
                    "Wrong item: scan the item's own code (EAN, UPC, GTIN or DataMatrix) to "
                    "record what came back, then grade it."
                ),
                "warn",
            )

    def _identify(self, raw: str) -> None:
        insp = self._assessing.inspection
        if insp is None:
            return
        self._tasks.run(
            partial(wrong_item.identify, self._station, raw),
            partial(self._on_identified, insp.id),
            failure=lambda error: self.message.emit(str(error), "error"),
        )

    def _on_identified(self, inspection_id: object, item: ActualItem) -> None:
        insp = self._assessing.inspection
        if insp is None or insp.id != inspection_id:
            return  # the unit was finished or let go meanwhile
        self._assessing.set_actual(item)
        self.message.emit(
            self.tr("Wrong item recorded: {item}. Now grade it.").format(item=item.words()), "ok"
        )


def _expected_code(insp: InspectionView) -> str:
    er = insp.expected
    line = next((ln for ln in er.lines if ln.id == insp.line_id), None) if er else None
    if line is not None and line.ean:
        return line.ean
    return QCoreApplication.translate("WrongItemFlow", "code")
