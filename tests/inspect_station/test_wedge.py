from __future__ import annotations

from inspect_station.wedge import WedgeDetector


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def feed(detector: WedgeDetector[str], clock: Clock, text: str, gap: float) -> None:
    for char in text:
        detector.key(char, char)
        clock.t += gap


def test_a_fast_burst_ending_in_enter_is_a_scan() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    feed(detector, clock, "RMA-2026-000001", 0.004)
    assert detector.terminator() == "RMA-2026-000001"
    assert not detector.holding


def test_slow_typing_is_handed_back_in_order() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    detector.key("b", "b")
    assert detector.expire() == []  # still within the gap: could be a burst
    clock.t += 0.120
    assert detector.expire() == ["b"]


def test_typed_text_then_enter_is_not_a_scan() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    for char in "hello":
        detector.key(char, char)
        clock.t += 0.09
    assert detector.terminator() is None
    assert detector.release() == list("hello")


def test_short_bursts_are_keys_not_scans() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock, min_length=4)
    feed(detector, clock, "AB", 0.002)
    assert detector.terminator() is None
    assert detector.release() == ["A", "B"]


def test_a_burst_that_stalls_before_enter_is_typing() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    feed(detector, clock, "12345678", 0.003)
    clock.t += 0.5
    assert detector.terminator() is None
    assert detector.expire() == list("12345678")
