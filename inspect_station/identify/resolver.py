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
nothing else accounts for, is refused here with the reason (:class:`WrongCheckDigit`, naming
the digit it should have had): it never falls through to free text and matches something else
by accident. A code that only reads as a carrier's number with Y and Z swapped is refused with
a word about the keyboard layout.

A carrier's GS1 routing code in front of the parcel's number (``420`` + ZIP, ``421`` + country
+ postal code: :func:`inspect_station.identify.gs1.routing`) is split off first and kept as the
destination (:attr:`Resolution.ship_to`); the number after it is read as above. A barcode that
holds only the routing code is refused: it names a destination, not a parcel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, Literal

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.identify import carriers
from inspect_station.identify.gs1 import (
    GS1Data,
    Routed,
    ShipTo,
    WrongGS1Check,
    gtin_forms,
    looks_like_gs1,
    parse_gs1,
    routing,
)
from inspect_station.identify.identifiers import (
    GS,
    LPN_PATTERN,
    clean_scan,
    gtin_check_digit,
    gtin_is_valid,
    lpn_check_character,
    lpn_is_valid,
    normalise,
)
from inspect_station.identify.symbology import Symbology, split_symbology

Kind = Literal["lpn", "rma", "order", "tracking", "sscc", "serial", "gtin", "email", "text"]
KINDS: tuple[Kind, ...] = (
    "lpn", "rma", "order", "tracking", "sscc", "serial", "gtin", "email", "text",
)  # fmt: skip
STRUCTURED = frozenset(KINDS) - {"text"}
Check = Literal["valid", "none"]  # a check digit verified, or the format carries none
_ROUTED_AIS = frozenset({"00", *(str(ai) for ai in range(91, 100))})
# What may follow a routing code without a GS, by its AI: the SSCC (00 + 18 digits), USPS's
# IMpb (91–95, 22 or 26 digits), FedEx Ground's 96 barcode (22 or 34 digits).
_ROUTED_LENGTHS = {"00": (20,), "96": (22, 34)} | {str(ai): (22, 26) for ai in range(91, 96)}
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
    check: Check = "none"

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
    ship_to: ShipTo | None = None  # the carrier's routing code in front of the number, if any

    @property
    def kind(self) -> Kind:
        return self.candidates[0].kind

    @property
    def carrier(self) -> str | None:
        return next((c.carrier for c in self.candidates if c.carrier), None)

    def first(self, kind: Kind) -> Candidate | None:
        return next((c for c in self.candidates if c.kind == kind), None)

    def describe(self) -> str:
        label = self.candidates[0].label
        return f"{label}, {self.ship_to.describe()}" if self.ship_to else label

    @property
    def products(self) -> tuple[str, ...]:
        """Serial and product codes in the scan, for picking the line of a return."""
        return tuple(v for c in self.candidates if c.kind in ("serial", "gtin") for v in c.values)


@dataclass(frozen=True)
class Problem:
    """A reading a code's shape promised whose check character does not hold."""

    what: str  # e.g. "USPS IMpb"
    expected: str | None  # the check character the rest of the code calls for, if one

    def describe(self) -> str:
        if self.expected is None:
            return self.what
        return _("{what} (check digit should be {expected})").format(
            what=self.what, expected=self.expected
        )


class WrongCheckDigit(BadInput):
    """A code refused because its check character is wrong for every reading its shape
    promises; ``problems`` names each one and the character it should have had."""

    def __init__(self, code: str, problems: list[Problem]) -> None:
        readings = _("; nor a ").join(problem.describe() for problem in problems)
        super().__init__(
            _(
                "{code} has a wrong check digit: it is not a valid {readings}. Scan it again, or "
                "type the number from the label (F3)."
            ).format(code=code, readings=readings)
        )
        self.code = code
        self.problems = tuple(problems)


def resolve(raw: str, patterns: Patterns | None = None) -> Resolution:
    """Clean ``raw`` and list what it may be. Raises BadInput with the reason when the scan
    cannot be a parcel code (control characters, too long, Y/Z swapped, a routing code alone),
    and :class:`WrongCheckDigit` when its check digit is wrong."""
    patterns = patterns or Patterns()
    symbology, text = split_symbology(clean_scan(raw))
    text = text.strip()
    if not text:
        raise BadInput(_("Only the scanner's symbology prefix arrived, no code: scan again."))
    flagged = symbology is not None and symbology.gs1
    # Spaces go (people type them), the GS stays: it ends the postal code.
    routed = routing(text.replace(" ", "").upper(), flagged=flagged)
    if routed is not None:
        resolution = _routed(raw, symbology, routed, patterns)
        if resolution is not None:
            return _with_whole_code(resolution, normalise(text.replace(GS, "")))
        alone = [ship_to for ship_to, parcel in routed.splits if not parcel]
        if alone:  # 420 + a ZIP, unflagged: a routing code, unless it reads as something else
            try:
                plain = _resolve(raw, symbology, text, patterns)
            except WrongCheckDigit:
                raise _routing_only(alone[0]) from None
            if plain.kind == "text":
                raise _routing_only(alone[0])
            return plain
    return _resolve(raw, symbology, text, patterns)


def _routing_only(ship_to: ShipTo) -> BadInput:
    return BadInput(
        _(
            "This barcode only routes the parcel ({ship_to}): it holds no parcel number. Scan "
            "the tracking barcode, or type the tracking number (F3)."
        ).format(ship_to=ship_to.describe())
    )


def _with_whole_code(resolution: Resolution, whole: str) -> Resolution:
    """A manifest may hold the routed barcode whole: the tracking numbers match that too."""
    candidates = []
    for candidate in resolution.candidates:
        if candidate.kind == "tracking" and whole not in candidate.values:
            candidate = replace(candidate, forms=(*candidate.values, whole))
        candidates.append(candidate)
    return replace(resolution, candidates=tuple(candidates))


