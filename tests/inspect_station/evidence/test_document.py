"""The evidence document: read back from the PDF (its text and its pictures) for a full refund, a
partial refund with two deductions and a refused deduction; who may write it; its sentences all
pass through gettext."""

from __future__ import annotations

import codecs
import gettext
import re
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium  # type: ignore[import-untyped]
import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]
import pytest
from sqlalchemy import select

from db.models.audit import AuditEvent
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, KnownError, NotAllowed
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.assessment import Draft
from inspect_station.evidence import gather, pdf
from inspect_station.evidence.document import evidence_pdf, file_name, write_evidence
from inspect_station.evidence.words import Words
from inspect_station.people.roles import Role, User
from inspect_station.photos import upkeep
from tests.conftest import FakeClock
from tests.helpers import as_person, row_counts, run_cli, seed_people
from tests.inspect_station.returns import add_return, open_rma, with_photo

FACTS = {
    "withdrawal_notice_at": "2026-11-20T21:40[Europe/Berlin]",
    "withdrawal_channel": "button",
    "withdrawal_ack_id": "ACK-118842",
    "proof_of_sending_at": "2026-11-21T10:12[Europe/Berlin]",
    "proof_of_sending_by": "first-scan",
    "delivery_cost_paid": "9.95",
    "cheapest_delivery_cost": "4.95",
}


def text_of(data: bytes) -> str:
    document = pdfium.PdfDocument(data)
    pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
    return " ".join(" ".join(page.split()) for page in pages)


def images_in(data: bytes) -> int:
    document = pdfium.PdfDocument(data)
    kinds = (pdfium_c.FPDF_PAGEOBJ_IMAGE,)
    return sum(len(list(document[n].get_objects(filter=kinds))) for n in range(len(document)))


def inspected(
    station: Station, rma: str, defects: tuple[str, ...], *, informed: str = "yes"
) -> str:
    add_return(station, rma, [("AP-9", "apparel", "80.00", 1)], informed=informed, facts=FACTS)
    insp = with_photo(station, open_rma(station, rma))
    if defects:
        insp = with_photo(station, insp, *defects)
    draft = Draft(defects=frozenset(defects)) if defects else Draft(key_grade="A")
    done = inspection.finish(station, insp, draft=draft)
    return done.inspection.lpn


def test_a_full_refund_says_when_it_is_due_and_includes_the_delivery(station: Station) -> None:
    lpn = inspected(station, "RMA-E-000001", ())
    data = evidence_pdf(station, "RMA-E-000001")
    text = text_of(data)
    for words in (
        "Inspection report for your return RMA-E-000001",
        "We were informed of your withdrawal on 20 November 2026, 21:40 (Europe/Berlin), "
        "through the withdrawal button.",
        "Our acknowledgement of it: ACK-118842.",
        "You were informed of your right of withdrawal.",
        "You sent the goods back on 21 November 2026, 10:12 (Europe/Berlin) (proof: the "
        "carrier's first scan).",
        "Your refund is due by 4 December 2026, 23:59 (Europe/Berlin): 14 days after",
        "here 21 November 2026, 10:12 (Europe/Berlin) (your proof of sending)",
        f"{lpn}",
        "Refund for this item: €80.00, the full price.",
        "cheapest standard delivery we offered cost €4.95",
        "Total €84.95",
        "We found no defect.",
        "by maria",
    ):
        assert words in text, words
    [photo] = inspection.inspection_detail(station, _id(station, lpn)).photos
    assert photo.sha256 in text  # the whole fingerprint, as text anyone can copy
    assert images_in(data) == 1  # its thumbnail
    assert text_of(evidence_pdf(station, lpn)) == text  # the plate names the same return


def _id(station: Station, lpn: str) -> object:
    outcome = scanning.scan(station, lpn)
    assert isinstance(outcome, scanning.KnownUnit)
    return outcome.inspection.id


def test_a_partial_refund_names_each_deduction_its_handling_and_its_photos(
    station: Station,
) -> None:
    lpn = inspected(station, "RMA-E-000002", ("stain", "tags-removed"))
    data = evidence_pdf(station, lpn)  # a plate names its return
    text = text_of(data)
    for words in (
        "What we found: Stain, make-up or deodorant marks; Tags removed.",
        "Worn with make-up, deodorant or food that stained it",
        "The tags were cut off",
        "−30 % (€24.00)",
        "−10 % (€8.00)",
        "photo 2",
        "photo 3",
        "shows: Stain, make-up or deodorant marks",
        "handling the goods beyond what is necessary to establish their nature, "
        "characteristics and functioning",
        "art. 14(2)",
        "Refund for this item: €48.00 of €80.00 (40 % less).",
        "Total €52.95",
    ):
        assert words in text, words
    detail = inspection.inspection_detail(station, _id(station, lpn))
    assert all(photo.sha256 in text for photo in detail.photos)
    assert images_in(data) == 3


def test_a_refused_deduction_says_why_and_refunds_in_full(station: Station) -> None:
    inspected(station, "RMA-E-000003", ("worn",), informed="no")
    text = text_of(evidence_pdf(station, "RMA-E-000003"))
    for words in (
        "You were not informed of your right of withdrawal, so you owe nothing",
        "We found “Worn or washed: pilling, faded”, which would reduce the refund by 25 %; "
        "but you were not informed of your right of withdrawal, so we deduct nothing",
        "Refund for this item: €80.00, the full price.",
    ):
        assert words in text, words
    assert "Why it goes beyond testing the item" not in text  # no deduction table


