"""The station's translation catalogs: find the texts, update the catalogs, compile them.

    python scripts/translations.py update    # new texts into every catalog, gone ones out
    python scripts/translations.py compile   # .ts → .qm (pyside6-lrelease), .po → .mo (Babel)
    python scripts/translations.py check     # what the tests check: nothing missing or stale
    python scripts/translations.py add xx    # start the catalogs of a new language

Two sets of catalogs, one per kind of text:
- the window's (``ui/``): Qt Linguist files ``resources/translations/inspect_station_<lang>.ts``,
  found by ``pyside6-lupdate`` and compiled by ``pyside6-lrelease`` (both in PySide6-Essentials);
- the core's (``inspect_station/``: refusals, labels, reports, the command line): gettext files
  ``resources/locale/<lang>/LC_MESSAGES/inspect_station.po`` beside the template
  ``resources/locale/inspect_station.pot``, extracted, updated and compiled with Babel (the same
  work as ``pybabel extract``/``update``/``compile``).
The compiled ``.qm`` and ``.mo`` files are kept beside their sources, so a checkout, the wheel
and the bundle all carry them; the tests fail when one is older than its source.
"""

from __future__ import annotations

import io
import re
import shutil
import string
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "nl", "es", "it", "pl")
DOMAIN = "inspect_station"
TS_DIR = ROOT / "resources" / "translations"
PO_DIR = ROOT / "resources" / "locale"
BIN = Path(sys.executable).parent


def ts_path(lang: str) -> Path:
    return TS_DIR / f"{DOMAIN}_{lang}.ts"


def po_path(lang: str) -> Path:
    return PO_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def ui_sources() -> list[Path]:
    return sorted((ROOT / "ui").rglob("*.py"))


# -- the window: Qt Linguist ------------------------------------------------------------------
def lupdate(targets: list[Path], *, keep_obsolete: bool = False) -> None:
    """Update ``targets`` (.ts files) with the texts marked in ``ui/``."""
    args = [str(BIN / "pyside6-lupdate"), *map(str, ui_sources())]
    args += ["-locations", "none", "-silent"]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, "-ts", *map(str, targets)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True, cwd=ROOT
    )


@dataclass(frozen=True)
class Entry:
    """One message of a catalog: where it belongs, its source and its translation(s)."""

    context: str
    source: str
    translations: tuple[str, ...]
    done: bool  # translated and not marked unfinished, fuzzy or obsolete
    obsolete: bool = False


def read_ts(path: Path) -> list[Entry]:
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            texts = tuple(forms) if forms else ((tr.text or "",) if tr is not None else ("",))
            entries.append(
                Entry(
                    name,
                    source,
                    texts,
                    done=kind == "" and all(texts),
                    obsolete=kind in ("obsolete", "vanished"),
                )
            )
    return entries


