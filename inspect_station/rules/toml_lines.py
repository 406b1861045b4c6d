"""Line numbers for messages about TOML files.

``tomllib`` gives values, not positions. The station's readable files (rules, grading sets,
outcome tables) are arrays of tables (``[[rule]]``), so the n-th ``[[rule]]`` header and a key
below it are enough to point a person at the right line.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _


class Lines:
    """Where each ``[[name]]`` entry and its keys start in one file's text."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()

    def entry(self, table: str, index: int) -> int:
        """The 1-based line of the ``index``-th (0-based) ``[[table]]`` header, or 0."""
        header = re.compile(rf"^\s*\[\[\s*{re.escape(table)}\s*\]\]")
        seen = -1
        for number, line in enumerate(self._lines, 1):
            if header.match(line):
                seen += 1
                if seen == index:
                    return number
        return 0

    def key(self, table: str, index: int, key: str) -> int:
        """The line of ``key = …`` inside that entry (the header's line if not found)."""
        start = self.entry(table, index)
        if not start:
            return self.top_key(key)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start + 1, len(self._lines) + 1):
            line = self._lines[number - 1]
            if re.match(r"^\s*\[", line):
                break
            if pattern.match(line):
                return number
        return start

    def top_key(self, key: str) -> int:
        """The line of a top-level or section ``key = …`` (the first one), or 0."""
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        return next((n for n, ln in enumerate(self._lines, 1) if pattern.match(ln)), 0)


def parse(text: str, source: str) -> dict[str, Any]:
    """The TOML document, or a :class:`BadInput` naming the file and the line."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BadInput(
            _("{source} is not valid TOML: {exc}").format(source=source, exc=exc)
        ) from exc


def where(source: str, line: int) -> str:
    return f"{source}, line {line}" if line else source


class Problems:
    """Every problem found in one file, so a person fixes them all in one pass."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.found: list[tuple[int, str]] = []

    def add(self, line: int, message: str) -> None:
        self.found.append((line, message))

    def raise_if_any(self, what: str) -> None:
        if not self.found:
            return
        found = sorted(self.found, key=lambda item: item[0])
        if len(found) == 1:
            line, message = found[0]
            raise BadInput(f"{what} {where(self.source, line)}: {message}")
        listed = "\n".join(f"  line {line}: {message}" for line, message in found)
        raise BadInput(
            _("{what} {source} has {found_count} problems:\n{listed}").format(
                what=what, source=self.source, found_count=len(found), listed=listed
            )
        )
