"""The station's language: which one a station speaks, and how it writes money and dates."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from inspect_station.app import i18n
from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.app.startup import check_settings
from inspect_station.labels.layout import (
    Band,
    Bitmap,
    Layout,
    TextBox,
    build_layout,
    destination_text,
    route_words,
)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "pl_PL.UTF-8"}, "pl"),
        ({"LC_ALL": "fr_BE.UTF-8", "LANG": "de_DE.UTF-8"}, "fr"),
        ({"LANGUAGE": "nl:en", "LANG": "en_GB.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "it_IT@euro"}, "it"),
        ({"LANG": "es-ES"}, "es"),
        # A language the station does not speak, the C locale or nothing at all: English.
        ({"LANG": "pt_BR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({}, "en"),
        # gettext's own order: LANGUAGE before LC_ALL; an unknown first choice is not skipped.
        ({"LANGUAGE": "sv", "LANG": "de_DE.UTF-8"}, "en"),
    ],
)
def test_the_system_language(environ: dict[str, str], expected: str) -> None:
    assert i18n.system_language(environ) == expected


def test_an_empty_setting_means_the_system_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "pl")
    assert i18n.resolve("") == "pl"
    assert i18n.resolve(" DE ") == "de"


def test_a_language_the_station_does_not_speak_is_refused(settings: Settings) -> None:
    with pytest.raises(BadInput, match=r"Language 'sv' is not one the station speaks; use one"):
        check_settings(settings.replace(language="sv"))
    check_settings(settings.replace(language="pl"))
    check_settings(settings.replace(language=""))


@pytest.mark.parametrize("language", sorted(set(i18n.LANGUAGES) - {"en"}))
def test_every_language_has_its_catalog(language: str) -> None:
    assert i18n.activate(language) == language
    assert i18n._("Wrong PIN.") != "Wrong PIN."
    assert i18n.language() == language


def test_messages_keep_their_values_in_another_language() -> None:
    i18n.activate("de")
    text = i18n._("Label copies must be 1–99, not {label_copies}.").format(label_copies=120)
    assert "120" in text
    assert "Label copies" not in text


def test_money_dates_and_numbers_as_each_language_writes_them() -> None:
    amount = Decimal("1234.5")
    written = {}
    for language in ("en", "de", "fr", "pl"):
        i18n.activate(language)
        written[language] = (
            i18n.money(amount, "EUR"),
            i18n.number(1234567),
            i18n.day(date(2026, 12, 7)),
        )
    # CLDR's forms (Babel): the sign before or after, the decimal comma, the grouping.
    assert written["en"] == ("€1,234.50", "1,234,567", "7 Dec 2026")
    assert written["de"] == ("1.234,50\xa0€", "1.234.567", "07.12.2026")
    assert written["fr"][0] == "1\u202f234,50\xa0€"
    assert written["pl"][0] == "1\xa0234,50\xa0€"
    i18n.activate("de")
    assert i18n.percent(0.125, 1) == "12,5\xa0%"
    assert i18n.moment(datetime(2026, 12, 7, 13, 5, tzinfo=UTC)).endswith(
        datetime(2026, 12, 7, 13, 5, tzinfo=UTC).astimezone().strftime("%H:%M")
    )


def test_routes_in_the_language_of_the_bench() -> None:
    i18n.activate("de")
    assert destination_text("restock") == route_words("restock").upper() != "RESTOCK"
    # A site's own destination reads as its rule file spells it.
    assert destination_text("to-the-outlet") == "TO THE OUTLET"
    i18n.activate("en")
    assert destination_text("return_to_vendor") == "RETURN TO VENDOR"


def test_an_empty_text_stays_empty() -> None:
    i18n.activate("pl")
    assert i18n._("") == ""


def test_a_label_prints_in_the_language_of_the_bench() -> None:
    from tests.inspect_station.labels.test_layout import FULL

    def texts(layout: Layout) -> list[str]:
        return [e.text for e in layout.elements if isinstance(e, TextBox)]

    english = build_layout(FULL)
    i18n.activate("de")
    german = build_layout(FULL)
    assert "RESALE" in texts(english)
    assert "WIEDERVERKAUF" in texts(german)
    assert any(t.startswith("Begründung: ") for t in texts(german))
    assert any(t.startswith("Prüfplatz 3") for t in texts(german))
    # The route's pictogram and colour are its own in every language.
    marks = [(type(e), e.w, e.h) for e in german.elements if isinstance(e, Bitmap | Band)]
    assert marks == [(type(e), e.w, e.h) for e in english.elements if isinstance(e, Bitmap | Band)]
    assert [e.colour for e in german.elements if isinstance(e, Band)] == [
        e.colour for e in english.elements if isinstance(e, Band)
    ]
