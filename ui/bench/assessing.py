"""The grading keys at the bench: defects, sealed, grades with override, receipt per line.

Keeps the worker's :class:`~inspect_station.bench.assessment.Draft` for the unit on the bench and
shows what follows from it on every key: :func:`~inspect_station.bench.assessment.assess` is pure,
so nothing here touches the database. Keys (the bench passes them on):

- a defect's key (1–9 …) ticks or unticks it; S: factory sealed
- a grade key: that grade; if the checklist says otherwise, a reason is asked (override)
- W: wrong item · E: empty box · ↑/↓ choose a line of the parcel · M: one more unit of that
  line is not in the parcel (cycles back to none); on the unit's own line the unit itself
  counts last
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QInputDialog, QWidget

from inspect_station.app.errors import KnownError
from inspect_station.bench.assessment import Assessment, Draft, UnitContext, assess
from inspect_station.bench.views import InspectionView
from inspect_station.bench.wrong_item import ActualItem
from inspect_station.labels.layout import route_words
from inspect_station.rules.checklists import SEALED_KEY
from inspect_station.rules.outcomes import deadline_words, withholding_words
from ui.bench.grade_panel import SEALED_ID, GradePanel
from ui.bench.parcel_panel import ParcelPanel

if TYPE_CHECKING:
    from inspect_station.app.context import Station


class Assessing(QObject):
    """Signals:
    changed(object): the new Assessment of the unit on the bench (or None when it closes).
    message(str, str): a line for the bench's message bar, and its level.
    """

    changed = Signal(object)
    message = Signal(str, str)

    def __init__(
        self,
        *,
        station: Station,
        grading: GradePanel,
        parcel: ParcelPanel,
        dialog_parent: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._grading = grading
        self._parcel = parcel
        self._dialog_parent = dialog_parent
        self.inspection: InspectionView | None = None
        self.context: UnitContext | None = None
        self.draft = Draft()
        self.assessment: Assessment | None = None
        self.selected_line: int | None = None
        self.override_dialog: QInputDialog | None = None
        grading.defect_clicked.connect(self._on_grading_defect_clicked)

    # -- the unit -----------------------------------------------------------------------------
    def open(self, insp: InspectionView, context: UnitContext) -> None:
        self.inspection, self.context, self.draft = insp, context, Draft()
        self.selected_line = insp.line_id
        self._grading.show_checklist(context.grading_set)
        self._update()

    def photos_changed(self, insp: InspectionView) -> None:
        """A photo was added: a deduction may now be backed by it."""
        if self.inspection is not None and insp.id == self.inspection.id:
            self.inspection = insp
            self._update()

    def close(self) -> None:
        self.inspection = self.context = self.assessment = None
        self.draft = Draft()
        self.selected_line = None
        self.changed.emit(None)

    # -- keys ---------------------------------------------------------------------------------
    def handle_key(self, text: str, key: int) -> bool:
        """True when the key was a grading key for the unit on the bench."""
        if self.inspection is None or self.context is None:
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_line(-1 if key == Qt.Key.Key_Up else 1)
            return True
        defect = self.context.grading_set.by_key(text) if text else None
        if defect is not None:
            self._change(self.draft.toggle_defect(defect.id))
        elif text == SEALED_KEY:
            self._change(self.draft.toggle_sealed())
        elif text == "W":
            self._change(self.draft.with_receipt("wrong_item"))
        elif text == "E" and self.inspection.expected is not None:
            self._change(self.draft.with_receipt("empty_box"))
        elif text == "M" and self.inspection.expected is not None:
            self._mark_missing()
        else:
            return False
        return True

    def press_grade(self, code: str) -> None:
        """A grade key: the grade, or (against the checklist) ask why first."""
        if self.inspection is None or self.assessment is None:
            return
        computed = self.assessment.computed
        if self.draft.receipt not in ("received", "wrong_item"):
            self.message.emit(self.tr("This unit is not in the parcel: it gets no grade."), "warn")
            return
        if computed is None or computed.grade == code:
            self._change(self.draft.with_grade(code))
            return
        self._ask_reason(code, computed.grade)

    def set_actual(self, item: ActualItem) -> None:
        """The wrong item identified by its own code: it is what gets routed."""
        self._change(self.draft.with_actual(item))

    def set_override(self, code: str, reason: str) -> None:
        self._change(self.draft.with_grade(code, reason.strip() or None))

    @Slot(str)
    def _on_grading_defect_clicked(self, defect_id: str) -> None:
        if self.inspection is None:
            return
        if defect_id == SEALED_ID:
            self._change(self.draft.toggle_sealed())
        else:
            self._change(self.draft.toggle_defect(defect_id))

    def _ask_reason(self, code: str, computed: str) -> None:
        dialog = QInputDialog(self._dialog_parent)
        dialog.setWindowTitle(self.tr("Override the checklist's grade"))
        dialog.setLabelText(
            self.tr("The checklist says {computed}. Why grade {code}?").format(
                computed=computed, code=code
            )
        )
        dialog.setComboBoxItems(list(self._station.grades.override_reasons))
        dialog.setComboBoxEditable(True)
        dialog.textValueSelected.connect(lambda reason: self.set_override(code, reason))
        dialog.finished.connect(self._on_override_dialog_finished)
        self.override_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_override_dialog_finished(self, _result: int) -> None:
        # The keys belong to the bench again (F10 is a shortcut of the bench's window).
        self._dialog_parent.window().activateWindow()
        self._dialog_parent.setFocus()

    def _move_line(self, step: int) -> None:
        er = self.inspection.expected if self.inspection else None
        if er is None or not er.lines:
            return
        ids = [line.id for line in er.lines]
        now = ids.index(self.selected_line) if self.selected_line in ids else 0
        self.selected_line = ids[(now + step) % len(ids)]
        self._update()

    def _mark_missing(self) -> None:
        """One more unit of the chosen line is not in the parcel; past all of them, none."""
        insp = self.inspection
        assert insp is not None
        assert insp.expected is not None
        line = next((ln for ln in insp.expected.lines if ln.id == self.selected_line), None)
        if line is None:
            return
        others = line.quantity - line.received  # units of the line not yet opened
        own = line.id == insp.line_id
        marked = dict(self.draft.missing).get(line.id, 0)
        current = 1 if own and self.draft.receipt == "missing" else 0
        total = (marked + current + 1) % (others + (1 if own else 0) + 1)
        draft = self.draft.with_missing(line.id, min(total, others))
        if own:
            missing_self = total > others
            if missing_self != (draft.receipt == "missing"):
                draft = replace(draft, receipt="missing" if missing_self else "received")
        self._change(draft)

    # -- showing ------------------------------------------------------------------------------
    def _change(self, draft: Draft) -> None:
        self.draft = draft
        self._update()

    def _update(self) -> None:
        insp, ctx = self.inspection, self.context
        if insp is None or ctx is None:
            return
        try:
            self.assessment = assess(self._station, insp, ctx, self.draft)
        except KnownError as exc:
            self.message.emit(str(exc), "error")
            return
        self._grading.show_assessment(self.draft, self.assessment)
        missing = dict(ctx.missing_by_line)
        for line_id, units in self.draft.missing:
            missing[line_id] = missing.get(line_id, 0) + units
        if self.draft.receipt in ("missing", "empty_box") and insp.line_id is not None:
            missing[insp.line_id] = missing.get(insp.line_id, 0) + 1
        if self.draft.receipt == "empty_box" and insp.expected is not None:
            for line in insp.expected.lines:
                rest = line.quantity - line.received
                missing[line.id] = missing.get(line.id, 0) + rest
        self._parcel.show_receipt(insp, missing, self.selected_line)
        self._say(self.assessment)
        deadline = self.assessment.deadline
        if deadline is not None and insp.expected is not None:
            text, close = deadline_words(
                deadline, self._station.clock(), self._station.outcomes.policy.warn_hours
            )
            withheld = withholding_words(insp.expected.withheld, deadline.zone)
            self._parcel.show_deadline(f"{text} · {withheld}", close)
        self.changed.emit(self.assessment)

    def _say(self, assessment: Assessment) -> None:
        if assessment.needs:
            self.message.emit(assessment.needs, "warn" if assessment.grade else "info")
        elif assessment.decision is not None:
            route = route_words(assessment.decision.route)
            self.message.emit(
                self.tr("Grade {grade} → {route}. F10 confirms and prints.").format(
                    grade=assessment.grade, route=route
                ),
                "info",
            )
        else:
            self.message.emit(self.tr("Not in the parcel: F10 records it (no label)."), "info")
