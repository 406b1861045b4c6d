"""Connector settings are refused when the station opens if they cannot work, and a secret never
reaches a log or the database."""

from __future__ import annotations

import logging
import os
import random
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models.base import Base
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.app.startup import check_settings
from inspect_station.bench import inspection
from inspect_station.shop import config, connectors
from inspect_station.shop.delivery import Policy
from inspect_station.shop.runner import Deliverer
from tests.inspect_station.returns import add_return, open_rma
from tests.webhook_receiver import SECRET, Receiver


def secret_file(tmp_path: Path, mode: int, text: str = SECRET) -> Path:
    path = tmp_path / "hook.secret"
    path.write_text(text + "\n")
    os.chmod(path, mode)
    return path


def hook(**table: object) -> dict[str, object]:
    return {"hook": {"kind": "webhook", "url": "https://wms.example.test/in", **table}}


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"url": "ftp://wms.example.test/in"}, "is not an http:// or https:// address"),
        ({"url": "wms.example.test"}, "is not an http:// or https:// address"),
        ({}, "no secret: give secret_file \\(mode 600\\) or secret_env"),
        ({"secret_env": "NOT_SET_ANYWHERE"}, "NOT_SET_ANYWHERE holding the secret is not set"),
        ({"secret_file": "/nonexistent/hook.secret"}, "does not exist"),
        ({"kind": "ftp"}, "kind must be one of medusa, shopify, webhook"),
        ({"colour": "red"}, "unknown setting\\(s\\) colour"),
        ({"timeout_s": 0}, "timeout_s must be a number from 0.1 to 300"),
        ({"attach_evidence": "yes"}, "attach_evidence must be true or false, not 'yes'"),
        ({"attach_evidence": 1}, "attach_evidence must be true or false, not 1"),
        (
            {"attach_evidence": True, "events": ["unit.finished"]},
            "the PDF travels with return.decided, which events leaves out",
        ),
        ({"evidence_max_kb": 0}, "evidence_max_kb must be a whole number of kilobytes from 16"),
        ({"evidence_max_kb": 512.5}, "evidence_max_kb must be a whole number of kilobytes"),
        ({"evidence_max_kb": "2 MB"}, "evidence_max_kb must be a whole number of kilobytes"),
    ],
)
def test_bad_connector_settings_are_refused_with_the_reason(
    table: dict[str, object], words: str
) -> None:
    settings = Settings(connectors=hook(**table))
    with pytest.raises(BadInput, match=f"Connector 'hook': .*{words}"):
        check_settings(settings)


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("medusa", "Medusa's receive and refund calls take no file"),
        ("shopify", "Shopify's returnProcess and refundCreate take no file"),
    ],
)
def test_a_shop_connector_cannot_attach_the_evidence(
    kind: str, words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOP_SECRET", "sk_test")
    table = {"kind": kind, "url": "https://shop.example.test", "secret_env": "SHOP_SECRET"}
    settings = Settings(connectors={"shop": table | {"attach_evidence": True}})
    with pytest.raises(BadInput, match=f"Connector 'shop': attach_evidence: {words}"):
        check_settings(settings)
    assert [c.attach_evidence for c in config.load({"shop": table})] == [False]


def test_a_secret_file_others_may_read_is_refused(tmp_path: Path) -> None:
    path = secret_file(tmp_path, 0o644)
    with pytest.raises(BadInput, match=r"readable by others \(mode 644\); .*chmod 600"):
        check_settings(Settings(connectors=hook(secret_file=str(path))))
    os.chmod(path, 0o640)
    with pytest.raises(BadInput, match="readable by others"):
        check_settings(Settings(connectors=hook(secret_file=str(path))))
    os.chmod(path, 0o600)
    [loaded] = config.load(hook(secret_file=str(path)))
    assert loaded.secret == SECRET
    assert SECRET not in repr(loaded)


def test_a_shop_restock_needs_a_location() -> None:
    table = {
        "kind": "medusa",
        "url": "http://127.0.0.1:9000",
        "secret_env": "HOME",
        "routes": {"restock": {"disposition": "restock"}},
    }
    with pytest.raises(BadInput, match=r"routes\.restock: a restock needs a location"):
        config.load({"shop": table})
    table["routes"] = {"restock": {"disposition": "keep"}}
    with pytest.raises(BadInput, match="disposition must be one of restock, damaged, none"):
        config.load({"shop": table})


def test_shopify_needs_an_api_version_with_idempotency() -> None:
    table = {"kind": "shopify", "url": "https://s.example.test", "secret_env": "HOME"}
    with pytest.raises(BadInput, match="api_version '2025-10': use 2026-01 or later"):
        config.load({"shop": table | {"api_version": "2025-10"}})


def test_the_secret_is_in_no_log_and_no_table(
    station: Station, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    receiver = Receiver().start()
    try:
        path = secret_file(tmp_path, 0o600)
        receiver.mode = "error"  # failures are logged with the receiver's words
        station.settings = station.settings.replace(
            connectors={"wms": {"kind": "webhook", "url": receiver.url, "secret_file": str(path)}}
        )
        add_return(station, "RMA-S-000001", [("JKT-1", "apparel", "40", 1)])
        caplog.set_level(logging.DEBUG)
        inspection.finish(station, open_rma(station, "RMA-S-000001"), grade="A")
        made = Deliverer(
            station,
            connectors.from_settings(station.settings),
            policy=Policy(),
            rng=random.Random(1),
        )
        made.run_once()
        receiver.mode = "ok"
        station.clock.advance(3600)  # type: ignore[attr-defined]
        made.run_once()
        made.stop()
    finally:
        receiver.stop()
    assert receiver.applied
    assert receiver.bad_signatures == 0
    key = SECRET.removeprefix("whsec_")
    assert key not in caplog.text
    assert SECRET not in caplog.text
    with station.db.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in session.execute(select(table)).all():
                assert key not in repr(tuple(row)), table.name
