"""Which photos a product category needs, from ``resources/shots.toml``.

Pure data and rules: the bench asks for the shots in order and shows which are missing;
``unit_photos.check_shots`` refuses to finish without them unless a reason is given.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.resources import resource

DEFAULT_CATEGORY = "default"
EXTRA = "detail"  # the shot type of an extra photo; never required
MAX_CODE = 32


@dataclass(frozen=True)
class ShotType:
    code: str
    name: str
    hint: str = ""
    optional_for_grades: frozenset[str] = frozenset()


class MissingShots(BadInput):
    """Finishing a unit whose required photos are not all there, without saying why."""

    def __init__(self, missing: tuple[ShotType, ...]) -> None:
        names = ", ".join(shot.name for shot in missing)
        super().__init__(
            _(
                "Photos missing: {names}. Take them, or give a reason to finish without them."
            ).format(names=names)
        )
        self.missing = missing


@dataclass(frozen=True)
class ShotCatalogue:
    types: tuple[ShotType, ...]
    categories: tuple[tuple[str, tuple[str, ...]], ...]  # (category, required codes)

    def get(self, code: str) -> ShotType:
        for shot in self.types:
            if shot.code == code:
                return shot
        raise BadInput(
            _("Unknown shot type {code!r}; known: {codes}.").format(
                code=code, codes=", ".join(self.codes)
            )
        )

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(shot.code for shot in self.types)

    def name_of(self, code: str | None) -> str:
        """The shot type's name, or the code itself for a type no longer in the file."""
        if code is None:
            return "—"
        return next((shot.name for shot in self.types if shot.code == code), code)

    def required(self, category: str | None, grade: str | None = None) -> tuple[ShotType, ...]:
        """The category's shots in order; those optional for ``grade`` left out."""
        wanted = dict(self.categories)
        key = (category or "").strip().lower()
        codes = wanted.get(key, wanted.get(DEFAULT_CATEGORY, ()))
        shots = (self.get(code) for code in codes)
        return tuple(s for s in shots if grade is None or grade not in s.optional_for_grades)

    def choices(self, category: str | None) -> tuple[ShotType, ...]:
        """What the number keys pick from: the required shots, then the extra detail shot."""
        required = self.required(category)
        if any(shot.code == EXTRA for shot in required):
            return required
        return (*required, self.get(EXTRA))

    def missing(
        self, category: str | None, taken: Iterable[str | None], grade: str | None = None
    ) -> tuple[ShotType, ...]:
        done = set(taken)
        return tuple(shot for shot in self.required(category, grade) if shot.code not in done)

    def next_shot(self, category: str | None, taken: Iterable[str | None]) -> ShotType:
        """The first required shot not yet taken; an extra detail photo once all are there."""
        missing = self.missing(category, taken)
        return missing[0] if missing else self.get(EXTRA)


def load_shots(path: Path | None = None) -> ShotCatalogue:
    """Read and check the shots file; every mistake is named with the file."""
    path = path or resource("shots.toml")
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        types = tuple(
            ShotType(
                code=_code(code),
                # The shipped shots' words are in the catalogs; a site's own read as written.
                name=_(str(entry["name"])),
                hint=_(str(entry.get("hint", ""))),
                optional_for_grades=frozenset(map(str, entry.get("optional_for_grades", ()))),
            )
            for code, entry in raw.get("shot", {}).items()
        )
        categories = tuple(
            (str(name).lower(), tuple(map(str, entry["required"])))
            for name, entry in raw.get("category", {}).items()
        )
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(
            _("Shots file {path} cannot be read: {exc}").format(path=path, exc=exc)
        ) from exc
    except (tomllib.TOMLDecodeError, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise BadInput(
            _("Shots file {path} is not valid: {exc}").format(path=path, exc=exc)
        ) from exc
    known = {shot.code for shot in types}
    if EXTRA not in known:
        raise BadInput(
            _("Shots file {path} must define the shot type {extra!r}.").format(
                path=path, extra=EXTRA
            )
        )
    for category, codes in categories:
        unknown = [code for code in codes if code not in known]
        if unknown:
            raise BadInput(
                _(
                    "Shots file {path}: category {category!r} requires unknown shot types "
                    "{unknown}."
                ).format(path=path, category=category, unknown=", ".join(unknown))
            )
        if len(set(codes)) != len(codes):
            raise BadInput(
                _("Shots file {path}: category {category!r} lists a shot twice.").format(
                    path=path, category=category
                )
            )
        if len(codes) > 8:
            raise BadInput(
                _(
                    "Shots file {path}: category {category!r} requires {codes} shots; the number "
                    "keys reach 8 (and 9 for a detail photo)."
                ).format(path=path, category=category, codes=len(codes))
            )
    return ShotCatalogue(types, categories)


def _code(value: object) -> str:
    code = str(value)
    if not code or len(code) > MAX_CODE or not code.isascii() or not code.isidentifier():
        raise ValueError(f"shot type code {code!r} must be a short word (letters, digits, _)")
    return code
