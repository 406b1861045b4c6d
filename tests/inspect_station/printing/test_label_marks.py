"""What a routing label says beyond the route, read back from the printed PDF: WRONG ITEM and
what came back, OVERRIDE and the supervisor, REPRINT n, and where every route goes."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from sqlalchemy import select

from db.models.printing import PrintJob
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning, wrong_item
from inspect_station.bench.assessment import Draft
from inspect_station.bench.manifest import parse_rows, store
from inspect_station.identify.decoding import decode_image
from inspect_station.identify.identifiers import gtin_check_digit
from inspect_station.labels.raster import pdf_to_image
from inspect_station.people.roles import Role, User
from inspect_station.printing import label_jobs, queue
from inspect_station.rules import catalogue
from inspect_station.supervise import overrides


def ean(body: str) -> str:
    return body + str(gtin_check_digit(body))


CHARGER, JACKET = ean("400638100001"), ean("400638100002")


def expect(station: Station, rma: str, sku: str, description: str, code: str) -> None:
    row: dict[str, str | None] = {
        "rma": rma,
        "order_number": f"SO-{rma[-4:]}",
        "sku": sku,
        "ean": code,
        "description": description,
        "category": "electronics" if sku.startswith("EL") else "apparel",
        "quantity": "1",
        "unit_price": "34.90",
    }
    store(station.db, parse_rows([row]))


def printed(station: Station, job_id: object) -> tuple[str, list[str]]:
    """The PDF's text (as one line) and the codes decoded from its picture at 203 dpi."""
    with station.db.read() as session:
        job = session.get(PrintJob, job_id)
        assert job is not None
        assert job.state == "sent"
        pdf = Path(job.output or "").read_bytes()
    page = pdfium.PdfDocument(pdf)[0]
    words = " ".join(page.get_textpage().get_text_range().split())
    return words, [d.text for d in decode_image(pdf_to_image(pdf, dpi=203))]


def test_a_wrong_item_is_routed_and_labelled_as_what_came_back(station: Station) -> None:
    catalogue.store(station.db, [{"sku": "EL-2100", "recall": True}], station.clock())
    expect(station, "RMA-W-0001", "EL-2100", "USB-C charger 65 W", CHARGER)
    expect(station, "RMA-W-0002", "AP-6010-L", "Rain jacket, olive, L", JACKET)
    opened = scanning.scan(station, "RMA-W-0001")
    assert isinstance(opened, scanning.Opened)
    actual = wrong_item.identify(station, f"]E0{JACKET}")
    assert (actual.sku, actual.description) == ("AP-6010-L", "Rain jacket, olive, L")
    assert wrong_item.differs(opened.inspection, wrong_item.product_code(JACKET))
    assert not wrong_item.differs(opened.inspection, wrong_item.product_code(CHARGER))
    done = inspection.finish(
        station, opened.inspection, draft=Draft(key_grade="B").with_actual(actual)
    )
    # The charger's recall does not route a jacket: the wrong-item rule does.
    assert (done.inspection.rule_id, done.inspection.route) == ("wrong-item", "quarantine")
    [sent] = queue.dispatch(station)
    words, codes = printed(station, sent.job_id)
    assert codes == [done.inspection.lpn]
    assert "WRONG ITEM: Rain jacket, olive, L" in words
    assert "AP-6010-L" in words
    assert "USB-C charger" not in words
    assert "Tote: Q-CAGE" in words


def test_a_code_that_is_no_product_is_refused_for_a_wrong_item(station: Station) -> None:
    import pytest

    from inspect_station.app.errors import BadInput

    with pytest.raises(BadInput, match="not a product code"):
        wrong_item.identify(station, "RMA-2026-000001")
    unknown = wrong_item.identify(station, ean("400000099999"))
    assert (unknown.sku, unknown.words()) == (None, f"unknown product, code {ean('400000099999')}")


def test_reprints_are_numbered_and_an_override_names_the_supervisor(station: Station) -> None:
    expect(station, "RMA-W-0003", "AP-6010-L", "Rain jacket, olive, L", JACKET)
    opened = scanning.scan(station, "RMA-W-0003")
    assert isinstance(opened, scanning.Opened)
    done = inspection.finish(station, opened.inspection, grade="A")
    [first] = queue.dispatch(station)
    words, codes = printed(station, first.job_id)
    assert codes == [done.inspection.lpn]
    assert "REPRINT" not in words
    assert "OVERRIDE" not in words
    assert f"Tote: {done.inspection.route.upper()}" in words  # type: ignore[union-attr]
    numbers = []
    for reason in ("torn", "smudged"):
        label_jobs.reprint(station, done.inspection.id, reason=reason)
        [again] = queue.dispatch(station)
        words, codes = printed(station, again.job_id)
        assert codes == [done.inspection.lpn]
        numbers.append([w for w in ("REPRINT 1", "REPRINT 2") if w in words])
    assert numbers == [["REPRINT 1"], ["REPRINT 2"]]
    user = station.user
    station.change_shift(user=User("Sven Supervisor", Role.SUPERVISOR))
    detail = overrides.override(
        station,
        done.inspection.id,
        seen_version=done.inspection.version,
        route="repair",
        reason="zip broken",
    )
    station.change_shift(user=user)
    [overridden] = queue.dispatch(station)
    words, _ = printed(station, overridden.job_id)
    assert "OVERRIDE by Sven Supervisor" in words
    assert "Tote: REPAIR" in words
    with station.db.read() as session:
        kinds = session.scalars(
            select(PrintJob.kind).where(PrintJob.inspection_id == done.inspection.id)
        ).all()
    assert sorted(kinds) == ["label", "label", "reprint", "reprint"]
    assert detail.print_job_id == overridden.job_id
