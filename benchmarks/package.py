"""The station as installed: what ``./station package`` builds, how big it is, how fast it starts.

- *Build*: ``./station package`` (sdist, wheel, PyInstaller bundle, .deb) into the run's folder,
  wall time; its venvs are kept in ``build/bundle`` between runs, pip's downloads in its cache.
- *Sizes*: the wheel, the sdist, a fresh venv with ``inspect-station[gui]``, the bundle folder,
  the .deb and what it installs.
- *Start to ready*: ``inspect-station demo --exit-when-ready`` (demo seeded beforehand), from
  exec to the line the window prints once it is drawn, on Xvfb (1366×768) when it is
  installed, else Qt's offscreen platform; with the CPU time the process used (user+sys, less
  bent by other load than wall time) and the window's own figure (counted from the import of
  ``ui.app``). Runs of the three installs take turns, so they share the moment's load. The
  peer is the checkout's own editable ``.venv``.
- *dpkg*: ``dpkg -i`` and ``dpkg -r`` of the .deb, as root, when it is not installed already.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.report import Section, table

if TYPE_CHECKING:
    from benchmarks.__main__ import Context

CHECKOUT = Path(__file__).resolve().parent.parent
PACKAGE = "inspect-station"


@dataclass
class Start:
    wall_ms: float  # exec → "ready in" printed
    cpu_s: float  # user + sys of the process, to its exit
    ready_ms: float  # the window's own figure


def _run(argv: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{' '.join(argv)} → {done.returncode}\n{done.stdout}\n{done.stderr}")
    return done


def _timed(argv: list[str], env: dict[str, str] | None = None) -> float:
    began = time.perf_counter()
    _run(argv, env)
    return time.perf_counter() - began


def _du_mib(path: Path) -> float:
    return int(_run(["du", "-sk", str(path)]).stdout.split()[0]) / 1024


def _installed() -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    )
    return "ok installed" in done.stdout


def _start(program: str, env: dict[str, str]) -> Start:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    child = subprocess.Popen(
        [program, "demo", "--exit-when-ready"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert child.stdout is not None
    wall = ready = 0.0
    for line in child.stdout:
        if line.startswith("ready in "):
            wall = (time.perf_counter() - began) * 1000
            ready = float(line.split()[2])
    if child.wait(timeout=300) or not wall:
        raise RuntimeError(f"{program} demo did not get ready (exit {child.returncode})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Start(wall, cpu, ready)


def _display(tmp: Path) -> tuple[dict[str, str], subprocess.Popen[bytes] | None, str]:
    if not shutil.which("Xvfb"):
        return {"QT_QPA_PLATFORM": "offscreen"}, None, "Qt's offscreen platform (no Xvfb)"
    first = int(os.environ.get("INSPECT_STATION_BENCH_DISPLAY", "90"))
    for number in range(first, first + 10):
        if Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            server.wait(timeout=2)
        except subprocess.TimeoutExpired:
            env = {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
            return env, server, f"Xvfb :{number} (1366×768), xcb"
    raise RuntimeError(f"no free X display among :{first}–:{first + 9}")


def _env(home: Path, display: dict[str, str]) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("INSPECT_STATION_", "PYTHON", "VIRTUAL_ENV", "QT_"))
    }
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), **display)
    env.update(XDG_DATA_HOME=str(home / ".local/share"), XDG_CACHE_HOME=str(home / ".cache"))
    return env


def run(context: Context) -> Section:
    tmp = context.tmp / "package"
    out = tmp / "dist"
    load = os.getloadavg()[0]
    build_s = _timed([str(CHECKOUT / "station"), "package"], env={**os.environ, "OUT": str(out)})
    wheel = next(out.glob("inspect_station-*.whl"))
    sdist = next(out.glob("inspect_station-*.tar.gz"))
    deb = next(out.glob("inspect-station_*.deb"))
    bundle = out / "inspect-station"
    venv = tmp / "venv"
    _run(["python3", "-m", "venv", str(venv)])
    pip_s = _timed([str(venv / "bin" / "pip"), "install", "-q", f"{wheel}[gui]"])

    dpkg_i = dpkg_r = None
    bundle_program = str(bundle / "inspect-station")
    as_deb = os.geteuid() == 0 and not _installed()
    if as_deb:
        dpkg_i = _timed(["dpkg", "-i", str(deb)])
        bundle_program = "/usr/bin/inspect-station"
    installs = {
        "checkout (.venv, editable) — peer": str(CHECKOUT / ".venv" / "bin" / "inspect-station"),
        "wheel in a fresh venv": str(venv / "bin" / "inspect-station"),
        "bundle from the .deb" if as_deb else "bundle folder": bundle_program,
    }
    runs = 3 if context.quick else 5
    display, server, where = _display(tmp)
    starts: dict[str, list[Start]] = {name: [] for name in installs}
    try:
        envs = {name: _env(tmp / f"home-{n}", display) for n, name in enumerate(installs)}
        for name, program in installs.items():
            _run([program, "demo", "--no-gui"], env=envs[name])
            _start(program, envs[name])  # warm: the first start after a build reads from disk
        for _ in range(runs):
            for name, program in installs.items():
                starts[name].append(_start(program, envs[name]))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
        if as_deb:
            dpkg_r = _timed(["dpkg", "-r", PACKAGE])

    installed_kib = _run(["dpkg-deb", "-f", str(deb), "Installed-Size"]).stdout.strip()
    sizes = [
        ["wheel", f"{wheel.stat().st_size / 1024:.0f} KiB"],
        ["sdist", f"{sdist.stat().st_size / 1024:.0f} KiB"],
        ["fresh venv with [gui]", f"{_du_mib(venv):.0f} MiB"],
        ["bundle folder", f"{_du_mib(bundle):.0f} MiB"],
        [".deb (zstd)", f"{deb.stat().st_size / 2**20:.0f} MiB"],
        ["installed by the .deb", f"{int(installed_kib) / 1024:.0f} MiB"],
    ]
    peer = statistics.median(s.wall_ms for s in starts[next(iter(installs))])
    rows = []
    for name, runs_ in starts.items():
        wall = statistics.median(s.wall_ms for s in runs_)
        rows.append(
            [
                name,
                str(len(runs_)),
                f"{wall:.0f}",
                f"{min(s.wall_ms for s in runs_):.0f}–{max(s.wall_ms for s in runs_):.0f}",
                f"{statistics.median(s.cpu_s for s in runs_):.2f}",
                f"{statistics.median(s.ready_ms for s in runs_):.0f}",
                f"{wall / peer:.2f}",
            ]
        )
    lines = [
        f"Load average (1 min) at the start: {load:.1f}; display: {where}.",
        "",
        *table(["Artefact", "Size"], sizes),
        "",
        *table(
            ["Start to ready", "n", "wall ms (median)", "range", "CPU s", "window's ms", "/ peer"],
            rows,
        ),
        "",
        f"- `./station package` (sdist, wheel, bundle, .deb): {build_s:.0f} s wall",
        f"- `pip install 'inspect-station[gui]'` from the wheel into a fresh venv: {pip_s:.0f} s"
        " (pip's cache warm)",
    ]
    if dpkg_i is not None and dpkg_r is not None:
        lines.append(f"- `dpkg -i`: {dpkg_i:.1f} s; `dpkg -r`: {dpkg_r:.1f} s")
    else:
        lines.append("- dpkg not measured: needs root and the package not installed already")
    return Section("Installed package, bundle and .deb", lines)
