"""What the station recommends for each unit: refund, exchange or warranty outcome.

The tables live in ``resources/outcomes.toml``: one ordered list per return type, first match
wins, the same condition fields as the routing rules (plus the causes of the ticked defects).
A refund may be reduced only for diminished value caused by handling beyond what is needed
to establish the nature, characteristics and functioning of the goods (Consumer Rights
Directive 2011/83/EU art. 14(2)); the deduction names each defect and the photos behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _, ngettext
from inspect_station.app.resources import resource
from inspect_station.rules.checklists import CAUSES, Defect
from inspect_station.rules.conditions import Condition
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.rule_file import GRADE, FieldSpec, read_conditions
from inspect_station.rules.toml_lines import Lines, Problems, parse

LEGAL_BASIS = N_(
    "diminished value from handling beyond what is needed to establish the nature, "
    "characteristics and functioning of the goods (Consumer Rights Directive art. 14(2))"
)
OUTCOMES = {
    "refund": ("full", "deduct", "refuse"),
    "exchange": ("approve", "refund"),
    "warranty": ("repair", "replace", "reject"),
}
NEEDS_REASON = {"refuse", "refund", "reject"}
FIELDS = {
    "receipt": FieldSpec("receipt", "one_of", ("received", "wrong_item", "missing", "empty_box")),
    "grade": FieldSpec("grade", "one_of", (GRADE,)),
    "cause": FieldSpec("causes", "one_of", tuple(CAUSES)),
    "min_value": FieldSpec("value", "at_least"),
    "max_value": FieldSpec("value", "below"),
    "sealed": FieldSpec("sealed", "flag"),
    "missing_items": FieldSpec("missing_items", "flag"),
}
_TOP_KEYS = {*OUTCOMES, "approval", "deadline"}
CENT = Decimal("0.01")
# The kinds of return in words of the station's language.
RETURN_TYPE_WORDS = {"refund": N_("refund"), "exchange": N_("exchange"), "warranty": N_("warranty")}


def return_type_words(return_type: str) -> str:
    """A kind of return as the station's language says it (a kind it does not know, as is)."""
    words = RETURN_TYPE_WORDS.get(return_type)
    return _(words) if words else return_type


@dataclass(frozen=True)
class OutcomeFacts:
    return_type: str
    receipt: str
    grade: str | None
    value: Decimal | None
    defects: tuple[Defect, ...] = ()
    sealed: bool = False
    missing_items: int = 0

    @property
    def causes(self) -> frozenset[str]:
        return frozenset(d.cause for d in self.defects)


@dataclass(frozen=True)
class Entry:
    outcome: str
    reason: str
    conditions: tuple[Condition, ...]

    def matches(self, facts: OutcomeFacts) -> bool:
        return all(c.holds(facts) for c in self.conditions)


@dataclass(frozen=True)
class Deduction:
    defect_id: str
    label: str
    percent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Recommendation:
    return_type: str  # refund, exchange or warranty
    outcome: str  # full, partial, refuse, approve, repair, replace, reject
    reason: str
    refund: Decimal | None = None  # money back, when the outcome is a refund
    deductions: tuple[Deduction, ...] = ()
    fallback: bool = False  # an exchange that falls back to a refund

    @property
    def deduction_percent(self) -> Decimal:
        return min(sum((d.percent for d in self.deductions), Decimal(0)), Decimal(100))

    def headline(self, currency: str = "EUR") -> str:
        """One line for the bench: "Partial refund €63.92 (−20 %)", the amount as the station's
        language writes money."""
        money = i18n.money(self.refund, currency) if self.refund is not None else ""
        words = {
            "full": _("Full refund {money}").format(money=money),
            "partial": _("Partial refund {money} (−{deduction_percent:g} %)").format(
                money=money, deduction_percent=self.deduction_percent
            ),
            "refuse": _("Refuse the refund"),
            "approve": _("Approve the exchange: send the replacement"),
            "repair": _("Warranty: repair"),
            "replace": _("Warranty: replace"),
            "reject": _("Warranty: reject the claim"),
        }[self.outcome]
        return (
            _("Exchange refused → {words}{words2}").format(words=words[0].lower(), words2=words[1:])
            if self.fallback
            else words
        )


