"""The station as a user installs it: built once by ``./station package``, then used from outside
the checkout (fresh venvs in a temporary folder, the .deb in the system) under a real X server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from tests.conftest import need_service

CHECKOUT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Artefacts:
    wheel: Path
    sdist: Path
    bundle: Path
    deb: Path


@pytest.fixture(scope="session")
def artefacts(tmp_path_factory: pytest.TempPathFactory) -> Artefacts:
    """``./station package`` once per run, into a temporary dist folder."""
    out = tmp_path_factory.mktemp("dist")
    env = {**os.environ, "OUT": str(out)}
    done = subprocess.run(
        [str(CHECKOUT / "station"), "package"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode:
        pytest.fail(f"./station package failed:\n{done.stdout}\n{done.stderr}")
    print(done.stdout)
    return Artefacts(
        wheel=next(out.glob("inspect_station-*.whl")),
        sdist=next(out.glob("inspect_station-*.tar.gz")),
        bundle=out / "inspect-station",
        deb=next(out.glob("inspect-station_*.deb")),
    )


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb, 1366×768) on the first free display from
    ``INSPECT_STATION_TEST_DISPLAY`` (default 90)."""
    if not shutil.which("Xvfb"):
        need_service("Xvfb is not installed (./station test installs it)")
    first = int(os.environ.get("INSPECT_STATION_TEST_DISPLAY", "90"))
    for number in range(first, first + 10):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            server.wait(timeout=2)  # it exits at once when the display is taken
        except subprocess.TimeoutExpired:
            try:
                yield f":{number}"
            finally:
                server.terminate()
                server.wait(timeout=10)
            return
    pytest.fail(f"no free X display among :{first}–:{first + 9}")


def clean_env(home: Path, display: str | None = None, **extra: str) -> dict[str, str]:
    """The environment of a user's shell: nothing of the checkout, the tests or their venv."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("INSPECT_STATION_", "PYTHON", "VIRTUAL_ENV", "QT_", "PYTEST"))
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PATH=os.pathsep.join(
            p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(sys.prefix)
        ),
        **extra,
    )
    if display:
        env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    home.mkdir(parents=True, exist_ok=True)
    return env


def run(
    argv: list[str | Path], *, env: dict[str, str], cwd: Path, stdin: str = "", ok: bool = True
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(a) for a in argv],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if ok and done.returncode:
        pytest.fail(f"{' '.join(map(str, argv))} → {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def ready_ms(output: str) -> int:
    """The station's own 'ready in N ms' line: it opened its window and drew it."""
    lines = [line for line in output.splitlines() if line.startswith("ready in ")]
    assert lines, output
    return int(lines[-1].split()[2])


def decoded_label(pdf: Path, work: Path) -> list[str]:
    """The codes a scanner reads from the label, rendered at 300 dpi as a printer would."""
    subprocess.run(
        ["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(work / "label")],
        check=True,
    )
    with Image.open(work / "label.png") as image:
        return [found.text for found in zxingcpp.read_barcodes(image)]
