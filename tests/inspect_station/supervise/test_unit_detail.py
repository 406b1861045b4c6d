"""A unit's detail: how it was received and graded, its recommendation, shots and timeline."""

from __future__ import annotations

from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.bench.assessment import Draft
from inspect_station.people.roles import Role, User
from inspect_station.supervise import approvals, unit_detail
from tests.inspect_station.returns import add_return, open_rma, with_photo


def test_the_detail_holds_receipt_defects_grades_and_the_recommendation(
    station: Station,
) -> None:
    add_return(station, "RMA-U-000001", [("AP-7", "apparel", "300.00", 1)], notice_on="2026-11-25")
    station.settings = station.settings.replace(require_shots=True)
    opened = with_photo(station, open_rma(station, "RMA-U-000001"), "stain", "tags-removed")
    draft = Draft(defects=frozenset({"stain", "tags-removed"})).with_grade("B", "washes out")
    done = inspection.finish(
        station, opened, draft=draft, missing_shots_reason="label already cut off"
    )
    detail = unit_detail.unit_detail(station, done.inspection.id)
    unit = detail.assessment
    assert unit is not None
    assert (unit.receipt_words, unit.checklist, unit.computed_grade) == (
        "received",
        "Apparel",
        "C",
    )
    assert unit.override_reason == "washes out"
    assert [(d.id, d.severity, d.caps) for d in unit.defects] == [
        ("stain", "major", "C"),
        ("tags-removed", "minor", "B"),
    ]
    assert unit.rule_version == station.rules.number
    rec = detail.recommendation
    assert rec is not None
    assert (rec.outcome, rec.status, str(rec.due_on)) == ("partial", "pending", "2026-12-09")
    assert [d["defect"] for d in rec.deductions] == ["stain", "tags-removed"]
    assert rec.photos == tuple(p.sha256 for p in opened.photos)
    assert [d["photos"] for d in rec.deductions] == [[p.sha256] for p in opened.photos]
    assert detail.shots_missing  # the shot types it was finished without, by name
    assert detail.shots_missing_reason == "label already cut off"
    texts = [e.text for e in detail.timeline]
    assert any(t.startswith("Recommendation partial waits for a supervisor: value") for t in texts)
    assert any(t.startswith("Finished without ") for t in texts)
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    approvals.approve(station, done.inspection.id, note="photos agree")
    after = unit_detail.unit_detail(station, done.inspection.id)
    assert after.recommendation is not None
    assert (after.recommendation.status, after.recommendation.decided_by) == ("approved", "sam")
    assert after.timeline[-1].text == "Recommendation partial approved: photos agree"


def test_an_unexpected_return_has_an_assessment_but_no_recommendation(station: Station) -> None:
    from inspect_station.bench import scanning

    got = scanning.receive_unexpected(station, "1Z999AA10123456784")
    done = inspection.finish(station, got.inspection, grade="C")
    detail = unit_detail.unit_detail(station, done.inspection.id)
    assert detail.recommendation is None
    assert detail.assessment is not None
    assert detail.assessment.defects == ()
