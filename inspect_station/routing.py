"""Readable routing rules: the first rule whose conditions all hold decides the destination.

The rule table lives in a TOML file (``resources/rules.toml`` by default). Every decision says
which rule fired and, in plain words, why: "grade B, apparel, value ≥ €20 → resale".
"""

from __future__ import annotations

import hashlib
import tomllib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from inspect_station.errors import BadInput
from inspect_station.resources import resource

_CONDITIONS = {"grade", "category", "return_type", "min_value", "max_value", "unexpected"}
_RULE_KEYS = _CONDITIONS | {"id", "route", "why", "tote"}
CURRENCY_SIGNS = {"EUR": "€", "GBP": "£", "USD": "$"}


@dataclass(frozen=True)
class Facts:
    """What the rules may look at for one unit."""

    grade: str
    category: str | None = None
    value: Decimal | None = None
    return_type: str | None = None
    unexpected: bool = False


@dataclass(frozen=True)
class Rule:
    id: str
    route: str
    why: str
    grade: frozenset[str] | None = None
    category: frozenset[str] | None = None
    return_type: frozenset[str] | None = None
    min_value: Decimal | None = None
    max_value: Decimal | None = None
    unexpected: bool | None = None
    tote: str | None = None

    def matches(self, facts: Facts) -> bool:
        checks = (
            self.grade is None or facts.grade in self.grade,
            self.category is None or facts.category in self.category,
            self.return_type is None or facts.return_type in self.return_type,
            self.min_value is None or (facts.value is not None and facts.value >= self.min_value),
            self.max_value is None or (facts.value is not None and facts.value < self.max_value),
            self.unexpected is None or facts.unexpected == self.unexpected,
        )
        return all(checks)

    def explain(self, facts: Facts, currency: str = "EUR") -> str:
        """The facts this rule looked at, in words, then the destination."""
        sign = CURRENCY_SIGNS.get(currency, currency + " ")
        parts = [f"grade {facts.grade}"] if self.grade is not None else []
        if self.category is not None:
            parts.append(str(facts.category))
        if self.return_type is not None:
            parts.append(str(facts.return_type))
        if self.min_value is not None:
            parts.append(f"value ≥ {sign}{self.min_value:g}")
        if self.max_value is not None:
            parts.append(f"value < {sign}{self.max_value:g}")
        if self.unexpected is not None:
            parts.append("unexpected return" if self.unexpected else "expected return")
        if not parts:
            parts.append("no other rule applied")
        return f"{', '.join(parts)} → {self.route}"


@dataclass(frozen=True)
class Decision:
    route: str
    rule_id: str
    why: str  # the rule's short reason, for the label
    explanation: str  # the facts and the destination, for the screen
    rules_version: str
    tote: str | None = None


@dataclass(frozen=True)
class RuleTable:
    rules: tuple[Rule, ...]
    destinations: tuple[str, ...]
    version: str
    source: str

    def decide(self, facts: Facts, currency: str = "EUR") -> Decision:
        for rule in self.rules:
            if rule.matches(facts):
                return Decision(
                    route=rule.route,
                    rule_id=rule.id,
                    why=rule.why,
                    explanation=rule.explain(facts, currency),
                    rules_version=self.version,
                    tote=rule.tote,
                )
        raise BadInput(
            f"No routing rule covers grade {facts.grade} ({facts.category}); "
            f"the rule table {self.source} needs a rule for it."
        )


def load_rules(path: Path | None = None) -> RuleTable:
    path = path or resource("rules.toml")
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"Rule file {path} cannot be read: {exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(f"Rule file {path} is not valid TOML: {exc}") from exc
    return parse_rules(
        raw, source=str(path), version=hashlib.sha256(text.encode()).hexdigest()[:12]
    )


def parse_rules(raw: dict[str, Any], *, source: str, version: str) -> RuleTable:
    destinations = tuple(raw.get("destinations", ()))
    if not destinations or not all(isinstance(d, str) and d for d in destinations):
        raise BadInput(f"Rule file {source}: 'destinations' must list at least one destination.")
    entries = raw.get("rule", [])
    if not entries:
        raise BadInput(f"Rule file {source} has no [[rule]] entries.")
    rules = tuple(_parse_rule(entry, n, source, destinations) for n, entry in enumerate(entries, 1))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids):
        raise BadInput(f"Rule file {source}: rule ids must be unique.")
    return RuleTable(rules=rules, destinations=destinations, version=version, source=source)


def _parse_rule(entry: dict[str, Any], n: int, source: str, destinations: tuple[str, ...]) -> Rule:
    where = f"Rule file {source}, rule {n} ({entry.get('id', 'no id')})"
    unknown = set(entry) - _RULE_KEYS
    if unknown:
        raise BadInput(f"{where}: unknown key(s) {', '.join(sorted(unknown))}.")
    for key in ("id", "route", "why"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise BadInput(f"{where}: '{key}' is required text.")
    if entry["route"] not in destinations:
        raise BadInput(f"{where}: route '{entry['route']}' is not one of {list(destinations)}.")

    def text_set(key: str) -> frozenset[str] | None:
        value = entry.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise BadInput(f"{where}: '{key}' must be a list of text.")
        return frozenset(value)

    def money(key: str) -> Decimal | None:
        value = entry.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadInput(f"{where}: '{key}' must be a number.")
        return Decimal(str(value))

    unexpected = entry.get("unexpected")
    if unexpected is not None and not isinstance(unexpected, bool):
        raise BadInput(f"{where}: 'unexpected' must be true or false.")
    return Rule(
        id=entry["id"],
        route=entry["route"],
        why=entry["why"],
        grade=text_set("grade"),
        category=text_set("category"),
        return_type=text_set("return_type"),
        min_value=money("min_value"),
        max_value=money("max_value"),
        unexpected=unexpected,
        tote=entry.get("tote"),
    )