def write_ts_translations(path: Path, translations: dict[tuple[str, str], list[str]]) -> int:
    """Fill the translations given for (context, source) into ``path``; returns how many."""
    tree = ET.parse(path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in translations:
                continue
            texts = translations[key]
            tr = message.find("translation")
            assert tr is not None
            tr.attrib.pop("type", None)
            forms = list(tr.iter("numerusform"))
            if forms:
                for form, text in zip(forms, _stretch(texts, len(forms)), strict=True):
                    form.text = text
            else:
                tr.text = texts[0]
            filled += 1
    _write_xml(tree, path)
    return filled


def _stretch(texts: list[str], n: int) -> list[str]:
    return (texts + [texts[-1]] * n)[:n]


def _write_xml(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


# -- the core: gettext with Babel ---------------------------------------------------------------
def extract_core() -> Catalog:
    """The template: every text marked with ``_``, ``ngettext`` or ``N_`` in the core."""
    catalog = Catalog(project="Inspect Station", domain=DOMAIN, charset="utf-8")
    found = extract_from_dir(
        str(ROOT / "inspect_station"),
        method_map=[("**.py", "python")],
        keywords={**DEFAULT_KEYWORDS, "n_": (1, 2)},  # n_: the evidence document's ngettext
        comment_tags=("TRANSLATORS:",),
    )
    for filename, lineno, message, comments, context in found:
        catalog.add(
            message,
            None,
            [(f"inspect_station/{filename}", lineno)],
            auto_comments=comments,
            context=context,
        )
    extract_resources(catalog)
    return catalog


# The texts of the shipped resource files that the bench shows: grade names, defect labels and
# the handling behind a deduction, shot names and hints, outcome reasons, the rules' "why". A
# site's own files, written in its language, are shown as they are.
RESOURCE_KEYS = {
    "name",
    "description",
    "label",
    "hint",
    "reason",
    "why",
    "override_reasons",
    "handling",
}
RESOURCE_FILES = ("grades.toml", "shots.toml", "outcomes.toml", "rules.toml", "grading/*.toml")


def extract_resources(catalog: Catalog) -> None:
    resources = ROOT / "resources"
    for pattern in RESOURCE_FILES:
        for path in sorted(resources.glob(pattern)):
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            where = [(f"resources/{path.relative_to(resources)}", 0)]
            for text in _resource_texts(data):
                catalog.add(text, None, where, auto_comments=["A text of a shipped resource file."])


def _resource_texts(node: object, key: str = "") -> Iterator[str]:
    if isinstance(node, dict):
        for name, value in node.items():
            yield from _resource_texts(value, name)
    elif isinstance(node, list):
        for item in node:
            yield from _resource_texts(item, key)
    elif isinstance(node, str) and key in RESOURCE_KEYS and node.strip():
        yield node


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, omit_header=False, sort_output=True)
    return out.getvalue()


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def update_po(template: Catalog, lang: str) -> Catalog:
    path = po_path(lang)
    catalog = read_catalog(path, lang) if path.exists() else Catalog(locale=lang, domain=DOMAIN)
    catalog.update(template, no_fuzzy_matching=True)
    catalog.obsolete.clear()  # a text gone from the code leaves the catalog with it
    return catalog


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


# -- commands ------------------------------------------------------------------------------------
def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate([ts_path(lang) for lang in LANGUAGES])
    template = extract_core()
    PO_DIR.mkdir(parents=True, exist_ok=True)
    (PO_DIR / f"{DOMAIN}.pot").write_bytes(_po_bytes(template))
    for lang in LANGUAGES:
        catalog = update_po(template, lang)
        po_path(lang).parent.mkdir(parents=True, exist_ok=True)
        po_path(lang).write_bytes(_po_bytes(catalog))


def compile_all() -> None:
    for lang in LANGUAGES:
        lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
        po_path(lang).with_suffix(".mo").write_bytes(mo_bytes(read_catalog(po_path(lang), lang)))


def add(lang: str) -> None:
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        raise SystemExit(f"{lang!r} is not a language code such as 'pt'")
    ts = ts_path(lang)
    lupdate([ts])
    ts.write_text(
        re.sub(
            r'<TS version="([^"]+)"[^>]*>',
            rf'<TS version="\1" language="{lang}">',
            ts.read_text(encoding="utf-8"),
            count=1,
        ),
        encoding="utf-8",
    )
    po_path(lang).parent.mkdir(parents=True, exist_ok=True)
    catalog = update_po(extract_core(), lang)
    po_path(lang).write_bytes(_po_bytes(catalog))
    print(f"Catalogs started: {ts.relative_to(ROOT)} and {po_path(lang).relative_to(ROOT)}.")
    print("Add the language to LANGUAGES here and in inspect_station/app/i18n.py.")


# -- what the tests check ------------------------------------------------------------------------
# Keys a worker presses, named in brackets: a letter or digit, a function key, a combination
# ([U], [F10], [Ctrl+N]). A key with a localised name on the keyboard ([Enter]) may change.
FIELD = re.compile(r"%n|%L?\d|\[(?:[A-Z0-9]|F\d{1,2}|(?:Ctrl|Alt|Shift)\+[^\]\s]{1,8}|Del|Esc)\]")


def placeholders(text: str) -> list[str]:
    """The parts a translation must keep: named format fields with their conversion and
    format spec, Qt's %n, and the keys in brackets ([F10], [U], [Ctrl+N])."""
    fields: list[str] = []
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is not None:
                fields.append(
                    "{"
                    + name
                    + ("!" + conversion if conversion else "")
                    + (":" + spec if spec else "")
                    + "}"
                )
    except ValueError:
        fields.append("<unbalanced braces>")
    fields += FIELD.findall(text)
    return sorted(fields)


def ts_problems(lang: str, fresh: Path) -> Iterator[str]:
    """Texts of the window missing from, unfinished in or stale in the catalog of ``lang``;
    ``fresh`` is a copy of it that lupdate has updated from the code, keeping what it dropped."""
    path = ts_path(lang)
    current = {(e.context, e.source): e for e in read_ts(path)}
    for entry in read_ts(fresh):
        key = (entry.context, entry.source)
        if entry.obsolete and key in current:
            yield f"{path.name}: no longer in the code: {entry.context} {entry.source!r}"
        elif not entry.obsolete and key not in current:
            yield f"{path.name}: not in the catalog: {entry.context} {entry.source!r}"
    for key, entry in current.items():
        if not entry.done:
            yield f"{path.name}: untranslated: {key[0]} {key[1]!r}"
        for text in entry.translations:
            if entry.done and placeholders(text) != placeholders(entry.source):
                yield f"{path.name}: {key[1]!r} → {text!r} changes {placeholders(entry.source)}"
    qm = fresh.with_suffix(".qm")
    lrelease(path, qm)
    compiled = path.with_suffix(".qm")
    if not compiled.exists() or qm.read_bytes() != compiled.read_bytes():
        yield f"{compiled.name} is not compiled from {path.name}"


def po_problems(lang: str, template: Catalog) -> Iterator[str]:
    """Texts of the core missing from, untranslated in or stale in the catalog of ``lang``."""
    path = po_path(lang)
    catalog = read_catalog(path, lang)
    wanted = {m.id for m in template if m.id}
    have = {m.id for m in catalog if m.id}
    for msgid in sorted(wanted - have, key=str):
        yield f"{path.name} ({lang}): not in the catalog: {msgid!r}"
    for msgid in sorted(have - wanted, key=str):
        yield f"{path.name} ({lang}): no longer in the code: {msgid!r}"
    if catalog.obsolete:
        yield f"{path.name} ({lang}): {len(catalog.obsolete)} obsolete entries"
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(texts):
            yield f"{path.name} ({lang}): untranslated: {ids[0]!r}"
            continue
        for text in texts:
            if placeholders(text) not in [placeholders(i) for i in ids]:
                yield f"{path.name} ({lang}): {ids[0]!r} → {text!r} changes {placeholders(ids[0])}"
    mo = path.with_suffix(".mo")
    if not mo.exists() or mo.read_bytes() != mo_bytes(catalog):
        yield f"{mo.name} ({lang}) is not compiled from {path.name}"


def check() -> list[str]:
    template = extract_core()
    problems: list[str] = []
    pot = PO_DIR / f"{DOMAIN}.pot"
    if not pot.exists() or {m.id for m in read_catalog(pot) if m.id} != {
        m.id for m in template if m.id
    }:
        problems.append(f"{pot.name} is not the template of the code: run update")
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {lang: Path(tmp) / ts_path(lang).name for lang in LANGUAGES}
        for lang, copy in fresh.items():
            shutil.copy(ts_path(lang), copy)
        lupdate(list(fresh.values()), keep_obsolete=True)  # one pass over the code for all
        for lang in LANGUAGES:
            problems += ts_problems(lang, fresh[lang])
            problems += po_problems(lang, template)
    return problems


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "add" and len(argv) == 2:
        add(argv[1])
    elif command == "check":
        problems = check()
        print("\n".join(problems) or "Every text is translated in every catalog.")
        return 1 if problems else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
