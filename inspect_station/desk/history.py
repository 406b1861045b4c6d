"""What the supervisor looks back on: every finished unit, filtered and sorted in the database.

Filters are equality or range conditions on indexed columns (``ix_inspections_history_*``), and
pages are read by keyset: the next page starts after the last row's sort key, so page 500 costs
what page 1 costs. The text search finds a unit by its full licence plate, RMA, order number or
tracking number (any case, spaces ignored); a leading-wildcard search could use no index.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    exists,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from db.models.grading import UnitAssessment
from db.models.inspections import Inspection, Photo
from db.models.returns import ExpectedReturn, ExpectedReturnLine
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.identify.resolver import Patterns, resolve

if TYPE_CHECKING:
    from inspect_station.app.context import Station

PAGE_SIZE = 100
COUNT_CAP = 10_000
MAX_PRODUCT = 40

# Sort keys the table offers: each is an indexed column (with finish time), never NULL for a
# finished unit, so keyset paging over it is exact.
SORTS: dict[str, InstrumentedAttribute[Any]] = {
    "finished": Inspection.finished_at,
    "bench": Inspection.bench,
    "grader": Inspection.operator,
    "grade": Inspection.grade,
    "route": Inspection.route,
}
# The HistoryRow field holding each sort key's value (for the next page's keyset).
SORT_FIELDS = {
    "finished": "finished_at",
    "bench": "bench",
    "grader": "operator",
    "grade": "grade",
    "route": "route",
}


@dataclass(frozen=True)
class HistoryQuery:
    """The desk's filters; ``None`` or empty means "any". ``date_to`` is inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    bench: str | None = None
    grader: str | None = None
    grade: str | None = None
    route: str | None = None
    category: str | None = None
    product: str = ""  # SKU or EAN
    reason: str | None = None
    overridden: bool | None = None
    search: str = ""  # licence plate, RMA, order or tracking number
    sort: str = "finished"
    descending: bool = True
    tz: ZoneInfo | None = None  # local days; None: the machine's zone

    def sorted_by(self, sort: str, descending: bool) -> HistoryQuery:
        return replace(self, sort=sort, descending=descending)


# The titles of a history row's fields, in order: the desk's columns and the export's header.
COLUMNS = (
    "Finished",
    "LPN",
    "Bench",
    "Grader",
    "Grade",
    "Route",
    "Category",
    "SKU",
    "Value",
    "RMA",
    "Reason",
    "Overrides",
    "Photos",
)


@dataclass(frozen=True)
class HistoryRow:
    id: uuid.UUID
    lpn: str
    finished_at: datetime
    bench: str
    operator: str
    grade: str
    route: str
    category: str | None
    sku: str | None
    value: Decimal | None
    rma: str | None
    reason: str | None
    overrides: int
    photos: int
    receipt: str | None = None  # received, wrong_item, missing, empty_box (None: before 0004)

    @property
    def grade_words(self) -> str:
        """The grade as the desk shows it: a unit not in the parcel has none, and says so."""
        return NOT_GRADED.get(self.receipt or "", self.grade or "")

    @property
    def route_words(self) -> str:
        if self.receipt in NOT_GRADED:
            return "no label"
        return f"{self.route} (wrong item)" if self.receipt == "wrong_item" else self.route or ""


# What stands in the grade column for a unit that was not in the parcel.
NOT_GRADED = {"missing": "missing", "empty_box": "empty box"}


@dataclass(frozen=True)
class FilterChoices:
    """The values in use, for the filter lists."""

    benches: tuple[str, ...]
    graders: tuple[str, ...]
    grades: tuple[str, ...]
    routes: tuple[str, ...]
    categories: tuple[str, ...]
    reasons: tuple[str, ...]


def local_day_bounds(day: date, tz: ZoneInfo | None) -> tuple[datetime, datetime]:
    """Local midnight to local midnight: 23 or 25 hours on the days the clocks change."""

    def midnight(d: date) -> datetime:
        naive = datetime.combine(d, time.min)
        return naive.replace(tzinfo=tz) if tz else naive.astimezone()

    return midnight(day), midnight(day + timedelta(days=1))


