"""Expected returns from a CSV manifest: one row per return line, grouped by RMA.

The whole file is checked before anything is written: one bad row refuses the file with the
row number and the reason. RMAs the database already knows are skipped, so a manifest can be
imported again safely. :func:`import_manifest` is the supervisor's action (role checked,
audited); :func:`import_csv` and :func:`store` write as told (demo data, tests, benchmarks).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models.returns import RETURN_TYPES, ExpectedReturn, ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.audit import trail
from inspect_station.identify.carriers import normalise_tracking
from inspect_station.identify.identifiers import gtin_is_valid, normalise
from inspect_station.identify.resolver import Patterns, canonical
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

COLUMNS = (
    "rma",
    "order_number",
    "tracking_number",
    "carrier",
    "customer_email",
    "return_type",
    "reason",
    "delivered_on",
    "sku",
    "ean",
    "description",
    "category",
    "quantity",
    "unit_price",
    "withdrawal_notice_on",  # optional: the refund is due a fixed number of days after it
    "serial_number",  # optional: the unit's own serial (GS1 AI 21), when the shop knows it
)
REQUIRED = ("rma", "order_number", "sku", "quantity", "unit_price")
MAX_ROWS = 200_000


@dataclass
class ManifestReturn:
    rma: str
    order_number: str
    tracking_number: str | None
    carrier: str | None
    customer_email: str | None
    return_type: str
    reason: str
    delivered_on: date | None
    lines: list[dict[str, object]] = field(default_factory=list)
    withdrawal_notified_on: date | None = None


@dataclass(frozen=True)
class ImportResult:
    created: int
    skipped: int
    lines: int


def parse_rows(
    rows: Iterable[Mapping[str, str | None]], patterns: Patterns | None = None
) -> list[ManifestReturn]:
    """Check and group manifest rows; RMAs and order numbers are stored in the form the
    station's ``patterns`` give them, so a scan finds them."""
    labelled = ((f"Row {number}", row) for number, row in enumerate(rows, start=2))  # 1: header
    return parse_labelled(labelled, patterns)


def parse_labelled(
    rows: Iterable[tuple[str, Mapping[str, str | None]]], patterns: Patterns | None = None
) -> list[ManifestReturn]:
    """:func:`parse_rows` for rows that name themselves: a manifest's row number, or a shop's
    return and line id. The first bad row refuses them all, named by its label."""
    returns: dict[str, ManifestReturn] = {}
    for count, (label, row) in enumerate(rows, start=1):
        if count > MAX_ROWS:
            raise BadInput(
                _("The manifest has more than {max_rows:,} rows; split it.").format(
                    max_rows=MAX_ROWS
                )
            )
        try:
            _add_row(returns, row, patterns)
        except BadInput as exc:
            raise BadInput(f"{label}: {exc}") from None
    if not returns:
        raise BadInput(_("The manifest holds no returns."))
    return list(returns.values())


def _text(row: Mapping[str, str | None], key: str, limit: int = 200) -> str:
    value = (row.get(key) or "").strip()
    if not value:
        return ""
    if any(ord(c) < 32 for c in value):
        raise BadInput(_("{key} contains control characters.").format(key=key))
    if len(value) > limit:
        raise BadInput(_("{key} is longer than {limit} characters.").format(key=key, limit=limit))
    return value


