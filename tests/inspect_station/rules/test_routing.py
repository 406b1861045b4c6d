"""The default rule file, table-driven; every bad rule file refused; one destination always."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.labels.layout import route_words
from inspect_station.rules.grades import load_grades
from inspect_station.rules.routing import Facts, RuleTable, load_rules, parse_rules
from inspect_station.rules.simulate import Replayer

GRADES = load_grades()
RULES = load_rules()
D = Decimal

# One case per default rule, in file order: the facts, the rule that fires, the route.
CASES = [
    (Facts("A", "electronics", D("34.90"), sku="EL-2100", recall=True), "recall", "quarantine"),
    (Facts("A", None, None, unexpected=True), "unexpected", "quarantine"),
    (Facts(None, "apparel", D("49.95"), receipt="wrong_item"), "wrong-item", "quarantine"),
    (Facts("D", "electronics", D("149"), hazmat=True), "hazmat-damaged", "quarantine"),
    (Facts("X", "electronics", D("249")), "unsalvageable", "recycle"),
    (
        Facts("D", "footwear", D("119.95"), return_to_vendor=True),
        "vendor-credit",
        "return-to-vendor",
    ),
    (Facts("D", "home", D("99.95")), "repair-worth-it", "repair"),
    (Facts("D", "apparel", D("14.99")), "repair-not-worth-it", "recycle"),
    (Facts("D", "home", None), "damaged-value-unknown", "repair"),
    (Facts("B", "home", D("299"), missing_items=1), "incomplete-valuable-parcel", "quarantine"),
    (Facts("C", "beauty", D("24.90")), "opened-beauty", "recycle"),
    (Facts("A", "apparel", D("79.90"), days_since_delivery=120), "out-of-season", "resale"),
    (Facts("A", "apparel", D("79.90"), days_since_delivery=12), "like-new", "restock"),
    (Facts("B", "footwear", D("39.99")), "opened-apparel-footwear", "resale"),
    (Facts("B", "apparel", D("14.99")), "opened-other", "resale"),
    (Facts("C", "apparel", D("14.99")), "worn-cheap-apparel", "donate"),
    (Facts("C", "home", D("40")), "worn", "resale"),
    (Facts(None, "home", D("40")), "fallback", "quarantine"),
]


@pytest.mark.parametrize(("facts", "rule_id", "route"), CASES)
def test_default_rules_table(facts: Facts, rule_id: str, route: str) -> None:
    decision = RULES.decide(facts)
    assert (decision.rule_id, decision.route) == (rule_id, route)
    assert decision.why == RULES.rule(rule_id).why  # type: ignore[union-attr]
    # The destination in words of the station's language (return-to-vendor → return to vendor).
    assert decision.explanation.endswith(f"→ {route_words(route)}")


def test_every_default_rule_is_in_the_table() -> None:
    assert [case[1] for case in CASES] == [rule.id for rule in RULES.rules]


@pytest.mark.parametrize(
    ("facts", "explanation", "tote"),
    [
        (Facts("B", "apparel", D("29.90")), "grade B, apparel, value ≥ €20 → resale", None),
        (Facts("D", "apparel", D("14.99")), "grade D, value < €25 → recycle", None),
        (
            Facts("A", "footwear", D("119"), days_since_delivery=95),
            "grade A, footwear, ≥ 90 days since delivery → resale",
            None,
        ),
        (
            Facts("D", "home", D("120"), hazmat=True),
            "grade D, dangerous goods → quarantine",
            "HAZMAT",
        ),
        (Facts("A", "home", D("5"), recall=True), "recalled → quarantine", "RECALL"),
        (
            Facts(None, "home", D("5"), receipt="wrong_item"),
            "wrong item → quarantine",
            "Q-CAGE",  # the destination's tote from [totes]
        ),
    ],
)
def test_the_why_in_plain_words_and_the_tote(
    facts: Facts, explanation: str, tote: str | None
) -> None:
    decision = RULES.decide(facts)
    assert decision.explanation == explanation
    assert decision.tote == tote


HEAD = 'destinations = ["restock", "resale"]\n'
LAST = '\n[[rule]]\nid = "rest"\nroute = "resale"\nwhy = "anything else"\n'


def rule(body: str) -> str:
    return f'\n[[rule]]\nid = "a"\nroute = "restock"\nwhy = "w"\n{body}\n'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (HEAD + rule('colour = ["x"]') + LAST, r"line 7: rule a: unknown field 'colour'"),
        (HEAD + rule('grade = ["A", "Q"]') + LAST, r"line 7: 'Q' is not in the grading scale"),
        (HEAD + rule("min_value = -5") + LAST, r"line 7: 'min_value' is a negative price \(-5\)"),
        (HEAD + rule("max_days = -1") + LAST, r"line 7: 'max_days' is a negative number of days"),
        (HEAD + rule("min_value = 50\nmax_value = 20") + LAST, r"line 3: rule a can never fire"),
        (HEAD + rule('extends = "a"') + LAST, r"line 7: rule a: circular 'extends' \(a → a\)"),
        (
            HEAD
            + rule('grade = ["A"]\nextends = "b"')
            + '\n[[rule]]\nid = "b"\nroute = "resale"\nwhy = "w"\nextends = "a"\n'
            + LAST,
            r"circular 'extends' \(a → b → a\)",
        ),
        (HEAD + rule('extends = "nope"') + LAST, r"rule a extends 'nope', which is not a rule"),
        (
            HEAD + rule('grade = ["A", "B"]') + rule('grade = ["B"]').replace('"a"', '"b"') + LAST,
            r"line 9: rule b can never fire: rule a \(line 3\) above it catches every unit",
        ),
        (HEAD + LAST + rule('grade = ["A"]'), r"rule a can never fire: rule rest"),
        (HEAD + rule('grade = ["A"]'), r"the last rule \(a\) must have no conditions"),
        (HEAD + rule("").replace('"restock"', '"moon"') + LAST, r"route 'moon' is not one of"),
        (HEAD + rule("").replace('why = "w"', f'why = "{"x" * 81}"') + LAST, "longer than 80"),
        (HEAD + rule('grade = "A"') + LAST, r"'grade' must be a list of text"),
        (HEAD + rule("recall = 1") + LAST, r"'recall' must be true or false"),
        (HEAD + "[[rule]\nid = 'x'", r"not valid TOML.*line 2"),
        ("destinations = []\n" + LAST, r"line 1: 'destinations' must list at least one"),
        (HEAD + "\n[totes]\nmoon = 'M1'\n" + LAST, r"tote for 'moon', which is not a destination"),
    ],
)
def test_a_bad_rule_file_is_refused_with_line_and_reason(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse_rules(text, source="new.toml", grades=GRADES)


def test_every_problem_of_a_file_is_listed_at_once() -> None:
    text = HEAD + rule('colour = ["x"]\nmin_value = -1') + LAST
    with pytest.raises(BadInput, match=r"has 2 problems:\n  line 7: .*\n  line 8: .*") as raised:
        parse_rules(text, source="new.toml", grades=GRADES)
    assert "colour" in str(raised.value)
    assert "negative price" in str(raised.value)


def test_extends_takes_over_conditions_and_may_add_to_them() -> None:
    text = (
        HEAD
        + rule('category = ["apparel"]\nextends = "base"\nmax_value = 15')
        + '\n[[rule]]\nid = "base"\nroute = "resale"\nwhy = "w"\ngrade = ["C"]\n'
        + LAST
    )
    table = parse_rules(text, source="t.toml", grades=GRADES)
    assert table.decide(Facts("C", "apparel", D("10"))).rule_id == "a"
    assert table.decide(Facts("C", "apparel", D("20"))).rule_id == "base"
    assert table.decide(Facts("B", "apparel", D("10"))).rule_id == "rest"


def test_sku_patterns_and_reasons_ignore_nothing_they_should_not() -> None:
    text = HEAD + rule('sku = ["EL-*"]\nreason = ["Arrived damaged"]') + LAST
    table = parse_rules(text, source="t.toml", grades=GRADES)
    assert table.decide(Facts("A", sku="EL-1000", reason="arrived DAMAGED")).rule_id == "a"
    assert table.decide(Facts("A", sku="el-1000", reason="Arrived damaged")).rule_id == "rest"
    assert table.decide(Facts("A", sku="EL-1000", reason="Too small")).rule_id == "rest"


def test_a_file_that_cannot_be_read_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="cannot be read"):
        load_rules(tmp_path / "missing.toml", GRADES)


# -- every input reaches exactly one destination ------------------------------------------
money = st.none() | st.decimals(min_value=0, max_value=2000, places=2)
facts_strategy = st.builds(
    Facts,
    grade=st.none() | st.sampled_from(GRADES.codes),
    category=st.none()
    | st.sampled_from(("apparel", "footwear", "electronics", "home", "beauty", "toys", "Ω")),
    value=money,
    return_type=st.none() | st.sampled_from(("refund", "exchange", "warranty")),
    unexpected=st.booleans(),
    sku=st.none() | st.sampled_from(("EL-2100", "AP-1001-M", "X")),
    reason=st.none() | st.text(max_size=20),
    days_since_delivery=st.none() | st.integers(min_value=0, max_value=800),
    missing_items=st.integers(min_value=0, max_value=3),
    receipt=st.sampled_from(("received", "wrong_item")),
    recall=st.booleans(),
    hazmat=st.booleans(),
    return_to_vendor=st.booleans(),
)


def first_match(table: RuleTable, facts: Facts) -> int:
    return next(n for n, r in enumerate(table.rules) if r.matches(facts))


@settings(max_examples=400, deadline=None)
@given(facts_strategy)
def test_default_rules_send_every_unit_to_exactly_one_destination(facts: Facts) -> None:
    decision = RULES.decide(facts)
    assert decision.route in RULES.destinations
    assert decision.rule_id == RULES.rules[first_match(RULES, facts)].id
    assert Replayer(RULES).route(facts) == (decision.route, decision.rule_id)


condition_lines = st.lists(
    st.sampled_from(
        [
            'grade = ["A"]',
            'grade = ["B", "C"]',
            'category = ["apparel"]',
            "min_value = 20",
            "max_value = 50",
            "min_days = 30",
            "recall = true",
            "hazmat = false",
            "missing_items = true",
            'receipt = ["wrong_item"]',
            'sku = ["EL-*"]',
        ]
    ),
    min_size=1,
    max_size=3,
    unique_by=lambda line: line.split(" ")[0],  # a field once per rule
)


@settings(max_examples=150, deadline=None)
@given(st.lists(condition_lines, min_size=1, max_size=6), st.lists(facts_strategy, max_size=20))
def test_any_table_the_checker_accepts_routes_every_unit_once(
    rule_conditions: list[list[str]], facts_list: list[Facts]
) -> None:
    text = (
        HEAD
        + "".join(
            rule("\n".join(lines)).replace('"a"', f'"r{n}"')
            for n, lines in enumerate(rule_conditions)
        )
        + LAST
    )
    refused: list[str] = []
    try:
        table = parse_rules(text, source="gen.toml", grades=GRADES)
    except BadInput as exc:
        refused.append(str(exc))
    if refused:
        assert "can never fire" in refused[0]  # the only fault these files can have
        return
    replayer = Replayer(table)
    for facts in facts_list:
        decision = table.decide(facts)
        assert decision.rule_id == table.rules[first_match(table, facts)].id
        assert replayer.route(facts) == (decision.route, decision.rule_id)
