"""The evidence PDF on its way to a webhook receiver with ``return.decided``: inside the signed
body, its SHA-256 and size matching, a real PDF (rasterised, its text read back with poppler);
the same bytes on every retry, even after the return changed; none for a connector that did not
ask for it; above the connector's limit, the fingerprint without the file."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import random
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jsonschema
import numpy as np
import pytest
from sqlalchemy import select
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from db.models.outbox import OutboxDelivery, OutboxEvent
from inspect_station.app.context import Station
from inspect_station.bench import inspection
from inspect_station.bench.views import InspectionView
from inspect_station.evidence import outgoing
from inspect_station.people.roles import Role, User
from inspect_station.shop import connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from inspect_station.supervise import overrides
from tests.conftest import FakeClock, need_service
from tests.inspect_station.returns import add_return, open_rma
from tests.webhook_receiver import SECRET, Receiver

POLICY = Policy(max_attempts=5, base_s=10.0, max_s=60.0)
SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "webhooks" / "return.decided.schema.json"


@pytest.fixture
def receivers() -> Iterator[tuple[Receiver, Receiver]]:
    made = (Receiver().start(), Receiver().start())
    yield made
    for r in made:
        r.stop()


def hooked(
    station: Station, monkeypatch: pytest.MonkeyPatch, **tables: dict[str, Any]
) -> Deliverer:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    base = {"kind": "webhook", "secret_env": "HOOK_SECRET", "timeout_s": 2.0}
    station.settings = station.settings.replace(
        connectors={name: base | table for name, table in tables.items()}
    )
    return Deliverer(
        station,
        connectors.from_settings(station.settings),
        policy=POLICY,
        rng=random.Random(7),
        evidence=outgoing.hook(station),
    )


def two_units_four_photos(station: Station, rma: str) -> list[InspectionView]:
    """A return of two jackets, each photographed twice, both finished: ``return.decided``."""
    add_return(station, rma, [("JKT-1", "apparel", "40", 2)])
    units = []
    for unit in range(2):
        insp = open_rma(station, rma)
        for shot in range(2):
            rng = np.random.default_rng(100 + 10 * unit + shot)
            frame = rng.integers(0, 255, size=(240, 320, 3), dtype=np.uint8)
            inspection.add_camera_photo(station, insp.id, frame)
        units.append(inspection.finish(station, insp, grade="A").inspection)
    return units


def decided(receiver: Receiver) -> list[tuple[bytes, dict[str, Any]]]:
    return [
        (body, event)
        for body, (_, event) in zip(receiver.bodies, receiver.seen, strict=True)
        if event["type"] == "return.decided"
    ]


def pdf_of(event: dict[str, Any]) -> bytes:
    return base64.b64decode(event["evidence"]["content"], validate=True)


def poppler(tool: str) -> str:
    found = shutil.which(tool)
    if found is None:
        need_service(f"{tool} is not installed (Debian package poppler-utils)")
    return found


def test_the_receiver_gets_the_pdf_inside_the_signed_body(
    station: Station,
    receivers: tuple[Receiver, Receiver],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    receiver = receivers[0]
    deliverer = hooked(station, monkeypatch, wms={"url": receiver.url, "attach_evidence": True})
    plates = [unit.lpn for unit in two_units_four_photos(station, "RMA-V-000001")]
    deliverer.run_once()
    deliverer.stop()
    assert receiver.bad_signatures == 0  # the receiver verified every body, evidence and all
    assert [e["type"] for _, e in receiver.seen] == ["unit.finished"] * 2 + ["return.decided"]
    assert all("evidence" not in e for _, e in receiver.seen[:2])  # only the return's decision
    [(body, event)] = decided(receiver)
    jsonschema.validate(event, json.loads(SCHEMA.read_text()))
    evidence = event["evidence"]
    data = pdf_of(event)
    assert (evidence["filename"], evidence["media_type"]) == (
        "evidence-RMA-V-000001.pdf",
        "application/pdf",
    )
    assert (evidence["size"], evidence["sha256"]) == (len(data), hashlib.sha256(data).hexdigest())
    path = tmp_path / evidence["filename"]
    path.write_bytes(data)
    text = subprocess.run(
        [poppler("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "RMA-V-000001" in text
    assert all(plate in text for plate in plates)
    subprocess.run(
        [
            poppler("pdftoppm"),
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            str(path),
            str(tmp_path / "p"),
        ],
        check=True,
    )
    [page] = tmp_path.glob("p-*.png")
    assert page.stat().st_size > 20_000  # a page with four photos on it, not a blank one
    # The body is signed whole: one byte of the PDF changed and the signature fails.
    tampered = body.replace(evidence["content"][100:120].encode(), b"A" * 20, 1)
    assert tampered != body
    key, at = event["idempotency_key"], datetime.now(UTC)
    headers = {
        "webhook-id": key,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(SECRET).sign(key, at, body),
    }
    assert Webhook(SECRET).verify(body, headers)["evidence"]["sha256"] == evidence["sha256"]
    with pytest.raises(WebhookVerificationError):
        Webhook(SECRET).verify(tampered, headers)
    # The published example receiver saves it after checking its fingerprint.
    example = _example()
    monkeypatch.setenv("EVIDENCE_DIR", str(tmp_path))
    path.unlink()
    assert example.receive(SECRET, body, headers) == (200, {"applied": "return.decided"})
    assert path.read_bytes() == data
    forged = dict(event, evidence=dict(evidence, sha256="0" * 64))
    with pytest.raises(ValueError, match="does not match its SHA-256"):
        example.evidence_file(forged)


def _example() -> Any:
    spec = importlib.util.spec_from_file_location(
        "verify_example", SCHEMA.with_name("verify_example.py")
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_retry_sends_the_same_bytes_even_after_the_return_changed(
    station: Station,
    receivers: tuple[Receiver, Receiver],
    monkeypatch: pytest.MonkeyPatch,
    clock: FakeClock,
) -> None:
    receiver = receivers[0]
    table = {"url": receiver.url, "attach_evidence": True, "events": ["return.decided"]}
    deliverer = hooked(station, monkeypatch, wms=table)
    first_unit = two_units_four_photos(station, "RMA-V-000002")[0]
    receiver.mode = "error"
    deliverer.run_once()
    with station.db.read() as session:
        first = session.scalars(select(OutboxDelivery)).one()
    assert (first.state, first.last_status) == ("pending", 500)
    # A supervisor changes a unit's grade: a second return.decided, drawn from the new state.
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    detail = inspection.inspection_detail(station, first_unit.id)
    overrides.override(station, detail.id, seen_version=detail.version, grade="C", reason="scuff")
    receiver.mode = "ok"
    clock.advance(60)
    deliverer.run_once()
    deliverer.stop()
    (failed, _), (retried, v1), (_, v2) = decided(receiver)
    assert retried == failed  # byte for byte: the same key, the same PDF
    assert v1["idempotency_key"].endswith(":v1")
    assert v2["idempotency_key"].endswith(":v2")
    # The first decision's document was kept as it was rendered: drawn now, it would differ.
    assert outgoing.render(station, "RMA-V-000002", prepared(station, v1)) != pdf_of(v1)
    # The second's, drawn again from the return as it stands, is the same file.
    assert outgoing.render(station, "RMA-V-000002", prepared(station, v2)) == pdf_of(v2)


def prepared(station: Station, event: dict[str, Any]) -> tuple[datetime, str, str]:
    with station.db.read() as session:
        row = session.scalars(
            select(OutboxEvent).where(OutboxEvent.idempotency_key == event["idempotency_key"])
        ).one()
        return row.created_at, row.actor, row.bench


def test_a_connector_that_did_not_ask_gets_no_evidence(
    station: Station, receivers: tuple[Receiver, Receiver], monkeypatch: pytest.MonkeyPatch
) -> None:
    wants, plain = receivers
    deliverer = hooked(
        station,
        monkeypatch,
        a_wms={"url": wants.url, "attach_evidence": True},
        b_erp={"url": plain.url},
    )
    two_units_four_photos(station, "RMA-V-000003")
    deliverer.run_once()
    deliverer.stop()
    [(_, with_pdf)] = decided(wants)
    [(body, without)] = decided(plain)
    assert with_pdf["evidence"]["size"] > 0
    assert "evidence" not in without
    assert b"evidence" not in body
    assert without["data"] == with_pdf["data"]


def test_above_the_limit_the_fingerprint_goes_without_the_file(
    station: Station, receivers: tuple[Receiver, Receiver], monkeypatch: pytest.MonkeyPatch
) -> None:
    receiver = receivers[0]
    table = {"url": receiver.url, "attach_evidence": True, "evidence_max_kb": 16}
    deliverer = hooked(station, monkeypatch, wms=table)
    two_units_four_photos(station, "RMA-V-000004")
    deliverer.run_once()
    deliverer.stop()
    [(_, event)] = decided(receiver)
    evidence = event["evidence"]
    assert evidence["omitted"] == "too_large"
    assert "content" not in evidence
    assert evidence["size"] > 16 * 1024
    assert len(evidence["sha256"]) == 64
    jsonschema.validate(event, json.loads(SCHEMA.read_text()))


def test_a_decision_overtaken_before_its_first_sending_goes_without_a_document(
    station: Station, receivers: tuple[Receiver, Receiver], monkeypatch: pytest.MonkeyPatch
) -> None:
    receiver = receivers[0]
    table = {"url": receiver.url, "attach_evidence": True, "events": ["return.decided"]}
    deliverer = hooked(station, monkeypatch, wms=table)
    first_unit = two_units_four_photos(station, "RMA-V-000005")[0]
    station.change_shift(user=User("sam", Role.SUPERVISOR))
    detail = inspection.inspection_detail(station, first_unit.id)
    overrides.override(station, detail.id, seen_version=detail.version, grade="C", reason="dent")
    deliverer.run_once()  # the first sending of both decisions, after the change
    deliverer.stop()
    (_, v1), (_, v2) = decided(receiver)
    assert v1["evidence"] == {
        "filename": "evidence-RMA-V-000005.pdf",
        "media_type": "application/pdf",
        "omitted": "superseded",
    }
    assert outgoing.render(station, "RMA-V-000005", prepared(station, v2)) == pdf_of(v2)
    schema = json.loads(SCHEMA.read_text())
    for event in (v1, v2):
        jsonschema.validate(event, schema)
