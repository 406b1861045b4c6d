"""CSV and XLSX exports of the filtered history, streamed row by row.

Rows come from the database in batches (a server-side cursor on PostgreSQL) and go straight to
the file, so an export of millions of rows holds one batch in memory. The file is written under
a temporary name and renamed when complete: a cancelled or failed export leaves no file.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some, tab or CR)
as a formula. Every text cell that starts so is neutralised with a leading apostrophe, the
OWASP advice for CSV injection; in XLSX numbers and times are typed cells, never formulas.
"""

from __future__ import annotations

import csv
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import ScalarSelect, Select, func, select

from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection, Override
from db.models.outbox import OutboxDelivery, OutboxEvent
from db.models.printing import PrintJob
from inspect_station.app.errors import BadInput, KnownError
from inspect_station.app.i18n import _
from inspect_station.desk import history
from inspect_station.desk.history import HistoryQuery, HistoryRow
from inspect_station.identify.resolver import Patterns
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

BATCH = 2000
FORMATS = ("csv", "xlsx")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# The desk's columns, then what a supervisor checks a unit's outcome by.
HEADER = (
    *history.COLUMNS,
    "Receipt",
    "Refund outcome",
    "Refund amount",
    "Defects",
    "Grade override reason",
    "Override reason",
    "Label",
    "Shop delivery",
)
LABEL_WORDS = {
    "queued": "waiting to print",
    "sending": "printing",
    "sent": "printed, not scanned",
    "unknown": "did it print? not answered",
    "confirmed": "printed and scanned",
    "failed": "failed",
}
# Characters XML 1.0 cannot hold (openpyxl refuses them): control characters but tab, LF, CR.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

Progress = Callable[[int, int], None]  # rows written, rows in all
Cancelled = Callable[[], bool]


class ExportCancelled(KnownError):
    """The person cancelled the export; no file was written."""


class ExportFailed(KnownError):
    """The file could not be written (disk full, no permission); no file was left."""


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int
    seconds: float


