"""The key assembler's rules, with synthetic timestamps: every mode, late ends, stalls, floods."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from inspect_station.identify.wedge import (
    MAX_BURST,
    KeyAssembler,
    Outcome,
    Refused,
    Scan,
    Typed,
    WedgeRules,
)


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def make(mode: str = "timing", **rules: float) -> tuple[KeyAssembler[str], Clock]:
    clock = Clock()
    return KeyAssembler(WedgeRules(mode=mode, **rules), clock=clock), clock  # type: ignore[arg-type]


def send(
    asm: KeyAssembler[str], clock: Clock, text: str, gaps: list[float] | float
) -> list[Outcome[str]]:
    """Keys as a scanner types them: the clock and the keys' stamps advance together."""
    out: list[Outcome[str]] = []
    for i, char in enumerate(text):
        swallow, got = asm.char(char, f"{char}{i}", clock.t)
        assert swallow or asm.rules.mode != "timing"
        out += got
        clock.t += gaps if isinstance(gaps, float) else gaps[i]
    return out


def test_a_burst_whose_enter_comes_late_is_still_one_scan() -> None:
    for late in (0.0, 0.040, 0.100, 0.250):
        asm, clock = make()
        assert send(asm, clock, "1ZA1B2C30179819334", 0.008) == []
        clock.t += late - 0.008
        assert asm.settle() == []  # the timer may fire meanwhile: the burst waits
        swallow, out = asm.end("enter", clock.t)
        assert swallow
        assert out == [Scan("1ZA1B2C30179819334", "10")]


def test_a_burst_without_its_end_is_refused_whole_never_typed() -> None:
    asm, clock = make()
    send(asm, clock, "RMA-2026-000016", 0.008)
    clock.t += 0.35
    (refused,) = asm.settle()
    assert isinstance(refused, Refused)
    assert refused.length == 15
    assert "without its end key" in refused.reason
    assert not asm.holding
    swallow, out = asm.end("enter", clock.t)  # the end, later still: part of the refused scan
    assert swallow
    assert out == []


def test_a_persons_key_is_typing_once_the_gap_passes_and_not_before() -> None:
    asm, clock = make(gap_s=0.05)
    swallow, out = asm.char("a", "a", clock.t)
    assert swallow
    assert out == []
    clock.t += 0.049
    assert asm.settle() == []  # a second key could still come: "a" may start a scan
    clock.t += 0.002
    assert asm.settle() == [Typed(("a",))]


def test_slow_typing_then_enter_is_typing_and_the_enter_acts() -> None:
    asm, clock = make()
    out = send(asm, clock, "hello", 0.09)
    assert out == [Typed((f"{c}{i}",)) for i, c in enumerate("hell")]
    swallow, out = asm.end("enter", clock.t)
    assert not swallow
    assert out == [Typed(("o4",))]


def test_three_fast_keys_are_no_burst() -> None:
    asm, clock = make()
    send(asm, clock, "AB1", 0.002)
    swallow, out = asm.end("enter", clock.t)
    assert not swallow
    assert out == [Typed(("A0", "B1", "12"))]


def test_a_function_key_comes_after_the_typing_before_it() -> None:
    asm, clock = make()
    send(asm, clock, "ok", 0.02)
    swallow, out = asm.other(clock.t)
    assert not swallow
    assert out == [Typed(("o0", "k1"))]


def test_a_command_key_inside_a_burst_refuses_the_burst() -> None:
    asm, clock = make()
    send(asm, clock, "123456", 0.005)
    swallow, out = asm.other(clock.t)
    assert not swallow
    assert len(out) == 1
    assert isinstance(out[0], Refused)


def test_a_stalled_ui_that_delivers_queued_keys_late_keeps_the_scan_whole() -> None:
    asm, clock = make()
    stamps = [1000.0 + i * 0.008 for i in range(10)]
    asm.char("R", "R", stamps[0])
    clock.t += 0.2  # the UI thread was busy 200 ms; the keys were queued meanwhile
    for i, stamp in enumerate(stamps[1:], 1):
        assert asm.char("X", f"X{i}", stamp) == (True, [])
    swallow, out = asm.end("enter", stamps[-1] + 0.1)
    assert swallow
    assert isinstance(out[0], Scan)
    assert out[0].code == "R" + "X" * 9


