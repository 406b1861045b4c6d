"""What the station recommends for each unit: refund, exchange or warranty outcome.

The tables live in ``resources/outcomes.toml``: one ordered list per return type, first match
wins, the same condition fields as the routing rules (plus the causes of the ticked defects).
A refund may be reduced only for diminished value caused by handling beyond what is needed
to establish the nature, characteristics and functioning of the goods (Consumer Rights
Directive 2011/83/EU art. 14(2)); the deduction names each defect and the photos behind it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
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
from inspect_station.rules.withdrawal import (
    REFUND_DAYS,
    Deadline,
    Withdrawal,
    Withholding,
    zone_of,
)

LEGAL_BASIS = N_(
    "diminished value from handling beyond what is needed to establish the nature, "
    "characteristics and functioning of the goods (Consumer Rights Directive art. 14(2))"
)
NOT_INFORMED = N_(
    "No deduction: the consumer was not informed of the right of withdrawal, so is not liable "
    "for any diminished value (Consumer Rights Directive art. 14(2))"
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
    "route": FieldSpec("route", "one_of"),  # where the routing rules sent the unit
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
    informed: bool | None = None  # was the consumer informed of the right of withdrawal?
    delivery: Decimal | None = None  # the delivery cost owed, for the unit that carries it
    route: str | None = None  # the routing decision, so the outcome can follow a hold

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
    handling: str = ""  # what was done beyond testing the goods (the grading set's words)


@dataclass(frozen=True)
class Recommendation:
    return_type: str  # refund, exchange or warranty
    outcome: str  # full, partial, refuse, approve, repair, replace, reject
    reason: str
    refund: Decimal | None = None  # money back, when the outcome is a refund
    deductions: tuple[Deduction, ...] = ()
    fallback: bool = False  # an exchange that falls back to a refund
    delivery: Decimal | None = None  # the delivery cost refunded with it (art. 13(2))
    refused: tuple[Deduction, ...] = ()  # deductions the law does not allow (not informed)

    @property
    def deduction_percent(self) -> Decimal:
        return min(sum((d.percent for d in self.deductions), Decimal(0)), Decimal(100))

    def headline(self, currency: str = "EUR") -> str:
        """One line for the bench: "Partial refund €63.92 (−20 %) + delivery €4.95", the
        amounts as the station's language writes money."""
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
        if self.delivery:
            words += _(" + delivery {money}").format(money=i18n.money(self.delivery, currency))
        return (
            _("Exchange refused → {words}{words2}").format(words=words[0].lower(), words2=words[1:])
            if self.fallback
            else words
        )


@dataclass(frozen=True)
class Policy:
    approval_min_value: Decimal | None
    approval_when_overridden: bool
    deadline_days: int  # 1–14: a shop may promise to refund sooner than the law asks
    warn_hours: int  # the queue warns this long before the refund is due
    approval_routes: tuple[str, ...] = ()  # units routed here wait for a supervisor


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
            Deduction(d.id, d.label, d.deduct, (price * d.deduct / 100).quantize(CENT), d.handling)
            for d in facts.defects
            if entry.outcome == "deduct" and d.cause == "handling" and d.deduct > 0
        )
        owed = facts.delivery
        if deductions and facts.informed is False:
            return Recommendation(
                "refund",
                "full",
                _(NOT_INFORMED),
                price.quantize(CENT),
                (),
                delivery=owed,
                refused=deductions,
            )
        percent = min(sum((d.percent for d in deductions), Decimal(0)), Decimal(100))
        refund = (price * (100 - percent) / 100).quantize(CENT, ROUND_HALF_UP)
        if not deductions:
            return Recommendation("refund", "full", _(entry.reason), refund, delivery=owed)
        named = "; ".join(f"{d.label} −{d.percent:g} %" for d in deductions)
        reason = _("Deduction for {legal_basis}: {named}").format(
            legal_basis=_(LEGAL_BASIS), named=named
        )
        return Recommendation("refund", "partial", reason, refund, deductions, delivery=owed)

    def deadline(self, facts: Withdrawal) -> Deadline | None:
        """The refund deadline: the end of the notice's day plus the configured days (at most
        14), in the notice's own zone (a notice known by its day only: this computer's)."""
        return facts.deadline(self.policy.deadline_days)


def deadline_words(deadline: Deadline, now: datetime, warn_hours: int) -> tuple[str, bool]:
    """("Refund due by 09 Dec 23:59 Europe/Berlin (in 2 days)", close) — close within
    ``warn_hours`` of the end, or past it."""
    end = deadline.last_moment
    when = f"{i18n.day_time(end)} {deadline.zone}"
    left = deadline.ends_at - now
    close = deadline.warns(now, warn_hours)
    if deadline.overdue(now):
        return _("Refund overdue since {when} ({span})").format(when=when, span=_span(-left)), True
    return _("Refund due by {when} (in {span})").format(when=when, span=_span(left)), close


WITHHELD_BECAUSE = {"sent": N_("proof of sending"), "received": N_("goods received")}


def withholding_words(withheld: Withholding | None, zone: str | None = None) -> str:
    """ "may be withheld until 03 Jun 09:15 (proof of sending)"; while neither the goods nor a
    proof of sending are in, "may be withheld until the goods or a proof of sending arrive"."""
    if withheld is None:
        return _("may be withheld until the goods or a proof of sending arrive")
    local = withheld.until.astimezone(zone_of(zone) if zone else None)
    why = _(WITHHELD_BECAUSE[withheld.because])
    return _("may be withheld until {when} ({why})").format(when=i18n.day_time(local), why=why)


def _span(delta: timedelta) -> str:
    hours = int(delta.total_seconds() // 3600)
    if hours < 48:
        return _("{hours} h").format(hours=hours)
    days = hours // 24
    return ngettext("{days} day", "{days} days", days).format(days=days)


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
        return Policy(None, True, REFUND_DAYS, 48)
    for key in sorted(set(approval) - {"min_value", "overridden_grade", "routes"}):
        problems.add(lines.top_key(key), _("[approval]: unknown field '{key}'").format(key=key))
    for key in sorted(set(deadline) - {"days", "warn_hours"}):
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
    routes = approval.get("routes", [])
    if not isinstance(routes, list) or not all(isinstance(r, str) and r for r in routes):
        problems.add(lines.top_key("routes"), _("[approval] routes must be a list of routes"))
        routes = []
    days, warn = deadline.get("days", REFUND_DAYS), deadline.get("warn_hours", 48)
    for key, value, most in (("days", days, REFUND_DAYS), ("warn_hours", warn, 24 * 14)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= most:
            message = (
                _(
                    "[deadline] {key} must be a whole number 1–{most} (Consumer Rights Directive "
                    "art. 13(1))"
                )
                if key == "days"
                else _("[deadline] {key} must be a whole number 1–{most}")
            )
            problems.add(lines.top_key(key), message.format(key=key, most=most))
    return Policy(
        approval_min_value=None if min_value is None else Decimal(str(min_value)),
        approval_when_overridden=bool(overridden),
        deadline_days=int(days) if isinstance(days, int) else REFUND_DAYS,
        warn_hours=int(warn) if isinstance(warn, int) else 48,
        approval_routes=tuple(routes),
    )