def _add_row(
    returns: dict[str, ManifestReturn],
    row: Mapping[str, str | None],
    patterns: Patterns | None,
) -> None:
    missing = [key for key in REQUIRED if not (row.get(key) or "").strip()]
    if missing:
        raise BadInput(_("missing {missing}.").format(missing=", ".join(missing)))
    # Stored in the form a scan is matched in, however the manifest wrote it.
    rma = canonical(_text(row, "rma", 40), patterns)
    return_type = _text(row, "return_type", 16).lower() or "refund"
    if return_type not in RETURN_TYPES:
        raise BadInput(
            _("return_type must be one of {return_types}.").format(
                return_types=", ".join(RETURN_TYPES)
            )
        )
    delivered_text = _text(row, "delivered_on", 10)
    try:
        delivered = date.fromisoformat(delivered_text) if delivered_text else None
    except ValueError:
        raise BadInput(
            _("delivered_on {delivered_text!r} is not a date (YYYY-MM-DD).").format(
                delivered_text=delivered_text
            )
        ) from None
    notice = _date(row, "withdrawal_notice_on")
    ean = _text(row, "ean", 14)
    if ean and not gtin_is_valid(ean):
        raise BadInput(_("EAN {ean} has a wrong check digit.").format(ean=ean))
    try:
        quantity = int(_text(row, "quantity"))
        price = Decimal(_text(row, "unit_price"))
    except (ValueError, InvalidOperation):
        raise BadInput(_("quantity must be a whole number and unit_price a number.")) from None
    if not 1 <= quantity <= 999 or not price.is_finite() or price < 0 or price > 1_000_000:
        raise BadInput(_("quantity must be 1–999 and unit_price 0–1,000,000."))
    # Stored as carriers print the number, so a scan with routing prefixes finds it.
    tracking = normalise_tracking(normalise(_text(row, "tracking_number", 40))) or None
    serial = _text(row, "serial_number", 40) or None
    entry = returns.setdefault(
        rma,
        ManifestReturn(
            rma=rma,
            order_number=canonical(_text(row, "order_number", 40), patterns),
            tracking_number=tracking,
            carrier=_text(row, "carrier", 40) or None,
            customer_email=_text(row, "customer_email", 254).lower() or None,
            return_type=return_type,
            reason=_text(row, "reason"),
            delivered_on=delivered,
            withdrawal_notified_on=notice,
        ),
    )
    entry.lines.append(
        {
            "line_no": len(entry.lines) + 1,
            "sku": _text(row, "sku", 40),
            "ean": ean or None,
            "serial_number": serial,
            "description": _text(row, "description"),
            "category": (_text(row, "category", 40) or "general").lower(),
            "quantity": quantity,
            "unit_price": price.quantize(Decimal("0.01")),
        }
    )


def _date(row: Mapping[str, str | None], key: str) -> date | None:
    text = _text(row, key, 10)
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        raise BadInput(
            _("{key} {text!r} is not a date (YYYY-MM-DD).").format(key=key, text=text)
        ) from None


def read_csv(path: Path, patterns: Patterns | None = None) -> list[ManifestReturn]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(
            _("Cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(_("{name} is not UTF-8 text.").format(name=path.name)) from None
    reader = csv.DictReader(io.StringIO(text))
    header = set(reader.fieldnames or ())
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise BadInput(
            _("{name}: missing column(s) {missing}.").format(
                name=path.name, missing=", ".join(missing)
            )
        )
    return parse_rows(reader, patterns)


def store(db: Database, returns: list[ManifestReturn]) -> ImportResult:
    """Write the parsed returns in one transaction; known RMAs are skipped."""
    with db.write() as session:
        return store_in(session, returns)


def store_in(session: Session, returns: list[ManifestReturn]) -> ImportResult:
    """Write parsed returns in the caller's transaction (a manifest's import, a shop's pull);
    RMAs the database already knows are skipped."""
    created = skipped = lines = 0
    known: set[str] = set()
    rmas = [r.rma for r in returns]
    for start in range(0, len(rmas), 5000):  # stay under SQLite's bound-parameter limit
        chunk = rmas[start : start + 5000]
        known.update(
            session.scalars(select(ExpectedReturn.rma).where(ExpectedReturn.rma.in_(chunk)))
        )
    for entry in returns:
        if entry.rma in known:
            skipped += 1
            continue
        er = ExpectedReturn(
            rma=entry.rma,
            order_number=entry.order_number,
            tracking_number=entry.tracking_number,
            carrier=entry.carrier,
            customer_email=entry.customer_email,
            return_type=entry.return_type,
            reason=entry.reason,
            delivered_on=entry.delivered_on,
            withdrawal_notified_on=entry.withdrawal_notified_on,
            status="open",
        )
        er.lines = [ExpectedReturnLine(**line) for line in entry.lines]
        session.add(er)
        created += 1
        lines += len(entry.lines)
    return ImportResult(created=created, skipped=skipped, lines=lines)


def import_csv(db: Database, path: Path, patterns: Patterns | None = None) -> ImportResult:
    return store(db, read_csv(path, patterns))


def import_manifest(station: Station, path: Path) -> ImportResult:
    """Import a manifest file as the signed-in supervisor, with an audit row naming the file."""
    roles.require(station.user, Role.SUPERVISOR, _("Importing expected returns"))
    returns = read_csv(path, Patterns.from_settings(station.settings))
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with station.db.write() as session:
        result = store_in(session, returns)
        trail.audit(
            station,
            session,
            "returns.imported",
            "manifest",
            digest,
            file=str(path)[-200:],
            created=result.created,
            skipped=result.skipped,
            lines=result.lines,
        )
    return result
