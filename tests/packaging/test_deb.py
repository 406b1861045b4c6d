"""The .deb: installed with dpkg as a bench would, its desktop files valid, the bundled station
started to ready on a real X server, a label printed to PDF and scanned back, then removed
with nothing of it left."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import need_service
from tests.packaging.conftest import Artefacts, clean_env, decoded_label, ready_ms, run

PACKAGE = "inspect-station"
OURS = (
    "/opt/inspect-station/inspect-station",
    "/usr/bin/inspect-station",
    "/usr/share/applications/inspect-station.desktop",
    "/usr/share/metainfo/io.inspectstation.InspectStation.metainfo.xml",
    "/usr/share/icons/hicolor/scalable/apps/inspect-station.svg",
    "/usr/share/icons/hicolor/48x48/apps/inspect-station.png",
    "/usr/share/icons/hicolor/128x128/apps/inspect-station.png",
    "/usr/share/icons/hicolor/256x256/apps/inspect-station.png",
)


def installed() -> bool:
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", PACKAGE], capture_output=True, text=True, check=False
    )
    return "ok installed" in done.stdout


@pytest.fixture
def deb_installed(artefacts: Artefacts) -> Iterator[Path]:
    """The package installed by ``dpkg -i``; removed again whatever the test found."""
    if os.geteuid() != 0:
        need_service("installing a .deb needs root (CI runs as root)")
    if installed():
        pytest.fail(f"{PACKAGE} is installed on this machine already: dpkg -r {PACKAGE} first")
    done = subprocess.run(["dpkg", "-i", str(artefacts.deb)], capture_output=True, text=True)
    try:
        assert done.returncode == 0, done.stdout + done.stderr
        yield artefacts.deb
    finally:
        if installed():
            subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, check=False)


def test_the_deb_installs_starts_prints_and_uninstalls_cleanly(
    deb_installed: Path, x_display: str, tmp_path: Path
) -> None:
    assert Path(shutil.which("inspect-station") or "").resolve() == Path(OURS[0])
    for path in OURS:
        assert Path(path).exists(), path
    for tool, argv in (
        ("desktop-file-validate", [OURS[2]]),
        ("appstreamcli", ["validate", "--no-net", OURS[3]]),
    ):
        if not shutil.which(tool):
            need_service(f"{tool} is not installed (./station test installs it)")
        checked = subprocess.run([tool, *argv], capture_output=True, text=True, check=False)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    env = clean_env(tmp_path / "home", x_display)

    run(["inspect-station", "demo", "--no-gui"], env=env, cwd=tmp_path)
    started = run(["inspect-station", "demo", "--exit-when-ready"], env=env, cwd=tmp_path)
    printed = run(["inspect-station", "print-test"], env=env, cwd=tmp_path)

    assert ready_ms(started.stdout) > 0
    pdf = Path(printed.stdout.strip().split(": ", 1)[1])
    assert pdf.is_relative_to(tmp_path / "home")
    assert [code for code in decoded_label(pdf, tmp_path) if code.startswith("LPTEST")]
    # The bundle speaks the station's languages: the core's catalogs, Qt's own (qtbase) and
    # Babel's CLDR data for dates, numbers and money.
    german = run(["inspect-station", "--language", "de", "print-test"], env=env, cwd=tmp_path)
    assert german.stdout.startswith("Testetikett an "), german.stdout
    bundle = Path(OURS[0]).parent
    for name in ("inspect_station_pl.qm", "inspect_station.mo", "qtbase_pl.qm", "pl.dat"):
        assert list(bundle.rglob(name)), f"{name} is not in the bundle"

    removed = subprocess.run(["dpkg", "-r", PACKAGE], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stdout + removed.stderr
    assert not installed()
    assert [path for path in (*OURS, "/opt/inspect-station") if os.path.lexists(path)] == []
