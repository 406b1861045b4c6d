"""The refund deadline, the withholding and the delivery cost owed: table tests written from the
articles' own rules, and property tests over the date arithmetic (every IANA zone, daylight
saving, month and year ends, leap years)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from inspect_station.app.errors import BadInput
from inspect_station.rules.withdrawal import (
    FactError,
    Moment,
    Withdrawal,
    delivery_owed,
    offset_name,
    parse_moment,
    refund_deadline,
    start_of_day,
    withheld_until,
    zone_of,
)

D = Decimal
Z = UTC


def at(text: str) -> Moment:
    return parse_moment(text)


# --- Tables from the rules themselves -------------------------------------------------------

# (notice as the shop recorded it, last day, end as a UTC instant, the rule that decides)
DEADLINES = [
    # Reg. 1182/71 art. 3(1): the day of the notice does not count, however early or late.
    ("2026-06-01T00:01[Europe/Berlin]", "2026-06-15", "2026-06-15T22:00Z", "3(1) early"),
    ("2026-06-01T23:59[Europe/Berlin]", "2026-06-15", "2026-06-15T22:00Z", "3(1) late"),
    # Art. 3(2)(b): the period ends with the last hour of its last day, in the notice's zone.
    ("2026-06-01T12:00+01:00[Europe/London]", "2026-06-15", "2026-06-15T23:00Z", "3(2)(b)"),
    # Art. 3(3): Saturdays and Sundays count; a last day on a Saturday stays (3(4) not applied).
    ("2026-06-06T10:00[Europe/Berlin]", "2026-06-20", "2026-06-20T22:00Z", "3(3) Saturday"),
    # Month ends, year ends, leap years.
    ("2026-01-31T09:00[Europe/Paris]", "2026-02-14", "2026-02-14T23:00Z", "January"),
    ("2027-02-16T09:00[Europe/Paris]", "2027-03-02", "2027-03-02T23:00Z", "no 29 February"),
    ("2028-02-15T09:00[Europe/Paris]", "2028-02-29", "2028-02-29T23:00Z", "29 February"),
    ("2026-12-20T18:00[Europe/Rome]", "2027-01-03", "2027-01-03T23:00Z", "year end"),
    ("2026-12-31T23:59:59[Europe/Rome]", "2027-01-14", "2027-01-14T23:00Z", "New Year's Eve"),
    # Daylight saving: the day is kept, the hour of its end moves with the clocks.
    ("2026-03-20T10:00[Europe/Berlin]", "2026-04-03", "2026-04-03T22:00Z", "clocks forward"),
    ("2026-10-15T10:00[Europe/Berlin]", "2026-10-29", "2026-10-29T23:00Z", "clocks back"),
    ("2026-03-29T03:30[Europe/Berlin]", "2026-04-12", "2026-04-12T22:00Z", "the short day"),
    # The notice's own zone decides its day: one instant, two zones, two deadlines.
    ("2026-06-01T23:30-04:00[America/New_York]", "2026-06-15", "2026-06-16T04:00Z", "New York"),
    ("2026-06-02T05:30+02:00[Europe/Berlin]", "2026-06-16", "2026-06-16T22:00Z", "Berlin"),
    # A notice given with an offset only is counted at that offset.
    ("2026-06-01T12:00+05:30", "2026-06-15", "2026-06-15T18:30Z", "fixed offset"),
    ("2026-06-01T12:00Z", "2026-06-15", "2026-06-16T00:00Z", "UTC"),
]


@pytest.mark.parametrize(("notice", "last_day", "ends", "rule"), DEADLINES)
def test_the_refund_is_due_by_the_end_of_the_fourteenth_day(
    notice: str, last_day: str, ends: str, rule: str
) -> None:
    moment = at(notice)
    deadline = refund_deadline(moment.day, moment.zone)
    assert deadline.last_day == date.fromisoformat(last_day), rule
    assert deadline.ends_at == datetime.fromisoformat(ends), rule
    assert deadline.last_moment.date() == deadline.last_day
    assert (deadline.last_moment.hour, deadline.last_moment.minute) == (23, 59)


def test_a_shop_may_promise_fewer_days_never_more() -> None:
    assert refund_deadline(date(2026, 6, 1), "UTC", 10).last_day == date(2026, 6, 11)
    for days in (0, 15, 30):
        with pytest.raises(BadInput, match="1–14 days"):
            refund_deadline(date(2026, 6, 1), "UTC", days)


def test_the_warning_comes_48_hours_before_the_end() -> None:
    deadline = refund_deadline(date(2026, 6, 1), "Europe/Berlin")  # ends 2026-06-15T22:00Z
    assert not deadline.warns(datetime(2026, 6, 13, 21, 59, tzinfo=Z), 48)
    assert deadline.warns(datetime(2026, 6, 13, 22, 0, tzinfo=Z), 48)
    assert not deadline.overdue(datetime(2026, 6, 15, 21, 59, 59, tzinfo=Z))
    assert deadline.overdue(datetime(2026, 6, 15, 22, 0, tzinfo=Z))


# (goods received, proof of sending, withheld until, because) — art. 13(3): the earlier
WITHHOLDING = [
    ("2026-06-10T09:00Z", "2026-06-05T16:00Z", "2026-06-05T16:00Z", "sent"),
    ("2026-06-10T09:00Z", "2026-06-12T08:00Z", "2026-06-10T09:00Z", "received"),
    ("2026-06-10T09:00Z", None, "2026-06-10T09:00Z", "received"),
    (None, "2026-06-05T16:00Z", "2026-06-05T16:00Z", "sent"),
]


@pytest.mark.parametrize(("received", "sent", "until", "because"), WITHHOLDING)
def test_the_refund_may_be_withheld_until_the_goods_or_the_proof_whichever_is_earlier(
    received: str | None, sent: str | None, until: str, because: str
) -> None:
    found = withheld_until(
        datetime.fromisoformat(received) if received else None,
        datetime.fromisoformat(sent) if sent else None,
    )
    assert found is not None
    assert (found.until, found.because) == (datetime.fromisoformat(until), because)


def test_with_neither_goods_nor_proof_the_refund_may_still_be_withheld() -> None:
    assert withheld_until(None, None) is None


# (paid, cheapest standard delivery offered, owed) — art. 13(2)
DELIVERY = [
    (D("4.95"), D("4.95"), D("4.95")),  # the standard delivery: all of it
    (D("12.90"), D("4.95"), D("4.95")),  # express chosen: only the cheapest standard
    (D("0"), D("0"), D("0")),  # free delivery: nothing
    (D("7.50"), None, D("7.50")),  # no cheaper option known: what was paid
    (None, None, None),  # nothing known
]


@pytest.mark.parametrize(("paid", "cheapest", "owed"), DELIVERY)
def test_the_delivery_cost_is_owed_up_to_the_cheapest_standard_delivery(
    paid: Decimal | None, cheapest: Decimal | None, owed: Decimal | None
) -> None:
    assert delivery_owed(paid, cheapest) == owed


# --- Reading the moments shops write ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-06-19T14:03", "has no time zone"),
        ("2026-06-19", "has no time of day"),
        ("19/06/2026 14:03+02:00", "is not a date and time"),
        ("2026-06-19T14:03[Mars/Olympus]", "is not a time zone"),
        ("2026-06-19T14:03+01:00[Europe/Berlin]", "is not Europe/Berlin's at that time"),
        ("2026-03-29T02:30[Europe/Berlin]", "did not exist in Europe/Berlin"),
        ("2026-10-25T02:30[Europe/Berlin]", "happened twice"),
        ("1970-01-01T00:00Z", "not a plausible date"),
        ("2026-06-19T14:03[../../etc/passwd]", "is not a time zone"),
    ],
)
def test_moments_that_cannot_be_placed_in_time_are_refused(text: str, message: str) -> None:
    with pytest.raises(BadInput, match=message):
        parse_moment(text)


def test_a_time_without_a_zone_takes_the_zone_given_beside_it() -> None:
    moment = parse_moment("2026-06-19 14:03", "Europe/Berlin")
    assert (moment.utc, moment.zone) == (datetime(2026, 6, 19, 12, 3, tzinfo=Z), "Europe/Berlin")
    # an ambiguous hour needs its offset: with it, either one is read as written
    late = parse_moment("2026-10-25T02:30+01:00[Europe/Berlin]")
    assert late.utc == datetime(2026, 10, 25, 1, 30, tzinfo=Z)


NOW = datetime(2026, 6, 20, 12, 0, tzinfo=Z)


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        (Withdrawal(notice=at("2026-06-20T14:06+02:00")), "withdrawal_notice_at"),
        (Withdrawal(sent=at("2026-06-21T09:00Z")), "proof_of_sending_at"),
        (Withdrawal(channel="fax"), "withdrawal_channel"),
        (Withdrawal(proof="pigeon"), "proof_of_sending_by"),
        (Withdrawal(acknowledgement="ACK\x00"), "withdrawal_ack_id"),
        (Withdrawal(delivery_paid=D("-1")), "delivery_cost_paid"),
        (Withdrawal(delivery_paid=D("NaN")), "delivery_cost_paid"),
        (Withdrawal(delivery_paid=D("4.95"), delivery_cheapest=D("-0.01")), "cheapest_delivery"),
        (Withdrawal(delivery_paid=D("4.95"), delivery_cheapest=D("5.95")), "cheapest_delivery"),
        (Withdrawal(delivery_cheapest=D("4.95")), "cheapest_delivery_cost"),
        (
            Withdrawal(notice=at("2026-06-01T23:30Z"), notice_day=date(2026, 6, 2)),
            "withdrawal_notice_on",
        ),
    ],
)
def test_facts_that_cannot_be_right_are_refused_by_name(facts: Withdrawal, field: str) -> None:
    with pytest.raises(FactError, match=field) as refused:
        facts.check(now=NOW)
    assert refused.value.field.startswith(field)


def test_goods_cannot_be_sent_back_before_they_were_delivered() -> None:
    facts = Withdrawal(sent=at("2026-06-02T09:00Z"))
    facts.check(now=NOW, delivered_on=date(2026, 6, 2))
    with pytest.raises(FactError, match="before the goods were delivered"):
        facts.check(now=NOW, delivered_on=date(2026, 6, 3))


# --- Properties over the arithmetic ----------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2000, 1, 2), max_value=datetime(2099, 12, 1), timezones=st.just(Z)
)
EUROPE = ("Europe/Berlin", "Europe/Lisbon", "Europe/Helsinki", "Europe/Dublin", "Europe/Athens")


@given(instants, st.timezones())
def test_the_deadline_ends_exactly_where_the_fourteenth_local_day_ends(
    notice: datetime, zone: ZoneInfo
) -> None:
    """In every zone, with every jump of its clocks: the last instant before the end lies on
    (or before, where a day was skipped) the last day, the end itself after it."""
    day = notice.astimezone(zone).date()
    deadline = refund_deadline(day, zone.key)
    assert deadline.last_day == day + timedelta(days=14)
    before = (deadline.ends_at - timedelta(microseconds=1)).astimezone(zone).date()
    after = deadline.ends_at.astimezone(zone).date()
    assert before <= deadline.last_day < after
    assert deadline.ends_at > notice


@given(instants, st.sampled_from(EUROPE))
def test_in_europe_the_period_is_fourteen_days_give_or_take_the_clock_change(
    notice: datetime, zone: str
) -> None:
    tz = ZoneInfo(zone)
    day = notice.astimezone(tz).date()
    deadline = refund_deadline(day, zone)
    start = start_of_day(day + timedelta(days=1), tz)
    length = deadline.ends_at - start
    assert abs(length - timedelta(days=14)) <= timedelta(hours=1)
    # exactly 14 × 24 h unless the offset changed inside the period
    offsets = {start.astimezone(tz).utcoffset(), deadline.ends_at.astimezone(tz).utcoffset()}
    assert (length == timedelta(days=14)) == (len(offsets) == 1)
    assert deadline.last_moment.astimezone(tz).time().strftime("%H:%M") == "23:59"


@given(instants, instants, st.timezones())
def test_a_later_notice_never_gives_an_earlier_deadline(
    a: datetime, b: datetime, zone: ZoneInfo
) -> None:
    first, second = sorted((a, b))
    due = [refund_deadline(n.astimezone(zone).date(), zone.key).ends_at for n in (first, second)]
    assert due[0] <= due[1]


@given(instants, st.integers(min_value=0, max_value=86_399), st.sampled_from(EUROPE))
def test_the_hour_of_the_notice_does_not_move_the_deadline(
    notice: datetime, seconds: int, zone: str
) -> None:
    tz = ZoneInfo(zone)
    day = notice.astimezone(tz).date()
    other = start_of_day(day, tz) + timedelta(seconds=seconds)
    assume(other.astimezone(tz).date() == day)  # the short and long days of the clock change
    assert refund_deadline(day, zone) == refund_deadline(other.astimezone(tz).date(), zone)


@given(instants, st.integers(min_value=-12 * 60, max_value=14 * 60))
def test_at_a_fixed_offset_the_end_is_local_midnight(notice: datetime, minutes: int) -> None:
    offset = timedelta(minutes=minutes)
    name = offset_name(offset)
    local = notice.astimezone(timezone(offset))
    deadline = refund_deadline(local.date(), name)
    midnight = datetime.combine(local.date() + timedelta(days=15), datetime.min.time())
    assert deadline.ends_at == (midnight - offset).replace(tzinfo=Z)


@given(instants, st.timezones())
def test_a_moment_written_with_its_offset_and_zone_reads_back_the_same(
    when: datetime, zone: ZoneInfo
) -> None:
    local = when.astimezone(zone)
    text = f"{local.isoformat()}[{zone.key}]"
    moment = parse_moment(text)
    assert moment.utc == when
    assert moment.local.utcoffset() == local.utcoffset()
    assert zone_of(moment.zone).utcoffset(when.replace(tzinfo=None)) is not None


moments = st.one_of(st.none(), instants)


@given(moments, moments)
def test_withholding_ends_at_the_earlier_fact_and_only_then(
    received: datetime | None, sent: datetime | None
) -> None:
    found = withheld_until(received, sent)
    known = [t for t in (received, sent) if t is not None]
    if not known:
        assert found is None
        return
    assert found is not None
    assert found.until == min(known)
    assert found == withheld_until(received, sent)
    assert (found.until == sent) if found.because == "sent" else (found.until == received)


costs = st.decimals(min_value=0, max_value=10_000, places=2)


@given(costs, st.one_of(st.none(), costs))
def test_the_delivery_owed_is_never_more_than_paid_nor_than_the_cheapest(
    paid: Decimal, cheapest: Decimal | None
) -> None:
    owed = delivery_owed(paid, cheapest)
    assert owed is not None
    assert owed <= paid
    assert cheapest is None or owed <= cheapest
    assert owed in (paid, cheapest)


def test_a_moment_a_few_minutes_ahead_is_a_clock_s_skew_not_the_future() -> None:
    Withdrawal(notice=at("2026-06-20T14:04+02:00")).check(now=NOW)  # 4 minutes ahead: kept
    with pytest.raises(FactError, match="in the future"):
        Withdrawal(notice=at("2026-06-20T14:06+02:00")).check(now=NOW)
