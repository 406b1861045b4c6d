"""The Python package: built by ``python -m build``, installed with pip into fresh venvs outside
the checkout, and used there as a site would: the demo, a label, and the README's rollout on
PostgreSQL (site folder, ``db upgrade`` by the owner, the benches' role, the first
administrator, a bench started)."""

from __future__ import annotations

import os
import socket
import subprocess
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import tomli_w
from sqlalchemy.engine import make_url

from inspect_station.demo.video import make_demo_video
from tests.conftest import postgres_url
from tests.helpers import drop_role
from tests.packaging.conftest import (
    CHECKOUT,
    Artefacts,
    clean_env,
    decoded_label,
    ready_ms,
    run,
)

PIN = "2468"


def shipped_files() -> set[str]:
    """Everything under resources/ and the migrations, as the checkout has them."""
    found = set()
    for folder in (CHECKOUT / "resources", CHECKOUT / "db" / "migrations"):
        for path in folder.rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                found.add(path.relative_to(CHECKOUT).as_posix())
    return found


def venv(where: Path, requirement: str) -> Path:
    """A fresh venv holding ``requirement``; its ``inspect-station`` program. pip keeps the
    user's download cache, as a second install on a machine would."""
    subprocess.run(["python3", "-m", "venv", str(where)], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    run([where / "bin" / "pip", "install", "-q", requirement], env=env, cwd=where.parent)
    return where / "bin" / "inspect-station"


@pytest.fixture(scope="module")
def gui_station(artefacts: Artefacts, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return venv(tmp_path_factory.mktemp("gui") / "venv", f"{artefacts.wheel}[gui]")


def test_the_wheel_and_the_sdist_carry_the_resources_and_the_migrations(
    artefacts: Artefacts,
) -> None:
    must = shipped_files()
    assert "resources/rules.toml" in must
    assert "db/migrations/versions/0001_initial_schema.py" in must
    with zipfile.ZipFile(artefacts.wheel) as wheel:
        in_wheel = set(wheel.namelist())
    assert must <= in_wheel, sorted(must - in_wheel)
    assert not [name for name in in_wheel if "__pycache__" in name or name.startswith("tests/")]
    with tarfile.open(artefacts.sdist) as sdist:
        in_sdist = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    assert must | {"station", "pyproject.toml", "tests/conftest.py", "MANIFEST.in"} <= in_sdist


def test_without_the_gui_extra_the_chores_work_and_the_window_says_what_is_missing(
    artefacts: Artefacts, tmp_path: Path
) -> None:
    station = venv(tmp_path / "venv", str(artefacts.wheel))
    env = clean_env(tmp_path / "home")

    upgraded = run([station, "db", "upgrade"], env=env, cwd=tmp_path)
    window = run([station, "demo", "--exit-when-ready"], env=env, cwd=tmp_path, ok=False)

    assert upgraded.stdout.startswith("schema at ")
    assert (tmp_path / "home/.local/share/inspect-station/inspect-station.sqlite3").is_file()
    assert window.returncode == 2
    assert "needs Qt, which this install left out: pip install 'inspect-station[gui]'" in (
        window.stderr
    )


def test_the_installed_demo_starts_and_prints_a_label_that_scans(
    gui_station: Path, x_display: str, tmp_path: Path
) -> None:
    env = clean_env(tmp_path / "home", x_display)

    run([gui_station, "demo", "--no-gui"], env=env, cwd=tmp_path)
    started = run([gui_station, "demo", "--exit-when-ready"], env=env, cwd=tmp_path)
    printed = run([gui_station, "print-test"], env=env, cwd=tmp_path)

    assert ready_ms(started.stdout) > 0
    pdf = Path(printed.stdout.strip().split(": ", 1)[1])
    assert pdf.suffix == ".pdf"
    assert not pdf.is_relative_to(CHECKOUT)
    assert [code for code in decoded_label(pdf, tmp_path) if code.startswith("LPTEST")]


@pytest.fixture
def bench_role() -> Iterator[tuple[str, str]]:
    """(owner's URL, benches' role name) on the emptied test database; the role dropped after."""
    owner = make_url(postgres_url())
    role = f"{owner.database}_bench"[:63]  # roles are the whole server's: named after the db
    url = owner.render_as_string(hide_password=False)
    drop_role(url, role)  # left by a run that was stopped
    yield url, role
    drop_role(url, role)


def with_psql(url: str, sql: str) -> None:
    """Run SQL as a site's DBA would: psql, with the owner's credentials."""
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpq, "-f", "-"],
        input=sql,
        text=True,
        check=True,
        capture_output=True,
    )


@pytest.mark.postgres
def test_the_readme_rollout_on_postgresql(
    gui_station: Path, x_display: str, tmp_path: Path, bench_role: tuple[str, str]
) -> None:
    owner_url, role = bench_role
    bench_url = make_url(owner_url).set(username=role, password="bench-secret")
    site = tmp_path / "etc-inspect-station"
    host = socket.gethostname().split(".")[0]
    labels = tmp_path / "labels"
    (site / "benches").mkdir(parents=True)
    (site / "site.toml").write_text(
        tomli_w.dumps(
            {
                "database_url": bench_url.render_as_string(hide_password=False),
                "pepper_file": str(site / "pin-pepper"),
                "camera_scanning": "highlight",
                "printers": {"dock": {"kind": "files", "path": str(labels)}},
                "printer": "dock",
            }
        ),
        encoding="utf-8",
    )
    video = make_demo_video(tmp_path / "camera.avi")
    (site / "benches" / f"{host}.toml").write_text(
        tomli_w.dumps({"bench": "BENCH-07", "camera_source": str(video)}), encoding="utf-8"
    )
    owner_file = tmp_path / "owner.toml"
    owner_file.write_text(tomli_w.dumps({"database_url": owner_url}), encoding="utf-8")
    env = clean_env(tmp_path / "home", x_display, INSPECT_STATION_SITE_DIR=str(site))

    def station(*argv: str, stdin: str = "") -> str:
        return run([gui_station, *argv], env=env, cwd=tmp_path, stdin=stdin).stdout

    # Once, as the database's owner: the schema, then the benches' role and its grants.
    assert station("--config", str(owner_file), "db", "upgrade").startswith("schema at ")
    grants = station("--config", str(owner_file), "db", "grants", "--role", role)
    with_psql(owner_url, f"CREATE ROLE {role} LOGIN PASSWORD 'bench-secret';\n{grants}")
    # The first administrator, through the benches' own settings.
    added = station("users", "add", "Ada Admin", "--badge", "SITE-ADMIN", stdin=f"{PIN}\n{PIN}\n")
    assert "added Ada Admin (admin), badge SITE-ADMIN" in added
    assert (site / "pin-pepper").stat().st_mode & 0o077 == 0
    # The bench: its settings from the site folder, its window up.
    shown = station("settings")
    assert f'bench = "BENCH-07"  # {site / "benches" / f"{host}.toml"}' in shown
    assert f":***@{bench_url.host}" in shown
    assert "bench-secret" not in shown
    assert ready_ms(station("--exit-when-ready")) > 0
    listed = station("users", "list", "--as", "SITE-ADMIN", stdin=f"{PIN}\n")
    assert "SITE-ADMIN" in listed
    assert "admin" in listed
    printed = station("print-test")
    pdf = Path(printed.strip().split(": ", 1)[1])
    assert pdf.parent == labels
    assert [code for code in decoded_label(pdf, tmp_path) if code.startswith("LPTEST")]
    assert "the audit chain is intact" in station("audit", "verify")
    assert not (tmp_path / "home" / ".config" / "inspect-station").exists()
