from __future__ import annotations

from inspect_station.identify.camera_scans import Debouncer


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_a_code_held_in_view_is_one_scan() -> None:
    clock = Clock()
    debouncer = Debouncer(hold_s=1.0, confirm=2, clock=clock)
    scans: list[str] = []
    for _ in range(100):  # four seconds at 25 frames a second
        scans += debouncer.frame(["4006381333931"])
        clock.t += 0.04
    assert scans == ["4006381333931"]


def test_a_single_misread_frame_is_not_a_scan() -> None:
    clock = Clock()
    debouncer = Debouncer(hold_s=1.0, confirm=2, clock=clock)
    assert debouncer.frame(["1Z999AA1O123456784"]) == []
    clock.t += 2.0
    assert debouncer.frame([]) == []
    assert debouncer.frame(["1Z999AA1O123456784"]) == []  # forgotten: counts from one again


def test_a_code_taken_away_and_shown_again_scans_again() -> None:
    clock = Clock()
    debouncer = Debouncer(hold_s=1.0, confirm=1, clock=clock)
    assert debouncer.frame(["RMA-2026-000001"]) == ["RMA-2026-000001"]
    clock.t += 0.5
    assert debouncer.frame([]) == []  # a frame or two without it: still the same sighting
    clock.t += 0.3
    assert debouncer.frame(["RMA-2026-000001"]) == []
    clock.t += 1.5
    assert debouncer.frame(["RMA-2026-000001"]) == ["RMA-2026-000001"]


def test_two_codes_in_one_frame_are_two_scans_in_frame_order() -> None:
    debouncer = Debouncer(confirm=1, clock=Clock())
    assert debouncer.frame(["B", "A", "B"]) == ["B", "A"]
