"""What the routing rules know about a SKU: vendor, return-to-vendor, recall, hazmat.

Loaded from a CSV file (``inspect-station import-catalogue FILE``) with the columns
``sku, vendor, return_to_vendor, recall, hazmat``; yes/no columns take yes, no, true, false, 1,
0 or blank (no). A SKU the catalogue does not know has none of the flags. One bad row refuses
the whole file and names the row. The flags decide routes as the rules do, so
:func:`import_flags` is an admin's action (role checked, audited).
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.engine import Database
from db.models.grading import CatalogueItem
from db.types import utcnow
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.resources import resource
from inspect_station.audit import trail
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

COLUMNS = ("sku", "vendor", "return_to_vendor", "recall", "hazmat")
FLAGS = ("return_to_vendor", "recall", "hazmat")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0", ""}
MAX_ROWS = 500_000


@dataclass(frozen=True)
class SkuFlags:
    vendor: str | None = None
    return_to_vendor: bool = False
    recall: bool = False
    hazmat: bool = False


def flags_for(session: Session, sku: str | None) -> SkuFlags:
    if not sku:
        return SkuFlags()
    item = session.get(CatalogueItem, sku)
    if item is None:
        return SkuFlags()
    return SkuFlags(item.vendor, item.return_to_vendor, item.recall, item.hazmat)


def parse_rows(rows: Iterable[Mapping[str, str | None]]) -> list[dict[str, object]]:
    items: dict[str, dict[str, object]] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        if number - 1 > MAX_ROWS:
            raise BadInput(
                _("The catalogue has more than {max_rows:,} rows; split it.").format(
                    max_rows=MAX_ROWS
                )
            )
        sku = (row.get("sku") or "").strip()
        if not sku or len(sku) > 40 or not sku.isprintable():
            raise BadInput(
                _("Row {number}: sku must be 1–40 printable characters.").format(number=number)
            )
        vendor = (row.get("vendor") or "").strip()
        if len(vendor) > 80 or not vendor.isprintable():
            raise BadInput(
                _("Row {number}: vendor must be up to 80 printable characters.").format(
                    number=number
                )
            )
        item: dict[str, object] = {"sku": sku, "vendor": vendor or None}
        for flag in FLAGS:
            text = (row.get(flag) or "").strip().lower()
            if text not in _YES | _NO:
                raise BadInput(
                    _("Row {number}: {flag} must be yes or no, not {text!r}.").format(
                        number=number, flag=flag, text=text
                    )
                )
            item[flag] = text in _YES
        items[sku] = item  # a later row for the same SKU wins
    if not items:
        raise BadInput(_("The catalogue holds no SKUs."))
    return list(items.values())


def read_csv(path: Path) -> list[dict[str, object]]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise BadInput(
            _("Cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror or exc)
        ) from exc
    except UnicodeDecodeError:
        raise BadInput(_("{name} is not UTF-8 text.").format(name=path.name)) from None
    reader = csv.DictReader(io.StringIO(text))
    if "sku" not in (reader.fieldnames or ()):
        raise BadInput(
            _("{name}: missing column sku (columns: {columns}).").format(
                name=path.name, columns=", ".join(COLUMNS)
            )
        )
    unknown = set(reader.fieldnames or ()) - set(COLUMNS)
    if unknown:
        raise BadInput(
            _("{name}: unknown column(s) {unknown}.").format(
                name=path.name, unknown=", ".join(sorted(unknown))
            )
        )
    return parse_rows(reader)


def store(db: Database, items: list[dict[str, object]], now: datetime) -> tuple[int, int]:
    """Insert new SKUs and update known ones in one transaction: (added, updated)."""
    with db.write() as session:
        return _apply(session, items, now)


def _apply(session: Session, items: list[dict[str, object]], now: datetime) -> tuple[int, int]:
    added = updated = 0
    skus = [str(i["sku"]) for i in items]
    known: dict[str, CatalogueItem] = {}
    for start in range(0, len(skus), 5000):  # SQLite's bound-parameter limit
        chunk = skus[start : start + 5000]
        known.update(
            (c.sku, c)
            for c in session.scalars(select(CatalogueItem).where(CatalogueItem.sku.in_(chunk)))
        )
    for item in items:
        row = known.get(str(item["sku"]))
        if row is None:
            session.add(CatalogueItem(**item, updated_at=now))
            added += 1
            continue
        for key, value in item.items():
            setattr(row, key, value)
        row.updated_at = now
        updated += 1
    return added, updated


def import_csv(db: Database, path: Path, now: datetime) -> tuple[int, int]:
    return store(db, read_csv(path), now)


def import_flags(station: Station, path: Path) -> tuple[int, int]:
    """Import SKU flags as the signed-in admin, with an audit row naming the file."""
    roles.require(station.user, Role.ADMIN, _("Importing the SKU catalogue"))
    items = read_csv(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with station.db.write() as session:
        added, updated = _apply(session, items, station.clock())
        trail.audit(
            station,
            session,
            "catalogue.imported",
            "catalogue",
            digest,
            file=str(path)[-200:],
            added=added,
            updated=updated,
        )
    return added, updated


def seed_demo(db: Database, now: datetime | None = None) -> None:
    """The demo catalogue's flags (a recalled charger, batteries, vendor agreements)."""
    with db.read() as session:
        if session.scalars(select(CatalogueItem.sku).limit(1)).first() is not None:
            return
    import_csv(db, resource("demo_catalogue.csv"), now or utcnow())