@dataclass(frozen=True)
class Policy:
    approval_min_value: Decimal | None
    approval_when_overridden: bool
    deadline_days: int
    warn_days: int


@dataclass(frozen=True)
class OutcomeTables:
    tables: dict[str, tuple[Entry, ...]]
    policy: Policy
    source: str

    def recommend(self, facts: OutcomeFacts) -> Recommendation:
        entry = self._first(facts.return_type, facts)
        if facts.return_type == "exchange" and entry.outcome == "refund":
            refund = self._refund(facts)
            reason = f"{_(entry.reason)}; {refund.reason}" if refund.reason else _(entry.reason)
            return Recommendation(
                "exchange", refund.outcome, reason, refund.refund, refund.deductions, True
            )
        if facts.return_type == "refund":
            return self._refund(facts)
        return Recommendation(facts.return_type, entry.outcome, _(entry.reason))

    def _first(self, table: str, facts: OutcomeFacts) -> Entry:
        # Every table ends in a catch-all (checked on loading), so this always finds one.
        return next(e for e in self.tables[table] if e.matches(facts))

    def _refund(self, facts: OutcomeFacts) -> Recommendation:
        entry = self._first("refund", facts)
        price = facts.value if facts.value is not None else Decimal(0)
        if entry.outcome == "refuse":
            return Recommendation("refund", "refuse", _(entry.reason), Decimal(0))
        deductions = tuple(
            Deduction(d.id, d.label, d.deduct, (price * d.deduct / 100).quantize(CENT))
            for d in facts.defects
            if entry.outcome == "deduct" and d.cause == "handling" and d.deduct > 0
        )
        percent = min(sum((d.percent for d in deductions), Decimal(0)), Decimal(100))
        refund = (price * (100 - percent) / 100).quantize(CENT, ROUND_HALF_UP)
        if not deductions:
            return Recommendation("refund", "full", _(entry.reason), refund)
        named = "; ".join(f"{d.label} −{d.percent:g} %" for d in deductions)
        reason = _("Deduction for {legal_basis}: {named}").format(
            legal_basis=_(LEGAL_BASIS), named=named
        )
        return Recommendation("refund", "partial", reason, refund, deductions)

    def due_on(self, notice: date | None) -> date | None:
        """The refund deadline: the withdrawal notice plus the configured days."""
        return notice + timedelta(days=self.policy.deadline_days) if notice else None


def deadline_words(due: date, today: date, warn_days: int) -> tuple[str, bool]:
    """("Refund due 9 Dec (in 2 days)", close) — close when within ``warn_days`` or past."""
    days = (due - today).days
    when = i18n.short_day(due)
    if days < 0:
        late = ngettext(
            "Refund overdue since {when} ({days} day)",
            "Refund overdue since {when} ({days} days)",
            -days,
        )
        return late.format(when=when, days=-days), True
    if days == 0:
        return _("Refund due today ({when})").format(when=when), True
    soon = ngettext("Refund due {when} (in {days} day)", "Refund due {when} (in {days} days)", days)
    return soon.format(when=when, days=days), days <= warn_days


def load_outcomes(grades: GradeScale, path: Path | None = None) -> OutcomeTables:
    path = path or resource("outcomes.toml")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(
            _("Outcome tables {path} cannot be read: {exc}").format(path=path, exc=exc)
        ) from exc
    return parse_outcomes(text, source=str(path), grades=grades)


