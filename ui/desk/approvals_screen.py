"""The approval queue: recommendations waiting for a supervisor, the refund due soonest first
(those without a withdrawal notice after them, oldest first), keyboard only.

↑/↓ choose, Enter opens the unit (its photos full size from there), A approves the
recommendation as it is, C changes it (outcome, refund, reason), F5 reloads; a scanned licence
plate selects its unit. A row waiting longer than ``approval_flag_hours`` (setting, 24 by
default), or whose refund falls due within the outcome tables' ``warn_hours`` (48), is red
with ⚠. Each row says until when the refund may be withheld (art. 13(3)).

Deciding is a supervisor's action: the services refuse anyone else, and for an operator the
screen says so and shows no keys. A decision carries the version the supervisor saw; if
another supervisor decided meanwhile, the refusal is shown and the queue is read again.
"""

from __future__ import annotations

import contextlib
import uuid
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from inspect_station.app.errors import Conflict, KnownError
from inspect_station.bench.inspection import inspection_detail
from inspect_station.people.roles import Role
from inspect_station.supervise import approvals
from inspect_station.supervise.approvals import RecommendationView
from ui.desk.approvals_model import COLUMNS, ApprovalsModel, QueueTable, detail_html
from ui.desk.change_dialog import ChangeDialog, ChangeRequest
from ui.desk.detail_text import money, outcome_text
from ui.desk.row_table_model import ColumnShares
from ui.style import heading, message_line, show_message
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from inspect_station.app.context import Station

LIMIT = 500
# The columns whose long titles give way first when the item lacks room.
GIVE_ORDER = (
    "Refund due",
    "Withheld until",
    "Return",
    "Value",
    "Grade",
    "Waiting",
    "Licence plate",
)


