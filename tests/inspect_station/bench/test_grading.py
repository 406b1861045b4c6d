"""Finishing a unit with its checklist, receipt and recommendation, as the bench does."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from db.models.grading import Recommendation, UnitAssessment
from db.models.inspections import Inspection
from db.models.printing import PrintJob
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.bench import grading, inspection
from inspect_station.bench.assessment import Draft
from inspect_station.printing.queue import label_data
from inspect_station.rules import catalogue
from tests.helpers import row_counts
from tests.inspect_station.returns import add_return, open_rma, with_photo


def test_ticked_defects_grade_route_and_recommend_in_one_go(station: Station) -> None:
    add_return(station, "RMA-T-000001", [("AP-9", "apparel", "80.00", 1)], notice_on="2026-11-24")
    insp = with_photo(station, open_rma(station, "RMA-T-000001"), "stain", "tags-removed")
    draft = Draft().toggle_defect("tags-removed").toggle_defect("stain")
    done = inspection.finish(station, insp, draft=draft, notes="lipstick on collar")
    assert done.inspection.grade == "C"
    assert done.inspection.route == "resale"
    assert done.inspection.rule_why == "visible wear, sold as used"
    assert done.print_job_id is not None
    label = label_data(station, done.inspection)
    assert label.why == "visible wear, sold as used"
    with station.db.read() as session:
        kept = session.get(UnitAssessment, insp.id)
        advice = session.get(Recommendation, insp.id)
    assert kept is not None
    assert advice is not None
    assert (kept.computed_grade, kept.override_reason, kept.grading_set) == ("C", None, "apparel")
    assert kept.defects == ["stain", "tags-removed"]  # in checklist order, worst first
    assert kept.rule_version_id == station.rules.number
    assert (advice.outcome, advice.refund_amount, advice.status) == (
        "partial",
        Decimal("48.00"),
        "released",
    )
    assert [d["defect"] for d in advice.deductions] == ["stain", "tags-removed"]
    # each deduction names the handling beyond testing and the photo that shows it
    assert [d["photos"] for d in advice.deductions] == [[p.sha256] for p in insp.photos]
    assert advice.deductions[0]["handling"].startswith("Worn with make-up")
    assert "art. 14(2)" in advice.reason
    assert advice.photos == [p.sha256 for p in insp.photos]
    assert insp.photos[0].sha256[:12] in advice.reason
    assert str(advice.due_on) == "2026-12-08"


def test_an_override_needs_a_reason_keeps_both_grades_and_waits(station: Station) -> None:
    add_return(station, "RMA-T-000002", [("EL-9", "electronics", "120.00", 1)])
    insp = with_photo(station, open_rma(station, "RMA-T-000002"), "scratches")
    draft = Draft().toggle_defect("scratches").with_grade("B")
    before = row_counts(station.db)
    with pytest.raises(BadInput, match="Say why grade B instead of the checklist's C"):
        inspection.finish(station, insp, draft=draft)
    assert row_counts(station.db) == before
    done = inspection.finish(
        station, insp, draft=draft.with_grade("B", "Cleaned or fixed at the bench")
    )
    assert done.inspection.grade == "B"
    with station.db.read() as session:
        kept = session.get(UnitAssessment, insp.id)
        advice = session.get(Recommendation, insp.id)
        audit = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "inspection.finished")
        ).one()
    assert kept is not None
    assert advice is not None
    assert (kept.computed_grade, kept.override_reason) == ("C", "Cleaned or fixed at the bench")
    assert advice.status == "pending"
    assert advice.approval_reasons == ["grade overridden (C by the checklist, B given)"]
    assert audit.detail["computed_grade"] == "C"
    assert audit.detail["override_reason"] == "Cleaned or fixed at the bench"


def test_a_deduction_without_a_photo_is_refused_and_nothing_is_written(
    station: Station,
) -> None:
    add_return(station, "RMA-T-000003", [("AP-9", "apparel", "80.00", 1)])
    insp = open_rma(station, "RMA-T-000003")
    before = row_counts(station.db)
    worn = Draft().toggle_defect("worn").toggle_defect("tags-removed")
    with pytest.raises(BadInput, match="take a close-up of “Worn or washed: pilling, faded”"):
        inspection.finish(station, insp, draft=worn)
    assert row_counts(station.db) == before
    # A photo of one defect does not prove the other's deduction.
    insp = with_photo(station, insp, "worn")
    with pytest.raises(BadInput, match=r"close-up of “Tags removed” \(the bench"):
        inspection.finish(station, insp, draft=worn)
    insp = with_photo(station, insp, "tags-removed")
    assert inspection.finish(station, insp, draft=worn).inspection.grade == "C"


def test_no_deduction_when_the_consumer_was_not_informed_of_the_right(station: Station) -> None:
    """Art. 14(2), last sentence: the deductions are named, refused, and the refund is full."""
    add_return(station, "RMA-T-000011", [("AP-9", "apparel", "80.00", 1)], informed="no")
    insp = open_rma(station, "RMA-T-000011")  # no photo needed for a deduction that is refused
    done = inspection.finish(station, insp, draft=Draft().toggle_defect("stain"))
    with station.db.read() as session:
        advice = session.get(Recommendation, done.inspection.id)
    assert advice is not None
    assert (advice.outcome, advice.refund_amount, advice.deductions) == (
        "full",
        Decimal("80.00"),
        [],
    )
    assert [d["defect"] for d in advice.refused_deductions] == ["stain"]
    assert advice.reason.startswith("No deduction: the consumer was not informed")


def test_a_deduction_waits_when_nobody_knows_whether_the_consumer_was_informed(
    station: Station,
) -> None:
    add_return(station, "RMA-T-000012", [("AP-9", "apparel", "80.00", 1)], informed="")
    insp = with_photo(station, open_rma(station, "RMA-T-000012"), "stain")
    done = inspection.finish(station, insp, draft=Draft().toggle_defect("stain"))
    with station.db.read() as session:
        advice = session.get(Recommendation, done.inspection.id)
    assert advice is not None
    assert (advice.outcome, advice.status) == ("partial", "pending")
    assert advice.approval_reasons == [
        "informed of the right not known (a deduction needs it: art. 14(2))"
    ]
    # without a deduction there is nothing to wait for
    add_return(station, "RMA-T-000013", [("AP-9", "apparel", "80.00", 1)], informed="")
    plain = inspection.finish(station, open_rma(station, "RMA-T-000013"), grade="A")
    with station.db.read() as session:
        advice = session.get(Recommendation, plain.inspection.id)
    assert advice is not None
    assert advice.status == "released"


def test_the_delivery_cost_owed_is_refunded_once_per_return(station: Station) -> None:
    """Art. 13(2): what was paid, up to the cheapest standard delivery; with the first unit
    refunded, not with each."""
    facts = {"delivery_cost_paid": "9.95", "cheapest_delivery_cost": "4.95"}
    lines = [("AP-9", "apparel", "40.00", 1), ("AP-8", "apparel", "30.00", 1)]
    add_return(station, "RMA-T-000014", lines, facts=facts)
    first = inspection.finish(station, open_rma(station, "RMA-T-000014"), grade="A")
    second = inspection.finish(station, open_rma(station, "RMA-T-000014"), grade="A")
    with station.db.read() as session:
        rows = [session.get(Recommendation, d.inspection.id) for d in (first, second)]
    assert [(r.refund_amount, r.delivery_refund) for r in rows if r] == [
        (Decimal("40.00"), Decimal("4.95")),
        (Decimal("30.00"), None),
    ]
    # a unit whose refund is refused carries no delivery cost
    add_return(station, "RMA-T-000015", [("AP-9", "apparel", "40.00", 1)], facts=facts)
    wrong = inspection.finish(
        station, open_rma(station, "RMA-T-000015"), grade="C", draft=Draft(receipt="wrong_item")
    )
    with station.db.read() as session:
        row = session.get(Recommendation, wrong.inspection.id)
    assert row is not None
    assert (row.outcome, row.delivery_refund) == ("refuse", None)


def test_units_missing_from_the_parcel_are_recorded_and_feed_route_and_refund(
    station: Station,
) -> None:
    add_return(
        station,
        "RMA-T-000004",
        [("HM-9", "home", "150.00", 1), ("FW-9", "footwear", "60.00", 2)],
    )
    insp = open_rma(station, "RMA-T-000004")
    shoes = insp.expected.lines[1].id  # type: ignore[union-attr]
    done = inspection.finish(station, insp, grade="A", draft=Draft().with_missing(shoes, 2))
    # A valuable parcel with items missing waits for a claim check.
    assert done.inspection.route == "quarantine"
    assert done.inspection.rule_id == "incomplete-valuable-parcel"
    assert done.more_units is False  # every expected unit is accounted for
    with station.db.read() as session:
        absent = session.scalars(
            select(UnitAssessment).where(UnitAssessment.receipt == "missing")
        ).all()
        refused = session.scalars(
            select(Recommendation.outcome).where(
                Recommendation.inspection_id.in_([a.inspection_id for a in absent])
            )
        ).all()
        er = session.scalars(
            select(ExpectedReturn).where(ExpectedReturn.rma == "RMA-T-000004")
        ).one()
        kept = session.get(UnitAssessment, insp.id)
        jobs = session.scalars(select(PrintJob)).all()
    assert len(absent) == 2
    assert refused == ["refuse", "refuse"]
    assert er.status == "received"
    assert kept is not None
    assert kept.missing_items == 2
    assert len(jobs) == 1  # only the unit that is here gets a label
    context = grading.prepare(station, done.inspection)
    assert context.missing_by_line == ((shoes, 2),)


def test_the_unit_itself_missing_gets_no_grade_no_route_and_no_label(station: Station) -> None:
    add_return(station, "RMA-T-000005", [("AP-9", "apparel", "30.00", 1)])
    insp = open_rma(station, "RMA-T-000005")
    done = inspection.finish(station, insp, draft=Draft(receipt="missing"))
    assert done.print_job_id is None
    assert (done.inspection.grade, done.inspection.route) == (None, None)
    assert done.assessment is not None
    assert done.assessment.recommendation is not None
    assert done.assessment.recommendation.outcome == "refuse"
    again = inspection.finish(station, insp, draft=Draft(receipt="missing"))
    assert again.inspection.id == insp.id  # a replay answers as the first finish did
    with station.db.read() as session:
        assert session.scalars(select(PrintJob)).all() == []


def test_an_empty_box_records_every_unit_still_expected(station: Station) -> None:
    add_return(
        station, "RMA-T-000006", [("EL-9", "electronics", "50.00", 2), ("AP-9", "apparel", "9", 1)]
    )
    insp = open_rma(station, "RMA-T-000006")
    done = inspection.finish(station, insp, draft=Draft(receipt="empty_box"))
    assert done.more_units is False
    with station.db.read() as session:
        receipts = session.scalars(select(UnitAssessment.receipt)).all()
        outcomes = session.scalars(select(Recommendation.outcome)).all()
        status = session.scalars(
            select(ExpectedReturn.status).where(ExpectedReturn.rma == "RMA-T-000006")
        ).one()
    assert sorted(receipts) == ["empty_box"] * 3
    assert outcomes == ["refuse"] * 3
    assert status == "received"


def test_a_wrong_item_goes_to_quarantine_and_the_refund_is_refused(station: Station) -> None:
    add_return(station, "RMA-T-000007", [("AP-9", "apparel", "40.00", 1)])
    insp = open_rma(station, "RMA-T-000007")
    before = row_counts(station.db)
    with pytest.raises(BadInput, match="Grade the wrong item too"):
        inspection.finish(station, insp, draft=Draft(receipt="wrong_item"))
    assert row_counts(station.db) == before
    done = inspection.finish(station, insp, draft=Draft(receipt="wrong_item", key_grade="B"))
    assert (done.inspection.route, done.inspection.tote) == ("quarantine", "Q-CAGE")
    assert label_data(station, done.inspection).tote == "Q-CAGE"
    assert done.assessment is not None
    assert done.assessment.recommendation is not None
    assert done.assessment.recommendation.outcome == "refuse"


def test_a_valuable_unit_waits_for_approval(station: Station) -> None:
    add_return(station, "RMA-T-000008", [("EL-8", "electronics", "899.00", 1)])
    insp = open_rma(station, "RMA-T-000008")
    done = inspection.finish(station, insp, draft=Draft().toggle_sealed())
    assert done.inspection.grade == "A"
    with station.db.read() as session:
        advice = session.get(Recommendation, insp.id)
    assert advice is not None
    assert (advice.outcome, advice.status) == ("full", "pending")
    assert advice.approval_reasons == ["value €899.00 ≥ €250.00"]


def test_an_incomplete_or_wrong_draft_writes_nothing(station: Station) -> None:
    add_return(station, "RMA-T-000009", [("AP-9", "apparel", "40.00", 1)])
    insp = open_rma(station, "RMA-T-000009")
    before = row_counts(station.db)
    for draft, message in [
        (Draft(), "Grade the unit"),
        (Draft().toggle_defect("no-such-defect"), "not in the Apparel checklist"),
        (Draft(key_grade="Q"), "Unknown grade 'Q'"),
        (Draft(key_grade="A", missing=((999_999, 1),)), "is not part of RMA-T-000009"),
    ]:
        with pytest.raises(BadInput, match=message):
            inspection.finish(station, insp, draft=draft)
    assert row_counts(station.db) == before
    with station.db.read() as session:
        row = session.get(Inspection, insp.id)
        assert row is not None
        assert row.status == "open"


def test_more_missing_units_than_expected_are_refused(station: Station) -> None:
    add_return(station, "RMA-T-000010", [("AP-9", "apparel", "40", 1), ("AP-8", "apparel", "9", 1)])
    insp = open_rma(station, "RMA-T-000010")
    other = insp.expected.lines[1].id  # type: ignore[union-attr]
    before = row_counts(station.db)
    with pytest.raises(BadInput, match="Only 1 unit"):
        inspection.finish(station, insp, grade="A", draft=Draft().with_missing(other, 2))
    assert row_counts(station.db) == before


def test_an_unexpected_return_is_graded_and_routed_without_a_recommendation(
    station: Station,
) -> None:
    from inspect_station.bench import scanning

    outcome = scanning.receive_unexpected(station, "NOPAPERS-1")
    assert isinstance(outcome, scanning.Opened)
    done = inspection.finish(station, outcome.inspection, draft=Draft().toggle_defect("used"))
    # Held by a rule of its own while it sits in quarantine: never a resale label.
    assert (done.inspection.grade, done.inspection.route) == ("C", "quarantine")
    assert done.inspection.rule_id == "unexpected"
    label = label_data(station, done.inspection)
    assert (label.route, label.tote) == ("quarantine", "Q-CAGE")
    with station.db.read() as session:
        assert session.scalars(select(Recommendation)).all() == []


def test_a_leaking_hazmat_item_in_quarantine_gets_no_refund_until_a_supervisor_decides(
    station: Station,
) -> None:
    catalogue.store(station.db, [{"sku": "BT-3000", "hazmat": True}], station.clock())
    add_return(station, "RMA-T-000011", [("BT-3000", "beauty", "72.00", 1)])
    insp = with_photo(station, open_rma(station, "RMA-T-000011"))
    done = inspection.finish(station, insp, draft=Draft().toggle_defect("leaking"))
    assert (done.inspection.grade, done.inspection.route) == ("D", "quarantine")
    assert (done.inspection.rule_id, done.inspection.tote) == ("hazmat-damaged", "HAZMAT")
    with station.db.read() as session:
        advice = session.get(Recommendation, insp.id)
    assert advice is not None
    assert (advice.outcome, advice.refund_amount, advice.status) == (
        "refuse",
        Decimal("0.00"),
        "pending",
    )
    assert advice.approval_reasons == [
        "routed to quarantine: damaged dangerous goods: hazmat handling"
    ]
    # The same perfume, not dangerous goods: the transit damage is refunded in full.
    add_return(station, "RMA-T-000012", [("BT-3001", "beauty", "72.00", 1)])
    plain = with_photo(station, open_rma(station, "RMA-T-000012"))
    done = inspection.finish(station, plain, draft=Draft().toggle_defect("leaking"))
    assert done.inspection.route == "repair"
    assert done.assessment is not None
    assert done.assessment.recommendation is not None
    assert done.assessment.recommendation.outcome == "full"
