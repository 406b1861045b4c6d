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
HEADER = history.COLUMNS
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


def cells(
    row: HistoryRow,
) -> tuple[datetime, str, str, str, str, str, str, str, Decimal | None, str, str, int, int]:
    return (
        row.finished_at,
        row.lpn,
        row.bench,
        row.operator,
        row.grade,
        row.route,
        row.category or "",
        row.sku or "",
        row.value,
        row.rma or "",
        row.reason or "",
        row.overrides,
        row.photos,
    )


def write_csv(rows: Iterable[HistoryRow], out: IO[str], tick: Callable[[], None]) -> int:
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


def write_xlsx(rows: Iterable[HistoryRow], path: Path, tick: Callable[[], None]) -> int:
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
            statement = history.resolved(session, query, patterns)
            result = session.execute(statement.execution_options(yield_per=BATCH))
            try:
                rows = _rows(result)
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


def _rows(result: Iterable[Any]) -> Iterator[HistoryRow]:
    for values in result:
        yield HistoryRow(*values)
