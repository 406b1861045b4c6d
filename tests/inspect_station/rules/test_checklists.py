"""Every default grading set, table-driven, and the files the loader refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspect_station.app.errors import BadInput
from inspect_station.rules.checklists import (
    BENCH_KEYS,
    SEVERITIES,
    load_grading_sets,
    parse_grading_set,
)
from inspect_station.rules.grades import load_grades

SCALE = load_grades()
SETS = load_grading_sets(SCALE)

# (set, ticked defects, sealed) → the grade the checklist gives (None: grade by key)
CASES = [
    ("apparel", [], False, None),
    ("apparel", [], True, "A"),
    ("apparel", ["creased"], True, "B"),  # a sealed box can still hold a defect
    ("apparel", ["tags-removed"], False, "B"),
    ("apparel", ["tags-removed", "stain"], False, "C"),
    ("apparel", ["worn", "tear"], False, "D"),
    ("apparel", ["unhygienic", "tags-removed"], False, "X"),
    ("footwear", ["tried-on"], False, "B"),
    ("footwear", ["box-missing", "worn-outside"], False, "C"),
    ("footwear", ["sole-failed"], False, "D"),
    ("footwear", ["unhygienic"], False, "X"),
    ("electronics", ["seal-broken"], False, "B"),
    ("electronics", ["scratches"], False, "C"),
    ("electronics", ["no-power", "scratches"], False, "D"),
    ("electronics", ["liquid", "cracked"], False, "X"),
    ("home", ["packaging", "assembled"], False, "B"),
    ("home", ["used"], False, "C"),
    ("home", ["not-working"], False, "D"),
    ("home", ["broken-transit"], False, "X"),
    ("beauty", ["box-opened"], False, "B"),
    ("beauty", ["leaking"], False, "D"),
    ("beauty", ["hygiene-seal"], False, "X"),
    ("beauty", [], True, "A"),
    ("general", ["light-marks"], False, "B"),
    ("general", ["parts-missing"], False, "C"),
    ("general", ["transit"], False, "D"),
    ("general", ["broken", "used"], False, "X"),
]


@pytest.mark.parametrize(("set_id", "ticked", "sealed", "grade"), CASES)
def test_default_sets_grade_worst_first(
    set_id: str, ticked: list[str], sealed: bool, grade: str | None
) -> None:
    computed = SETS.get(set_id).compute(ticked, sealed, SCALE)
    assert (computed.grade if computed else None) == grade
    if computed is not None and ticked:
        worst = {d.id for d in computed.because}
        assert worst <= set(ticked)
        assert all(SETS.get(set_id).defect(d).caps == grade for d in worst)


def test_every_default_set_is_covered_and_categories_find_their_set() -> None:
    assert {s.id for s in SETS.sets} == {case[0] for case in CASES}
    for category in ("apparel", "footwear", "electronics", "home", "beauty"):
        assert SETS.for_category(category).id == category
    assert SETS.for_category("Apparel").id == "apparel"
    assert SETS.for_category("toys").id == "general"
    assert SETS.for_category(None).id == "general"


@pytest.mark.parametrize("gset", SETS.sets, ids=lambda s: s.id)
def test_default_sets_read_worst_first_with_free_keys(gset: object) -> None:
    from inspect_station.rules.checklists import GradingSet

    assert isinstance(gset, GradingSet)
    order = [SEVERITIES.index(d.severity) for d in gset.defects]
    assert order == sorted(order)
    keys = [d.key for d in gset.defects]
    assert len(set(keys)) == len(keys)
    assert not set(keys) & (BENCH_KEYS | set(SCALE.codes))
    for defect in gset.defects:
        assert defect.caps in SCALE.codes
        assert defect.deduct == 0 or defect.cause == "handling"
        assert bool(defect.handling) == bool(defect.deduct)  # every deduction says its handling
        assert gset.by_key(defect.key) == defect


GOOD = """name = "Test"
categories = ["test"]

[[defect]]
id = "scuff"
key = "1"
label = "Scuff"
severity = "minor"
caps = "B"
cause = "handling"
deduct = 5
handling = "Scuffed in use"
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("deduct = 5", "deduct = 120"), r"line 11: deduction 120 % is outside 0–100 %"),
        (("deduct = 5", "deduct = -1"), r"line 11: deduction -1 % is outside 0–100 %"),
        (('caps = "B"', 'caps = "Q"'), r"line 9: grade 'Q' is not in the grading scale"),
        (('cause = "handling"', 'cause = "fault"'), r"line 11: only a defect caused by handling"),
        (('key = "1"', 'key = "S"'), r"line 6: key 'S' is taken by another bench action"),
        (('key = "1"', 'key = "B"'), r"line 6: key 'B' is taken by another bench action or a gr"),
        (('severity = "minor"', 'severity = "tiny"'), r"line 8: severity 'tiny' is not one of"),
        (('label = "Scuff"', 'label = "Scuff"\ncolour = "red"'), r"line 8: unknown field 'colour'"),
        (('name = "Test"', 'title = "Test"'), r"unknown field 'title'"),
        (("[[defect]]", "[[defect]"), r"not valid TOML.*line 4"),
        (('handling = "Scuffed in use"', ""), r"line 11: a deduction needs 'handling'"),
        (("deduct = 5", "deduct = 0"), r"line 12: 'handling' explains a deduction"),
        (('handling = "Scuffed in use"', "handling = 3"), r"line 12: 'handling' must be text"),
    ],
)
def test_a_bad_grading_set_is_refused_with_line_and_reason(
    change: tuple[str, str], message: str
) -> None:
    text = GOOD.replace(*change)
    with pytest.raises(BadInput, match=message):
        parse_grading_set(text, source="test.toml", set_id="test", scale=SCALE)


def test_a_key_used_twice_is_refused_where_it_repeats() -> None:
    twice = GOOD + GOOD[GOOD.index("[[defect]]") :].replace('"scuff"', '"dent"')
    with pytest.raises(BadInput, match=r"line 15: key .1. is used twice"):
        parse_grading_set(twice, source="t.toml", set_id="t", scale=SCALE)


def test_the_folder_needs_exactly_one_fallback(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(BadInput, match="exactly one must say 'fallback = true'"):
        load_grading_sets(SCALE, tmp_path)
    (tmp_path / "b.toml").write_text(
        GOOD.replace('categories = ["test"]', "fallback = true"), encoding="utf-8"
    )
    assert load_grading_sets(SCALE, tmp_path).for_category("other").id == "b"


def test_an_unknown_defect_is_named_with_the_checklist() -> None:
    with pytest.raises(BadInput, match="not in the Apparel checklist"):
        SETS.get("apparel").compute(["does-not-exist"], False, SCALE)
