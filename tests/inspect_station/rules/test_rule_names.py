"""Every shipped routing rule says what it matches: its id and its why name no category, flag or
kind of grade that its conditions do not hold, and one that names a category names all of them.

A rule called "opened-apparel" that also routed footwear told a supervisor the wrong thing.
"""

from __future__ import annotations

import re

import pytest

from inspect_station.rules.checklists import load_grading_sets
from inspect_station.rules.grades import load_grades
from inspect_station.rules.routing import Rule, load_rules

RULES = load_rules()
CATEGORIES = sorted({c for gset in load_grading_sets(load_grades()).sets for c in gset.categories})
# Words in an id or a why, and the condition each one claims: (attribute, value).
FLAG_WORDS = {
    "recall": ("recall", True),
    "hazmat": ("hazmat", True),
    "dangerous": ("hazmat", True),
    "vendor credit": ("return_to_vendor", True),
    "unexpected": ("unexpected", True),
    "missing": ("missing_items", True),
    "not what was ordered": ("receipt", "wrong_item"),
    "wrong": ("receipt", "wrong_item"),
}
GRADE_WORDS = {"as new": "A", "like-new": "A", "opened": "B", "worn": "C", "damaged": "D"}
OTHER_CATEGORY_WORDS = {"cosmetics": "beauty"}


def _text(rule: Rule) -> str:
    return f"{rule.id} {rule.why}".lower()


def _named_categories(rule: Rule) -> set[str]:
    text = _text(rule)
    named = {c for c in CATEGORIES if re.search(rf"\b{re.escape(c)}\b", text)}
    return named | {c for word, c in OTHER_CATEGORY_WORDS.items() if word in text}


def _held(rule: Rule, attr: str) -> set[object]:
    values: set[object] = set()
    for condition in rule.conditions:
        if condition.attr != attr:
            continue
        values |= {condition.flag} if condition.kind == "flag" else set(condition.values)
    return values


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_the_categories_a_rule_names_are_the_ones_it_matches(rule: Rule) -> None:
    named = _named_categories(rule)
    if named:
        assert named == _held(rule, "category"), f"{rule.id}: “{rule.why}”"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_the_flags_a_rule_names_are_conditions_it_holds(rule: Rule) -> None:
    text = _text(rule)
    for word, (attr, value) in FLAG_WORDS.items():
        if word in text:
            assert value in _held(rule, attr), f"{rule.id} says {word!r} without {attr}"


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_the_grade_a_rule_names_is_in_its_grades(rule: Rule) -> None:
    text = _text(rule)
    for word, grade in GRADE_WORDS.items():
        if word in text:
            assert grade in _held(rule, "grade"), f"{rule.id} says {word!r} without grade {grade}"


def test_the_check_catches_a_name_that_says_less_than_the_rule() -> None:
    # The rule as it was shipped before: named for apparel, matching footwear too.
    wrong = next(r for r in RULES.rules if r.id == "opened-apparel-footwear")
    wrong = Rule("opened-apparel", wrong.route, "opened apparel", wrong.conditions)
    assert _named_categories(wrong) != _held(wrong, "category")
