"""``inspect-station outbox list|retry|skip|run``: the deliveries, a supervisor's decision on a
dead letter (signed in), and a deliverer without a window."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models.outbox import OutboxDelivery
from inspect_station.app import settings as settings_file
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.bench import inspection
from tests.helpers import as_person, run_cli, seed_command_line_people
from tests.inspect_station.returns import add_return, open_rma
from tests.webhook_receiver import SECRET, Receiver


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Receiver:
    monkeypatch.setenv("HOOK_SECRET", SECRET)
    made = Receiver().start()
    hook = {"kind": "webhook", "url": made.url, "secret_env": "HOOK_SECRET", "timeout_s": 2}
    settings_file.save(Settings(connectors={"wms": hook}, require_shots=False))
    yield made  # type: ignore[misc]
    made.stop()


def finish_one(rma: str) -> None:
    station = open_station(settings_file.load())
    try:
        add_return(station, rma, [("JKT-1", "apparel", "40", 1)])
        inspection.finish(station, open_rma(station, rma), grade="A")
    finally:
        station.close()


def test_run_delivers_and_list_shows_it(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    finish_one("RMA-C-000001")
    status, out, _ = run_cli(monkeypatch, capsys, ["outbox", "run", "--once"])
    assert status == 0
    assert "Shop: all delivered" in out
    assert len(receiver.applied) == 2
    status, out, _ = run_cli(monkeypatch, capsys, ["outbox", "list"])
    assert status == 0
    assert out.count("  delivered  wms") == 2
    assert "RMA-C-000001:return.decided:v1" in out


def test_a_supervisor_retries_and_skips_dead_letters(
    receiver: Receiver, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_command_line_people()
    receiver.mode = "refuse"
    finish_one("RMA-C-000002")
    run_cli(monkeypatch, capsys, ["outbox", "run", "--once"])
    status, out, _ = run_cli(monkeypatch, capsys, ["outbox", "list", "--state", "dead"])
    assert "1 waiting" in out
    assert "1 dead letter" in out
    assert "unknown return RMA-C-000002" in out
    station = open_station(settings_file.load())
    with station.db.read() as session:
        dead = session.scalars(select(OutboxDelivery).where(OutboxDelivery.state == "dead")).one()
    station.close()
    args, pin = as_person("maria")
    status, _, err = run_cli(monkeypatch, capsys, ["outbox", "retry", str(dead.id), *args], pin)
    assert status == 2
    assert "needs the supervisor role" in err
    args, pin = as_person("sam")
    status, out, _ = run_cli(monkeypatch, capsys, ["outbox", "retry", str(dead.id), *args], pin)
    assert status == 0
    assert "will be sent again" in out
    run_cli(monkeypatch, capsys, ["outbox", "run", "--once"])  # refused again: dead again
    status, out, _ = run_cli(
        monkeypatch,
        capsys,
        ["outbox", "skip", str(dead.id), "--reason", "refunded by hand", *args],
        pin,
    )
    assert status == 0
    assert "skipped" in out
    receiver.mode = "ok"
    run_cli(monkeypatch, capsys, ["outbox", "run", "--once"])
    status, out, _ = run_cli(monkeypatch, capsys, ["outbox", "list"])
    assert "skipped" in out
    assert "Shop: all delivered" in out
