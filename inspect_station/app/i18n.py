"""The station's language: the core's messages (gettext catalogs made with Babel) and the
dates, numbers and money written the way the language's country writes them (CLDR, Babel).

A station speaks one language, the bench's: chosen in the settings (``language``) or, when that
is empty, taken from the system's locale. :func:`activate` is called once at start-up, before
any service runs, and every thread of the process then speaks it, as Qt's installed translators
do for the window. Messages are marked with :func:`_` (``N_`` marks a text translated later,
where it is used); a message with values keeps them as named fields,
``_("Unit {lpn} is open.").format(lpn=lpn)``, so a translation may move them.
"""

from __future__ import annotations

import gettext
import locale
import os
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from inspect_station.app.resources import resource

if TYPE_CHECKING:
    from babel import Locale

# Babel is imported where it is used: a light command (--help, decode) speaks English from the
# standard library's NullTranslations and never pays for CLDR's tables.

DOMAIN = "inspect_station"
# The languages the station ships, in their own words (the settings and the docs list them).
LANGUAGES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "nl": "Nederlands",
    "es": "Español",
    "it": "Italiano",
    "pl": "Polski",
}
SOURCE_LANGUAGE = "en"


@dataclass
class _Active:
    """The language in use; English (the messages' own) until :func:`activate`."""

    code: str = SOURCE_LANGUAGE
    catalog: gettext.NullTranslations = field(default_factory=gettext.NullTranslations)
    cldr: Locale | None = None  # the language's CLDR data, read when first needed


_active = _Active()


def system_language(environ: dict[str, str] | None = None) -> str:
    """The system's language if the station speaks it, else English. Reads what gettext
    reads (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), then the C library's locale."""
    env = os.environ if environ is None else environ
    candidates: list[str] = []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        candidates += [part for part in value.split(":") if part]
    if environ is None:
        candidates.append(locale.getlocale()[0] or "")
    for candidate in candidates:
        code = candidate.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if code not in ("", "c", "posix"):
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def resolve(setting: str) -> str:
    """The language code a ``language`` setting means: itself, or the system's when empty."""
    return setting.strip().lower() or system_language()


def locale_dir() -> str:
    return str(resource("locale"))


def activate(code: str) -> str:
    """Speak ``code`` from now on (the messages, the dates, the numbers); returns it."""
    code = code if code in LANGUAGES else SOURCE_LANGUAGE
    catalog = gettext.NullTranslations()
    if code != SOURCE_LANGUAGE:
        from babel.support import Translations

        catalog = Translations.load(locale_dir(), [code], DOMAIN)
    _active.code = code
    _active.catalog = catalog
    _active.cldr = None
    return code


def language() -> str:
    """The language in use (a code of :data:`LANGUAGES`)."""
    return _active.code


def current_locale() -> Locale:
    """The language's CLDR data (English as written in Britain for the station's own)."""
    if _active.cldr is None:
        from babel import Locale

        english = _active.code == SOURCE_LANGUAGE
        _active.cldr = Locale("en", "GB") if english else Locale(_active.code)
    return _active.cldr


def catalog() -> gettext.NullTranslations:
    """The language's catalog itself, for a module that takes its translations as a value."""
    return _active.catalog


def _(message: str) -> str:
    """The message in the station's language (an empty text stays empty: gettext would
    answer it with the catalog's header)."""
    return _active.catalog.gettext(message) if message else message


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural message for ``n`` in the station's language (its plural rules)."""
    return _active.catalog.ngettext(singular, plural, n)


def in_sentence(label: str) -> str:
    """A label written to begin a sentence ("Row 3", "Medusa return ret_1") as it reads inside
    one: its first letter lower-cased, except in German, where a noun keeps its capital."""
    return label if _active.code == "de" else label[:1].lower() + label[1:]


def N_(message: str) -> str:
    """Mark a message for the catalogs; :func:`_` translates it where it is shown."""
    return message


def money(amount: Decimal | float | int, currency: str, *, whole: bool = False) -> str:
    """An amount of money as the language's country writes it: 1.234,50 € or €1,234.50;
    ``whole``: without the cents when there are none (a limit in a rule: 20 €, €20)."""
    from babel import numbers

    cldr = current_locale()
    if whole and Decimal(str(amount)) == Decimal(str(amount)).to_integral_value():
        pattern = cldr.currency_formats["standard"].pattern.split(";")[0]
        pattern = pattern.replace(".00", "").replace(".##", "")
        return numbers.format_currency(
            amount, currency, format=pattern, locale=cldr, currency_digits=False
        )
    return numbers.format_currency(amount, currency, locale=cldr)


def number(value: Decimal | float | int, digits: int = 0) -> str:
    """A number with the language's grouping and decimal sign, ``digits`` after it."""
    from babel import numbers

    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return numbers.format_decimal(value, format=pattern, locale=current_locale())


def percent(share: float, digits: int = 0) -> str:
    """A share (0.25) as the language writes a percentage (25 %, 25%, 25 %)."""
    from babel import numbers

    cldr = current_locale()
    pattern = cldr.percent_formats[None].pattern
    if digits:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * digits, 1)
    return numbers.format_percent(share, format=pattern, locale=cldr)


def day(value: date) -> str:
    """A date in the language's medium form (7 Dec 2026, 07.12.2026)."""
    from babel import dates

    return dates.format_date(value, format="medium", locale=current_locale())


def long_day(value: date) -> str:
    """A day in full, as the language writes it (Friday, 27 November 2026; piątek, 27 listopada
    2026)."""
    from babel import dates

    return dates.format_date(value, format="full", locale=current_locale())


def short_day(value: date, *, year: bool = False) -> str:
    """A day and month, as the language abbreviates them (9 Dec, 9. Dez., 9 gru), with the
    year if asked (9 Dec 2026)."""
    from babel import dates

    return dates.format_skeleton("yMMMd" if year else "dMMM", value, locale=current_locale())


def day_time(value: datetime, *, year: bool = False) -> str:
    """A day, its month abbreviated and the time on the 24-hour clock, in ``value``'s own zone
    (4 Dec 23:59, 4. Dez. 23:59, 4 gru 23:59): a deadline said with its zone's name."""
    return f"{short_day(value, year=year)} {value:%H:%M}"


def moment(value: datetime) -> str:
    """A date and time to the minute, in local time, as the language writes them."""
    from babel import dates

    local = value.astimezone()
    time = dates.format_time(local, format="short", locale=current_locale())
    return f"{day(local)} {time}"
