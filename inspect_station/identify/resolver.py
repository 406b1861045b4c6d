"""One resolver: a raw scan in, the things it may be out, in a fixed order.

Whatever the worker scans or types — the carrier's label, the RMA slip, the product's own
code, an e-mail address — :func:`resolve` cleans it and lists its readings as
:class:`Candidate`\\ s, most specific first:

1. licence plate (``LP`` + 12 characters + check character)
2. RMA (``Patterns.rma``, a regular expression from the settings)
3. order number (``Patterns.order``)
4. carrier tracking number (check digit validated, carrier named, routing prefixes and
   suffixes stripped: :mod:`inspect_station.identify.carriers`)
5. GS1 element string (:mod:`inspect_station.identify.gs1`): SSCC, then serial, then GTIN
6. EAN-8/13, UPC-A, GTIN-14 (check digit validated)
7. customer e-mail address
8. free text (matched as it is against RMA, order and tracking number)

The look-up (:mod:`inspect_station.identify.lookup`) tries them in this order and stops at the first
that finds something. A code whose shape promises a check digit that does not hold, and that
nothing else accounts for, is refused here with the reason: it never falls through to free
text and matches something else by accident. A code that only reads as a carrier's number
with Y and Z swapped is refused with a word about the keyboard layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.identify import carriers
from inspect_station.identify.gs1 import GS1Data, gtin_forms, looks_like_gs1, parse_gs1
from inspect_station.identify.identifiers import (
    LPN_PATTERN,
    clean_scan,
    gtin_check_digit,
    gtin_is_valid,
    lpn_is_valid,
    normalise,
)
from inspect_station.identify.symbology import Symbology, split_symbology

Kind = Literal["lpn", "rma", "order", "tracking", "sscc", "serial", "gtin", "email", "text"]
KINDS: tuple[Kind, ...] = (
    "lpn", "rma", "order", "tracking", "sscc", "serial", "gtin", "email", "text",
)  # fmt: skip
STRUCTURED = frozenset(KINDS) - {"text"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_YZ = str.maketrans("YZyz", "ZYzy")


@dataclass(frozen=True)
class Patterns:
    """What the shop's RMA and order numbers look like (regular expressions over the
    upper-cased scan without spaces) and how they are written in the database
    (``re.Match.expand`` templates; empty means "as scanned")."""

    rma: str = r"RMA-?(\d{4})-?(\d{6})"
    rma_format: str = r"RMA-\1-\2"
    order: str = r"SO-?(\d{8})"
    order_format: str = r"SO-\1"

    @classmethod
    def from_settings(cls, settings: Any) -> Patterns:
        return cls(
            rma=settings.rma_pattern,
            rma_format=settings.rma_format,
            order=settings.order_pattern,
            order_format=settings.order_format,
        )

    def check(self) -> None:
        """Refuse patterns that do not compile or templates that do not fit them."""
        for name, pattern, template in (
            ("rma_pattern", self.rma, self.rma_format),
            ("order_pattern", self.order, self.order_format),
        ):
            compiled = _compile(name, pattern)
            groups = {int(n) for n in re.findall(r"\\(\d+)", template)}
            if groups and max(groups) > compiled.groups:
                raise BadInput(
                    _(
                        "Setting {setting} refers to group {group}, but {name} has only {groups}."
                    ).format(
                        setting=name.replace("pattern", "format"),
                        group=max(groups),
                        name=name,
                        groups=compiled.groups,
                    )
                )


@cache
def _compile(name: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as error:
        raise BadInput(
            _("Setting {name} is not a valid regular expression: {error}").format(
                name=name, error=error
            )
        ) from None


@dataclass(frozen=True)
class Candidate:
    kind: Kind
    value: str  # the normalised value looked up
    label: str  # what the bench shows, e.g. "UPS tracking number 1Z…"
    forms: tuple[str, ...] = ()  # every stored form that counts as a match (value first)
    carrier: str | None = None

    @property
    def values(self) -> tuple[str, ...]:
        return self.forms or (self.value,)


@dataclass(frozen=True)
class Resolution:
    raw: str
    code: str  # cleaned, normalised, without the symbology identifier
    symbology: Symbology | None
    candidates: tuple[Candidate, ...]
    gs1: GS1Data | None = None

    @property
    def kind(self) -> Kind:
        return self.candidates[0].kind

    @property
    def carrier(self) -> str | None:
        return next((c.carrier for c in self.candidates if c.carrier), None)

    def first(self, kind: Kind) -> Candidate | None:
        return next((c for c in self.candidates if c.kind == kind), None)

    def describe(self) -> str:
        return self.candidates[0].label

    @property
    def products(self) -> tuple[str, ...]:
        """Serial and product codes in the scan, for picking the line of a return."""
        return tuple(v for c in self.candidates if c.kind in ("serial", "gtin") for v in c.values)


def resolve(raw: str, patterns: Patterns | None = None) -> Resolution:
    """Clean ``raw`` and list what it may be. Raises BadInput with the reason when the scan
    cannot be a parcel code (control characters, too long, wrong check digit, Y/Z swapped)."""
    patterns = patterns or Patterns()
    symbology, text = split_symbology(clean_scan(raw))
    text = text.strip()
    if not text:
        raise BadInput(_("Only the scanner's symbology prefix arrived, no code: scan again."))
    gs1_flagged = symbology is not None and symbology.gs1
    gs1_text = looks_like_gs1(text, flagged=gs1_flagged)
    code = text if gs1_text else normalise(text)
    candidates: list[Candidate] = []
    problems: list[str] = []

    _licence_plate(code, candidates, problems)
    _pattern(code, "rma", "RMA", patterns.rma, patterns.rma_format, candidates)
    _pattern(code, "order", "order", patterns.order, patterns.order_format, candidates)
    _tracking(code, candidates, problems)
    gs1 = _gs1(text, candidates, problems, symbology) if gs1_text else None
    if not gs1_text:
        _product_code(code, candidates, problems)
    if _EMAIL.fullmatch(text):
        email = text.lower()
        candidates.append(
            Candidate("email", email, _("customer e-mail {email}").format(email=email))
        )
    if not candidates:
        _refuse_swapped_layout(code)
        if problems:
            raise BadInput(
                _(
                    "{code} has a wrong check digit: it is not a valid {problems}. Scan it again, "
                    "or type the number from the label (F3)."
                ).format(code=code, problems=_("; nor a ").join(problems))
            )
    candidates.append(Candidate("text", code, f"code {code}"))
    return Resolution(raw, code, symbology, tuple(candidates), gs1)


def canonical(code: str, patterns: Patterns | None = None) -> str:
    """How a reference is stored: an RMA or order number in its pattern's format, anything
    else upper case without spaces (manifests are stored as scans are matched)."""
    patterns = patterns or Patterns()
    text = normalise(code)
    for kind, pattern, template in (
        ("rma", patterns.rma, patterns.rma_format),
        ("order", patterns.order, patterns.order_format),
    ):
        if (match := _compile(f"{kind}_pattern", pattern).fullmatch(text)) and template:
            return match.expand(template)
    return text


def _licence_plate(code: str, candidates: list[Candidate], problems: list[str]) -> None:
    if not LPN_PATTERN.match(code):
        return
    if lpn_is_valid(code):
        candidates.append(Candidate("lpn", code, _("licence plate {code}").format(code=code)))
    else:
        problems.append(_("licence plate (its check character is wrong)"))


def _pattern(
    code: str, kind: Kind, name: str, pattern: str, template: str, out: list[Candidate]
) -> None:
    if match := _compile(f"{kind}_pattern", pattern).fullmatch(code):
        value = match.expand(template) if template else code
        out.append(Candidate(kind, value, f"{name} {value}"))


def _tracking(code: str, candidates: list[Candidate], problems: list[str]) -> None:
    good, wrong = carriers.read_tracking(code)
    by_number: dict[str, list[carriers.Tracking]] = {}
    for reading in good:
        by_number.setdefault(reading.number, []).append(reading)
    for number, readings in by_number.items():
        names = " or ".join(dict.fromkeys(r.carrier for r in readings))
        forms = (number, code) if number != code else (number,)
        label = _("{names} tracking number {number}").format(names=names, number=number)
        if number != code:
            label += _(" (from {scheme})").format(scheme=readings[0].scheme)
        candidates.append(Candidate("tracking", number, label, forms, carrier=names))
    problems.extend(w.describe() for w in wrong)


def _gs1(
    text: str, candidates: list[Candidate], problems: list[str], symbology: Symbology | None
) -> GS1Data | None:
    try:
        data = parse_gs1(text)
    except BadInput as error:
        if symbology is not None and symbology.gs1:
            raise BadInput(
                _(
                    "The scanner read a {name} ({identifier}), but its content is not a valid "
                    "GS1 element string. {error}"
                ).format(name=symbology.name, identifier=symbology.identifier, error=error)
            ) from None
        problems.append(_("GS1 code ({error})").format(error=error))
        return None
    if data.sscc:
        candidates.append(
            Candidate("sscc", data.sscc, f"SSCC {data.sscc}", (data.sscc, "00" + data.sscc))
        )
    if data.serial:
        candidates.append(
            Candidate("serial", data.serial, _("serial number {serial}").format(serial=data.serial))
        )
    if data.gtin:
        forms = gtin_forms(data.gtin)
        candidates.append(Candidate("gtin", forms[-1], f"GTIN {data.gtin}", forms))
    return data


def _product_code(code: str, candidates: list[Candidate], problems: list[str]) -> None:
    if not (code.isdigit() and len(code) in (8, 12, 13, 14)):
        return
    name = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}[len(code)]
    if gtin_is_valid(code):
        forms = gtin_forms(code)
        # The shortest form first: that is how shops write EAN-13 and UPC-A.
        ordered = (code, *(f for f in forms if f != code))
        candidates.append(Candidate("gtin", code, f"{name} {code}", ordered))
    else:
        problems.append(
            _("{name} (check digit should be {gtin_check_digit})").format(
                name=name, gtin_check_digit=gtin_check_digit(code[:-1])
            )
        )


def _refuse_swapped_layout(code: str) -> None:
    swapped = code.translate(_YZ)
    if swapped == code:
        return
    good, _wrong = carriers.read_tracking(swapped)
    checked = [t for t in good if t.checked]
    if checked:
        what = _("{carrier} tracking number").format(carrier=checked[0].carrier)
    elif LPN_PATTERN.match(swapped) and lpn_is_valid(swapped):
        what = _("licence plate")
    else:
        return
    raise BadInput(
        _(
            "{code} reads as a {what} only with Y and Z swapped ({swapped}): the scanner types "
            "for a different keyboard layout (QWERTZ against QWERTY). Set the scanner to the "
            "station's keyboard layout, then scan again."
        ).format(code=code, what=what, swapped=swapped)
    )