def test_a_purged_photo_keeps_its_fingerprint_in_the_document(
    station: Station, clock: FakeClock
) -> None:
    lpn = inspected(station, "RMA-E-000004", ())
    clock.advance(200 * 86400)
    station.change_shift(user=User("ada", Role.ADMIN))
    assert upkeep.purge(station, older_than_days=30).photos == 1
    data = evidence_pdf(station, lpn)
    text = text_of(data)
    assert "deleted under our retention policy on 14 June 2027" in text
    assert "deleted 14 June 2027" in text
    assert images_in(data) == 0
    [photo] = inspection.inspection_detail(station, _id(station, lpn)).photos
    assert photo.sha256 in text


def test_a_parcel_without_an_expected_return_has_a_document_of_its_own(
    station: Station,
) -> None:
    got = scanning.receive_unexpected(station, "1Z999AA10123456784")
    inspection.finish(station, got.inspection, grade="B")
    text = text_of(evidence_pdf(station, got.inspection.lpn))
    assert f"Inspection report for parcel {got.inspection.lpn}" in text
    assert "No refund decision has been made for this item yet." in text


@pytest.mark.parametrize("reference", ["RMA-E-999999", "", "LP" + "0" * 13, "x\x00y"])
def test_an_unknown_reference_is_refused(station: Station, reference: str) -> None:
    with pytest.raises(BadInput):
        evidence_pdf(station, reference)


def test_writing_it_needs_a_supervisor_and_is_audited(station: Station, tmp_path: Path) -> None:
    inspected(station, "RMA-E-000005", ())
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / file_name("RMA-E-000005")
    before = row_counts(station.db)
    with pytest.raises(NotAllowed, match="Writing an evidence document needs the supervisor"):
        write_evidence(station, "RMA-E-000005", target)
    assert row_counts(station.db) == before
    assert not target.exists()
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    assert write_evidence(station, "RMA-E-000005", target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert list(folder.iterdir()) == [target]  # no partial file left
    with station.db.read() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "evidence.written")
        ).one()
    assert (event.actor, event.entity_id, event.detail["photos"]) == ("sam", "RMA-E-000005", 1)


def test_a_file_that_cannot_be_written_leaves_no_audit_row(
    station: Station, tmp_path: Path
) -> None:
    inspected(station, "RMA-E-000007", ())
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    out = tmp_path / "out"
    out.mkdir()
    before = row_counts(station.db)
    for target in (out / "no such folder" / "e.pdf", out):
        with pytest.raises(KnownError, match=f"^Could not write {re.escape(str(target))}: "):
            write_evidence(station, "RMA-E-000007", target)
    assert row_counts(station.db) == before
    assert list(out.iterdir()) == []  # nor a partial file


def test_the_command_writes_the_file(
    station_home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    own = open_station(Settings(require_shots=False), clock=FakeClock())
    try:
        seed_people(own)
        inspected(own, "RMA-E-000006", ())
    finally:
        own.close()
    out = tmp_path / "e.pdf"
    command = ["evidence", "RMA-E-000006", "-o", str(out)]
    maria, pin = as_person("maria")
    status, _, err = run_cli(monkeypatch, capsys, [*command, *maria], pin)
    assert (status, "needs the supervisor role" in err, out.exists()) == (2, True, False)
    sam, pin = as_person("sam")
    status, printed, _ = run_cli(monkeypatch, capsys, [*command, *sam], pin)
    assert (status, printed.strip()) == (0, f"evidence for RMA-E-000006 written to {out}")
    assert "Inspection report for your return RMA-E-000006" in text_of(out.read_bytes())


class _Rot13(gettext.NullTranslations):
    """A "translation" into ROT13 (the fields in braces kept): any English word of the
    document's own sentences left in the PDF did not pass through gettext."""

    def gettext(self, message: str) -> str:
        parts = re.split(r"(\{[^}]*\})", message)
        return "".join(p if p.startswith("{") else codecs.encode(p, "rot13") for p in parts)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


SENTENCE_WORDS = (
    "We", "your", "refund", "Refund", "withdrawal", "informed", "Item", "Photo", "photo",
    "Condition", "Total", "Delivery", "Due", "page", "Prepared", "Order", "report", "found",
    "November", "December", "received", "kept", "fingerprint", "Decided", "law",
)  # fmt: skip


def test_every_sentence_goes_through_gettext(station: Station) -> None:
    inspected(station, "RMA-E-000007", ("stain",), informed="no")
    evidence = gather.gather(station, "RMA-E-000007")
    text = text_of(pdf.render(evidence, Words(_Rot13(), sign="€")))
    unit = evidence.units[0]
    rec = unit.recommendation
    assert rec is not None
    data = [
        unit.description or "",
        *unit.defects,
        *(str(d["label"]) for d in rec.refused_deductions),
        rec.reason,
        "Europe/Berlin",
    ]
    for value in data:
        text = text.replace(value, "")
    left = [word for word in SENTENCE_WORDS if re.search(rf"\b{word}\b", text)]
    assert left == [], text
    assert "Vafcrpgvba ercbeg" in text  # "Inspection report", translated


def test_the_thumbnails_are_real_pictures_of_the_unit(station: Station) -> None:
    add_return(station, "RMA-E-000008", [("AP-9", "apparel", "80.00", 1)], facts=FACTS)
    insp = open_rma(station, "RMA-E-000008")
    bright = np.full((240, 320, 3), 250, np.uint8)
    bright[60:180, 80:240] = 20  # a dark square in a white picture
    inspection.add_camera_photo(station, insp.id, bright)
    inspection.finish(station, insp, grade="A")
    document = pdfium.PdfDocument(evidence_pdf(station, "RMA-E-000008"))
    page = document[0]
    [image] = list(page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,)))
    pixels = np.asarray(image.get_bitmap().to_pil().convert("L"))
    assert pixels[pixels.shape[0] // 2, pixels.shape[1] // 2] < 60  # the square
    assert pixels[5, 5] > 200  # the white around it
