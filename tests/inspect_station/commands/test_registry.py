"""The command line builds ``--help`` from the registry alone and imports only the module of
the command chosen: ``--help`` loads neither the database layer nor Qt nor OpenCV, ``decode``
only the decoders. Checked by what a fresh interpreter has imported, not by timing (the time
is measured in ``benchmarks/cli_start.py``)."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from importlib import import_module
from pathlib import Path

import pytest

from inspect_station.commands.registry import COMMANDS, chosen

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("sqlalchemy", "alembic", "PySide6", "cv2", "numpy", "reportlab", "matplotlib")
HEAVY += ("psycopg", "openpyxl", "zxingcpp", "db", "ui")

_PROBE = textwrap.dedent(
    """
    import contextlib, io, json, sys
    from inspect_station.cli import main
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            status = main(sys.argv[1:])
        except SystemExit as done:
            status = done.code
    print(json.dumps({"status": status, "out": out.getvalue(), "modules": sorted(sys.modules)}))
    """
)


def run_fresh(*argv: str, home: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
        env={"PATH": "/usr/bin:/bin", "INSPECT_STATION_HOME": str(home)},
    )
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def top_level(modules: object) -> set[str]:
    assert isinstance(modules, list)
    return {name.split(".")[0] for name in modules}


def test_help_lists_every_command_and_imports_nothing_heavy(station_home: Path) -> None:
    result = run_fresh("--help", home=station_home)
    assert result["status"] == 0
    for command in COMMANDS:
        assert command.name in str(result["out"])
    loaded = top_level(result["modules"])
    assert not loaded & set(HEAVY), loaded & set(HEAVY)
    modules = result["modules"]
    assert isinstance(modules, list)
    assert not [
        m
        for m in modules
        if m.startswith("inspect_station.commands.") and m != "inspect_station.commands.registry"
    ]


def test_decode_imports_only_the_decoders(station_home: Path, tmp_path: Path) -> None:
    import cv2
    import numpy as np

    image = tmp_path / "blank.png"
    assert cv2.imwrite(str(image), np.full((60, 80), 255, np.uint8))
    result = run_fresh("decode", str(image), home=station_home)
    assert result["status"] == 0
    assert json.loads(str(result["out"]))["codes"] == []
    modules = result["modules"]
    assert isinstance(modules, list)
    ours = {m for m in modules if m.split(".")[0] in ("inspect_station", "db", "ui")}
    allowed = ("inspect_station.app.", "inspect_station.identify.", "inspect_station.images.")
    allowed += ("inspect_station.commands.decode", "inspect_station.commands.registry")
    extra = {m for m in ours if not m.startswith(allowed)} - {
        "inspect_station",
        "inspect_station.cli",
        "inspect_station.app",
        "inspect_station.commands",
        "inspect_station.identify",
        "inspect_station.images",
    }
    assert not extra, extra
    assert not top_level(modules) & {"sqlalchemy", "alembic", "PySide6", "reportlab", "matplotlib"}


@pytest.mark.parametrize("module", sorted({command.module for command in COMMANDS}))
def test_each_module_registers_exactly_what_the_registry_lists(module: str) -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    import_module(module).register(sub)
    registered = {action.dest: action.help for action in sub._choices_actions}
    listed = {c.name: c.help for c in COMMANDS if c.module == module}
    assert registered == listed


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["decode", "x.png"], "decode"),
        (["--config", "s.toml", "resolve", "X"], "resolve"),
        (["--config=s.toml", "--exit-when-ready", "users", "list"], "users"),
        (["--config", "decode"], None),  # "decode" is the settings file here
        (["--language", "de", "print-test"], "print-test"),
        (["--language=pl", "db", "upgrade"], "db"),
        (["--help"], None),
        ([], None),
        (["nonsense"], None),
    ],
)
def test_the_chosen_command_is_found_without_importing(argv: list[str], name: str | None) -> None:
    found = chosen(argv)
    assert (found.name if found else None) == name
