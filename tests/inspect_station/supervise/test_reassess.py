"""A supervisor's new grade: routed on the unit's stored facts, its recommendation follows."""

from __future__ import annotations

import uuid
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete, select

from db.models.audit import AuditEvent
from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Override
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.app.resources import resource
from inspect_station.bench import inspection
from inspect_station.bench.assessment import Draft
from inspect_station.people.roles import Role, User
from inspect_station.rules import catalogue, rulebook
from inspect_station.rules.outcomes import parse_outcomes
from inspect_station.supervise import approvals, overrides
from tests.conftest import FakeClock
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma, with_photo


def finish(station: Station, rma: str, draft: Draft) -> uuid.UUID:
    operator = station.user
    station.change_shift(user=User("maria", Role.OPERATOR))
    try:
        return inspection.finish(station, open_rma(station, rma), draft=draft).inspection.id
    finally:
        station.change_shift(user=operator)


def override(
    station: Station, unit: uuid.UUID, grade: str, reason: str = "regraded"
) -> overrides.Overridden:
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    seen = inspection.inspection_detail(station, unit)
    return overrides.override(station, unit, seen_version=seen.version, grade=grade, reason=reason)


def flag_sku(station: Station, sku: str, **flags: str) -> None:
    row = {"sku": sku, "vendor": "ACME", "return_to_vendor": "", "recall": "", "hazmat": ""}
    catalogue.store(station.db, catalogue.parse_rows([{**row, **flags}]), station.clock())


def test_a_recalled_sku_overridden_to_grade_a_is_still_held_by_the_recall_rule(
    station: Station,
) -> None:
    add_return(station, "RMA-R-000001", [("EL-RECALL", "electronics", "80.00", 1)])
    flag_sku(station, "EL-RECALL", recall="yes")
    unit = finish(station, "RMA-R-000001", Draft(key_grade="C"))
    done = override(station, unit, "A", "no wear at all")
    insp = done.detail.inspection
    assert (insp.grade, insp.route, insp.rule_id, insp.tote) == (
        "A",
        "quarantine",
        "recall",
        "RECALL",
    )
    assert insp.rule_explanation.startswith("recalled")
    with station.db.read() as session:
        row = session.scalars(select(Override)).one()
    assert (row.rule_after, row.rule_version_id) == ("recall", station.rules.number)


def test_a_unit_from_before_assessments_is_routed_on_its_rebuilt_facts(station: Station) -> None:
    """No assessment row: the return, its delivery date and the catalogue tell the facts."""
    add_return(station, "RMA-R-000002", [("EL-OLD", "electronics", "80.00", 1)])
    unit = finish(station, "RMA-R-000002", Draft(key_grade="B"))
    with station.db.write() as session:
        session.execute(delete(UnitAssessment).where(UnitAssessment.inspection_id == unit))
    flag_sku(station, "EL-OLD", recall="yes")
    done = override(station, unit, "A")
    assert done.detail.inspection.route == "quarantine"


@pytest.mark.parametrize(
    ("line", "delivered_on", "flags", "given", "regraded", "route", "rule"),
    [
        # Delivered 130 days before: "as new" apparel goes to the outlet, not back to stock.
        (("AP-OLD", "apparel", "40.00", 1), "2026-07-19", {}, "C", "A", "resale", "out-of-season"),
        # The vendor credits faulty units of this SKU.
        (
            ("HO-RTV", "home", "60.00", 1),
            "2026-11-20",
            {"return_to_vendor": "yes"},
            "B",
            "D",
            "return-to-vendor",
            "vendor-credit",
        ),
        # Damaged dangerous goods.
        (
            ("BE-HAZ", "beauty", "30.00", 1),
            "2026-11-20",
            {"hazmat": "yes"},
            "A",
            "C",
            "quarantine",
            "hazmat-damaged",
        ),
    ],
)
def test_the_new_grade_is_routed_on_every_stored_fact(
    station: Station,
    line: tuple[str, str, str, int],
    delivered_on: str,
    flags: dict[str, str],
    given: str,
    regraded: str,
    route: str,
    rule: str,
) -> None:
    add_return(station, "RMA-R-000003", [line], delivered_on=delivered_on)
    if flags:
        flag_sku(station, line[0], **flags)
    unit = finish(station, "RMA-R-000003", Draft(key_grade=given))
    done = override(station, unit, regraded)
    insp = done.detail.inspection
    assert (insp.route, insp.rule_id) == (route, rule)


def test_missing_items_of_a_valuable_parcel_still_count(station: Station) -> None:
    add_return(
        station,
        "RMA-R-000004",
        [("EL-A", "electronics", "150.00", 1), ("EL-B", "electronics", "150.00", 1)],
    )
    opened = open_rma(station, "RMA-R-000004")
    other = next(ln.id for ln in opened.expected.lines if ln.id != opened.line_id)  # type: ignore[union-attr]
    done = inspection.finish(station, opened, draft=Draft(key_grade="D", missing=((other, 1),)))
    assert done.inspection.route == "repair"
    regraded = override(station, done.inspection.id, "A")
    insp = regraded.detail.inspection
    assert (insp.route, insp.rule_id) == ("quarantine", "incomplete-valuable-parcel")