def _conditions(
    query: HistoryQuery, skus: tuple[str, ...] | None = None, patterns: Patterns | None = None
) -> list[ColumnElement[bool]]:
    """The WHERE terms of ``query``; raises BadInput before anything is read.

    ``skus``: the SKUs an EAN in ``query.product`` stands for, looked up first
    (:func:`product_skus`); without them the EAN becomes a subquery.
    """
    if query.sort not in SORTS:
        raise BadInput(_("History cannot be sorted by {sort!r}.").format(sort=query.sort))
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise BadInput(
            _("The date range ends ({date_to}) before it starts ({date_from}).").format(
                date_to=query.date_to, date_from=query.date_from
            )
        )
    terms: list[ColumnElement[bool]] = [Inspection.status == "finished"]
    if query.date_from:
        terms.append(Inspection.finished_at >= local_day_bounds(query.date_from, query.tz)[0])
    if query.date_to:
        terms.append(Inspection.finished_at < local_day_bounds(query.date_to, query.tz)[1])
    for column, value in (
        (Inspection.bench, query.bench),
        (Inspection.operator, query.grader),
        (Inspection.grade, query.grade),
        (Inspection.route, query.route),
        (Inspection.category, query.category),
    ):
        if value is not None:
            terms.append(column == value)
    if query.reason is not None:
        # A correlated EXISTS: SQLite then walks units newest first and stops at a page,
        # where a join starts from every return with that reason (17 k of them) and sorts.
        stated = aliased(ExpectedReturn)
        terms.append(
            exists().where(
                stated.id == Inspection.expected_return_id, stated.reason == query.reason
            )
        )
    if query.overridden is not None:
        # A literal 0, as in the partial index of overridden units (see dashboard._waiting).
        zero = literal_column("0", Integer())
        terms.append(
            Inspection.override_count > zero
            if query.overridden
            else Inspection.override_count == zero
        )
    for term in (_product(query.product, skus), _search(search_codes(query.search, patterns))):
        if term is not None:
            terms.append(term)
    return terms


def _product_code(text: str) -> str:
    code = "".join(text.split())
    if len(code) > MAX_PRODUCT or not code.isprintable():
        raise BadInput(
            _("A SKU or EAN is at most {max_product} printable characters.").format(
                max_product=MAX_PRODUCT
            )
        )
    return code


def _is_ean(code: str) -> bool:
    return code.isdigit() and len(code) in (8, 12, 13, 14)


def _product(text: str, skus: tuple[str, ...] | None) -> ColumnElement[bool] | None:
    code = _product_code(text)
    if not code:
        return None
    if not _is_ean(code):
        return Inspection.sku.in_({code, code.upper()})
    if skus is None:
        # An EAN/UPC: the SKUs the manifests list for it (a product may have changed SKU).
        listed = select(ExpectedReturnLine.sku).where(ExpectedReturnLine.ean == code).distinct()
        return or_(Inspection.sku == code, Inspection.sku.in_(listed))
    if not skus:
        return false()  # no manifest lists it and no unit carries it as its SKU
    if len(skus) == 1:
        # One SKU is the usual case: an equality walks ix_inspections_history_sku in the
        # page's order and stops at a page; IN over a subquery made SQLite sort every unit
        # of the product first (237 ms for the most returned one).
        return Inspection.sku == skus[0]
    return Inspection.sku.in_(skus)


def product_skus(session: Session, query: HistoryQuery) -> tuple[str, ...] | None:
    """The SKUs an EAN in the product filter stands for (None when it is not an EAN)."""
    code = _product_code(query.product)
    if not code or not _is_ean(code):
        return None
    listed = set(
        session.scalars(
            select(ExpectedReturnLine.sku).where(ExpectedReturnLine.ean == code).distinct()
        )
    )
    # A shop may use the EAN itself as the SKU.
    if session.scalar(select(Inspection.id).where(Inspection.sku == code).limit(1)) is not None:
        listed.add(code)
    return tuple(sorted(listed))


# What the text search matches: the forms the resolver gives a code as a plate, an RMA, an
# order or a tracking number (a carrier's routing prefix stripped), or as it was typed.
SEARCH_KINDS = ("lpn", "rma", "order", "tracking", "text")


def search_codes(text: str, patterns: Patterns | None = None) -> tuple[str, ...]:
    """The stored forms ``text`` may take, by the bench's own resolver: the same scan finds
    the same return at the desk. Raises BadInput as a scan would (control characters, too
    long, a wrong check digit, a keyboard layout that swapped Y and Z)."""
    if not text.strip():
        return ()
    found = resolve(text, patterns)
    values = (v for c in found.candidates if c.kind in SEARCH_KINDS for v in c.values)
    return tuple(dict.fromkeys(values))


def _search(codes: tuple[str, ...]) -> ColumnElement[bool] | None:
    if not codes:
        return None
    returns = select(ExpectedReturn.id).where(
        or_(
            ExpectedReturn.rma.in_(codes),
            ExpectedReturn.order_number.in_(codes),
            ExpectedReturn.tracking_number.in_(codes),
        )
    )
    # Two indexed look-ups joined by UNION, not one OR: PostgreSQL plans "lpn = x OR
    # expected_return_id IN (…)" as a walk through all units (0.7 s at 1 M units).
    unit = aliased(Inspection)
    by_plate = select(unit.id).where(unit.lpn.in_(codes))
    by_return = select(unit.id).where(unit.expected_return_id.in_(returns))
    return Inspection.id.in_(union_all(by_plate, by_return))


