"""The manifest's CSV form: its columns, and reading a file into numbered rows.

Nothing a file holds reaches the importer unchecked: an unknown or repeated column, a row with
more or fewer values than the header, a quote that never closes, a value the size of a book.
Each is refused with the row (the line it starts on, the header being row 1) and the column.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

# column → what it holds, in the order a manifest usually has them (``import-returns --help``).
COLUMNS: dict[str, str] = {
    "rma": "the return's RMA (required)",
    "order_number": "the order it belongs to (required; one order per RMA)",
    "tracking_number": "the return parcel's tracking number",
    "carrier": "the carrier's name",
    "customer_email": "the customer's e-mail address",
    "return_type": "refund, exchange or warranty (default refund)",
    "reason": "the reason the customer gave",
    "delivered_on": "the day the order was delivered, YYYY-MM-DD",
    "sku": "the line's SKU (required)",
    "ean": "its EAN, UPC or GTIN (check digit checked)",
    "description": "what it is",
    "category": "its category (default general)",
    "quantity": "units of the line, 1-999 (required)",
    "unit_price": "price of one unit, 0-1,000,000 (required)",
    "serial_number": "the unit's own serial (GS1 AI 21), when the shop knows it",
    "withdrawal_notice_at": "when the shop was told of the withdrawal, with its zone: "
    "2026-06-19T14:03+02:00, 2026-06-19T14:03[Europe/Berlin] or both",
    "withdrawal_notice_on": "the notice's day alone, YYYY-MM-DD (older manifests)",
    "withdrawal_channel": "how it came: button, email, letter or phone",
    "withdrawal_ack_id": "the id of the shop's acknowledgement",
    "proof_of_sending_at": "when the customer sent the goods back, with its zone",
    "proof_of_sending_by": "what proves it: drop-off (the carrier's receipt) or first-scan",
    "consumer_informed": "was the customer informed of the right of withdrawal: yes or no",
    "delivery_cost_paid": "what the customer paid for delivery",
    "cheapest_delivery_cost": "the cheapest standard delivery the shop offered (at most the "
    "cost paid; 0 when delivery was free)",
    "customer_name": "the customer's name, shown to the bench when several returns match a scan",
}
REQUIRED = ("rma", "order_number", "sku", "quantity", "unit_price")
MAX_ROWS = 200_000
MAX_VALUE = 254  # the longest value a column takes (an e-mail address)


@dataclass(frozen=True)
class Refusal:
    """Where a manifest is wrong: "Row 3" (or a shop's id) and the column, and why."""

    where: str
    column: str | None
    problem: str

    def __str__(self) -> str:
        if self.column:
            return _("{where}, column {column}: {problem}").format(
                where=self.where, column=self.column, problem=self.problem
            )
        return f"{self.where}: {self.problem}"


def row_label(number: int) -> str:
    """ "Row 3": where a manifest's refusal lies (row 1 is the header)."""
    return _("Row {number}").format(number=number)


class ManifestError(BadInput):
    """A manifest (or a return pulled in from a shop) that cannot be imported; nothing is."""

    def __init__(self, where: str, column: str | None, problem: str) -> None:
        self.refusal = Refusal(where, column, problem)
        super().__init__(_("{refusal} Nothing was imported.").format(refusal=self.refusal))


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(row number, {column: text}) for each row of the file, blank lines left out; raises
    :class:`ManifestError` at the first thing that is wrong with the file as CSV."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(
            _("Cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise BadInput(
            _("{name} is not UTF-8 text (row {line} holds other bytes).").format(
                name=path.name, line=line
            )
        ) from None
    lines = _lines(text)
    header: list[str] = []
    try:
        for number, values in _records(lines):
            if number == 1:
                header = _header(path.name, values)
                continue
            if number - 1 > MAX_ROWS:
                raise BadInput(
                    _("The manifest has more than {max_rows:,} rows; split it.").format(
                        max_rows=MAX_ROWS
                    )
                )
            if values:  # a blank line has none
                yield number, _row(number, header, values)
    except _Fault as fault:
        column = header[fault.column - 1] if 0 < fault.column <= len(header) else None
        raise ManifestError(
            row_label(fault.row), column or f"{fault.column}", fault.problem
        ) from None
    if not header:
        raise BadInput(
            _("{name} is empty: it needs a header row and one row per line.").format(name=path.name)
        )


def _row(number: int, header: list[str], values: list[str]) -> dict[str, str]:
    if len(values) > len(header):
        raise ManifestError(
            row_label(number),
            f"{len(header) + 1}",
            _(
                "a value beyond the header's {columns} columns ({value!r}): a comma inside a "
                'value needs the value in double quotes ("…").'
            ).format(columns=len(header), value=values[len(header)][:40]),
        )
    if len(values) < len(header):
        missing = ", ".join(header[len(values) :])
        raise ManifestError(
            row_label(number),
            header[len(values)],
            _("the row ends after {values} of {columns} values ({missing} missing).").format(
                values=len(values), columns=len(header), missing=missing
            ),
        )
    return dict(zip(header, values, strict=True))


def _header(name: str, names: list[str]) -> list[str]:
    header = [column.strip() for column in names]
    seen: set[str] = set()
    for n, column in enumerate(header, start=1):
        if not column:
            raise ManifestError(row_label(1), f"{n}", _("the header names no column here."))
        if column in seen:
            raise ManifestError(row_label(1), f"{n} ({column})", _("this column is named twice."))
        if column not in COLUMNS:
            raise ManifestError(
                row_label(1),
                f"{n} ({column[:40]})",
                _("not a manifest column; the columns are {columns}.").format(
                    columns=", ".join(COLUMNS)
                ),
            )
        seen.add(column)
    missing = [c for c in REQUIRED if c not in seen]
    if missing:
        raise BadInput(
            _("{name}: missing column(s) {missing}.").format(name=name, missing=", ".join(missing))
        )
    return header


def _lines(text: str) -> list[str]:
    """The text cut after each newline, newlines kept (what the csv module reads)."""
    parts = text.split("\n")
    lines = [part + "\n" for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


class _Fault(Exception):
    def __init__(self, row: int, column: int, problem: str) -> None:
        super().__init__(problem)
        self.row = row  # the line the record starts on
        self.column = column  # 1-based
        self.problem = problem


def _records(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    """(the line a record starts on, its values); a CSV fault is located by row and column."""
    reader = csv.reader(iter(lines), strict=True)
    while True:
        start = reader.line_num  # lines read so far: the next record starts after them
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _locate("".join(lines[start:]), start + 1, str(exc)) from None
        yield start + 1, values


def _locate(text: str, row: int, error: str) -> _Fault:
    """Walk the record from its first character to the column where the CSV fault lies: a
    quote never closed, text after a closing quote, or a value over the csv module's limit."""
    limit = csv.field_size_limit()
    column = length = 0
    quoted = closed = False
    for char in text:
        if quoted:
            if char == '"':
                quoted, closed = False, True
            else:
                length += 1
        elif closed and char == '"':  # "" inside quotes stands for one quote
            quoted, closed = True, False
            length += 1
        elif char in ",\n":
            if length > limit or char == "\n":
                break
            column, length, closed = column + 1, 0, False
        elif closed and char != "\r":
            return _Fault(
                row,
                column + 1,
                _(
                    "text follows the closing quote; a quote inside a quoted value is written "
                    'twice ("").'
                ),
            )
        elif char == '"' and length == 0:
            quoted = True
        else:
            length += 1
    if quoted:
        return _Fault(
            row,
            column + 1,
            _(
                "a quote opens here and never closes, so the rest of the file would read as one "
                "value; close it or remove it."
            ),
        )
    if length > limit:
        return _Fault(
            row,
            column + 1,
            _(
                "the value is {length:,} characters long; no manifest value is longer than "
                "{max_value} characters."
            ).format(length=length, max_value=MAX_VALUE),
        )
    return _Fault(row, column + 1, _("not readable as CSV ({error}).").format(error=error))
