from __future__ import annotations

from inspect_station.identify.wedge import MAX_BURST, WedgeDetector


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
    clock.t += 0.035  # the timer fires on time, just after the gap
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
    assert detector.expire() == []  # the timer is late: one more gap for queued keys
    clock.t += 0.035
    assert detector.expire() == list("12345678")


def test_gaps_are_measured_between_key_timestamps_not_processing_times() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    stamps = iter(5.000 + 0.004 * i for i in range(100))
    for char in "1Z999AA1":
        detector.key(char, char, next(stamps))
        clock.t += 0.001
    clock.t += 0.300  # the UI was busy: the rest of the burst is handled 300 ms late
    assert detector.expire() == []  # a late timer does not give the keys away
    for char in "0123456784":
        detector.key(char, char, next(stamps))
    assert detector.terminator(next(stamps)) == "1Z999AA10123456784"


def test_a_person_typing_slowly_is_typing_even_if_handled_in_one_go() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    for i, char in enumerate("abcd"):
        detector.key(char, char, 7.0 + 0.150 * i)  # 150 ms apart on the keyboard
    assert detector.terminator(7.0 + 0.150 * 4) is None
    assert detector.release() == list("abcd")


def test_an_endless_burst_is_swallowed_whole_and_keeps_its_length() -> None:
    clock = Clock()
    detector: WedgeDetector[str] = WedgeDetector(clock=clock)
    for i in range(MAX_BURST + 500):
        detector.key("7", "7", 1.0 + i * 0.0001)
    code = detector.terminator(1.0 + (MAX_BURST + 500) * 0.0001)
    assert code is not None
    assert len(code) == MAX_BURST + 500
