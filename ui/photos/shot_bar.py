"""The shots a unit needs, one chip each: taken, missing, and the one the next photo takes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from inspect_station.photos.shots import ShotType

_STYLES = {
    "taken": "background: #1b7f3b; color: white;",
    "missing": "background: #ffd166; color: #1f2933;",
    "extra": "background: #e4e7eb; color: #1f2933;",
}
_NEXT = "border: 3px solid #1f5fbf; font-weight: bold;"
_CHIP = "padding: 4px 8px; border-radius: 4px; font-size: 15px;"


class ShotBar(QWidget):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self._chips_row = QHBoxLayout()
        self._chips_row.setSpacing(6)
        outer.addLayout(self._chips_row)
        self.summary = QLabel()
        self.summary.setObjectName("shotSummary")
        outer.addWidget(self.summary)
        self.chips: list[QLabel] = []

    def show_plan(
        self,
        choices: tuple[ShotType, ...],
        *,
        required: tuple[ShotType, ...],
        taken: set[str],
        next_code: str | None,
    ) -> None:
        """``choices`` in Ctrl+number-key order; ``required`` those the unit needs at its grade."""
        self.clear()
        needed = {shot.code for shot in required}
        for shot in choices:
            done = shot.code in taken
            kind = "taken" if done else ("missing" if shot.code in needed else "extra")
            mark = " ✓" if done else ""
            # The keys are in the heading ("Ctrl+1–9"): chips stay narrow enough for 1366 px.
            chip = QLabel(f"{shot.name}{mark}")
            chip.setObjectName(f"shot-{shot.code}")
            chip.setProperty("state", kind)
            chip.setToolTip(shot.hint)
            chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
            style = _CHIP + _STYLES[kind] + (_NEXT if shot.code == next_code else "")
            chip.setStyleSheet(f"QLabel {{ {style} }}")
            self._chips_row.addWidget(chip)
            self.chips.append(chip)
        self._chips_row.addStretch(1)
        missing = [shot.name for shot in required if shot.code not in taken]
        if not required:
            self.summary.setText(self.tr("No photos required for this unit."))
        elif missing:
            self.summary.setText(
                self.tr(
                    "{required_count2} of {required_count} required photos · missing: {missing}"
                ).format(
                    required_count2=len(required) - len(missing),
                    required_count=len(required),
                    missing=", ".join(missing),
                )
            )
        else:
            self.summary.setText(
                self.tr("All {required_count} required photos taken.").format(
                    required_count=len(required)
                )
            )

    def clear(self) -> None:
        while (item := self._chips_row.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.chips = []
        self.summary.setText("")
