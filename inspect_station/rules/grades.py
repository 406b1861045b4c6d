"""The grading scale: one key per grade, read from ``resources/grades.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.resources import resource


@dataclass(frozen=True)
class Grade:
    code: str
    key: str
    name: str
    description: str


@dataclass(frozen=True)
class GradeScale:
    grades: tuple[Grade, ...]
    # Offered when a worker overrides the checklist's grade (any other reason may be typed).
    override_reasons: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for attr in ("code", "key"):
            values = [getattr(g, attr) for g in self.grades]
            if len(set(values)) != len(values):
                raise BadInput(
                    _("Grading scale: duplicate grade {attr} in {values}").format(
                        attr=attr, values=values
                    )
                )

    def get(self, code: str) -> Grade:
        for grade in self.grades:
            if grade.code == code:
                return grade
        raise BadInput(
            _("Unknown grade {code!r}; the scale has {codes}.").format(
                code=code, codes=", ".join(self.codes)
            )
        )

    def by_key(self, key: str) -> Grade | None:
        key = key.upper()
        return next((g for g in self.grades if g.key == key), None)

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(g.code for g in self.grades)


def load_grades(path: Path | None = None) -> GradeScale:
    path = path or resource("grades.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        grades = tuple(
            Grade(
                code=str(g["code"]),
                key=str(g.get("key", g["code"])).upper(),
                # The shipped scale's words are in the catalogs; a site's own read as written.
                name=_(str(g["name"])),
                description=_(str(g.get("description", ""))),
            )
            for g in raw["grade"]
        )
        reasons = tuple(_(str(r)) for r in raw.get("override_reasons", ()))
    except (OSError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise BadInput(
            _("Grading scale {path} cannot be read: {exc}").format(path=path, exc=exc)
        ) from exc
    if not grades:
        raise BadInput(_("Grading scale {path} defines no grades.").format(path=path))
    return GradeScale(grades, reasons)
