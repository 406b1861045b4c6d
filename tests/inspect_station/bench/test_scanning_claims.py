"""Two benches scan the same parcel at the same moment: exactly one gets it."""

from __future__ import annotations

import threading

from sqlalchemy import select

from db.models.inspections import Inspection
from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.app.errors import AlreadyClaimed
from inspect_station.app.startup import open_database, open_station
from inspect_station.bench import inspection, scanning


def test_concurrent_claims_have_exactly_one_winner(station: Station, database_url: str) -> None:
    benches = [station]
    for name in ("BENCH-21", "BENCH-22", "BENCH-23"):
        benches.append(
            open_station(
                station.settings.replace(bench=name),
                database=open_database(database_url),
                clock=station.clock,
            )
        )
    with station.db.read() as session:
        rmas = session.scalars(
            select(ExpectedReturn.rma).order_by(ExpectedReturn.id).limit(5)
        ).all()
    try:
        for rma in rmas:
            start = threading.Barrier(len(benches))
            results: dict[str, object] = {}

            def claim(
                bench: Station,
                rma: str = rma,
                start: threading.Barrier = start,
                results: dict[str, object] = results,
            ) -> None:
                start.wait()
                try:
                    results[bench.bench] = scanning.scan(bench, rma)
                except AlreadyClaimed as exc:
                    results[bench.bench] = exc

            threads = [threading.Thread(target=claim, args=(b,)) for b in benches]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=30)
            winners = [b for b, r in results.items() if isinstance(r, scanning.Opened)]
            losers = [r for r in results.values() if isinstance(r, AlreadyClaimed)]
            assert len(winners) == 1, results
            assert len(losers) == len(benches) - 1
            assert {loser.bench for loser in losers} == set(winners)
            with station.db.read() as session:
                er = session.scalars(select(ExpectedReturn).where(ExpectedReturn.rma == rma)).one()
                opened = session.scalars(
                    select(Inspection).where(Inspection.expected_return_id == er.id)
                ).all()
            assert er.claimed_by_bench == winners[0]
            assert len(opened) == 1
            # The winner puts the parcel aside, so each round starts with no unit open.
            won = results[winners[0]]
            assert isinstance(won, scanning.Opened)
            winner = next(b for b in benches if b.bench == winners[0])
            inspection.cancel(winner, won.inspection, reason="next round")
    finally:
        for bench in benches[1:]:
            bench.close()
