"""Grading sets: a defect checklist per product category that computes the grade.

Each file in ``resources/grading/`` is one set. A defect has a severity, the cause that
decides who pays for it (handling by the customer, a product fault, transit damage), the best
grade a unit with that defect can still get (``caps``) and, for handling damage only, the
diminished-value deduction in per cent of the price. The grade is the worst cap among the
ticked defects; "factory sealed" gives the set's top grade when nothing is ticked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import N_, _
from inspect_station.app.resources import resource
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.toml_lines import Lines, Problems, parse

SEVERITIES = ("critical", "major", "minor")  # worst first: the checklist is read in this order
_SEVERITY_WORDS = (N_("critical"), N_("major"), N_("minor"))  # the severities in words
CAUSES = {
    "handling": N_("use or handling by the customer"),
    "fault": N_("a fault of the product"),
    "transit": N_("damage in transit"),
}
# Keys the bench uses for other things; defects cannot take them.
BENCH_KEYS = frozenset("SMWENOUGRK/ ")
SEALED_KEY = "S"
_SET_KEYS = {"name", "categories", "fallback", "sealed", "defect"}
_DEFECT_KEYS = {"id", "key", "label", "severity", "caps", "cause", "deduct", "handling"}


@dataclass(frozen=True)
class Defect:
    id: str
    key: str
    label: str
    severity: str
    caps: str  # the best grade a unit with this defect can get
    cause: str  # "handling", "fault" or "transit"
    deduct: Decimal = Decimal(0)  # per cent of the price, handling defects only
    # What the consumer did beyond establishing the nature, characteristics and functioning of
    # the goods (art. 14(2)), in words a customer reads: every deduction says it.
    handling: str = ""

    def describe(self) -> str:
        return _("{label} ({severity}, caps {caps})").format(
            label=self.label, severity=self.severity, caps=self.caps
        )


@dataclass(frozen=True)
class Computed:
    """The grade the checklist gives, and the defects that set it."""

    grade: str
    because: tuple[Defect, ...]
    sealed: bool = False

    def explain(self) -> str:
        if not self.because:
            return _("factory sealed → {grade}").format(grade=self.grade)
        names = ", ".join(d.label.lower() for d in self.because)
        return f"{names} → {self.grade}"


@dataclass(frozen=True)
class GradingSet:
    id: str
    name: str
    categories: frozenset[str]
    fallback: bool
    sealed_grade: str
    defects: tuple[Defect, ...]  # in the order the worker reads them: worst first

    def defect(self, defect_id: str) -> Defect:
        for defect in self.defects:
            if defect.id == defect_id:
                return defect
        known = ", ".join(d.id for d in self.defects)
        raise BadInput(
            _("Defect {defect_id!r} is not in the {name} checklist ({known}).").format(
                defect_id=defect_id, name=self.name, known=known
            )
        )

    def by_key(self, key: str) -> Defect | None:
        key = key.upper()
        return next((d for d in self.defects if d.key == key), None)

    def compute(self, ticked: Iterable[str], sealed: bool, scale: GradeScale) -> Computed | None:
        """Worst first: the worst cap among the ticked defects; sealed and clean → top grade.

        ``None`` when nothing is ticked and the unit is not sealed: the worker grades by key.
        """
        defects = [self.defect(d) for d in ticked]
        if not defects:
            return Computed(self.sealed_grade, (), sealed=True) if sealed else None
        rank = {code: n for n, code in enumerate(scale.codes)}
        worst = max(rank[d.caps] for d in defects)
        because = tuple(d for d in self.defects if d in defects and rank[d.caps] == worst)
        return Computed(scale.codes[worst], because, sealed=sealed)


@dataclass(frozen=True)
class GradingSets:
    sets: tuple[GradingSet, ...]

    def for_category(self, category: str | None) -> GradingSet:
        category = (category or "").lower()
        for grading_set in self.sets:
            if category in grading_set.categories:
                return grading_set
        return next(s for s in self.sets if s.fallback)

    def get(self, set_id: str) -> GradingSet:
        for grading_set in self.sets:
            if grading_set.id == set_id:
                return grading_set
        raise BadInput(_("No grading set {set_id!r}.").format(set_id=set_id))


def load_grading_sets(scale: GradeScale, folder: Path | None = None) -> GradingSets:
    """Every ``*.toml`` in the folder; exactly one set is the fallback for other categories."""
    folder = folder or resource("grading")
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise BadInput(_("No grading sets (*.toml) in {folder}.").format(folder=folder))
    sets = []
    for path in files:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput(
                _("Grading set {path} cannot be read: {exc}").format(path=path, exc=exc)
            ) from exc
        sets.append(parse_grading_set(text, source=str(path), set_id=path.stem, scale=scale))
    fallbacks = [s.id for s in sets if s.fallback]
    if len(fallbacks) != 1:
        raise BadInput(
            _(
                "Grading sets in {folder}: exactly one must say 'fallback = true' (found "
                "{fallbacks}: {fallbacks2})."
            ).format(
                folder=folder, fallbacks=len(fallbacks), fallbacks2=", ".join(fallbacks) or "none"
            )
        )
    owner: dict[str, str] = {}
    for grading_set in sets:
        for category in grading_set.categories:
            if category in owner:
                raise BadInput(
                    _("Grading sets {owner} and {id} both claim the category {category!r}.").format(
                        owner=owner[category], id=grading_set.id, category=category
                    )
                )
            owner[category] = grading_set.id
    return GradingSets(tuple(sets))


def parse_grading_set(text: str, *, source: str, set_id: str, scale: GradeScale) -> GradingSet:
    raw = parse(text, _("Grading set {source}").format(source=source))
    lines = Lines(text)
    problems = Problems(source)
    for key in sorted(set(raw) - _SET_KEYS):
        problems.add(lines.top_key(key), _("unknown field '{key}'").format(key=key))
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(lines.top_key("name"), _("'name' is required text"))
    categories = raw.get("categories", [])
    if not isinstance(categories, list) or not all(isinstance(c, str) for c in categories):
        problems.add(lines.top_key("categories"), _("'categories' must be a list of text"))
        categories = []
    fallback = raw.get("fallback", False)
    if not isinstance(fallback, bool):
        problems.add(lines.top_key("fallback"), _("'fallback' must be true or false"))
    sealed = raw.get("sealed", scale.codes[0])
    if sealed not in scale.codes:
        problems.add(
            lines.top_key("sealed"),
            _("grade {sealed!r} is not in the grading scale").format(sealed=sealed),
        )
    entries = raw.get("defect", [])
    if not isinstance(entries, list) or not entries:
        problems.add(0, _("no [[defect]] entries"))
        entries = []
    defects = [
        d for n, e in enumerate(entries) if (d := _defect(e, n, lines, problems, scale)) is not None
    ]
    _check_unique(entries, lines, problems)
    problems.raise_if_any(_("Grading set"))
    order = {s: n for n, s in enumerate(SEVERITIES)}
    rank = {code: n for n, code in enumerate(scale.codes)}
    defects.sort(key=lambda d: (order[d.severity], -rank[d.caps]))
    return GradingSet(
        id=set_id,
        name=_(str(name)),  # the shipped sets' words are in the catalogs
        categories=frozenset(c.lower() for c in categories),
        fallback=bool(fallback),
        sealed_grade=str(sealed),
        defects=tuple(defects),
    )


def _defect(
    entry: Any, n: int, lines: Lines, problems: Problems, scale: GradeScale
) -> Defect | None:
    if not isinstance(entry, dict):
        problems.add(lines.entry("defect", n), _("a defect must be a table"))
        return None
    found = len(problems.found)

    def at(key: str) -> int:
        return lines.key("defect", n, key)

    for key in sorted(set(entry) - _DEFECT_KEYS):
        problems.add(
            at(key),
            _("unknown field '{key}' in defect {id}").format(key=key, id=entry.get("id", n + 1)),
        )
    for key in ("id", "key", "label"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            problems.add(at(key), _("'{key}' is required text").format(key=key))
    key = str(entry.get("key", "")).upper()
    if len(key) != 1:
        problems.add(at("key"), _("key {key!r} must be one character").format(key=key))
    elif key in BENCH_KEYS or scale.by_key(key) is not None:
        problems.add(
            at("key"), _("key {key!r} is taken by another bench action or a grade").format(key=key)
        )
    severity, caps, cause = entry.get("severity"), entry.get("caps"), entry.get("cause")
    if severity not in SEVERITIES:
        problems.add(
            at("severity"),
            _("severity {severity!r} is not one of {severities}").format(
                severity=severity, severities=list(SEVERITIES)
            ),
        )
    if caps not in scale.codes:
        problems.add(
            at("caps"),
            _("grade {caps!r} is not in the grading scale ({codes})").format(
                caps=caps, codes=", ".join(scale.codes)
            ),
        )
    if cause not in CAUSES:
        problems.add(
            at("cause"),
            _("cause {cause!r} is not one of {causes}").format(cause=cause, causes=list(CAUSES)),
        )
    deduct = _deduction(entry.get("deduct", 0), cause, at("deduct"), problems)
    handling = _handling(entry.get("handling", ""), deduct, at, problems)
    if len(problems.found) > found:
        return None
    return Defect(
        id=entry["id"],
        key=key,
        label=_(entry["label"]),
        severity=str(severity),
        caps=str(caps),
        cause=str(cause),
        deduct=deduct,
        handling=_(handling),  # the shipped sets' words are in the catalogs
    )


def _handling(value: Any, deduct: Decimal, at: Callable[[str], int], problems: Problems) -> str:
    """What the consumer did beyond testing the goods: every deduction says it."""
    if not isinstance(value, str):
        problems.add(at("handling"), _("'handling' must be text"))
        return ""
    if deduct and not value.strip():
        problems.add(
            at("deduct"),
            _(
                "a deduction needs 'handling': what was done beyond establishing the nature, "
                "characteristics and functioning of the goods, in words a customer reads"
            ),
        )
    elif value.strip() and not deduct:
        problems.add(at("handling"), _("'handling' explains a deduction; this defect has none"))
    return value.strip()


def _deduction(value: Any, cause: Any, line: int, problems: Problems) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.add(line, _("'deduct' must be a number (per cent of the price)"))
        return Decimal(0)
    if not 0 <= value <= 100:
        problems.add(line, _("deduction {value} % is outside 0–100 %").format(value=value))
    elif value and cause != "handling":
        # Consumer Rights Directive art. 14(2): the consumer owes only for handling.
        problems.add(line, _("only a defect caused by handling may carry a deduction"))
    return Decimal(str(value))


def _check_unique(entries: list[Any], lines: Lines, problems: Problems) -> None:
    seen: dict[str, set[str]] = {"id": set(), "key": set()}
    for n, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        for field, taken in seen.items():
            value = str(entry.get(field, "")).upper() if field == "key" else entry.get(field)
            if not isinstance(value, str) or not value:
                continue
            if value in taken:
                problems.add(
                    lines.key("defect", n, field),
                    _("{field} {value!r} is used twice").format(field=field, value=value),
                )
            taken.add(value)
