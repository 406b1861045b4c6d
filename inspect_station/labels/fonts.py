"""The fonts a label's text is drawn in, one run of text per font.

A returns dock prints whatever the catalogue says: Latin, Cyrillic, Greek, Chinese, Japanese,
Korean, and emoji. No single font covers that, so a line is cut into runs and each run drawn in
the first font that has all of its characters:

1. Helvetica (the PDF's own, no file) when the whole line fits Windows-1252, as most do;
   otherwise
2. DejaVu Sans (Debian ``fonts-dejavu-core``): Latin, Greek, Cyrillic, Armenian, Georgian,
   many symbols;
3. WenQuanYi Micro Hei (``fonts-wqy-microhei``): Chinese, Japanese kana and kanji, Korean
   Hangul. Noto Sans CJK (``fonts-noto-cjk``) covers the same, but its outlines are CFF, which
   reportlab cannot embed; WenQuanYi's are TrueType. Its kanji are drawn in their Chinese forms;
4. Symbola (``fonts-symbola``): emoji as monochrome outlines. Labels print on 1-bit thermal
   heads; a colour emoji font (Noto Color Emoji: bitmaps, which reportlab cannot embed either)
   would have to be dithered into grey noise, while an outline glyph prints as a clean black
   shape at any size.

A character no font has is drawn as "?". Emoji presentation selectors, zero-width joiners and
skin-tone modifiers are dropped: a monochrome label cannot show a skin tone, and the parts of
a joined emoji print side by side. Where a font has no bold face (3 and 4), bold is drawn by
stroking the outline (PDF) or thickening it by a dot (printer graphics).

The same files serve the PDF (reportlab) and the thermal printer's graphics (Pillow, through
FreeType), so a line measures and looks the same in both.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

MISSING = "?"
FAUX_BOLD = 0.035  # the outline's stroke, as a share of the em, where a font has no bold face
# Dropped before drawing: emoji variation selectors, joiners, skin-tone modifiers.
_INVISIBLE = frozenset({0xFE0E, 0xFE0F, 0x200D, 0x20E3, *range(0x1F3FB, 0x1F400)})


@dataclass(frozen=True)
class Face:
    """One font file as the PDF names it (``name``; ``bold`` when the family has a bold file)."""

    name: str
    paths: tuple[str, ...]  # where Debian/Ubuntu, Fedora, Arch and Windows keep it
    bold_name: str | None = None
    bold_paths: tuple[str, ...] = ()
    index: int = 0  # the face inside a TrueType collection (.ttc)


FACES = (
    Face(
        "InspectSans",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans.ttf",
            "/usr/share/fonts/TTF/DejaVuSans.ttf",
            "C:/Windows/Fonts/arial.ttf",
        ),
        "InspectSans-Bold",
        (
            "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
            "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf",
            "C:/Windows/Fonts/arialbd.ttf",
        ),
    ),
    Face(
        "InspectCJK",
        (
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/TTF/wqy-microhei.ttc",
        ),
    ),
    Face(
        "InspectEmoji",
        (
            "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
            "/usr/share/fonts/gdouros-symbola/Symbola.ttf",
            "/usr/share/fonts/TTF/Symbola.ttf",
        ),
    ),
)


@dataclass(frozen=True)
class Run:
    """Consecutive characters drawn in one font. ``faux_bold``: bold asked of a font that has
    no bold face; the renderer thickens the outline."""

    font: str
    text: str
    faux_bold: bool = False


@dataclass(frozen=True)
class Loaded:
    name: str
    path: str
    index: int
    glyphs: frozenset[int]


def fits_cp1252(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def visible(text: str) -> str:
    """``text`` without the characters no label shows (see the module's docstring)."""
    return "".join(c for c in text if ord(c) not in _INVISIBLE)


def runs(text: str, bold: bool) -> list[Run]:
    """``text`` cut into runs, each in the first font that has its characters."""
    shown = visible(text)
    if fits_cp1252(shown):
        return [Run("Helvetica-Bold" if bold else "Helvetica", shown)] if shown else []
    chain = fallback_chain(bold)
    if not chain:
        return [Run("Helvetica-Bold" if bold else "Helvetica", _cp1252(shown))]
    cut: list[Run] = []
    for char in unicodedata.normalize("NFC", shown):
        last = cut[-1] if cut else None
        if last and (char == " " or unicodedata.category(char).startswith("M")):
            # A space or an accent stays in the run it belongs to (every font has a space;
            # an accent its font lacks is dropped rather than set apart from its letter).
            if char == " " or ord(char) in _glyphs_of(chain, last.font):
                cut[-1] = Run(last.font, last.text + char, last.faux_bold)
            continue
        face = next((f for f in chain if ord(char) in f.glyphs), None)
        loaded, drawn = (face, char) if face else (chain[0], MISSING)
        if last and last.font == loaded.name:
            cut[-1] = Run(last.font, last.text + drawn, last.faux_bold)
        else:
            cut.append(Run(loaded.name, drawn, bold and not loaded.name.endswith("-Bold")))
    return cut


def _glyphs_of(chain: list[Loaded], name: str) -> frozenset[int]:
    return next((f.glyphs for f in chain if f.name == name), frozenset())


def width(text: str, size: float, bold: bool) -> float:
    """Width of ``text`` in the units of ``size`` (dots when ``size`` is in dots)."""
    return float(sum(pdfmetrics.stringWidth(run.text, run.font, size) for run in runs(text, bold)))


def face_file(name: str) -> tuple[str, int] | None:
    """(path, index) of a registered font, for drawing it as printer graphics."""
    for loaded in _loaded():
        if loaded.name == name:
            return loaded.path, loaded.index
    return None


def fallback_chain(bold: bool) -> list[Loaded]:
    """The fonts found on this machine, in fallback order, bold faces where there are."""
    by_name = {loaded.name: loaded for loaded in _loaded()}
    chain = []
    for face in FACES:
        wanted = face.bold_name if bold and face.bold_name in by_name else face.name
        if wanted in by_name:
            chain.append(by_name[wanted])
    return chain


@cache
def _loaded() -> tuple[Loaded, ...]:
    """Every font file found, registered with reportlab once per process."""
    found = []
    for face in FACES:
        for name, paths in ((face.name, face.paths), (face.bold_name, face.bold_paths)):
            if name is None:
                continue
            path = next((p for p in paths if Path(p).is_file()), None)
            if path is None:
                continue
            try:
                font = TTFont(name, path, subfontIndex=face.index)
            except (OSError, TTFError):
                continue
            pdfmetrics.registerFont(font)
            found.append(Loaded(name, path, face.index, frozenset(font.face.charToGlyph)))
    return tuple(found)


def _cp1252(text: str) -> str:
    """Without any wide font: what Windows-1252 has, "?" for the rest."""
    return "".join(c if fits_cp1252(c) else MISSING for c in text)


def describe() -> list[str]:
    """For the log and the docs: each font in the chain and its file, or that it is missing."""
    have = {loaded.name: loaded.path for loaded in _loaded()}
    lines = []
    for face in FACES:
        path = have.get(face.name)
        lines.append(f"{face.name}: {path}" if path else f"{face.name}: not found")
    return lines