def neutralise(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: never read as a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class ExportRow:
    """A history row with the outcome behind it: refund, defects, reasons, the label."""

    row: HistoryRow
    outcome: str | None = None
    refund: Decimal | None = None
    defects: tuple[str, ...] = ()  # the ticked defects in words, worst first
    grade_reason: str | None = None  # the worker's reason for a grade against the checklist
    override_reason: str | None = None  # the supervisor's latest override
    label: str | None = None  # the newest label's state; None: no label (not in the parcel)
    shop: tuple[int, int, int] = (0, 0, 0)  # the unit's shop deliveries: dead, open, delivered

    @property
    def shop_words(self) -> str:
        """Where the unit's outgoing shop events stand, the worst first."""
        dead, waiting, delivered = self.shop
        if dead:
            return f"{dead} failed (dead letter)"
        if waiting:
            return f"{waiting} waiting to be delivered"
        return f"{delivered} delivered" if delivered else "no shop event"


def cells(export_row: ExportRow) -> tuple[Any, ...]:
    row = export_row.row
    return (
        row.finished_at,
        row.lpn,
        row.bench,
        row.operator,
        row.grade_words,
        row.route_words,
        row.category or "",
        row.sku or "",
        row.value,
        row.rma or "",
        row.reason or "",
        row.overrides,
        row.photos,
        (row.receipt or "received").replace("_", " "),
        export_row.outcome or "",
        export_row.refund,
        "; ".join(export_row.defects),
        export_row.grade_reason or "",
        export_row.override_reason or "",
        LABEL_WORDS.get(export_row.label or "", "no label"),
        export_row.shop_words,
    )


def write_csv(rows: Iterable[ExportRow], out: IO[str], tick: Callable[[], None]) -> int:
    writer = csv.writer(out)
    writer.writerow(HEADER)
    written = 0
    for row in rows:
        writer.writerow([_csv_cell(value) for value in cells(row)])
        written += 1
        tick()
    return written


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    return neutralise(str(value))


def write_xlsx(rows: Iterable[ExportRow], path: Path, tick: Callable[[], None]) -> int:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("History")
    sheet.append(list(HEADER))
    written = 0
    for row in rows:
        sheet.append([_xlsx_cell(value) for value in cells(row)])
        written += 1
        tick()
    book.save(path)
    return written


def _xlsx_cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone().replace(tzinfo=None)  # Excel has no time zones
    if isinstance(value, str):
        return neutralise(_NOT_XML.sub("\ufffd", value))
    return value


def export(
    station: Station,
    query: HistoryQuery,
    target: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Exported:
    """Write every row of ``query`` to ``target`` (CSV or XLSX by its suffix)."""
    roles.require(station.user, Role.SUPERVISOR, _("Exporting history"))
    kind = target.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise BadInput(_("Export to .csv or .xlsx, not {name!r}.").format(name=target.name))
    if not target.parent.is_dir():
        raise BadInput(_("The folder {parent} does not exist.").format(parent=target.parent))
    started = time.perf_counter()
    statement = history.statement(query)  # refuses bad filters before anything is written
    total = history.count(station, query, cap=10**9)
    partial = target.with_name(f".{target.name}.part")
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % BATCH == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled(_("Export cancelled; no file was written."))
            if progress is not None:
                progress(done, total)

    try:
        with station.db.read() as session:
            patterns = Patterns.from_settings(station.settings)
            statement = _with_outcomes(history.resolved(session, query, patterns))
            result = session.execute(statement.execution_options(yield_per=BATCH))
            try:
                rows = _rows(station, result)
                if kind == "csv":
                    with partial.open("w", encoding="utf-8-sig", newline="") as out:
                        written = write_csv(rows, out, tick)
                        out.flush()
                        os.fsync(out.fileno())
                else:
                    written = write_xlsx(rows, partial, tick)
            finally:
                result.close()  # a cancelled export closes PostgreSQL's server-side cursor
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise ExportFailed(
            _("Could not write {target}: {strerror}").format(
                target=target, strerror=exc.strerror or exc
            )
        ) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(written, total)
    return Exported(target, written, time.perf_counter() - started)


EXTRA = 10  # the columns _with_outcomes adds


def _with_outcomes(statement: Select[Any]) -> Select[Any]:
    """The history statement with each unit's recommendation, defects, reasons and label."""
    last_override = (
        select(Override.reason)
        .where(Override.inspection_id == Inspection.id)
        .order_by(Override.at.desc())
        .limit(1)
        .correlate(Inspection)
        .scalar_subquery()
    )
    last_label = (
        select(PrintJob.state)
        .where(PrintJob.inspection_id == Inspection.id)
        .order_by(PrintJob.created_at.desc())
        .limit(1)
        .correlate(Inspection)
        .scalar_subquery()
    )
    return statement.add_columns(
        Recommendation.outcome,
        Recommendation.refund_amount,
        UnitAssessment.grading_set,
        UnitAssessment.defects,
        UnitAssessment.override_reason,
        last_override,
        last_label,
        *(_deliveries(states) for states in (("dead",), ("pending", "delivering"), ("delivered",))),
    ).outerjoin(Recommendation, Recommendation.inspection_id == Inspection.id)


def _deliveries(states: tuple[str, ...]) -> ScalarSelect[int]:
    """How many of the unit's outgoing shop deliveries are in ``states``."""
    return (
        select(func.count())
        .select_from(OutboxDelivery)
        .join(OutboxEvent, OutboxEvent.id == OutboxDelivery.event_id)
        .where(OutboxEvent.inspection_id == Inspection.id, OutboxDelivery.state.in_(states))
        .correlate(Inspection)
        .scalar_subquery()
    )


def _rows(station: Station, result: Iterable[Any]) -> Iterator[ExportRow]:
    for values in result:
        base, extra = tuple(values[:-EXTRA]), tuple(values[-EXTRA:])
        outcome, refund, gset, defects, grade_reason, override, label, *shop = extra
        yield ExportRow(
            HistoryRow(*base),
            outcome=outcome,
            refund=refund,
            defects=_defect_words(station, gset, defects or []),
            grade_reason=grade_reason,
            override_reason=override,
            label=label,
            shop=(int(shop[0] or 0), int(shop[1] or 0), int(shop[2] or 0)),
        )


def _defect_words(station: Station, gset: str | None, ids: list[str]) -> tuple[str, ...]:
    """Each ticked defect by its checklist label; by its id if the checklist no longer has it."""
    words = []
    for defect_id in ids:
        try:
            words.append(station.grading_sets.get(gset or "").defect(defect_id).label)
        except KnownError:
            words.append(defect_id)
    return tuple(words)
