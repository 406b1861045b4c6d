"""Every name docs/architecture.md gives in code type exists: paths, modules and what they define.

Checked: a path from the checkout's root (``ui/bench/scan_flow.py``, ``resources/rules.toml``,
``tests/…``); a dotted name from a package (``inspect_station.identify.wedge.KeyAssembler``,
``db.audit_chain.append``), or from one of the core's packages (``bench.scanning.scan``), or
from a module whose name is unique in the project (``auth.sign_in``); a class and its member
(``MainWindow.start()``); a function written with its call (``open_database()``). A dotted
name may also be an audit action the code writes (``auth.signed_in``). Settings, columns and
other plain words are not checked.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "architecture.md"
PACKAGES = ("inspect_station", "ui", "db")
TOP_FOLDERS = {p.name for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".")}
# Not code: the entry-point group the window is found through (pyproject.toml).
NOT_CODE = {"inspect_station.frontends"}
# A variable the text names, and the type it holds.
VARIABLES = {"station": ("inspect_station.app.context", "Station")}
# Classes the text names from other libraries, imported where they are used.
THIRD_PARTY = {"FigureCanvasQTAgg"}
NAME = re.compile(r"[A-Za-z_][\w.]*(:[A-Za-z_]\w*)?")


@cache
def modules() -> dict[str, ModuleType]:
    found: dict[str, ModuleType] = {}
    for package in PACKAGES:
        root = importlib.import_module(package)
        found[package] = root
        for info in pkgutil.walk_packages(root.__path__, f"{package}."):
            if ".migrations" in info.name or info.name.endswith("__main__"):
                continue
            found[info.name] = importlib.import_module(info.name)
    return found


@cache
def by_basename() -> dict[str, list[str]]:
    names: dict[str, list[str]] = defaultdict(list)
    for name in modules():
        names[name.rsplit(".", 1)[-1]].append(name)
    return names


@cache
def classes() -> dict[str, list[type]]:
    found: dict[str, list[type]] = defaultdict(list)
    for module in modules().values():
        for name, value in vars(module).items():
            if inspect.isclass(value) and value.__module__ == module.__name__:
                found[name].append(value)
    return found


@cache
def functions() -> set[str]:
    """Functions of the project's modules, and methods of its classes."""
    names = {
        name
        for module in modules().values()
        for name, value in vars(module).items()
        if callable(value) and getattr(value, "__module__", None) == module.__name__
    }
    names.update(name for group in classes().values() for cls in group for name in vars(cls))
    return names


@cache
def defined() -> set[str]:
    """Every name a module of the project defines or imports at its top."""
    return {name for module in modules().values() for name in vars(module)}


@cache
def code_text() -> str:
    return "\n".join(
        path.read_text(encoding="utf-8") for p in PACKAGES for path in (ROOT / p).rglob("*.py")
    )


def member(owner: object, name: str) -> object | None:
    """What ``owner.name`` is: the attribute itself, or for a field or an attribute set in
    ``__init__`` the class its annotation names (``object`` when that is not a class here)."""
    if hasattr(owner, name):
        value = getattr(owner, name)
        return object if value is None else value  # a field whose default is None exists too
    if not inspect.isclass(owner):
        return None
    for klass in owner.__mro__:
        hint = getattr(klass, "__annotations__", {}).get(name)
        if hint is not None:
            typed = re.match(r"\w+", hint if isinstance(hint, str) else hint.__name__)
            found = classes().get(typed.group(0) if typed else "", [object])
            return found[0]
    try:
        source = inspect.getsource(owner)
    except (OSError, TypeError):
        return None
    return object if re.search(rf"self\.{name}\b\s*(:[^=]+)?=", source) else None


def attributes(owner: object, path: list[str]) -> bool:
    for part in path:
        found = member(owner, part)
        if found is None:
            return False
        owner = found
    return True


def resolves_from(module_name: str, rest: list[str]) -> bool:
    """``module_name`` then attributes, or deeper modules then attributes."""
    parts = [*module_name.split("."), *rest]
    for cut in range(len(parts), 0, -1):
        module = modules().get(".".join(parts[:cut]))
        if module is not None:
            return attributes(module, parts[cut:])
    return False


def dotted_exists(name: str) -> bool:
    name = name.replace(":", ".")
    first, *rest = name.split(".")
    if first in PACKAGES:
        return resolves_from(first, rest)
    if f"inspect_station.{first}" in modules() and resolves_from(f"inspect_station.{first}", rest):
        return True
    if first in VARIABLES:
        module, cls = VARIABLES[first]
        return attributes(getattr(modules()[module], cls), rest)
    if first in classes():
        return any(attributes(cls, rest) for cls in classes()[first])
    homes = by_basename().get(first, [])
    if len(homes) == 1 and resolves_from(homes[0], rest):
        return True
    return f'"{name}"' in code_text()  # an audit action


def problem(span: str) -> str | None:
    """What is wrong with one name in code type, or None."""
    match = NAME.match(span)
    if match is None:
        return None
    name = match.group(0).rstrip(".")
    called = span[match.end() :].startswith("(")
    if "/" in span.split()[0]:
        path = span.split()[0]
        if path.split("/")[0] not in TOP_FOLDERS or re.search(r"[<>…]", path):
            return None  # a place on the station's disk, or a pattern of paths
        if re.search(r"\.\w+$", path) and not path.endswith((".py", ".md", ".toml", ".json")):
            return f"{path}: write a path, or a dotted name"
        return None if (ROOT / path).exists() else f"{path}: no such file or folder"
    if name in NOT_CODE or re.search(r"\.(toml|md|json|csv|sqlite3)$", name):
        return None  # a file's name, not a path (settings.toml, grades.toml)
    if name.endswith(".py"):
        if name.startswith("__"):
            return None  # __init__.py, __main__.py: every package's
        return f"{name}: give the path from the checkout's root"
    if "." in name:
        return None if dotted_exists(name) else f"{name}: not found in the code"
    if re.fullmatch(r"[A-Z][a-z]\w*", name) and name not in defined() | THIRD_PARTY:
        return f"{name}: no such class"
    if called and name not in functions() and name not in classes():
        return f"{name}(): no such function"
    return None


def spans() -> list[str]:
    return re.findall(r"`([^`\n]+)`", DOC.read_text(encoding="utf-8"))


def test_every_name_in_the_architecture_doc_exists() -> None:
    problems = sorted({p for span in spans() if (p := problem(span)) is not None})
    assert problems == []


@pytest.mark.parametrize(
    ("span", "wrong"),
    [
        ("ui/scanner.py", True),
        ("ui/devices/wedge_scanner.py", False),
        ("records.audit(station, session)", True),
        ("audit.trail.audit(station, session)", False),
        ("trail.audit", False),
        ("inspect_station.wedge.KeyAssembler", True),
        ("inspect_station.identify.wedge.KeyAssembler", False),
        ("PreviewView.shown_rect", True),
        ("CameraPreview.shown_rect", False),
        ("station.rules_problem", False),
        ("auth.signed_in", False),  # an audit action
        ("settings.py", True),
        ("no_such_function()", True),
        ("open_database()", False),
        ("station.db.guard", False),  # a field's type, then an attribute set in __init__
        ("station.db.no_such_thing", True),
        ("eventFilter()", False),  # a method
        ("PreviewView", True),
        ("CameraPreview", False),
        ("<data dir>/audit-heads/<host>.json", False),
    ],
)
def test_the_check_tells_stale_names_from_current_ones(span: str, wrong: bool) -> None:
    assert (problem(span) is not None) == wrong
