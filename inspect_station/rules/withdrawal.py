"""The consumer's withdrawal, as the dock needs it: the facts, the refund deadline, how long the
refund may be withheld and the delivery cost owed.

The law (Consumer Rights Directive 2011/83/EU as amended by Directive (EU) 2023/2673):

- art. 13(1): the trader refunds every payment, the delivery cost included, "not later than 14
  days from the day on which he is informed of the consumer's decision to withdraw";
- art. 13(2): beyond the cheapest type of standard delivery the trader offered, the delivery
  cost is not owed;
- art. 13(3): the trader may withhold the refund until the goods are back or the consumer has
  shown proof of having sent them, whichever is earlier;
- art. 14(2): a deduction for diminished value only for handling beyond what is needed to
  establish the nature, characteristics and functioning of the goods, and none at all when
  the consumer was not informed of the right of withdrawal.

How the 14 days are counted. Recital 41 of the Directive applies Regulation (EEC, Euratom)
No 1182/71 to its periods. Art. 3(1): the day of the event (here, the day the notice reached
the trader) does not count. Art. 3(2)(b): the period begins with the first hour of the next
day and ends with the expiry of the last hour of its last day. Art. 3(3): Saturdays, Sundays
and public holidays count. So a notice on day D (in the notice's own time zone, whatever its
hour) makes the refund due by the end of day D + 14 in that zone: the deadline is the first
instant of day D + 15 there, converted to UTC. Daylight-saving changes move that instant,
never the day.

Art. 3(4) would move a last day that is a Saturday, Sunday or public holiday to the end of the
next working day. The station does not: public holidays depend on the member state, which the
station does not know, and a refund made by the earlier day is never late. The deadline shown
is therefore at most three days earlier than the latest the law allows, and never later.

Pure functions and values: no database, no clock of its own.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

REFUND_DAYS = 14  # art. 13(1)
# Ways a consumer tells the trader, by the names the station stores.
CHANNELS = {"button": "withdrawal button", "email": "e-mail", "letter": "letter", "phone": "phone"}
CHANNEL_SPELLINGS = {"e-mail": "email", "mail": "email", "withdrawal button": "button"}
# What proves that the goods were sent back: the carrier's receipt at drop-off, or its first scan.
PROOFS = {"drop-off": "the carrier's drop-off receipt", "first-scan": "the carrier's first scan"}
MAX_COST = Decimal(10_000)
FIRST_YEAR, LAST_YEAR = 2000, 2100  # dates outside these are typing mistakes
_OFFSET = re.compile(r"^[+-](\d{2}):(\d{2})$")
_BRACKETED = re.compile(r"^(?P<time>[^\[\]]+?)\s*\[(?P<zone>[^\[\]]+)\]$")
_OWN_ZONE = re.compile(r"(\]|Z|[+-]\d\d(:?\d\d)?)$", re.IGNORECASE)


class FactError(BadInput):
    """A withdrawal fact that cannot be right; ``field`` names it (the manifest's column)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def zone_of(name: str) -> tzinfo:
    """An IANA zone ("Europe/Berlin"), "UTC", or a fixed offset ("+02:00")."""
    if name in ("UTC", "Z"):
        return UTC
    match = _OFFSET.match(name)
    if match:
        hours, minutes = int(match[1]), int(match[2])
        if hours > 23 or minutes > 59:
            raise BadInput(_("{name!r} is not a UTC offset.").format(name=name))
        delta = timedelta(hours=hours, minutes=minutes)
        return timezone(-delta if name[0] == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise BadInput(
            _(
                "{name!r} is not a time zone: use a name like Europe/Berlin or an offset like "
                "+02:00."
            ).format(name=name)
        ) from None


def offset_name(offset: timedelta) -> str:
    """+02:00, -03:30, UTC."""
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class Moment:
    """An instant as a party recorded it: the UTC time, and the zone it was given in."""

    utc: datetime  # aware, in UTC
    zone: str  # an IANA name, "UTC", or a fixed offset "+02:00"

    @property
    def local(self) -> datetime:
        return self.utc.astimezone(zone_of(self.zone))

    @property
    def day(self) -> date:
        """The calendar day in the moment's own zone."""
        return self.local.date()


def parse_moment(text: str, default_zone: str | None = None) -> Moment:
    """An ISO 8601 date and time with its zone: ``2026-06-19T14:03+02:00``,
    ``2026-06-19 12:03Z``, ``2026-06-19T14:03[Europe/Berlin]`` or both
    (``2026-06-19T14:03+02:00[Europe/Berlin]``, RFC 9557). A time without either takes
    ``default_zone`` when one is given, else it is refused: its day could be another one."""
    text = text.strip()
    zone_name = None
    bracketed = _BRACKETED.match(text)
    if bracketed:
        text, zone_name = bracketed["time"], bracketed["zone"].strip()
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        raise BadInput(
            _(
                "{text!r} is not a date and time like 2026-06-19T14:03+02:00 or "
                "2026-06-19T14:03[Europe/Berlin]."
            ).format(text=text)
        ) from None
    if len(text) <= 10:
        raise BadInput(
            _("{text!r} has no time of day: add it, like {text}T14:03+02:00.").format(text=text)
        )
    if not FIRST_YEAR <= parsed.year <= LAST_YEAR:
        raise BadInput(
            _("{text!r} is not a plausible date ({first}–{last}).").format(
                text=text, first=FIRST_YEAR, last=LAST_YEAR
            )
        )
    zone_name = zone_name or (default_zone if parsed.tzinfo is None else None)
    if zone_name is None:
        if parsed.tzinfo is None:
            raise BadInput(
                _(
                    "{text!r} has no time zone, so its day is not certain: add the offset "
                    "({text}+02:00) or the zone ({text}[Europe/Berlin])."
                ).format(text=text)
            )
        offset = parsed.utcoffset() or timedelta(0)
        return Moment(parsed.astimezone(UTC), offset_name(offset))
    zone = zone_of(zone_name)
    if parsed.tzinfo is None:
        return Moment(_local_to_utc(parsed, zone, zone_name), _zone_label(zone_name))
    given = parsed.utcoffset()
    naive = parsed.replace(tzinfo=None)
    possible = {naive.replace(tzinfo=zone, fold=f).utcoffset() for f in (0, 1)}
    if given not in possible:
        expected = " or ".join(sorted(offset_name(o) for o in possible if o is not None))
        raise BadInput(
            _("the offset {offset} is not {zone}'s at that time ({expected}).").format(
                offset=offset_name(given or timedelta(0)), zone=zone_name, expected=expected
            )
        )
    return Moment(parsed.astimezone(UTC), _zone_label(zone_name))


def with_zone(text: str, zone: str) -> str:
    """``text`` (a date and time as typed) with ``zone`` in brackets when it names none of its
    own: what a form with a separate zone field hands to :func:`parse_moment`."""
    text = text.strip()
    if not text or not zone.strip() or _OWN_ZONE.search(text):
        return text
    return f"{text}[{zone.strip()}]"


def _zone_label(name: str) -> str:
    return "UTC" if name == "Z" else name


def _local_to_utc(naive: datetime, zone: tzinfo, name: str) -> datetime:
    early, late = naive.replace(tzinfo=zone, fold=0), naive.replace(tzinfo=zone, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early.astimezone(UTC)
    if early.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        raise BadInput(
            _("{when} did not exist in {zone}: the clocks went forward.").format(
                when=f"{naive:%Y-%m-%d %H:%M}", zone=name
            )
        )
    raise BadInput(
        _(
            "{when} happened twice in {zone} (the clocks went back): add the offset, {early} or "
            "{late}."
        ).format(
            when=f"{naive:%Y-%m-%d %H:%M}",
            zone=name,
            early=offset_name(early.utcoffset() or timedelta(0)),
            late=offset_name(late.utcoffset() or timedelta(0)),
        )
    )


def local_zone() -> str:
    """This computer's IANA zone name (TZ, /etc/localtime, /etc/timezone), else its offset now."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        target = str(localtime.resolve())
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if "/" in name or name == "UTC":
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return "UTC" if name in ("Etc/UTC", "Etc/UCT") else name
    return offset_name(datetime.now().astimezone().utcoffset() or timedelta(0))


@dataclass(frozen=True)
class Deadline:
    """The refund deadline: the last day (in the notice's zone) and the instant it ends."""

    last_day: date
    ends_at: datetime  # UTC; the first instant after the last day
    zone: str

    def warns(self, now: datetime, hours: int) -> bool:
        """Within ``hours`` of the end, or past it."""
        return now >= self.ends_at - timedelta(hours=hours)

    def overdue(self, now: datetime) -> bool:
        return now >= self.ends_at

    @property
    def last_moment(self) -> datetime:
        """The end shown to people: 23:59 of the last day, in the notice's zone."""
        return (self.ends_at - timedelta(microseconds=1)).astimezone(zone_of(self.zone))


def refund_deadline(notice_day: date, zone: str, days: int = REFUND_DAYS) -> Deadline:
    """The refund is due by the end of ``notice_day`` + ``days`` in ``zone`` (see the module
    docstring: Regulation 1182/71 art. 3(1)–(3); art. 3(4) deliberately not applied)."""
    if not 1 <= days <= REFUND_DAYS:
        raise BadInput(
            _("The refund period must be 1–{most} days, not {days}.").format(
                most=REFUND_DAYS, days=days
            )
        )
    last = notice_day + timedelta(days=days)
    return Deadline(last, start_of_day(last + timedelta(days=1), zone_of(zone)), zone)


def start_of_day(day: date, zone: tzinfo) -> datetime:
    """The first instant (UTC) whose local date in ``zone`` is ``day`` or later.

    Midnight with fold=0: where the clocks jump over midnight, the offset before the jump gives
    the instant the day begins; where midnight happens twice, the first one.
    """
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class Withholding:
    """Until when the refund may be withheld (art. 13(3)), and what ended it."""

    until: datetime  # UTC
    because: str  # "received" (the goods came back) or "sent" (proof of sending)


def withheld_until(received: datetime | None, sent: datetime | None) -> Withholding | None:
    """The earlier of the goods received and the proof of sending; None while neither is known
    (the refund may then be withheld)."""
    known = [Withholding(t, why) for t, why in ((sent, "sent"), (received, "received")) if t]
    return min(known, key=lambda w: w.until) if known else None


def delivery_owed(paid: Decimal | None, cheapest: Decimal | None) -> Decimal | None:
    """The delivery cost to refund: what was paid, up to the cheapest standard delivery
    offered (art. 13(2)); None when the cost paid is not known."""
    if paid is None:
        return None
    return paid if cheapest is None else min(paid, cheapest)


@dataclass(frozen=True)
class Withdrawal:
    """What the shop knows of the consumer's withdrawal; every field may be unknown (None)."""

    notice: Moment | None = None  # when the trader was informed, in the notice's own zone
    notice_day: date | None = None  # a notice known by its day only (older manifests)
    channel: str | None = None  # one of CHANNELS
    acknowledgement: str | None = None  # the id of the trader's acknowledgement
    sent: Moment | None = None  # proof of sending: when the goods were handed to the carrier
    proof: str | None = None  # one of PROOFS
    informed: bool | None = None  # was the consumer informed of the right of withdrawal?
    delivery_paid: Decimal | None = None
    delivery_cheapest: Decimal | None = None  # the cheapest standard delivery offered

    @property
    def day(self) -> date | None:
        """The day the notice reached the trader, in its own zone."""
        return self.notice.day if self.notice else self.notice_day

    def deadline(
        self, days: int = REFUND_DAYS, fallback_zone: str | None = None
    ) -> Deadline | None:
        """The refund deadline; a notice known by its day only is counted in
        ``fallback_zone`` (default: this computer's zone)."""
        if self.notice is not None:
            return refund_deadline(self.notice.day, self.notice.zone, days)
        if self.notice_day is not None:
            return refund_deadline(self.notice_day, fallback_zone or local_zone(), days)
        return None

    @property
    def delivery_owed(self) -> Decimal | None:
        return delivery_owed(self.delivery_paid, self.delivery_cheapest)

    @property
    def known(self) -> bool:
        return self != Withdrawal()

    def check(self, *, now: datetime, delivered_on: date | None = None) -> None:
        """Refuse facts that cannot be right (:class:`FactError` naming the field)."""
        if self.notice is not None:
            _not_after(self.notice, now, "withdrawal_notice_at")
            if self.notice_day is not None and self.notice_day != self.notice.day:
                raise FactError(
                    "withdrawal_notice_on",
                    _(
                        "{notice_day} is not the day of withdrawal_notice_at ({day} in {zone})."
                    ).format(
                        notice_day=self.notice_day, day=self.notice.day, zone=self.notice.zone
                    ),
                )
        elif self.notice_day is not None and self.notice_day > now.date() + timedelta(days=1):
            raise FactError(
                "withdrawal_notice_on",
                _("{day} is in the future.").format(day=self.notice_day),
            )
        if self.channel is not None and self.channel not in CHANNELS:
            raise FactError(
                "withdrawal_channel",
                _("{channel!r} is not a channel: use {channels}.").format(
                    channel=self.channel, channels=", ".join(CHANNELS)
                ),
            )
        if self.acknowledgement is not None:
            _text(self.acknowledgement, "withdrawal_ack_id", 100)
        if self.sent is not None:
            _not_after(self.sent, now, "proof_of_sending_at")
            if delivered_on is not None and self.sent.day < delivered_on:
                raise FactError(
                    "proof_of_sending_at",
                    _("{day} is before the goods were delivered ({delivered_on}).").format(
                        day=self.sent.day, delivered_on=delivered_on
                    ),
                )
        if self.proof is not None and self.proof not in PROOFS:
            raise FactError(
                "proof_of_sending_by",
                _("{proof!r} is not one of {proofs}.").format(
                    proof=self.proof, proofs=", ".join(PROOFS)
                ),
            )
        self._check_costs()

    def _check_costs(self) -> None:
        for field, cost in (
            ("delivery_cost_paid", self.delivery_paid),
            ("cheapest_delivery_cost", self.delivery_cheapest),
        ):
            if cost is not None and (not cost.is_finite() or not 0 <= cost <= MAX_COST):
                raise FactError(
                    field, _("{cost} is not a cost of 0–{most:,}.").format(cost=cost, most=MAX_COST)
                )
        if self.delivery_cheapest is not None and self.delivery_paid is None:
            raise FactError(
                "cheapest_delivery_cost",
                _("given without the delivery cost paid: say what the consumer paid for delivery."),
            )
        if (
            self.delivery_cheapest is not None
            and self.delivery_paid is not None
            and self.delivery_cheapest > self.delivery_paid
        ):
            raise FactError(
                "cheapest_delivery_cost",
                _(
                    "{cheapest} is above the delivery cost paid ({paid}): the cheapest standard "
                    "delivery offered for the order cannot cost more than the delivery paid (0 "
                    "when delivery was free)."
                ).format(cheapest=self.delivery_cheapest, paid=self.delivery_paid),
            )


# A shop's or a carrier's clock a little ahead of the station's: such a moment is not one
# from the future.
CLOCK_SKEW = timedelta(minutes=5)


def _not_after(moment: Moment, now: datetime, field: str) -> None:
    if moment.utc > now + CLOCK_SKEW:
        raise FactError(
            field,
            _("{when} {zone} is in the future (now {now}).").format(
                when=f"{moment.local:%Y-%m-%d %H:%M}",
                zone=moment.zone,
                now=f"{now.astimezone(zone_of(moment.zone)):%Y-%m-%d %H:%M}",
            ),
        )


def _text(value: str, field: str, limit: int) -> None:
    if not value.strip() or not value.isprintable() or len(value) > limit:
        raise FactError(
            field, _("must be printable text of 1–{limit} characters.").format(limit=limit)
        )


def channel_of(text: str) -> str:
    """The stored name of a channel as people write it ("E-Mail" → "email")."""
    word = " ".join(text.strip().lower().split())
    return CHANNEL_SPELLINGS.get(word, word)
