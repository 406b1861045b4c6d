"""The catalogs: every text of the window and the core is translated into every language, none
is left over from code that is gone, each translation keeps its source's placeholders, and each
compiled catalog is the one its source compiles to."""

from __future__ import annotations

import pytest

from scripts import translations


def test_every_text_is_translated_and_every_catalog_is_compiled() -> None:
    problems = translations.check()
    assert problems == [], f"{len(problems)} problems, first: " + "\n".join(problems[:40])


@pytest.mark.parametrize(
    ("source", "translation", "same"),
    [
        ("Unit {lpn} at {bench}", "Einheit {lpn} an {bench}", True),
        ("Unit {lpn} at {bench}", "Einheit {lpn} an Platz", False),  # a value lost
        ("{rows:,} rows in {seconds:.1f} s", "{rows:,} Zeilen in {seconds:.1f} s", True),
        ("{rows:,} rows in {seconds:.1f} s", "{rows} Zeilen in {seconds:.1f} s", False),
        ("{name!r} is unknown", "{name} ist unbekannt", False),  # the conversion dropped
        ("[F10]  Confirm", "[F10]  Bestätigen", True),
        ("[F10]  Confirm", "[F12]  Bestätigen", False),  # the key a worker presses
        ("%n unit(s)", "%n Einheit(en)", True),
        ("{a} and {b}", "{b} und {a}", True),  # a translation may move them
        ("{a}", "{a", False),
    ],
)
def test_the_placeholder_check(source: str, translation: str, same: bool) -> None:
    assert (translations.placeholders(source) == translations.placeholders(translation)) is same
