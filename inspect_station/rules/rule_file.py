"""Reading a rule file: fields, values, ``extends``, reachability — every problem with its line.

The routing rules (``[[rule]]``) and the outcome tables (``[[refund]]`` …) share the condition
fields read here. Checking happens on the whole file before anything uses it, so a file with a
problem is refused as a whole and the station keeps what it had.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from db.models.returns import RETURN_TYPES
from inspect_station.app.i18n import _
from inspect_station.rules.conditions import Condition, Kind, contradicts, implies, normalise
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.toml_lines import Lines, Problems, parse

MAX_WHY = 80  # the label prints it on one or two lines
MAX_ID = 40
MAX_TOTE = 20
_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class FieldSpec:
    attr: str
    kind: Kind
    choices: tuple[str, ...] | None = None  # the values a list may hold, when fixed
    integer: bool = False  # whole numbers only (days)


GRADE = "grade"  # marker: the choices are the grading scale's codes
ROUTING_FIELDS: Mapping[str, FieldSpec] = {
    "grade": FieldSpec("grade", "one_of", (GRADE,)),
    "category": FieldSpec("category", "one_of"),
    "sku": FieldSpec("sku", "one_of"),
    "return_type": FieldSpec("return_type", "one_of", RETURN_TYPES),
    "reason": FieldSpec("reason", "one_of"),
    "receipt": FieldSpec("receipt", "one_of", ("received", "wrong_item")),
    "min_value": FieldSpec("value", "at_least"),
    "max_value": FieldSpec("value", "below"),
    "min_days": FieldSpec("days_since_delivery", "at_least", integer=True),
    "max_days": FieldSpec("days_since_delivery", "below", integer=True),
    "missing_items": FieldSpec("missing_items", "flag"),
    "recall": FieldSpec("recall", "flag"),
    "hazmat": FieldSpec("hazmat", "flag"),
    "return_to_vendor": FieldSpec("return_to_vendor", "flag"),
    "unexpected": FieldSpec("unexpected", "flag"),
}
_RULE_KEYS = {"id", "route", "why", "tote", "extends"}
_TOP_KEYS = {"destinations", "totes", "rule"}


@dataclass(frozen=True)
class ParsedRule:
    id: str
    route: str
    why: str
    conditions: tuple[Condition, ...]
    tote: str | None
    line: int


@dataclass(frozen=True)
class ParsedRules:
    destinations: tuple[str, ...]
    totes: tuple[tuple[str, str], ...]
    rules: tuple[ParsedRule, ...]


def read_conditions(
    entry: Mapping[str, Any],
    fields: Mapping[str, FieldSpec],
    grades: GradeScale,
    at: Callable[[str], int],
    problems: Problems,
) -> dict[str, Condition]:
    """The conditions an entry states, keyed by field; bad values go to ``problems``."""
    found: dict[str, Condition] = {}
    for key, spec in fields.items():
        if key not in entry:
            continue
        value = entry[key]
        line = at(key)
        if spec.kind == "flag":
            if not isinstance(value, bool):
                problems.add(
                    line,
                    _("'{key}' must be true or false, not {value!r}").format(key=key, value=value),
                )
                continue
            found[key] = Condition(key, spec.attr, "flag", flag=value)
        elif spec.kind == "one_of":
            values = _text_list(key, value, spec, grades, line, problems)
            if values is not None:
                found[key] = Condition(key, spec.attr, "one_of", values=values)
        else:
            limit = _limit(key, value, spec, line, problems)
            if limit is not None:
                found[key] = Condition(key, spec.attr, spec.kind, limit=limit)
    return found


def _text_list(
    key: str, value: Any, spec: FieldSpec, grades: GradeScale, line: int, problems: Problems
) -> frozenset[str] | None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) for v in value):
        problems.add(
            line, _("'{key}' must be a list of text with at least one entry").format(key=key)
        )
        return None
    if spec.choices is not None:
        choices = grades.codes if spec.choices == (GRADE,) else spec.choices
        wrong = [v for v in value if v not in choices]
        if wrong:
            what = (
                _("grading scale")
                if spec.choices == (GRADE,)
                else _("'{key}' values").format(key=key)
            )
            problems.add(
                line,
                _("{items} is not in the {what} ({items2})").format(
                    items=", ".join(map(repr, wrong)), what=what, items2=", ".join(choices)
                ),
            )
            return None
    return frozenset(normalise(spec.attr, v) for v in value)


def _limit(key: str, value: Any, spec: FieldSpec, line: int, problems: Problems) -> Decimal | None:
    number_ok = isinstance(value, int) if spec.integer else isinstance(value, int | float)
    if isinstance(value, bool) or not number_ok:
        kind = _("a whole number") if spec.integer else _("a number")
        problems.add(
            line, _("'{key}' must be {kind}, not {value!r}").format(key=key, kind=kind, value=value)
        )
        return None
    if value < 0:
        what = "price" if spec.attr == "value" else _("number of days")
        problems.add(
            line,
            _("'{key}' is a negative {what} ({value})").format(key=key, what=what, value=value),
        )
        return None
    return Decimal(str(value))


def parse_rule_file(text: str, *, source: str, grades: GradeScale) -> ParsedRules:
    raw = parse(text, _("Rule file {source}").format(source=source))
    lines = Lines(text)
    problems = Problems(source)
    for key in sorted(set(raw) - _TOP_KEYS):
        problems.add(lines.top_key(key), _("unknown field '{key}'").format(key=key))
    destinations = _destinations(raw.get("destinations"), lines, problems)
    totes = _totes(raw.get("totes", {}), destinations, lines, problems)
    entries = raw.get("rule", [])
    if not isinstance(entries, list) or not entries:
        problems.add(0, _("no [[rule]] entries"))
        entries = []
    own: list[tuple[dict[str, Any], dict[str, Condition], int]] = []
    for n, entry in enumerate(entries):
        own.append((entry, _rule_fields(entry, n, destinations, grades, lines, problems), n))
    problems.raise_if_any(_("Rule file"))
    rules = _resolve_extends(own, lines, problems)
    problems.raise_if_any(_("Rule file"))
    _check_reachable(rules, problems)
    problems.raise_if_any(_("Rule file"))
    return ParsedRules(destinations=destinations, totes=totes, rules=tuple(rules))


def _destinations(value: Any, lines: Lines, problems: Problems) -> tuple[str, ...]:
    line = lines.top_key("destinations")
    if not isinstance(value, list) or not value or not all(isinstance(d, str) for d in value):
        problems.add(line, _("'destinations' must list at least one destination"))
        return ()
    bad = [d for d in value if not _NAME.match(d)]
    if bad:
        problems.add(
            line, _("destination names are lower-case words with dashes, not {bad}").format(bad=bad)
        )
    if len(set(value)) != len(value):
        problems.add(line, _("a destination is listed twice"))
    return tuple(value)


def _totes(
    value: Any, destinations: tuple[str, ...], lines: Lines, problems: Problems
) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        problems.add(lines.top_key("totes"), _("[totes] must map destinations to tote names"))
        return ()
    for destination, tote in value.items():
        line = lines.top_key(destination)
        if destination not in destinations:
            problems.add(
                line,
                _("tote for '{destination}', which is not a destination").format(
                    destination=destination
                ),
            )
        if not isinstance(tote, str) or not 0 < len(tote) <= MAX_TOTE:
            problems.add(
                line, _("tote names are 1–{max_tote} characters of text").format(max_tote=MAX_TOTE)
            )
    return tuple((str(d), str(t)) for d, t in value.items())


def _rule_fields(
    entry: Any,
    n: int,
    destinations: tuple[str, ...],
    grades: GradeScale,
    lines: Lines,
    problems: Problems,
) -> dict[str, Condition]:
    if not isinstance(entry, dict):
        problems.add(lines.entry("rule", n), _("a rule must be a table"))
        return {}

    def at(key: str) -> int:
        return lines.key("rule", n, key)

    name = entry.get("id", f"number {n + 1}")
    for key in sorted(set(entry) - _RULE_KEYS - set(ROUTING_FIELDS)):
        known = ", ".join(sorted(ROUTING_FIELDS))
        problems.add(
            at(key),
            _("rule {name}: unknown field '{key}' (conditions are: {known})").format(
                name=name, key=key, known=known
            ),
        )
    for key, limit in (("id", MAX_ID), ("route", MAX_ID), ("why", MAX_WHY)):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            problems.add(
                at(key), _("rule {name}: '{key}' is required text").format(name=name, key=key)
            )
        elif len(value) > limit:
            problems.add(
                at(key),
                _("rule {name}: '{key}' is longer than {limit} characters").format(
                    name=name, key=key, limit=limit
                ),
            )
    route = entry.get("route")
    if isinstance(route, str) and route and destinations and route not in destinations:
        problems.add(
            at("route"),
            _("rule {name}: route '{route}' is not one of {destinations}").format(
                name=name, route=route, destinations=list(destinations)
            ),
        )
    tote = entry.get("tote")
    if tote is not None and (not isinstance(tote, str) or not 0 < len(tote) <= MAX_TOTE):
        problems.add(
            at("tote"),
            _("rule {name}: 'tote' must be 1–{max_tote} characters of text").format(
                name=name, max_tote=MAX_TOTE
            ),
        )
    if "extends" in entry and not isinstance(entry["extends"], str):
        problems.add(
            at("extends"), _("rule {name}: 'extends' names another rule's id").format(name=name)
        )
    return read_conditions(entry, ROUTING_FIELDS, grades, at, problems)


def _resolve_extends(
    own: list[tuple[dict[str, Any], dict[str, Condition], int]],
    lines: Lines,
    problems: Problems,
) -> list[ParsedRule]:
    by_id: dict[str, tuple[dict[str, Any], dict[str, Condition], int]] = {}
    for item in own:
        rule_id = item[0]["id"]
        if rule_id in by_id:
            problems.add(
                lines.key("rule", item[2], "id"),
                _("rule id '{rule_id}' is used twice").format(rule_id=rule_id),
            )
        by_id[rule_id] = item

    def merged(rule_id: str, chain: tuple[str, ...]) -> dict[str, Condition] | None:
        entry, conditions, n = by_id[rule_id]
        parent = entry.get("extends")
        if parent is None:
            return conditions
        line = lines.key("rule", n, "extends")
        if parent not in by_id:
            problems.add(
                line,
                _("rule {rule_id} extends '{parent}', which is not a rule").format(
                    rule_id=rule_id, parent=parent
                ),
            )
            return None
        if parent in chain:
            loop = " → ".join((*chain, parent))
            problems.add(
                line,
                _("rule {rule_id}: circular 'extends' ({loop})").format(rule_id=rule_id, loop=loop),
            )
            return None
        inherited = merged(parent, (*chain, parent))
        return None if inherited is None else {**inherited, **conditions}

    rules = []
    for entry, _conditions, n in own:
        conditions = merged(entry["id"], (entry["id"],))
        if conditions is None:
            continue
        rules.append(
            ParsedRule(
                id=entry["id"],
                route=entry["route"],
                why=entry["why"],
                conditions=tuple(conditions[k] for k in ROUTING_FIELDS if k in conditions),
                tote=entry.get("tote"),
                line=lines.entry("rule", n),
            )
        )
    return rules


def _check_reachable(rules: list[ParsedRule], problems: Problems) -> None:
    """A rule no unit can reach is a mistake; so is a table some unit falls through."""
    for later, rule in enumerate(rules):
        impossible = contradicts(rule.conditions)
        if impossible:
            problems.add(
                rule.line,
                _("rule {id} can never fire: {impossible}").format(
                    id=rule.id, impossible=impossible
                ),
            )
            continue
        for earlier in rules[:later]:
            if all(implies(rule.conditions, c) for c in earlier.conditions):
                problems.add(
                    rule.line,
                    _(
                        "rule {id} can never fire: rule {id2} (line {line}) above it catches "
                        "every unit it would"
                    ).format(id=rule.id, id2=earlier.id, line=earlier.line),
                )
                break
    if rules and rules[-1].conditions:
        problems.add(
            rules[-1].line,
            _(
                "the last rule ({id}) must have no conditions, so that every unit reaches a "
                "destination"
            ).format(id=rules[-1].id),
        )
