"""The wrong item: what actually came back, read from the item's own code.

When the parcel holds something other than the expected unit, the worker presses W and scans
the item's own product code (EAN, UPC, GTIN, or a GS1 DataMatrix carrying one). The code is
looked up among the products the shop has sent us in manifests, and the catalogue's flags of
that product (recall, hazmat, the vendor's credit) route the unit — never the expected
product's. A code the camera reads on a photo is compared with the expected product's GTIN the
same way, so the bench can warn as soon as the wrong product is in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.returns import ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.bench.views import InspectionView
from inspect_station.identify.resolver import Patterns, resolve
from inspect_station.offline.twin import here
from inspect_station.rules import catalogue
from inspect_station.rules.catalogue import SkuFlags

if TYPE_CHECKING:
    from inspect_station.app.context import Station


@dataclass(frozen=True)
class ActualItem:
    """The item that came back instead of the expected one."""

    code: str  # the product code as read (GTIN digits)
    sku: str | None = None  # None: a product no manifest has named
    description: str | None = None
    category: str | None = None
    value: Decimal | None = None
    flags: SkuFlags = field(default_factory=SkuFlags)

    def words(self) -> str:
        """ "Cotton T-shirt, black, M (AP-4100-M, EAN 4000000000055)" or the code alone."""
        if self.sku is None:
            return _("unknown product, code {code}").format(code=self.code)
        return _("{what} ({sku}, code {code})").format(
            what=self.description or self.sku, sku=self.sku, code=self.code
        )


def product_code(raw: str, patterns: Patterns | None = None) -> str | None:
    """The GTIN in a scan or a decoded code, as 14 digits; None when it holds none."""
    found = resolve(raw, patterns)
    gtin = found.first("gtin")
    return gtin.value.zfill(14) if gtin is not None else None


def identify(station: Station, raw: str) -> ActualItem:
    """The item whose own code is ``raw``; BadInput when ``raw`` is no product code."""
    code = product_code(raw, _patterns(station))
    if code is None:
        raise BadInput(
            _(
                "{raw} is not a product code: scan the item's own EAN, UPC, GTIN or DataMatrix to "
                "record the wrong item."
            ).format(raw=raw.strip()[:40])
        )
    with here(station).db.read() as session:  # the offline copy while the bench works there
        return identify_in(session, code)


def identify_in(session: Session, code: str) -> ActualItem:
    """The product of a 14-digit GTIN, from the newest manifest line that names it."""
    forms = _forms(code)
    line = session.scalars(
        select(ExpectedReturnLine)
        .where(ExpectedReturnLine.ean.in_(forms))
        .order_by(ExpectedReturnLine.id.desc())
        .limit(1)
    ).first()
    shown = code.lstrip("0").zfill(13) if len(code.lstrip("0")) <= 13 else code
    if line is None:
        return ActualItem(code=shown)
    return ActualItem(
        code=shown,
        sku=line.sku,
        description=line.description,
        category=line.category,
        value=line.unit_price,
        flags=catalogue.flags_for(session, line.sku),
    )


def differs(insp: InspectionView, code: str | None) -> bool:
    """True when ``code`` (a product code seen or scanned) is not the expected unit's GTIN.

    False when either is unknown: an unexpected parcel, a line without an EAN, no code.
    """
    if code is None or insp.expected is None:
        return False
    line = next((ln for ln in insp.expected.lines if ln.id == insp.line_id), None)
    if line is None or not line.ean:
        return False
    return line.ean.zfill(14) != code.zfill(14)


def _forms(code: str) -> tuple[str, ...]:
    """Every stored length of one GTIN: GTIN-14, EAN-13, UPC-A (12), EAN-8."""
    digits = code.zfill(14)
    return tuple(dict.fromkeys(digits[-n:] for n in (14, 13, 12, 8) if not digits[:-n].strip("0")))


def _patterns(station: Station) -> Patterns:
    return Patterns.from_settings(station.settings)
