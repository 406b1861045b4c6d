"""Dry run of a rule file over history: which units would have gone where, and their value.

Every finished unit since a date is routed again by the new table, on the facts its bench
saw (kept with its assessment); units finished before assessments were kept are replayed on
what their rows still tell (grade, category, SKU, value, the return's type, reason and
delivery date, the catalogue's flags). Nothing is written and nothing is activated.

A decision depends on a number only through the table's thresholds, so units are grouped by
which side of each threshold they fall on and each group is decided once: a million units
replay in seconds.
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import astuple, dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, String, and_, select, type_coerce

from db.models.grading import CatalogueItem, UnitAssessment
from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.rules.routing import Facts, RuleTable

if TYPE_CHECKING:
    from inspect_station.app.context import Station

_SINCE = re.compile(r"^\s*(\d{1,5})\s*([dhw])\s*$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
BATCH = 20_000


def parse_since(text: str) -> timedelta:
    """ "30d", "12h", "6w" → a time span; anything else is refused with an example."""
    match = _SINCE.match(text)
    if not match:
        raise BadInput(
            _("--since takes a span like 30d, 12h or 6w, not {text!r}.").format(text=text)
        )
    return int(match.group(1)) * _UNITS[match.group(2)]


@dataclass
class Simulation:
    since: datetime
    units: int = 0
    value: Decimal = Decimal(0)
    moves: Counter[tuple[str, str]] = field(default_factory=Counter)
    moved_value: dict[tuple[str, str], Decimal] = field(default_factory=dict)
    fired: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def moved_units(self) -> int:
        return sum(n for (old, new), n in self.moves.items() if old != new)

    @property
    def moved_total(self) -> Decimal:
        return sum((v for (old, new), v in self.moved_value.items() if old != new), Decimal(0))

    def changes(self) -> list[tuple[str, str, int, Decimal]]:
        """(from, to, units, value) for every pair that moves, most units first."""
        rows = [
            (old, new, n, self.moved_value[(old, new)])
            for (old, new), n in self.moves.items()
            if old != new
        ]
        return sorted(rows, key=lambda r: (-r[2], r[0], r[1]))


class Replayer:
    """Routes facts by ``table``, deciding each distinct group of facts only once.

    Two units fall in the same group when they agree on every fact the table looks at, and on
    which side of each of its thresholds their value and days since delivery fall.
    """

    def __init__(self, table: RuleTable) -> None:
        self.table = table
        limits: dict[str, set[Decimal]] = {}
        used: set[str] = set()
        for rule in table.rules:
            for c in rule.conditions:
                used.add(c.attr)
                if c.limit is not None:
                    limits.setdefault(c.attr, set()).add(c.limit)
        self._value_limits = sorted(limits.get("value", ()))
        self._day_limits = sorted(limits.get("days_since_delivery", ()))
        numeric = {"value", "days_since_delivery", "missing_items"}
        plain = [n for n, f in enumerate(fields(Facts)) if f.name in used - numeric]
        self._plain: Callable[[tuple[Any, ...]], Any] = (
            itemgetter(*plain) if plain else (lambda _f: ())
        )
        self._numeric = tuple(name in used for name in sorted(numeric))
        self._cache: dict[tuple[Any, ...], tuple[str, str]] = {}

    def route(self, facts: Facts) -> tuple[str, str]:
        """(destination, rule id)."""
        return self.route_fields(astuple(facts))

    def route_fields(self, f: tuple[Any, ...]) -> tuple[str, str]:
        """The same for facts as a plain tuple in :class:`Facts` order (no object per unit)."""
        days, missing, value = f[7], f[8], f[2]
        use_days, use_missing, use_value = self._numeric
        key = (
            self._plain(f),
            None if value is None or not use_value else bisect_right(self._value_limits, value),
            None if days is None or not use_days else bisect_right(self._day_limits, days),
            use_missing and missing > 0,
        )
        hit = self._cache.get(key)
        if hit is None:
            decision = self.table.decide(Facts(*f))
            hit = self._cache[key] = (decision.route, decision.rule_id)
        return hit


def history_query(since: datetime) -> Select[*tuple[Any, ...]]:
    """Finished, routed units since ``since`` with every fact the rules may look at."""
    return facts_query().where(
        and_(
            Inspection.status == "finished",
            Inspection.finished_at >= since,
            Inspection.route.is_not(None),
        )
    )


def facts_query() -> Select[*tuple[Any, ...]]:
    """Units with every fact the rules may look at, in the columns :func:`fields_of` reads."""
    return (
        select(
            Inspection.route,
            Inspection.grade,
            Inspection.category,
            Inspection.value,
            Inspection.sku,
            Inspection.unexpected,
            # Read as the driver gives them: SQLAlchemy's parsing of SQLite date strings costs
            # more than the replay itself, and only the calendar day is needed.
            type_coerce(Inspection.finished_at, String),
            UnitAssessment.receipt,
            UnitAssessment.return_type,
            UnitAssessment.return_reason,
            UnitAssessment.days_since_delivery,
            UnitAssessment.missing_items,
            UnitAssessment.recall,
            UnitAssessment.hazmat,
            UnitAssessment.return_to_vendor,
            ExpectedReturn.return_type,
            ExpectedReturn.reason,
            type_coerce(ExpectedReturn.delivered_on, String),
            CatalogueItem.recall,
            CatalogueItem.hazmat,
            CatalogueItem.return_to_vendor,
        )
        .outerjoin(UnitAssessment, UnitAssessment.inspection_id == Inspection.id)
        .outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id)
        .outerjoin(CatalogueItem, CatalogueItem.sku == Inspection.sku)
    )


def fields_of(row: Any) -> tuple[Any, ...]:
    """One history row as the values of :class:`Facts`, in its field order."""
    (
        _route, grade, category, value, sku, unexpected, finished_at,
        receipt, a_type, a_reason, a_days, a_missing, a_recall, a_hazmat, a_rtv,
        r_type, r_reason, delivered, c_recall, c_hazmat, c_rtv,
    ) = row  # fmt: skip
    if receipt is not None:  # the unit's assessment: the facts as the bench saw them
        return (
            grade, category, value, a_type, bool(unexpected), sku, a_reason, a_days,
            a_missing or 0, receipt, bool(a_recall), bool(a_hazmat), bool(a_rtv),
        )  # fmt: skip
    days = (_day(finished_at) - _day(delivered)).days if delivered and finished_at else None
    return (
        grade, category, value, r_type, bool(unexpected), sku, r_reason, days,
        0, "received", bool(c_recall), bool(c_hazmat), bool(c_rtv),
    )  # fmt: skip


def _day(value: str | date) -> date:
    """A calendar day from SQLite's text ("2026-11-12 18:00:00") or PostgreSQL's value."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def simulate(station: Station, table: RuleTable, *, since: timedelta) -> Simulation:
    """Replay every routed unit finished in the last ``since`` through ``table``."""
    started = time.perf_counter()
    result = Simulation(since=station.clock() - since)
    replayer = Replayer(table)
    zero = Decimal(0)
    with station.db.read() as session:
        # Core rows, streamed: the ORM's per-row work would double the time of a replay.
        connection = session.connection().execution_options(yield_per=BATCH)
        rows = connection.execute(history_query(result.since))
        for row in rows:
            new, rule_id = replayer.route_fields(fields_of(row))
            pair = (row[0], new)
            value = row[3] or zero
            result.units += 1
            result.value += value
            result.moves[pair] += 1
            result.moved_value[pair] = result.moved_value.get(pair, zero) + value
            result.fired[rule_id] += 1
    result.seconds = time.perf_counter() - started
    return result
