"""One condition of a routing or outcome rule: what it tests, in words, and what it implies.

A condition reads one attribute of the facts (``grade``, ``value``, ``recall`` …) and is one
of four kinds: the value is one of a list (SKUs may use ``*`` and ``?``), at least a number,
below a number, or a yes/no flag. :meth:`Condition.covers` is what finds rules that can never
fire: an earlier rule whose every condition is implied by a later rule's catches all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fnmatch import fnmatchcase
from typing import Any, Literal

from inspect_station.app import i18n
from inspect_station.app.i18n import N_, _

Kind = Literal["one_of", "at_least", "below", "flag"]

RECEIPT_WORDS = {
    "received": N_("received"),
    "wrong_item": N_("wrong item"),
    "missing": N_("missing"),
    "empty_box": N_("empty box"),
}
_FLAG_WORDS = {
    "missing_items": (N_("items missing from the parcel"), N_("parcel complete")),
    "recall": (N_("recalled"), N_("not recalled")),
    "hazmat": (N_("dangerous goods"), N_("not dangerous goods")),
    "return_to_vendor": (N_("vendor takes it back"), N_("vendor does not take it back")),
    "unexpected": (N_("unexpected return"), N_("expected return")),
    "sealed": (N_("factory sealed"), N_("not sealed")),
}
_PATTERN_CHARS = frozenset("*?[")


def normalise(attr: str, value: str) -> str:
    """Categories, return types and stated reasons compare without regard to case."""
    return value if attr in ("grade", "sku") else value.casefold()


@dataclass(frozen=True)
class Condition:
    key: str  # the field as written in the file, e.g. "min_value"
    attr: str  # the attribute of the facts it reads, e.g. "value"
    kind: Kind
    values: frozenset[str] = frozenset()  # one_of: already normalised
    limit: Decimal | None = None  # at_least, below
    flag: bool = True  # flag

    def holds(self, facts: Any) -> bool:
        value = getattr(facts, self.attr)
        if self.kind == "flag":
            return bool(value) == self.flag
        if value is None:
            return False
        if self.kind == "one_of":
            if isinstance(value, frozenset):  # a set of facts (the causes of ticked defects)
                return any(self.accepts_text(normalise(self.attr, v)) for v in value)
            return self.accepts_text(normalise(self.attr, value) if isinstance(value, str) else "")
        assert self.limit is not None
        return bool(value >= self.limit) if self.kind == "at_least" else bool(value < self.limit)

    def accepts_text(self, text: str) -> bool:
        if text in self.values:
            return True
        return any(_is_pattern(p) and fnmatchcase(text, p) for p in self.values)

    def covers(self, other: Condition) -> bool:
        """True when every facts ``other`` accepts are accepted by this condition too."""
        if other.attr != self.attr or other.kind != self.kind:
            return False
        if self.kind == "flag":
            return other.flag == self.flag
        if self.kind == "one_of":
            # A pattern is only known to be covered by itself or by "*".
            return all(
                v in self.values or "*" in self.values if _is_pattern(v) else self.accepts_text(v)
                for v in other.values
            )
        assert self.limit is not None
        assert other.limit is not None
        if self.kind == "at_least":
            return other.limit >= self.limit
        return other.limit <= self.limit

    def words(self, facts: Any, currency: str) -> str:
        """This condition as it held for these facts: "grade B", "value ≥ €20"."""
        value = getattr(facts, self.attr)
        if self.kind == "one_of":
            if self.attr == "grade":
                return _("grade {grade}").format(grade=value)
            if self.attr == "sku":
                return f"SKU {value}"
            if self.attr == "reason":
                return _("reason “{value}”").format(value=value)
            if self.attr == "receipt":
                return _(RECEIPT_WORDS.get(str(value), str(value)))
            return str(value)
        return self._limit_or_flag_words(currency)

    def rule_words(self, currency: str) -> str:
        """The condition itself: "grade A or B", "SKU EL-*", "value < €25"."""
        if self.kind != "one_of":
            return self._limit_or_flag_words(currency)
        values = sorted(self.values)
        if self.attr == "receipt":
            values = [_(RECEIPT_WORDS.get(v, v)) for v in values]
        elif self.attr == "reason":
            values = [f"“{v}”" for v in values]
        listed = (
            values[0]
            if len(values) == 1
            else _("{values} or {last}").format(values=", ".join(values[:-1]), last=values[-1])
        )
        if self.attr == "receipt":
            return listed
        labels = {
            "grade": _("grade"),
            "category": _("category"),
            "reason": _("reason"),
            "return_type": _("return type"),
            "sku": "SKU",
        }
        return f"{labels.get(self.attr, self.attr)} {listed}"

    def _limit_or_flag_words(self, currency: str) -> str:
        if self.kind == "flag":
            words = _FLAG_WORDS.get(self.attr)
            if words is None:
                return self.attr if self.flag else _("not {attr}").format(attr=self.attr)
            return _(words[0]) if self.flag else _(words[1])
        op = "≥" if self.kind == "at_least" else "<"
        if self.attr == "value":
            amount = i18n.money(Decimal(str(self.limit)), currency, whole=True)
            return _("value {op} {amount}").format(op=op, amount=amount)
        if self.attr == "days_since_delivery":
            return _("{op} {limit:g} days since delivery").format(op=op, limit=self.limit)
        return f"{self.attr} {op} {self.limit:g}"


def contradicts(conditions: tuple[Condition, ...]) -> str | None:
    """Why no facts can satisfy all of these at once, or None."""
    lows = {c.attr: c.limit for c in conditions if c.kind == "at_least"}
    for c in conditions:
        low = lows.get(c.attr)
        if c.kind == "below" and low is not None and c.limit is not None and low >= c.limit:
            return _("{attr} cannot be ≥ {low:g} and < {limit:g} at once").format(
                attr=c.attr, low=low, limit=c.limit
            )
    return None


def implies(conditions: tuple[Condition, ...], condition: Condition) -> bool:
    """Every facts that satisfy all of ``conditions`` satisfy ``condition``."""
    return any(condition.covers(c) for c in conditions)


def _is_pattern(value: str) -> bool:
    return not _PATTERN_CHARS.isdisjoint(value)
