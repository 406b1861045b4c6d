from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from inspect_station.errors import BadInput
from inspect_station.grading import load_grades
from inspect_station.routing import Facts, load_rules


@pytest.mark.parametrize(
    ("facts", "route", "explanation"),
    [
        (Facts("A", "electronics", Decimal("149")), "restock", "grade A → restock"),
        (
            Facts("B", "apparel", Decimal("29.90")),
            "resale",
            "grade B, apparel, value ≥ €20 → resale",
        ),
        (Facts("B", "apparel", Decimal("14.99")), "resale", "grade B → resale"),
        (Facts("B", "beauty", Decimal("24.90")), "recycle", "grade B, beauty → recycle"),
        (Facts("C", "home", Decimal("40")), "resale", "grade C → resale"),
        (Facts("D", "home", Decimal("99.95")), "repair", "grade D, value ≥ €25 → repair"),
        (Facts("D", "apparel", Decimal("14.99")), "recycle", "grade D, value < €25 → recycle"),
        (Facts("D", None, None, unexpected=True), "repair", "grade D → repair"),
        (Facts("X", "electronics", Decimal("249")), "recycle", "grade X → recycle"),
    ],
)
def test_default_rules_route_and_explain(facts: Facts, route: str, explanation: str) -> None:
    decision = load_rules().decide(facts)
    assert decision.route == route
    assert decision.explanation == explanation
    assert decision.rule_id
    assert len(decision.rules_version) == 12


def test_every_default_grade_gets_a_route() -> None:
    rules = load_rules()
    for grade in load_grades().codes:
        assert rules.decide(Facts(grade)).route in rules.destinations


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('destinations = ["restock"]\n[[rule]\nid = "x"', "not valid TOML.*line 2"),
        ('destinations = ["restock"]', "no \\[\\[rule\\]\\] entries"),
        (
            'destinations = ["restock"]\n[[rule]]\nid="a"\nroute="moon"\nwhy="w"',
            "route 'moon' is not one of",
        ),
        (
            'destinations = ["restock"]\n[[rule]]\nid="a"\nroute="restock"\nwhy="w"\ncolour=["x"]',
            "unknown key\\(s\\) colour",
        ),
        ('destinations = ["restock"]\n[[rule]]\nid="a"\nroute="restock"', "'why' is required"),
        (
            'destinations = ["restock"]\n[[rule]]\nid="a"\nroute="restock"\nwhy="w"\n'
            'min_value="ten"',
            "'min_value' must be a number",
        ),
    ],
)
def test_invalid_rule_files_are_refused_with_the_reason(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=message):
        load_rules(path)


def test_a_gap_in_the_rules_is_reported_not_guessed(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text(
        'destinations = ["restock"]\n[[rule]]\nid="a"\ngrade=["A"]\nroute="restock"\nwhy="w"',
        encoding="utf-8",
    )
    with pytest.raises(BadInput, match="No routing rule covers grade C"):
        load_rules(path).decide(Facts("C", "home"))


def test_grade_scale_has_one_key_per_grade() -> None:
    grades = load_grades()
    assert grades.codes == ("A", "B", "C", "D", "X")
    assert grades.by_key("x") == grades.get("X")
    assert grades.by_key("Q") is None
    with pytest.raises(BadInput, match="Unknown grade"):
        grades.get("Z")
