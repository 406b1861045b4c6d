"""Finished units with varied benches, graders and grades, for the desk's tests."""

from __future__ import annotations

from sqlalchemy import select

from db.models.returns import ExpectedReturn
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.bench.views import InspectionView
from inspect_station.people.roles import Role, User
from inspect_station.printing import queue
from tests.conftest import FakeClock

# (bench, grader, grade) per unit, finished one minute apart in this order.
PLAN = (
    ("BENCH-07", "maria", "A"),
    ("BENCH-07", "maria", "B"),
    ("BENCH-09", "ines", "C"),
    ("BENCH-09", "ines", "A"),
    ("BENCH-07", "jonas", "X"),
    ("BENCH-09", "maria", "D"),
    ("BENCH-07", "ines", "B"),
)


def finish_units(
    station: Station, clock: FakeClock, plan: tuple[tuple[str, str, str], ...] = PLAN
) -> list[InspectionView]:
    """Finish one unit per plan entry (each from its own expected return), oldest first."""
    settings, user = station.settings, station.user
    done = []
    with station.db.read() as session:
        rmas = session.scalars(
            select(ExpectedReturn.rma)
            .where(ExpectedReturn.status == "open")
            .order_by(ExpectedReturn.id)
        ).all()
    try:
        for rma, (bench, grader, grade) in zip(rmas, plan, strict=False):
            station.settings = settings.replace(bench=bench)
            station.change_shift(user=User(grader, Role.OPERATOR))
            opened = scanning.scan(station, rma)
            assert isinstance(opened, scanning.Opened)
            clock.advance(45)
            done.append(inspection.finish(station, opened.inspection, grade=grade).inspection)
            queue.dispatch(station)  # the bench prints its label, as it does at once
            clock.advance(15)
    finally:
        station.settings = settings
        station.change_shift(user=user)
    return done


def supervisor(station: Station, name: str = "sam") -> None:
    station.change_shift(user=User(name, Role.SUPERVISOR))
