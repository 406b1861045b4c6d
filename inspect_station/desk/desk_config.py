"""The desk's settings, checked once: shifts, costs, recovery rates, the drift threshold.

And the period a dashboard or report covers: a local day, or one shift of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.desk.history import local_day_bounds

_SHIFT = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")


@dataclass(frozen=True)
class Shift:
    name: str
    start: time
    end: time  # an end at or before the start is on the next day

    def bounds(self, day: date, tz: ZoneInfo | None) -> tuple[datetime, datetime]:
        start = _local(day, self.start, tz)
        end_day = day if self.end > self.start else day + timedelta(days=1)
        return start, _local(end_day, self.end, tz)


@dataclass(frozen=True)
class DeskConfig:
    shifts: tuple[Shift, ...]
    cost_per_bench_minute: Decimal
    cost_per_label: Decimal
    recovery_rates: dict[str, Decimal]
    drift_threshold: float
    drift_min_units: int
    currency: str

    def shift(self, name: str) -> Shift:
        for shift in self.shifts:
            if shift.name == name:
                return shift
        names = ", ".join(s.name for s in self.shifts) or _("none configured")
        raise BadInput(
            _("There is no shift {name!r}; the shifts are: {names}.").format(name=name, names=names)
        )


@dataclass(frozen=True)
class Period:
    """What a dashboard covers: [start, end) in UTC-aware datetimes, and its name."""

    day: date
    shift: str | None
    start: datetime
    end: datetime
    tz: ZoneInfo | None

    @property
    def label(self) -> str:
        text = i18n.long_day(self.day)
        if self.shift:
            local = (self.start.astimezone(self.tz), self.end.astimezone(self.tz))
            text += _(", {shift} shift {local:%H:%M}–{local2:%H:%M}").format(
                shift=self.shift, local=local[0], local2=local[1]
            )
        return text

    @property
    def hours(self) -> float:
        return (self.end - self.start).total_seconds() / 3600


def period(
    config: DeskConfig, day: date, shift: str | None = None, tz: ZoneInfo | None = None
) -> Period:
    if shift:
        start, end = config.shift(shift).bounds(day, tz)
    else:
        start, end = local_day_bounds(day, tz)
    return Period(day, shift or None, start, end, tz)


def _local(day: date, at: time, tz: ZoneInfo | None) -> datetime:
    naive = datetime.combine(day, at)
    return naive.replace(tzinfo=tz) if tz else naive.astimezone()


def load(settings: Settings) -> DeskConfig:
    """The desk's part of the settings, or BadInput naming the setting that is wrong."""
    shifts = []
    for name, span in settings.shifts.items():
        match = _SHIFT.match(str(span).replace(" ", ""))
        hours = [int(g) for g in match.groups()] if match else []
        if not hours or hours[0] > 23 or hours[2] > 23 or hours[1] > 59 or hours[3] > 59:
            raise BadInput(
                _("Setting shifts.{name}: {span!r} is not a time span like 06:00-14:00.").format(
                    name=name, span=span
                )
            )
        shifts.append(Shift(name, time(hours[0], hours[1]), time(hours[2], hours[3])))
    rates = {}
    for route, rate in settings.recovery_rates.items():
        value = _decimal(f"recovery_rates.{route}", rate)
        if not 0 <= value <= 1:
            raise BadInput(
                _("Setting recovery_rates.{route} must be between 0 and 1, not {rate}.").format(
                    route=route, rate=rate
                )
            )
        rates[route] = value
    threshold = settings.grade_drift_threshold
    if not 0 < threshold < 1:
        raise BadInput(
            _("Setting grade_drift_threshold must be between 0 and 1, not {threshold}.").format(
                threshold=threshold
            )
        )
    return DeskConfig(
        shifts=tuple(shifts),
        cost_per_bench_minute=_money("cost_per_bench_minute", settings.cost_per_bench_minute),
        cost_per_label=_money("cost_per_label", settings.cost_per_label),
        recovery_rates=rates,
        drift_threshold=threshold,
        drift_min_units=max(1, settings.grade_drift_min_units),
        currency=settings.currency,
    )


def _decimal(name: str, value: object) -> Decimal:
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise BadInput(
            _("Setting {name} must be a number, not {value!r}.").format(name=name, value=value)
        ) from None


def _money(name: str, value: float) -> Decimal:
    amount = _decimal(name, value)
    if amount < 0:
        raise BadInput(
            _("Setting {name} cannot be negative ({value}).").format(name=name, value=value)
        )
    return amount.quantize(Decimal("0.0001"))
