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
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, and_, select

from db.grading_models import CatalogueItem, UnitAssessment
from db.models import ExpectedReturn, Inspection
from inspect_station.errors import BadInput
from inspect_station.routing import Facts, RuleTable
from inspect_station.station import Station

_SINCE = re.compile(r"^\s*(\d{1,5})\s*([dhw])\s*$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}
BATCH = 20_000


def parse_since(text: str) -> timedelta:
    """ "30d", "12h", "6w" → a time span; anything else is refused with an example."""
    match = _SINCE.match(text)
    if not match:
        raise BadInput(f"--since takes a span like 30d, 12h or 6w, not {text!r}.")
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
    """Routes facts by ``table``, deciding each distinct group of facts only once."""

    def __init__(self, table: RuleTable) -> None:
        self.table = table
        limits: dict[str, set[Decimal]] = {}
        for rule in table.rules:
            for c in rule.conditions:
                if c.limit is not None:
                    limits.setdefault(c.attr, set()).add(c.limit)
        self._value_limits = sorted(limits.get("value", ()))
        self._day_limits = sorted(limits.get("days_since_delivery", ()))
        self._cache: dict[tuple[Any, ...], tuple[str, str]] = {}

    def route(self, facts: Facts) -> tuple[str, str]:
        """(destination, rule id)."""
        key = (
            facts.grade,
            facts.category,
            None if facts.value is None else bisect_right(self._value_limits, facts.value),
            facts.return_type,
            facts.unexpected,
            facts.sku,
            facts.reason,
            None
            if facts.days_since_delivery is None
            else bisect_right(self._day_limits, facts.days_since_delivery),
            facts.missing_items > 0,
            facts.receipt,
            facts.recall,
            facts.hazmat,
            facts.return_to_vendor,
        )
        hit = self._cache.get(key)
        if hit is None:
            decision = self.table.decide(facts)
            hit = self._cache[key] = (decision.route, decision.rule_id)
        return hit


def history_query(since: datetime) -> Select[*tuple[Any, ...]]:
    """Finished, routed units since ``since`` with every fact the rules may look at."""
    return (
        select(
            Inspection.route,
            Inspection.grade,
            Inspection.category,
            Inspection.value,
            Inspection.sku,
            Inspection.unexpected,
            Inspection.finished_at,
            UnitAssessment.inspection_id,
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
            ExpectedReturn.delivered_on,
            CatalogueItem.recall,
            CatalogueItem.hazmat,
            CatalogueItem.return_to_vendor,
        )
        .outerjoin(UnitAssessment, UnitAssessment.inspection_id == Inspection.id)
        .outerjoin(ExpectedReturn, ExpectedReturn.id == Inspection.expected_return_id)
        .outerjoin(CatalogueItem, CatalogueItem.sku == Inspection.sku)
        .where(
            and_(
                Inspection.status == "finished",
                Inspection.finished_at >= since,
                Inspection.route.is_not(None),
            )
        )
    )


def facts_of(row: Any) -> Facts:
    (
        _route, grade, category, value, sku, unexpected, finished_at,
        kept, receipt, a_type, a_reason, a_days, a_missing, a_recall, a_hazmat, a_rtv,
        r_type, r_reason, delivered, c_recall, c_hazmat, c_rtv,
    ) = row  # fmt: skip
    if kept is not None:  # the facts as the bench saw them
        return Facts(
            grade=grade, category=category, value=value, return_type=a_type,
            unexpected=bool(unexpected), sku=sku, reason=a_reason, days_since_delivery=a_days,
            missing_items=a_missing or 0, receipt=receipt, recall=bool(a_recall),
            hazmat=bool(a_hazmat), return_to_vendor=bool(a_rtv),
        )  # fmt: skip
    days = (finished_at.date() - delivered).days if delivered and finished_at else None
    return Facts(
        grade=grade, category=category, value=value, return_type=r_type,
        unexpected=bool(unexpected), sku=sku, reason=r_reason, days_since_delivery=days,
        recall=bool(c_recall), hazmat=bool(c_hazmat), return_to_vendor=bool(c_rtv),
    )  # fmt: skip


def simulate(station: Station, table: RuleTable, *, since: timedelta) -> Simulation:
    """Replay every routed unit finished in the last ``since`` through ``table``."""
    started = time.perf_counter()
    result = Simulation(since=station.clock() - since)
    replayer = Replayer(table)
    zero = Decimal(0)
    with station.db.read() as session:
        rows = session.execute(history_query(result.since).execution_options(yield_per=BATCH))
        for row in rows:
            new, rule_id = replayer.route(facts_of(row))
            pair = (row[0], new)
            value = row[3] or zero
            result.units += 1
            result.value += value
            result.moves[pair] += 1
            result.moved_value[pair] = result.moved_value.get(pair, zero) + value
            result.fired[rule_id] += 1
    result.seconds = time.perf_counter() - started
    return result
