"""``rules simulate`` on a generated history: which units move, how many, how much value."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import tomli_w

from db.models.grading import CatalogueItem, UnitAssessment
from db.models.inspections import Inspection, Unit
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput
from inspect_station.app.resources import resource
from inspect_station.cli import main
from inspect_station.identify.identifiers import new_lpn
from inspect_station.rules.routing import Facts, load_rules
from inspect_station.rules.simulate import parse_since, simulate
from tests.helpers import row_counts

DEFAULT = resource("rules.toml").read_text(encoding="utf-8")
CATEGORIES = ("apparel", "electronics", "home", "toys")
RECALLED = "HM-RECALL"


def new_rules(tmp_path: Path) -> Path:
    """Cheap worn apparel is recycled, not donated; premium electronics are held for a check."""
    text = DEFAULT.replace(
        'route = "donate"\nwhy = "worn and worth less than resale costs"',
        'route = "recycle"\nwhy = "worn and worth less than resale costs"',
    ).replace(
        '[[rule]]\nid = "like-new"',
        '[[rule]]\nid = "premium-electronics"\ngrade = ["A"]\ncategory = ["electronics"]\n'
        'min_value = 200\nroute = "quarantine"\nwhy = "premium: check serial"\n\n'
        '[[rule]]\nid = "like-new"',
    )
    assert text.count("premium-electronics") == 1
    path = tmp_path / "new-rules.toml"
    path.write_text(text, encoding="utf-8")
    return path


def generate_history(station: Station, count: int, seed: int = 7) -> list[dict[str, object]]:
    """Finished units over the last 40 days, routed by the default rules when they finished.

    Most carry their assessment (the facts the bench saw); some are older rows without one,
    replayed from their return and the catalogue. Units of a recalled product were restocked
    before the recall was known.
    """
    rng = random.Random(seed)
    rules = load_rules()
    now = station.clock()
    made: list[dict[str, object]] = []
    with station.db.write() as session:
        session.add(CatalogueItem(sku=RECALLED, recall=True, updated_at=now))
        er = ExpectedReturn(
            rma="RMA-HIST-000001",
            order_number="SO-HIST-1",
            return_type="refund",
            reason="Too small",
            status="received",
            version=1,
            delivered_on=(now - timedelta(days=50)).date(),
        )
        session.add(er)
        session.flush()
        for n in range(count):
            recalled = n % 25 == 0
            grade = "A" if recalled else rng.choice("ABCDX")
            category = "home" if recalled else rng.choice(CATEGORIES)
            value = Decimal(rng.randrange(500, 40_000)) / 100
            if recalled:
                value = min(value, Decimal("150"))
            facts = Facts(grade, category, value, return_type="refund", sku=f"SKU-{n % 40}")
            route = "restock" if recalled else rules.decide(facts).route
            finished = now - timedelta(hours=rng.randrange(1, 40 * 24))
            lpn = new_lpn()
            kept = not recalled and n % 5 != 0
            session.add(
                Unit(
                    lpn=lpn,
                    created_at=finished,
                    created_bench="B-1",
                    expected_return_id=None if kept else er.id,
                )
            )
            session.flush()
            insp = Inspection(
                id=uuid.uuid4(),
                lpn=lpn,
                expected_return_id=None if kept else er.id,
                scanned_code=lpn,
                status="finished",
                started_at=finished,
                finished_at=finished,
                bench="B-1",
                operator="gen",
                sku=RECALLED if recalled else facts.sku,
                category=category,
                value=value,
                grade=grade,
                route=route,
                notes="",
            )
            session.add(insp)
            session.flush()
            if kept:
                session.add(
                    UnitAssessment(
                        inspection_id=insp.id,
                        grading_set=category,
                        return_type="refund",
                        days_since_delivery=5,
                    )
                )
            made.append(
                {
                    "grade": grade,
                    "category": category,
                    "value": value,
                    "route": route,
                    "recalled": recalled,
                    "recent": finished >= now - timedelta(days=30),
                }
            )
    return made


def expected_moves(rows: list[dict[str, object]]) -> Counter[tuple[str, str]]:
    """Worked out from the generated facts alone, without the rule engine."""
    moves: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if not row["recent"]:
            continue
        if row["recalled"]:
            moves[("restock", "quarantine")] += 1
        elif row["grade"] == "C" and row["category"] == "apparel" and row["value"] < 15:  # type: ignore[operator]
            moves[("donate", "recycle")] += 1
        elif row["grade"] == "A" and row["category"] == "electronics" and row["value"] >= 200:  # type: ignore[operator]
            moves[("restock", "quarantine")] += 1
    return moves


def test_simulate_counts_the_units_and_value_that_would_move(
    station: Station, tmp_path: Path
) -> None:
    rows = generate_history(station, 600)
    recent = [r for r in rows if r["recent"]]
    before = row_counts(station.db)
    result = simulate(station, load_rules(new_rules(tmp_path)), since=timedelta(days=30))
    assert row_counts(station.db) == before  # a dry run writes nothing
    assert result.units == len(recent)
    assert result.value == sum(r["value"] for r in recent)  # type: ignore[misc]
    moved = Counter({(a, b): n for a, b, n, _ in result.changes()})
    assert moved == expected_moves(rows)
    assert moved[("donate", "recycle")] > 0
    assert moved[("restock", "quarantine")] > 0
    donated = sum(
        r["value"]  # type: ignore[misc]
        for r in recent
        if r["grade"] == "C" and r["category"] == "apparel" and r["value"] < 15  # type: ignore[operator]
    )
    assert dict(((a, b), v) for a, b, _, v in result.changes())[("donate", "recycle")] == donated
    assert result.fired["premium-electronics"] == moved[("restock", "quarantine")] - sum(
        1 for r in recent if r["recalled"]
    )


def test_the_same_rules_move_only_units_whose_facts_changed(station: Station) -> None:
    rows = generate_history(station, 300, seed=11)
    result = simulate(station, load_rules(), since=timedelta(days=30))
    recalled = sum(1 for r in rows if r["recent"] and r["recalled"])
    assert recalled > 0
    assert [(a, b, n) for a, b, n, _ in result.changes()] == [("restock", "quarantine", recalled)]


def test_the_command_prints_the_moves_and_writes_nothing(
    station: Station,
    database_url: str,
    station_home: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    generate_history(station, 200, seed=3)
    station_home.mkdir(parents=True, exist_ok=True)
    (station_home / "settings.toml").write_text(
        tomli_w.dumps({"database_url": database_url, "bench": "BENCH-07"}), encoding="utf-8"
    )
    before = row_counts(station.db)
    assert main(["rules", "simulate", str(new_rules(tmp_path)), "--since", "30d"]) == 0
    out = capsys.readouterr().out
    assert "Would move" in out
    assert "restock → quarantine" in out
    assert "Nothing was activated or written." in out
    assert row_counts(station.db) == before
    bad = tmp_path / "bad.toml"
    bad.write_text(DEFAULT.replace("min_value = 25", "min_value = -25"), encoding="utf-8")
    assert main(["rules", "simulate", str(bad)]) == 2
    assert "negative price" in capsys.readouterr().err
    assert row_counts(station.db) == before


@pytest.mark.parametrize(
    ("text", "span"),
    [("30d", timedelta(days=30)), ("12h", timedelta(hours=12)), (" 6w", timedelta(weeks=6))],
)
def test_since_spans(text: str, span: timedelta) -> None:
    assert parse_since(text) == span


@pytest.mark.parametrize("text", ["30", "-3d", "d", "1y", ""])
def test_a_bad_span_is_refused_with_an_example(text: str) -> None:
    with pytest.raises(BadInput, match="like 30d, 12h or 6w"):
        parse_since(text)
