"""The window says which rules version the bench routes by, and when its own file waits."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from pytestqt.qtbot import QtBot

from inspect_station.app.context import Station
from inspect_station.app.resources import resource
from inspect_station.app.startup import open_station
from inspect_station.people.roles import Role, User
from inspect_station.rules import rulebook
from tests.helpers import seed_people
from tests.ui.bench.test_bench_screen import WAIT
from tests.ui.conftest import MakeWindow
from tests.ui.people.test_sign_in_screen import sign_in


def test_a_waiting_rule_file_is_said_at_sign_in_and_stays_in_the_status_bar(
    qtbot: QtBot, make_window: MakeWindow, station: Station, tmp_path: Path
) -> None:
    edited = tmp_path / "rules.toml"
    text = resource("rules.toml").read_text(encoding="utf-8")
    edited.write_text(text.replace("min_value = 25", "min_value = 30", 1), encoding="utf-8")
    rulebook.start(station, edited)  # this bench now starts with an edited rule file
    seed_people(station)
    window = make_window()
    assert window.status.rules.text() == "Rules v1 · v2 not active"
    assert "an admin activates it" in window.status.rules.toolTip()
    sign_in(qtbot, window, "maria")
    message = window.bench.message.text()
    assert message.startswith("maria signed in as operator. Scan a parcel to start.")
    assert "This bench routes by rules version 1" in message
    assert "'inspect-station rules activate --version 2 --as BADGE'" in message
    assert window.bench.message.property("level") == "warn"
    # An admin activates version 2 at another station; this bench picks it up with its next
    # unit (what every finish does first) and the bar follows once that work is done.
    other = open_station(station.settings, database=station.db, clock=station.clock)
    other.change_shift(user=User("ada", Role.ADMIN))
    rulebook.activate_version(other, 2)
    assert window.status.rules.text() == "Rules v1 · v2 not active"
    window._tasks.run(partial(route_by_the_active_version, station), lambda _none: None)
    qtbot.waitUntil(lambda: window.status.rules.text() == "Rules v2", timeout=WAIT)


def route_by_the_active_version(station: Station) -> None:
    with station.db.read() as session:
        rulebook.current(station, session)


def test_the_shop_backlog_and_a_units_deliveries_are_shown(
    qtbot: QtBot, make_window: MakeWindow, station: Station, monkeypatch: object
) -> None:
    from sqlalchemy import select, update

    from db.models.outbox import OutboxDelivery
    from inspect_station.bench import inspection
    from tests.inspect_station.returns import add_return, open_rma

    hook = {"kind": "webhook", "url": "http://127.0.0.1:9/", "secret_env": "HOME"}
    station.settings = station.settings.replace(connectors={"wms": hook})
    add_return(station, "RMA-U-000001", [("JKT-1", "apparel", "40", 1)])
    done = inspection.finish(station, open_rma(station, "RMA-U-000001"), grade="A")
    with station.db.write() as session:
        first = session.scalars(select(OutboxDelivery).order_by(OutboxDelivery.id)).first()
        assert first is not None
        session.execute(
            update(OutboxDelivery)
            .where(OutboxDelivery.id == first.id)
            .values(state="dead", attempts=1, last_error="POST → 422: unknown return RMA-U-000001")
        )
    seed_people(station)
    window = make_window()
    qtbot.waitUntil(lambda: "dead" in window.status.shop.text(), timeout=WAIT)
    assert window.status.shop.text().startswith("Shop: 1 dead · ")  # the rest may be elided
    said = window.status.shop.toolTip().splitlines()[0]
    assert said.startswith("Shop: 1 waiting · 1 dead letter · oldest ")
    assert "retries or skips" in window.status.shop.toolTip()
    sign_in(qtbot, window, "maria")
    window.history.open_inspection(done.inspection.id)
    qtbot.waitUntil(lambda: window.history._dialog is not None, timeout=WAIT)
    dialog = window.history._dialog
    assert dialog is not None
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs[-1] == "S&hop (2 waiting)"
    table = dialog.tabs.widget(dialog.tabs.count() - 1)
    cells = [table.item(0, c).text() for c in range(table.columnCount())]  # type: ignore[attr-defined]
    assert cells[1:5] == ["unit.finished", "wms", "dead", "1"]
    assert cells[5] == "POST → 422: unknown return RMA-U-000001"
