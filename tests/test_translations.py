"""The catalogs: every text of the window and the core is translated into every language, none
is left over from code that is gone, each translation keeps its source's placeholders, and each
compiled catalog is the one its source compiles to."""

from __future__ import annotations

import shutil
from pathlib import Path

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


def test_the_check_finds_untranslated_stale_and_uncompiled_texts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts_dir, po_dir = tmp_path / "translations", tmp_path / "locale"
    shutil.copytree(translations.TS_DIR, ts_dir)
    shutil.copytree(translations.PO_DIR, po_dir)
    monkeypatch.setattr(translations, "TS_DIR", ts_dir)
    monkeypatch.setattr(translations, "PO_DIR", po_dir)
    assert translations.check() == []
    # The window: one text left unfinished in German.
    ts = translations.ts_path("de")
    text = ts.read_text(encoding="utf-8")
    done = "<translation>Paket scannen, um zu beginnen.</translation>"
    assert done in text
    ts.write_text(text.replace(done, '<translation type="unfinished"></translation>'), "utf-8")
    # The core: a Polish text whose code is gone, and one that lost its placeholder.
    po = translations.po_path("pl")
    catalog = translations.read_catalog(po, "pl")
    catalog.add("A text no code says any more.", "Tekst, którego nie ma w kodzie.")
    catalog["Wrong PIN. {attempts_left} more wrong PIN(s) lock this badge."].string = "Błędny PIN."
    po.write_bytes(translations._po_bytes(catalog))
    problems = "\n".join(translations.check())
    assert "inspect_station_de.ts: untranslated: BenchScreen 'Scan a parcel to start.'" in problems
    assert "inspect_station_de.qm is not compiled from inspect_station_de.ts" in problems
    assert "(pl): no longer in the code: 'A text no code says any more.'" in problems
    assert "'Wrong PIN. {attempts_left} more wrong PIN(s) lock this badge.' → 'Błędny PIN.'" in (
        problems
    )
    assert "inspect_station.mo (pl) is not compiled from inspect_station.po" in problems
