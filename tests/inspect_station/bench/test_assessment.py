"""The bench's draft: what each key does to it (the assessment itself: test_unit_records)."""

from __future__ import annotations

from inspect_station.bench.assessment import Draft, _final_grade
from inspect_station.rules.checklists import load_grading_sets
from inspect_station.rules.grades import load_grades

SCALE = load_grades()
APPAREL = load_grading_sets(SCALE).get("apparel")


def test_ticking_a_defect_hands_the_grade_back_to_the_checklist() -> None:
    draft = Draft().with_grade("A", "looked fine").toggle_defect("stain")
    assert (draft.key_grade, draft.override_reason, draft.defects) == (None, None, {"stain"})
    assert draft.toggle_defect("stain").defects == frozenset()
    assert Draft().with_grade("B").toggle_sealed() == Draft(sealed=True)


def test_a_grade_key_is_an_override_only_against_the_checklist() -> None:
    stain = APPAREL.compute(["stain"], False, SCALE)
    assert _final_grade(None, "B") == ("B", False)  # nothing ticked: graded by key
    assert _final_grade(stain, None) == ("C", False)
    assert _final_grade(stain, "C") == ("C", False)
    assert _final_grade(stain, "B") == ("B", True)
    assert _final_grade(stain, "D") == ("D", True)  # stricter is an override too


def test_receipt_keys_toggle_and_missing_marks_add_up() -> None:
    draft = Draft().with_receipt("wrong_item")
    assert draft.receipt == "wrong_item"
    assert draft.with_receipt("wrong_item").receipt == "received"
    assert draft.with_receipt("empty_box").receipt == "empty_box"
    marks = Draft().with_missing(7, 1).with_missing(3, 2)
    assert (marks.missing, marks.missing_units) == (((3, 2), (7, 1)), 3)
    assert marks.with_missing(3, 0).missing == ((7, 1),)