class ApprovalsScreen(QWidget):
    """Signals:
    unit_requested(object): open this unit's detail (its inspection id).
    decided(object): a recommendation was approved or changed (RecommendationView).
    """

    unit_requested = Signal(object)
    decided = Signal(object)

    def __init__(
        self, *, station: Station, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._station = station
        self._tasks = tasks
        currency = station.settings.currency
        self._currency = currency
        # What the last decision did (and its colour), kept above the reloaded queue.
        self._done = ("", "info")
        self._dialog: ChangeDialog | None = None
        self._last_change: tuple[uuid.UUID, ChangeRequest] | None = None
        layout = QVBoxLayout(self)
        self.title = heading("")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.message = message_line()
        layout.addWidget(self.message)
        self.model = ApprovalsModel(currency=self._currency, clock=station.clock, parent=self)
        self.table = QueueTable()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("Item"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        # Columns as wide as their cells or titles; where the screen is too narrow for that
        # (Dutch's "Terugbetaling uiterlijk" over "2 dec 23:59"), long titles give way so the
        # item shows whole. Why it waits and what is recommended can be long: a fixed width,
        # elided, the whole in the tooltip and below the table; so the deadline columns stay
        # in view at 1366 px.
        self.shares = ColumnShares(
            self.table,
            keep=COLUMNS.index("Item"),
            give=[COLUMNS.index(c) for c in GIVE_ORDER],
            caps={COLUMNS.index("Waits because"): 170, COLUMNS.index("Recommendation"): 215},
        )
        self.table.activated.connect(self._on_table_activated)
        self.table.approve_pressed.connect(self.approve_selected)
        self.table.change_pressed.connect(self.change_selected)
        self.table.selectionModel().currentRowChanged.connect(
            self._on_selection_current_row_changed
        )
        layout.addWidget(self.table, 3)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(128, 96))
        self.photos.setFixedSize(300, 150)
        self.photos.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        below = QHBoxLayout()
        below.addWidget(self.detail, 1)
        below.addWidget(self.photos)
        layout.addLayout(below)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the unit [Enter]"))
        self.approve_button = QPushButton(self.tr("[A]  Approve"))
        self.change_button = QPushButton(self.tr("[C]  Change…"))
        for button, slot in (
            (self.open_button, self.open_selected),
            (self.approve_button, self.approve_selected),
            (self.change_button, self.change_selected),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the table
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(
            QKeySequence("F5"), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        ).activated.connect(self.refresh)
        self._show_keys()

    # -- who may decide ---------------------------------------------------------------------
    @property
    def may_decide(self) -> bool:
        return self._station.user.may(Role.SUPERVISOR)

    def _show_keys(self) -> None:
        hours = self._station.settings.approval_flag_hours
        warn = self._station.outcomes.policy.warn_hours
        keys = self.tr(" · ↑/↓ and Enter open a unit · A approve · C change · F5 reload")
        self.title.setText(
            self.tr(
                "Approvals · refund, exchange and warranty recommendations waiting, the refund "
                "due soonest first"
            )
            + (keys if self.may_decide else "")
            + self.tr(
                " · ⚠ waiting over {hours:g} h (approval_flag_hours) or refund due within {warn} h"
            ).format(hours=hours, warn=warn)
        )
        for button in (self.approve_button, self.change_button):
            button.setVisible(self.may_decide)

    # -- data -------------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        self._show_keys()
        if not self.may_decide:
            user = self._station.user
            self.model.set_rows([])
            self._show_selected(None)
            self.show_message(
                self.tr(
                    "The approval queue is for supervisors: approving or changing a refund, "
                    "exchange or warranty recommendation needs the supervisor role ({name} is "
                    "signed in as {label})."
                ).format(name=user.name, label=user.role.title),
                "warn",
            )
            return
        self._tasks.run(self._load, self._on_loaded, failure=self._on_error)

    def _load(self) -> tuple[list[RecommendationView], int]:
        rows = approvals.pending(self._station, limit=LIMIT)
        total = len(rows) if len(rows) < LIMIT else approvals.pending_count(self._station)
        return rows, total

    def _on_loaded(self, loaded: tuple[list[RecommendationView], int]) -> None:
        rows, total = loaded
        current = self.selected()
        self.model.set_rows(rows)
        self.shares.fit()
        (done, level), self._done = self._done, ("", "info")
        if rows:
            keep = self.model.row_of(current.inspection_id) if current else None
            self.table.selectRow(keep or 0)
            self._show_selected(self.selected())
            flagged = sum(r.flagged for r in rows)
            shown = (
                self.tr("{rows:,} of {total:,}").format(rows=len(rows), total=total)
                if total > len(rows)
                else f"{total:,}"
            )
            waiting = self.tr("{shown} recommendation(s) waiting").format(shown=shown) + (
                self.tr(", {flagged} flagged ⚠.").format(flagged=flagged) if flagged else "."
            )
            self.show_message(f"{done} {waiting}".strip(), level)
        else:
            self._show_selected(None)
            self.show_message(
                self.tr("{done} Nothing waits for approval.").format(done=done).strip(), level
            )
        self.table.setFocus()

    def selected(self) -> RecommendationView | None:
        return self.model.selected_in(self.table)

    @Slot(QModelIndex, QModelIndex)
    def _on_selection_current_row_changed(self, current: QModelIndex, _old: QModelIndex) -> None:
        self._show_selected(self.model.row_at(current.row()) if current.isValid() else None)

    def _show_selected(self, view: RecommendationView | None) -> None:
        self.photos.clear()
        if view is None:
            self.detail.setText("")
            return
        self.detail.setText(detail_html(view, self._currency, self._station.clock()))
        if view.photos:
            self._tasks.run(
                partial(self._thumbnails, view.inspection_id, view.photos),
                lambda thumbs: self._on_thumbnails(view.inspection_id, thumbs),
                failure=lambda _e: None,  # the detail says which photos; a lost file shows none
            )

    def _thumbnails(
        self, inspection_id: uuid.UUID, hashes: tuple[str, ...]
    ) -> list[tuple[str, str, str]]:
        """(hash, thumbnail, caption) per photo: the caption is the shot's name, as the bench
        called it ("Front", "Defect close-up"), not its hash."""
        shots = {p.sha256: p.shot for p in inspection_detail(self._station, inspection_id).photos}
        found = []
        for n, sha in enumerate(hashes, start=1):
            shot = shots.get(sha)
            caption = (
                self._station.shots.name_of(shot) if shot else self.tr("Photo {n}").format(n=n)
            )
            with contextlib.suppress(OSError, KnownError, ValueError):
                found.append((sha, str(self._station.photos.thumbnail(sha, 160)), caption))
        return found

    def _on_thumbnails(self, inspection_id: uuid.UUID, thumbs: list[tuple[str, str, str]]) -> None:
        shown = self.selected()
        if shown is None or shown.inspection_id != inspection_id:
            return  # the selection moved on while the thumbnails were made
        self.photos.clear()
        for sha, path, caption in thumbs:
            item = QListWidgetItem(QIcon(QPixmap(path)), caption)
            item.setToolTip(self.tr("{caption} · SHA-256 {sha}").format(caption=caption, sha=sha))
            self.photos.addItem(item)

    # -- actions ----------------------------------------------------------------------------
    @Slot(QModelIndex)
    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def open_selected(self) -> None:
        view = self.selected()
        if view is not None:
            self.unit_requested.emit(view.inspection_id)

    @Slot()
    def approve_selected(self) -> None:
        view = self._chosen(self.tr("approve"))
        if view is None:
            return
        limit = Decimal(str(self._station.settings.approval_confirm_from))
        if view.refund_amount is not None and view.refund_amount >= limit:
            self._confirm_approval(view)
            return
        self._approve(view)

    def _confirm_approval(self, view: RecommendationView) -> None:
        """A refund this large is approved only after a second, deliberate key."""
        amount = money(view.refund_amount, self._currency)
        outcome = {"full": self.tr("full"), "partial": self.tr("partial")}.get(
            view.outcome, view.outcome
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Approve this refund?"),
            self.tr(
                "Approve {outcome} refund of {money} for {lpn}{description}?\n\nEnter approves "
                "it; Esc goes back to the queue."
            ).format(
                outcome=outcome,
                money=amount,
                lpn=view.lpn,
                description=f" ({view.description})" if view.description else "",
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            self.tr("Approve {money}").format(money=amount)
        )
        box.buttonClicked.connect(lambda button: self._on_confirm_clicked(view, box, button))
        self.confirm_box = box
        box.open()

    def _on_confirm_clicked(
        self, view: RecommendationView, box: QMessageBox, button: QAbstractButton
    ) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:
            self._approve(view)
        else:
            self.show_message(self.tr("{lpn} not approved.").format(lpn=view.lpn), "info")

    def _approve(self, view: RecommendationView) -> None:
        self._last_change = None
        self.show_message(self.tr("Approving {lpn}…").format(lpn=view.lpn), "info")
        self._tasks.run(
            partial(approvals.approve, self._station, view.inspection_id, version=view.version),
            self._on_decided,
            failure=self._on_decision_refused,
        )

    @Slot()
    def change_selected(self, problem: str = "") -> None:
        view = self._chosen(self.tr("change"))
        if view is None:
            return
        previous = None
        if self._last_change is not None and self._last_change[0] == view.inspection_id:
            previous = self._last_change[1]
        self._dialog = ChangeDialog(
            view=view, currency=self._currency, previous=previous, problem=problem, parent=self
        )
        self._dialog.accepted.connect(lambda: self._on_dialog_accepted(view))
        self._dialog.open()

    def _on_dialog_accepted(self, view: RecommendationView) -> None:
        assert self._dialog is not None
        request = self._dialog.request()
        self._last_change = (view.inspection_id, request)
        self.show_message(
            self.tr("Changing the recommendation for {lpn}…").format(lpn=view.lpn), "info"
        )
        self._tasks.run(
            partial(
                approvals.change,
                self._station,
                view.inspection_id,
                outcome=request.outcome,
                refund=request.refund,
                reason=request.reason,
                version=view.version,
            ),
            self._on_decided,
            failure=self._on_decision_refused,
        )

    def _chosen(self, what: str) -> RecommendationView | None:
        if not self.may_decide:
            self.show_message(
                self.tr(
                    "Only a supervisor may {what} a recommendation; {name} is signed in as {label}."
                ).format(
                    what=what, name=self._station.user.name, label=self._station.user.role.title
                ),
                "error",
            )
            return None
        view = self.selected()
        if view is None:
            self.show_message(self.tr("Nothing selected: ↑/↓ to choose a recommendation."), "warn")
        return view

    def _on_decided(self, view: RecommendationView) -> None:
        self._last_change = None
        verb = self.tr("Approved") if view.status == "approved" else self.tr("Changed")
        self._done = (
            self.tr("{verb}: {lpn}, {outcome_text}, released.").format(
                verb=verb, lpn=view.lpn, outcome_text=outcome_text(view, self._currency)
            ),
            "ok",
        )
        self.decided.emit(view)
        self.refresh()

    def _on_decision_refused(self, error: KnownError) -> None:
        if isinstance(error, Conflict):
            # Someone else decided meanwhile: say so above the queue as it is now.
            self._done = (
                self.tr("{error} The queue below is as it is now.").format(error=error),
                "error",
            )
            self._last_change = None
            self.refresh()
            self.show_message(str(error), "error")
            return
        self.show_message(str(error), "error")
        if self._last_change is not None:  # let the supervisor correct what was typed
            self.change_selected(problem=str(error))

    def handle_scan(self, code: str) -> None:
        """A scanned licence plate selects its unit in the queue, or says where it stands."""
        self._tasks.run(partial(self._find, code), self._on_found, failure=self._on_error)

    def _find(self, code: str) -> RecommendationView | uuid.UUID | None:
        inspection_id = approvals.find(self._station, code)
        return approvals.recommendation(self._station, inspection_id) or inspection_id

    def _on_found(self, found: RecommendationView | uuid.UUID | None) -> None:
        if not isinstance(found, RecommendationView):
            self.show_message(self.tr("That unit has no refund recommendation to decide."), "warn")
            return
        row = self.model.row_of(found.inspection_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.setFocus()
            return
        by = (
            self.tr(" by {decided_by}").format(decided_by=found.decided_by)
            if found.decided_by
            else ""
        )
        self.show_message(
            self.tr("{lpn} does not wait: it was {status}{by}.").format(
                lpn=found.lpn, status=found.status, by=by
            ),
            "info",
        )

    def show_message(self, text: str, level: str) -> None:
        show_message(self.message, text, level)

    def _on_error(self, error: KnownError) -> None:
        self.show_message(str(error), "error")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # each time the tab comes up: the queue changes at every bench