def parse_outcomes(text: str, *, source: str, grades: GradeScale) -> OutcomeTables:
    raw = parse(text, _("Outcome tables {source}").format(source=source))
    lines = Lines(text)
    problems = Problems(source)
    for key in sorted(set(raw) - _TOP_KEYS):
        problems.add(lines.top_key(key), _("unknown field '{key}'").format(key=key))
    tables = {name: _table(name, raw.get(name), grades, lines, problems) for name in OUTCOMES}
    policy = _policy(raw.get("approval", {}), raw.get("deadline", {}), lines, problems)
    problems.raise_if_any(_("Outcome tables"))
    return OutcomeTables(tables=tables, policy=policy, source=source)


def _table(
    name: str, entries: Any, grades: GradeScale, lines: Lines, problems: Problems
) -> tuple[Entry, ...]:
    if not isinstance(entries, list) or not entries:
        problems.add(0, _("no [[{name}]] entries").format(name=name))
        return ()
    parsed = []
    for n, entry in enumerate(entries):

        def at(key: str, n: int = n) -> int:
            return lines.key(name, n, key)

        if not isinstance(entry, dict):
            problems.add(
                lines.entry(name, n), _("a [[{name}]] entry must be a table").format(name=name)
            )
            continue
        for key in sorted(set(entry) - set(FIELDS) - {"outcome", "reason"}):
            problems.add(at(key), _("[[{name}]]: unknown field '{key}'").format(name=name, key=key))
        outcome = entry.get("outcome")
        if outcome not in OUTCOMES[name]:
            problems.add(
                at("outcome"),
                _("[[{name}]]: outcome must be one of {outcomes}").format(
                    name=name, outcomes=OUTCOMES[name]
                ),
            )
        reason = entry.get("reason", "")
        if not isinstance(reason, str) or (outcome in NEEDS_REASON and not reason.strip()):
            problems.add(
                at("reason"),
                _("[[{name}]]: outcome '{outcome}' needs a 'reason'").format(
                    name=name, outcome=outcome
                ),
            )
        conditions = read_conditions(entry, FIELDS, grades, at, problems)
        parsed.append(Entry(str(outcome), str(reason), tuple(conditions.values())))
    if parsed and parsed[-1].conditions:
        problems.add(
            lines.entry(name, len(entries) - 1),
            _(
                "the last [[{name}]] entry must have no conditions, so every unit gets an outcome"
            ).format(name=name),
        )
    return tuple(parsed)


def _policy(approval: Any, deadline: Any, lines: Lines, problems: Problems) -> Policy:
    if not isinstance(approval, dict) or not isinstance(deadline, dict):
        problems.add(0, _("[approval] and [deadline] must be tables"))
        return Policy(None, True, 14, 3)
    for key in sorted(set(approval) - {"min_value", "overridden_grade"}):
        problems.add(lines.top_key(key), _("[approval]: unknown field '{key}'").format(key=key))
    for key in sorted(set(deadline) - {"days", "warn_days"}):
        problems.add(lines.top_key(key), _("[deadline]: unknown field '{key}'").format(key=key))
    min_value = approval.get("min_value")
    if min_value is not None and (
        isinstance(min_value, bool) or not isinstance(min_value, int | float) or min_value < 0
    ):
        problems.add(lines.top_key("min_value"), _("[approval] min_value must be a price ≥ 0"))
        min_value = None
    overridden = approval.get("overridden_grade", True)
    if not isinstance(overridden, bool):
        problems.add(lines.top_key("overridden_grade"), _("overridden_grade must be true or false"))
    days, warn = deadline.get("days", 14), deadline.get("warn_days", 3)
    for key, value in (("days", days), ("warn_days", warn)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 365:
            problems.add(
                lines.top_key(key),
                _("[deadline] {key} must be a whole number 0–365").format(key=key),
            )
    return Policy(
        approval_min_value=None if min_value is None else Decimal(str(min_value)),
        approval_when_overridden=bool(overridden),
        deadline_days=int(days) if isinstance(days, int) else 14,
        warn_days=int(warn) if isinstance(warn, int) else 3,
    )