def test_a_ten_thousand_character_burst_is_refused_by_length() -> None:
    asm, clock = make()
    send(asm, clock, "A" * 10_000, 0.001)
    _swallow, (refused,) = asm.end("enter", clock.t)
    assert isinstance(refused, Refused)
    assert "10,000 characters" in refused.reason


def test_a_flood_past_the_buffer_is_counted_but_not_stored() -> None:
    asm, clock = make()
    send(asm, clock, "7" * (MAX_BURST + 5), 0.0)
    assert len(asm._held) == MAX_BURST
    _s, (refused,) = asm.end("enter", clock.t)
    assert isinstance(refused, Refused)
    assert refused.length == MAX_BURST + 5


def test_control_characters_and_nul_inside_a_burst_stay_in_the_scan() -> None:
    asm, clock = make()
    send(asm, clock, "0104\x0010\x1d21", 0.003)
    _s, (scan,) = asm.end("enter", clock.t)
    assert isinstance(scan, Scan)
    assert scan.code == "0104\x0010\x1d21"


def test_a_lone_control_character_is_left_to_its_widget() -> None:
    asm, clock = make()
    assert asm.char("\x03", "ctrl-c", clock.t) == (False, [])
    assert not asm.holding


def test_prefix_mode_reads_whatever_the_timing_and_lets_other_keys_act_at_once() -> None:
    asm, clock = make("prefix")
    assert asm.char("a", "a", clock.t) == (False, [])  # a bench key outside a frame: at once
    assert asm.start("F13", clock.t) == (True, [])
    for i, char in enumerate("RMA-2026-000001"):
        assert asm.char(char, str(i), clock.t) == (True, [])
        clock.t += 0.4 if i == 3 else 0.04
    assert asm.other(clock.t) == (True, [])  # an F-key inside the frame: part of it, swallowed
    assert asm.end("enter", clock.t + 1.5) == (True, [Scan("RMA-2026-000001", "F13")])


def test_prefix_mode_refuses_a_frame_that_never_ends() -> None:
    asm, clock = make("prefix", frame_s=2.0)
    asm.start("F13", clock.t)
    send(asm, clock, "RMA-20", 0.01)
    clock.t += 1.9
    assert asm.settle() == []
    clock.t += 0.2
    (refused,) = asm.settle()
    assert isinstance(refused, Refused)
    assert "never ended" in refused.reason


def test_aim_mode_opens_on_a_symbology_identifier_only() -> None:
    asm, clock = make("aim")
    assert asm.char("a", "a", clock.t) == (False, [])
    send(asm, clock, "]C10104006381333931", 0.03)
    clock.t += 1.0  # a late Enter: the frame is open, timing does not matter
    _s, (scan,) = asm.end("enter", clock.t)
    assert scan == Scan("]C10104006381333931", "]0")


def test_aim_mode_a_persons_bracket_is_typing() -> None:
    asm, clock = make("aim")
    out = send(asm, clock, "]x!", 0.01)
    assert out == [Typed(("]0", "x1", "!2"))]
    asm2, clock2 = make("aim")
    send(asm2, clock2, "]", 0.1)
    assert asm2.settle() == [Typed(("]0",))]


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="scanner mode"):
        WedgeRules(mode="magic")


@settings(max_examples=200, deadline=None)
@given(
    code=st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", min_size=4, max_size=40),
    gaps=st.lists(st.floats(0.001, 0.040), min_size=40, max_size=40),
    enter=st.floats(0.0, 0.250),
    timer_fires=st.booleans(),
)
def test_any_gap_to_40_ms_and_enter_to_250_ms_reads_whole(
    code: str, gaps: list[float], enter: float, timer_fires: bool
) -> None:
    asm, clock = make()
    assert send(asm, clock, code, gaps) == []
    clock.t += enter - gaps[len(code) - 1]
    if timer_fires:
        assert asm.settle() == []
    assert asm.end("enter", clock.t) == (True, [Scan(code, f"{code[0]}0")])


def test_typing_held_before_a_later_key_is_settled_first() -> None:
    # A person's N (the note field), then the note's first letter 150 ms later: the N must
    # act before the next key's widget is chosen (it moves the focus).
    asm, clock = make()
    asm.char("n", "n-bench", clock.t)
    assert asm.before(clock.t + 0.010) == []  # within the gap: could still be a scan
    assert asm.before(clock.t + 0.150) == [Typed(("n-bench",))]
    assert not asm.holding
