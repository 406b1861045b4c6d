"""The default refund, exchange and warranty tables, table-driven; bad tables refused."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.app.resources import resource
from inspect_station.rules.checklists import load_grading_sets
from inspect_station.rules.grades import load_grades
from inspect_station.rules.outcomes import (
    LEGAL_BASIS,
    NOT_INFORMED,
    OutcomeFacts,
    deadline_words,
    load_outcomes,
    parse_outcomes,
)
from inspect_station.rules.withdrawal import Withdrawal, parse_moment

GRADES = load_grades()
SETS = load_grading_sets(GRADES)
TABLES = load_outcomes(GRADES)
D = Decimal


def defects(set_id: str, *ids: str) -> tuple:  # type: ignore[type-arg]
    return tuple(SETS.get(set_id).defect(d) for d in ids)


# (facts, outcome, refund, fallback)
CASES = [
    (OutcomeFacts("refund", "received", "A", D("79.90")), "full", D("79.90"), False),
    (
        OutcomeFacts("refund", "received", "B", D("79.90"), defects("apparel", "tags-removed")),
        "partial",
        D("71.91"),
        False,
    ),
    (
        OutcomeFacts(
            "refund", "received", "C", D("100"), defects("apparel", "tags-removed", "stain")
        ),
        "partial",
        D("60.00"),
        False,
    ),
    (  # a fault is the shop's to bear: no deduction
        OutcomeFacts("refund", "received", "D", D("149"), defects("electronics", "no-power")),
        "full",
        D("149.00"),
        False,
    ),
    (  # trying on carries no deduction
        OutcomeFacts("refund", "received", "B", D("49.95"), defects("apparel", "creased")),
        "full",
        D("49.95"),
        False,
    ),
    (  # two deductions above 100 % in sum stop at nothing refunded
        OutcomeFacts("refund", "received", "X", D("50"), defects("apparel", "unhygienic", "tear")),
        "partial",
        D("0.00"),
        False,
    ),
    (OutcomeFacts("refund", "wrong_item", None, D("50")), "refuse", D("0"), False),
    (OutcomeFacts("refund", "missing", None, D("50")), "refuse", D("0"), False),
    (OutcomeFacts("refund", "empty_box", None, D("50")), "refuse", D("0"), False),
    (OutcomeFacts("exchange", "received", "A", D("89")), "approve", None, False),
    (OutcomeFacts("exchange", "received", "B", D("89")), "approve", None, False),
    (
        OutcomeFacts("exchange", "received", "C", D("89"), defects("apparel", "worn")),
        "partial",
        D("66.75"),
        True,
    ),
    (OutcomeFacts("exchange", "missing", None, D("89")), "refuse", D("0"), True),
    (
        OutcomeFacts("warranty", "received", "D", D("249"), defects("electronics", "no-power")),
        "repair",
        None,
        False,
    ),
    (
        OutcomeFacts("warranty", "received", "X", D("99"), defects("home", "broken-transit")),
        "replace",
        None,
        False,
    ),
    (
        OutcomeFacts("warranty", "received", "D", D("249"), defects("electronics", "cracked")),
        "reject",
        None,
        False,
    ),
    (OutcomeFacts("warranty", "received", "A", D("249")), "reject", None, False),
    (OutcomeFacts("warranty", "wrong_item", None, D("249")), "reject", None, False),
]


@pytest.mark.parametrize(("facts", "outcome", "refund", "fallback"), CASES)
def test_default_outcome_tables(
    facts: OutcomeFacts, outcome: str, refund: Decimal | None, fallback: bool
) -> None:
    advice = TABLES.recommend(facts)
    assert (advice.outcome, advice.refund, advice.fallback) == (outcome, refund, fallback)
    assert advice.return_type == facts.return_type
    if outcome in ("refuse", "reject"):
        assert advice.reason


def test_a_deduction_names_each_defect_and_the_legal_basis() -> None:
    facts = OutcomeFacts(
        "refund", "received", "C", D("79.90"), defects("apparel", "tags-removed", "stain")
    )
    advice = TABLES.recommend(facts)
    assert [(d.defect_id, d.percent, d.amount) for d in advice.deductions] == [
        ("tags-removed", D("10"), D("7.99")),
        ("stain", D("30"), D("23.97")),
    ]
    assert LEGAL_BASIS in advice.reason
    assert "art. 14(2)" in advice.reason
    assert "Tags removed −10 %" in advice.reason
    assert advice.headline() == "Partial refund €47.94 (−40 %)"


def test_the_refund_deadline_and_when_it_is_close() -> None:
    notice = Withdrawal(notice=parse_moment("2026-11-20T16:00[Europe/Berlin]"))
    deadline = TABLES.deadline(notice)
    assert deadline is not None
    assert (deadline.last_day, deadline.ends_at) == (
        date(2026, 12, 4),
        datetime(2026, 12, 4, 23, 0, tzinfo=UTC),
    )
    assert TABLES.deadline(Withdrawal()) is None
    at = datetime(2026, 12, 1, 23, 0, tzinfo=UTC)
    assert deadline_words(deadline, at, 48) == (
        "Refund due by 4 Dec 23:59 Europe/Berlin (in 3 days)",
        False,
    )
    assert deadline_words(deadline, at.replace(day=2, hour=23), 48) == (
        "Refund due by 4 Dec 23:59 Europe/Berlin (in 2 days)",
        True,
    )
    assert deadline_words(deadline, at.replace(day=6), 48) == (
        "Refund overdue since 4 Dec 23:59 Europe/Berlin (2 days)",
        True,
    )


def test_no_deduction_when_the_consumer_was_not_informed() -> None:
    worn = defects("apparel", "tags-removed", "stain")
    for informed in (True, None):
        advice = TABLES.recommend(
            OutcomeFacts("refund", "received", "C", D("79.90"), worn, informed=informed)
        )
        assert (advice.outcome, advice.refused) == ("partial", ())
    advice = TABLES.recommend(
        OutcomeFacts("refund", "received", "C", D("79.90"), worn, informed=False)
    )
    assert (advice.outcome, advice.refund, advice.deductions) == ("full", D("79.90"), ())
    assert [d.defect_id for d in advice.refused] == ["tags-removed", "stain"]
    assert advice.reason == NOT_INFORMED
    assert "art. 14(2)" in advice.reason


def test_the_delivery_cost_owed_goes_with_a_refund_not_with_a_refusal() -> None:
    full = TABLES.recommend(OutcomeFacts("refund", "received", "A", D("40"), delivery=D("4.95")))
    assert (full.refund, full.delivery) == (D("40.00"), D("4.95"))
    assert full.headline() == "Full refund €40.00 + delivery €4.95"
    worn = defects("apparel", "stain")
    partial = TABLES.recommend(
        OutcomeFacts("refund", "received", "C", D("40"), worn, delivery=D("4.95"))
    )
    assert partial.headline() == "Partial refund €28.00 (−30 %) + delivery €4.95"
    refused = TABLES.recommend(
        OutcomeFacts("refund", "wrong_item", "C", D("40"), delivery=D("4.95"))
    )
    assert (refused.outcome, refused.delivery) == ("refuse", None)


DEFAULT = resource("outcomes.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('outcome = "deduct"', 'outcome = "deduct"\ncolour = 1'), r"unknown field 'colour'"),
        (('outcome = "deduct"', 'outcome = "refundish"'), r"outcome must be one of"),
        (('grade = ["A", "B"]', 'grade = ["A", "Q"]'), r"'Q' is not in the grading scale"),
        (("min_value = 250", "min_value = -1"), r"min_value must be a price ≥ 0"),
        (("days = 14", "days = 400"), r"days must be a whole number 1–14 \(Consumer Rights"),
        (("days = 14", "days = 15"), r"days must be a whole number 1–14"),
        (("warn_hours = 48", "warn_hours = 0"), r"warn_hours must be a whole number 1–336"),
        (("warn_hours = 48", "warn_days = 3"), r"\[deadline\]: unknown field 'warn_days'"),
        (
            ('reason = "No fault found at inspection"', 'reason = ""'),
            r"outcome 'reject' needs a 'reason'",
        ),
        (
            ('outcome = "deduct"', 'outcome = "deduct"\ngrade = ["A"]'),
            r"the last \[\[refund\]\] entry must have no conditions",
        ),
    ],
)
def test_a_bad_outcome_table_is_refused_with_line_and_reason(
    change: tuple[str, str], message: str
) -> None:
    assert change[0] in DEFAULT
    with pytest.raises(BadInput, match=message):
        parse_outcomes(DEFAULT.replace(*change, 1), source="outcomes.toml", grades=GRADES)


facts_strategy = st.builds(
    OutcomeFacts,
    return_type=st.sampled_from(("refund", "exchange", "warranty")),
    receipt=st.sampled_from(("received", "wrong_item", "missing", "empty_box")),
    grade=st.none() | st.sampled_from(GRADES.codes),
    value=st.none() | st.decimals(min_value=0, max_value=5000, places=2),
    defects=st.lists(st.sampled_from(SETS.get("apparel").defects), unique=True, max_size=4).map(
        tuple
    ),
    sealed=st.booleans(),
    missing_items=st.integers(min_value=0, max_value=3),
    informed=st.none() | st.booleans(),
    delivery=st.none() | st.decimals(min_value=0, max_value=50, places=2),
)


@settings(max_examples=300, deadline=None)
@given(facts_strategy)
def test_every_unit_gets_exactly_one_outcome_and_a_sane_refund(facts: OutcomeFacts) -> None:
    advice = TABLES.recommend(facts)
    allowed = {
        "refund": {"full", "partial", "refuse"},
        "exchange": {"approve", "full", "partial", "refuse"},
        "warranty": {"repair", "replace", "reject"},
    }[facts.return_type]
    assert advice.outcome in allowed
    if advice.refund is not None:
        assert D(0) <= advice.refund <= (facts.value or D(0))
    if advice.outcome == "partial":
        assert advice.deductions
        assert all(d.percent > 0 for d in advice.deductions)
    if facts.receipt != "received":
        assert advice.outcome in ("refuse", "reject")
    if facts.informed is False:
        assert not advice.deductions  # art. 14(2): no deduction at all
    if advice.delivery is not None:
        assert advice.outcome in ("full", "partial")
        assert advice.delivery == facts.delivery