def resolved(
    session: Session, query: HistoryQuery, patterns: Patterns | None = None
) -> Select[*tuple[Any, ...]]:
    """:func:`statement` with an EAN's SKUs looked up first and the search read by the
    station's reference ``patterns``: what pages and exports run."""
    return statement(query, product_skus(session, query), patterns)


def statement(
    query: HistoryQuery, skus: tuple[str, ...] | None = None, patterns: Patterns | None = None
) -> Select[*tuple[Any, ...]]:
    """All rows of ``query`` in its order (for pages and exports)."""
    photos = (
        select(func.count())
        .where(Photo.inspection_id == Inspection.id)
        .correlate(Inspection)
        .scalar_subquery()
    )
    conditions = _conditions(query, skus, patterns)  # checks the sort key too
    order = (SORTS[query.sort], Inspection.finished_at, Inspection.id)
    return (
        select(
            Inspection.id,
            Inspection.lpn,
            Inspection.finished_at,
            Inspection.bench,
            Inspection.operator,
            Inspection.grade,
            Inspection.route,
            Inspection.category,
            Inspection.sku,
            Inspection.value,
            ExpectedReturn.rma,
            ExpectedReturn.reason,
            Inspection.override_count,
            photos.label("photos"),
            UnitAssessment.receipt,
        )
        .outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id)
        .outerjoin(UnitAssessment, UnitAssessment.inspection_id == Inspection.id)
        .where(*conditions)
        .order_by(*(c.desc() if query.descending else c.asc() for c in order))
    )


def _row(values: Sequence[Any]) -> HistoryRow:
    return HistoryRow(*values)


def _after(query: HistoryQuery, last: HistoryRow) -> ColumnElement[bool]:
    """Rows that come after ``last`` in the query's order (same direction on all three)."""
    key = SORTS[query.sort]
    pairs = (
        (key, getattr(last, SORT_FIELDS[query.sort])),
        (Inspection.finished_at, last.finished_at),
        (Inspection.id, last.id),
    )
    columns = tuple_(*(column for column, _ in pairs))
    values = tuple_(*(literal(value, column.type) for column, value in pairs))
    return columns < values if query.descending else columns > values


def page(
    station: Station,
    query: HistoryQuery,
    *,
    after: HistoryRow | None = None,
    limit: int = PAGE_SIZE,
) -> list[HistoryRow]:
    """The next ``limit`` rows of ``query``, after ``after`` (the last row already shown)."""
    statement(query)  # refuses bad filters before anything is read
    with station.db.read() as session:
        stmt = resolved(session, query, Patterns.from_settings(station.settings))
        if after is not None:
            stmt = stmt.where(_after(query, after))
        return [_row(values) for values in session.execute(stmt.limit(limit))]


def count(station: Station, query: HistoryQuery, *, cap: int = COUNT_CAP) -> int:
    """Rows matching ``query``, counted up to ``cap + 1`` (more is shown as "over cap")."""
    statement(query)  # refuses bad filters before anything is read
    with station.db.read() as session:
        patterns = Patterns.from_settings(station.settings)
        inner = resolved(session, query, patterns).order_by(None).limit(cap + 1).subquery()
        return session.scalar(select(func.count()).select_from(inner)) or 0


def _distinct(session: Session, column: InstrumentedAttribute[Any]) -> tuple[str, ...]:
    """The distinct values of an indexed column, one index probe per value (a loose scan)."""
    values = select(func.min(column).label("v")).cte("loose", recursive=True)
    following = select(select(func.min(column)).where(column > values.c.v).scalar_subquery()).where(
        values.c.v.is_not(None)
    )
    values = values.union_all(following)
    return tuple(v for v in session.scalars(select(values.c.v)) if v is not None)


def filter_choices(station: Station) -> FilterChoices:
    with station.db.read() as session:
        grades = set(_distinct(session, Inspection.grade)) | set(station.grades.codes)
        routes = set(_distinct(session, Inspection.route)) | set(station.rules.destinations)
        return FilterChoices(
            benches=_distinct(session, Inspection.bench),
            graders=_distinct(session, Inspection.operator),
            grades=tuple(sorted(grades)),
            routes=tuple(sorted(routes)),
            categories=_distinct(session, Inspection.category),
            reasons=tuple(r for r in _distinct(session, ExpectedReturn.reason) if r),
        )