def test_rules_activated_elsewhere_decide_and_their_version_is_recorded(
    station: Station, tmp_path: Path
) -> None:
    add_return(station, "RMA-R-000005", [("HO-9", "home", "60.00", 1)])
    unit = finish(station, "RMA-R-000005", Draft(key_grade="B"))
    text = resource("rules.toml").read_text(encoding="utf-8")
    newer = tmp_path / "rules.toml"
    newer.write_text(text.replace('id = "like-new"', 'id = "like-new-v2"'), encoding="utf-8")
    station.change_shift(user=User("ada", Role.ADMIN))
    version = rulebook.activate(station, newer)
    # this bench lags behind
    station.change_shift(rules=rulebook.version_table(station, version.number - 1))
    done = override(station, unit, "A")
    assert done.detail.inspection.rule_id == "like-new-v2"
    with station.db.read() as session:
        assert session.scalars(select(Override.rule_version_id)).one() == version.number


def test_the_recommendation_follows_the_new_grade_and_is_released_by_the_supervisor(
    station: Station, clock: FakeClock
) -> None:
    # An exchange worth 300: it waits for approval; grade A approves the replacement.
    add_return(station, "RMA-R-000006", [("FO-9", "footwear", "300.00", 1)], return_type="exchange")
    unit = finish(station, "RMA-R-000006", Draft(key_grade="A"))
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    [waiting] = approvals.pending(station)
    assert (waiting.outcome, waiting.status) == ("approve", "pending")
    clock.advance(60)
    done = override(station, unit, "D", "sole comes off")
    assert done.recommendation.words() == ("recommendation approve → full 300.00 and released")
    view = approvals.recommendation(station, unit)
    assert view is not None
    assert (view.outcome, view.fallback, view.refund_amount) == ("full", True, Decimal("300.00"))
    assert (view.status, view.decided_by) == ("approved", "sam")
    assert view.decision_note == "with the grade override to D: sole comes off"
    assert approvals.pending(station) == []
    with station.db.read() as session:
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "recommendation.recomputed")
        ).one()
    assert audit.detail["before"]["outcome"] == "approve"
    assert (audit.detail["after"]["outcome"], audit.detail["status_before"]) == ("full", "pending")


def test_a_recommendation_changed_by_hand_is_kept(station: Station) -> None:
    add_return(station, "RMA-R-000007", [("FO-8", "footwear", "300.00", 1)], return_type="exchange")
    unit = finish(station, "RMA-R-000007", Draft(key_grade="A"))
    station.change_shift(user=User("lena", Role.SUPERVISOR))
    approvals.change(station, unit, outcome="partial", refund="200", reason="box missing")
    done = override(station, unit, "C", "scuffed")
    assert done.recommendation.kept
    view = approvals.recommendation(station, unit)
    assert view is not None
    assert (view.outcome, view.refund_amount, view.decided_by) == (
        "partial",
        Decimal("200.00"),
        "lena",
    )


def test_a_route_override_leaves_the_recommendation_alone(station: Station) -> None:
    add_return(station, "RMA-R-000008", [("FO-7", "footwear", "300.00", 1)], return_type="exchange")
    unit = finish(station, "RMA-R-000008", Draft(key_grade="A"))
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    seen = inspection.inspection_detail(station, unit)
    done = overrides.override(
        station, unit, seen_version=seen.version, route="donate", reason="charity drive"
    )
    assert done.recommendation is None
    assert (done.detail.inspection.rule_why, done.detail.inspection.tote) == (
        "supervisor override",
        "DONATE",
    )
    [still] = approvals.pending(station)
    assert still.inspection_id == unit


DEDUCT_WHEN_WORN = """
[approval]
min_value = 1000
[deadline]
days = 14
[[refund]]
grade = ["C", "D", "X"]
outcome = "deduct"
[[refund]]
outcome = "full"
[[exchange]]
outcome = "approve"
[[warranty]]
outcome = "reject"
reason = "no"
"""


def test_a_deduction_the_new_grade_brings_needs_a_photo_and_nothing_is_written(
    station: Station,
) -> None:
    station.outcomes = parse_outcomes(DEDUCT_WHEN_WORN, source="test", grades=station.grades)
    add_return(station, "RMA-R-000009", [("AP-9", "apparel", "50.00", 1)])
    worn = Draft(defects=frozenset({"stain"})).with_grade("B", "stain washes out")
    unit = finish(station, "RMA-R-000009", worn)
    assert approvals.recommendation(station, unit).outcome == "full"  # type: ignore[union-attr]
    before = row_counts(station.db)
    with pytest.raises(BadInput, match="backed by a photo of the defect: this unit has none"):
        override(station, unit, "C")
    assert row_counts(station.db) == before
    # With a photo the deduction names the defect and the photo.
    add_return(station, "RMA-R-000010", [("AP-10", "apparel", "50.00", 1)])
    station.change_shift(user=User("maria", Role.OPERATOR))
    opened = with_photo(station, open_rma(station, "RMA-R-000010"), "stain")
    unit = inspection.finish(station, opened, draft=worn).inspection.id
    override(station, unit, "C")
    view = approvals.recommendation(station, unit)
    assert view is not None
    assert (view.outcome, view.refund_amount) == ("partial", Decimal("35.00"))
    assert [d["defect"] for d in view.deductions] == ["stain"]
    assert view.photos == (opened.photos[0].sha256,)
    with station.db.read() as session:
        row = session.get(Recommendation, unit)
        assert row is not None
        assert opened.photos[0].sha256[:12] in row.reason
