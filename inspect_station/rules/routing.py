"""Readable routing rules: the first rule whose conditions all hold decides the destination.

The rule table lives in a TOML file (``resources/rules.toml`` by default; the format is in
``docs/rules.md``). Every decision says which rule fired and, in plain words, why: "grade B,
apparel, value ≥ €20 → resale". A table is checked whole before it is used: unknown fields,
grades outside the scale, negative prices, circular ``extends``, rules that can never fire
and a missing catch-all are refused with the line and the reason.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.resources import resource
from inspect_station.labels.layout import route_words
from inspect_station.rules.conditions import Condition
from inspect_station.rules.grades import GradeScale, load_grades
from inspect_station.rules.rule_file import parse_rule_file

CURRENCY_SIGNS = {"EUR": "€", "GBP": "£", "USD": "$"}
RECEIPTS = ("received", "wrong_item", "missing", "empty_box")


@dataclass(frozen=True)
class Facts:
    """What the rules may look at for one unit."""

    grade: str | None
    category: str | None = None
    value: Decimal | None = None
    return_type: str | None = None
    unexpected: bool = False
    sku: str | None = None
    reason: str | None = None
    days_since_delivery: int | None = None
    missing_items: int = 0  # units of the same return not in the parcel
    receipt: str = "received"  # or "wrong_item": something else came back
    recall: bool = False
    hazmat: bool = False
    return_to_vendor: bool = False  # the vendor takes this SKU back for credit


@dataclass(frozen=True)
class Rule:
    id: str
    route: str
    why: str
    conditions: tuple[Condition, ...] = ()
    tote: str | None = None
    line: int = 0

    def matches(self, facts: Facts) -> bool:
        return all(condition.holds(facts) for condition in self.conditions)

    def explain(self, facts: Facts, currency: str = "EUR") -> str:
        """The facts this rule looked at, in words, then the destination."""
        parts = [c.words(facts, currency) for c in self.conditions]
        because = ", ".join(parts) or _("no other rule applied")
        return f"{because} → {route_words(self.route)}"

    def describe(self, currency: str = "EUR") -> str:
        """The rule itself in words, for ``rules show`` and the documentation."""
        when = _(" and ").join(c.rule_words(currency) for c in self.conditions) or _(
            "anything else"
        )
        return f"{when} → {route_words(self.route)}"


@dataclass(frozen=True)
class Decision:
    route: str
    rule_id: str
    why: str  # the rule's short reason, for the label
    explanation: str  # the facts and the destination, for the screen
    rules_version: str  # the rule file's content hash
    tote: str | None = None
    rules_number: int | None = None  # the numbered version in the database, once loaded


@dataclass(frozen=True)
class RuleTable:
    rules: tuple[Rule, ...]
    destinations: tuple[str, ...]
    version: str
    source: str
    totes: tuple[tuple[str, str], ...] = ()  # destination → its usual tote
    number: int | None = None
    text: str = ""

    def decide(self, facts: Facts, currency: str = "EUR") -> Decision:
        for rule in self.rules:
            if rule.matches(facts):
                return Decision(
                    route=rule.route,
                    rule_id=rule.id,
                    why=_(rule.why),  # the shipped rules' words are in the catalogs
                    explanation=rule.explain(facts, currency),
                    rules_version=self.version,
                    tote=rule.tote or dict(self.totes).get(rule.route),
                    rules_number=self.number,
                )
        # parse_rules insists on a catch-all last rule, so only a hand-built table gets here.
        raise BadInput(
            _(
                "No routing rule covers grade {grade} ({category}); the rule table {source} "
                "needs a rule for it."
            ).format(grade=facts.grade, category=facts.category, source=self.source)
        )

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    @property
    def label(self) -> str:
        return f"v{self.number} ({self.version})" if self.number else self.version


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def load_rules(path: Path | None = None, grades: GradeScale | None = None) -> RuleTable:
    path = path or resource("rules.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(
            _("Rule file {path} cannot be read: {exc}").format(path=path, exc=exc)
        ) from exc
    return parse_rules(text, source=str(path), grades=grades or load_grades())


def parse_rules(text: str, *, source: str, grades: GradeScale) -> RuleTable:
    """Check the whole file and build the table; a :class:`BadInput` lists every problem."""
    parsed = parse_rule_file(text, source=source, grades=grades)
    rules = tuple(
        Rule(id=r.id, route=r.route, why=r.why, conditions=r.conditions, tote=r.tote, line=r.line)
        for r in parsed.rules
    )
    return RuleTable(
        rules=rules,
        destinations=parsed.destinations,
        version=content_hash(text),
        source=source,
        totes=parsed.totes,
        text=text,
    )
