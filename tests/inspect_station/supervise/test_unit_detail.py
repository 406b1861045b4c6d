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


def test_the_timeline_reads_as_sentences_with_shot_names(station: Station) -> None:
    from inspect_station.bench import scan_answers
    from inspect_station.printing import queue
    from tests.inspect_station.bench.test_inspection import open_first

    opened = with_photo(station, open_first(station))
    done = inspection.finish(station, opened, grade="A")
    queue.dispatch(station)
    scan_answers.confirm_scanned(station, done.inspection.lpn)
    texts = [e.text for e in unit_detail.unit_detail(station, done.inspection.id).timeline]
    shot = station.shots.name_of(opened.photos[0].shot or "")
    assert texts[0].startswith("Opened at the bench after scanning RMA-")
    assert f"Photo of the {shot.lower()} taken." in texts
    assert any(t.startswith("Graded A and sent to ") for t in texts)
    assert any(t.startswith("Label printed (") for t in texts)
    assert "Label confirmed by scanning it at the tote: it is on the item." in texts
    for text in texts:
        assert "=" not in text  # no raw key=value pairs
        assert opened.photos[0].sha256[:12] not in text  # no hashes
        assert text.endswith((".", "”"))


def test_an_action_the_desk_does_not_know_is_still_a_sentence() -> None:
    text = unit_detail.describe("auth.screen_locked", {"reason": "idle", "sha256": "ab" * 32})
    assert text == "Auth screen locked: reason idle."