def _routed(
    raw: str, symbology: Symbology | None, routed: Routed, patterns: Patterns
) -> Resolution | None:
    """The parcel's number after its routing code, read as any scan is; None when no split of
    an undelimited code reads as a carrier's number (it is then no routing code at all)."""
    if routed.delimited:
        ((ship_to, parcel),) = routed.splits
        if not parcel:
            raise _routing_only(ship_to)
        return replace(_resolve(raw, symbology, parcel, patterns), ship_to=ship_to)
    # Without a GS only the parcel code's shape tells where the postal code ends. What follows
    # a routing code is itself a GS1 field: the SSCC (00) or a carrier's own (USPS's IMpb,
    # FedEx's 96 barcode); a split is kept where such a field reads as a carrier number.
    readable = [
        (ship_to, parcel)
        for ship_to, parcel in routed.splits
        if len(parcel) in _ROUTED_LENGTHS.get(parcel[:2], ())
        and any(carriers.read_tracking(parcel))
    ]
    if not readable:
        return None
    # Where two splits both read (ZIP+4 + a 22-digit IMpb, or a ZIP + a 26-digit one), both
    # numbers are candidates; the 22-digit IMpb, by far the commonest, first.
    found = sorted(
        ((s, p) for s, p in readable if carriers.read_tracking(p)[0]), key=lambda f: len(f[1]) != 22
    )
    ship_to, parcel = (found or readable)[0]
    # Read as plain digits: the GS1 symbology was the routing code's, not a boundary here.
    resolution = _resolve(raw, None, parcel, patterns)  # refuses a wrong check digit
    more = [c for _s, p in found[1:] for c in _resolve(raw, None, p, patterns).candidates]
    if more:  # two splits whose check digits both hold: the look-up tries both numbers
        merged = {(c.kind, c.value): c for c in (*resolution.candidates, *more)}
        resolution = replace(resolution, candidates=tuple(merged.values()))
    return replace(resolution, symbology=symbology, ship_to=ship_to)


def _resolve(raw: str, symbology: Symbology | None, text: str, patterns: Patterns) -> Resolution:
    gs1_flagged = symbology is not None and symbology.gs1
    gs1_text = looks_like_gs1(text, flagged=gs1_flagged)
    code = text if gs1_text else normalise(text)
    candidates: list[Candidate] = []
    problems: list[Problem] = []

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
            raise WrongCheckDigit(code, problems)
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


def _licence_plate(code: str, candidates: list[Candidate], problems: list[Problem]) -> None:
    if not LPN_PATTERN.match(code):
        return
    if lpn_is_valid(code):
        candidates.append(
            Candidate("lpn", code, _("licence plate {code}").format(code=code), check="valid")
        )
    else:
        problems.append(Problem(_("licence plate"), lpn_check_character(code[2:-1])))


def _pattern(
    code: str, kind: Kind, name: str, pattern: str, template: str, out: list[Candidate]
) -> None:
    if match := _compile(f"{kind}_pattern", pattern).fullmatch(code):
        value = match.expand(template) if template else code
        out.append(Candidate(kind, value, f"{name} {value}"))


def _tracking(code: str, candidates: list[Candidate], problems: list[Problem]) -> None:
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
        check: Check = "valid" if all(r.checked for r in readings) else "none"
        candidates.append(Candidate("tracking", number, label, forms, names, check))
    problems.extend(Problem(f"{w.carrier} {w.scheme}", w.expected) for w in wrong)


def _gs1(
    text: str, candidates: list[Candidate], problems: list[Problem], symbology: Symbology | None
) -> GS1Data | None:
    try:
        data = parse_gs1(text)
    except WrongGS1Check as error:
        problems.append(
            Problem(
                _("{what} in this GS1 code ({ai})").format(what=error.what, ai=error.ai),
                error.expected,
            )
        )
        return None
    except BadInput as error:
        if symbology is not None and symbology.gs1:
            raise BadInput(
                _(
                    "The scanner read a {name} ({identifier}), but its content is not a valid "
                    "GS1 element string. {error}"
                ).format(name=symbology.name, identifier=symbology.identifier, error=error)
            ) from None
        problems.append(Problem(_("GS1 code ({error})").format(error=error), None))
        return None
    for element in data.elements:
        # A carrier's number in a GS1 field, e.g. (96) FedEx Ground, (94) USPS IMpb typed in
        # brackets: read it as the barcode's digits.
        flat = element.ai + element.value
        if element.ai in _ROUTED_AIS and flat != text:
            _tracking(flat, candidates, problems)
    if data.sscc:
        stored = (data.sscc, "00" + data.sscc)
        candidates.append(Candidate("sscc", data.sscc, f"SSCC {data.sscc}", stored, check="valid"))
    if data.serial:
        candidates.append(
            Candidate("serial", data.serial, _("serial number {serial}").format(serial=data.serial))
        )
    if data.gtin:
        forms = gtin_forms(data.gtin)
        label = f"GTIN {data.gtin}"
        candidates.append(Candidate("gtin", forms[-1], label, forms, check="valid"))
    return data


def _product_code(code: str, candidates: list[Candidate], problems: list[Problem]) -> None:
    if not (code.isdigit() and len(code) in (8, 12, 13, 14)):
        return
    name = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}[len(code)]
    if gtin_is_valid(code):
        forms = gtin_forms(code)
        # The shortest form first: that is how shops write EAN-13 and UPC-A.
        ordered = (code, *(f for f in forms if f != code))
        candidates.append(Candidate("gtin", code, f"{name} {code}", ordered, check="valid"))
    else:
        problems.append(Problem(name, str(gtin_check_digit(code[:-1]))))


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
