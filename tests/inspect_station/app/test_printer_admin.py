"""An admin changes the printers: recorded first, then saved and applied; a refusal changes
nothing at all (settings file, the station's printer, the labels waiting)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db.engine import Database
from db.models.audit import AuditEvent
from db.models.people import User as UserRow
from db.models.printing import PrintJob
from inspect_station.app import printer_admin
from inspect_station.app.context import Station
from inspect_station.app.errors import BadInput, DatabaseUnavailable
from inspect_station.app.settings import Settings
from inspect_station.bench import inspection
from inspect_station.people.auth import SignedOut
from inspect_station.printing.printers import PrinterConfig
from tests.helpers import seed_people, sign_in_as
from tests.inspect_station.bench.test_inspection import open_first


@pytest.fixture
def admin(station: Station) -> Station:
    """The station with ada (admin) signed in and one unit's label waiting for "files"."""
    seed_people(station)
    sign_in_as(station, "ada")
    inspection.finish(station, open_first(station), grade="B")  # its label stays queued
    return station


def dock_printers(station: Station, tmp_path: Path) -> Settings:
    dock = PrinterConfig("dock", "files", path=str(tmp_path / "dock"), dpi=300)
    return printer_admin.with_printers(station.settings, [dock], label_printer="dock")


def waiting_jobs(station: Station) -> list[tuple[str, str, int]]:
    with station.db.read() as session:
        rows = session.execute(select(PrintJob.printer, PrintJob.state, PrintJob.dpi)).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def changes_recorded(station: Station) -> int:
    with station.db.read() as session:
        return len(
            session.scalars(select(AuditEvent).where(AuditEvent.action == "printers.changed")).all()
        )


def test_an_admin_changes_the_printer_recorded_saved_and_applied(
    admin: Station, tmp_path: Path
) -> None:
    changed = dock_printers(admin, tmp_path)
    target = tmp_path / "settings.toml"
    assert printer_admin.save_printers(admin, changed, path=target) == target
    assert 'printer = "dock"' in target.read_text(encoding="utf-8")
    assert not target.with_suffix(".toml.tmp").exists()
    assert (admin.printer.name, admin.settings.printer) == ("dock", "dock")
    assert waiting_jobs(admin) == [("dock", "queued", 300)]  # the waiting label follows
    assert changes_recorded(admin) == 1


@pytest.fixture
def unchanged(admin: Station, tmp_path: Path) -> Iterator[Path]:
    """After the test: no settings file, the same printer and settings, the label still
    waiting for the old printer, no change recorded."""
    target = tmp_path / "settings.toml"
    printer, settings, jobs = admin.printer, admin.settings, waiting_jobs(admin)
    yield target
    assert not target.exists()
    assert not target.with_suffix(".toml.tmp").exists()
    assert admin.printer is printer
    assert admin.settings is settings
    assert waiting_jobs(admin) == jobs == [("files", "queued", settings.label_dpi)]
    assert changes_recorded(admin) == 0


def test_a_revoked_admin_changes_nothing(admin: Station, tmp_path: Path, unchanged: Path) -> None:
    with admin.db.write(guarded=False) as session:
        session.execute(update(UserRow).where(UserRow.name == "ada").values(disabled=True))
    with pytest.raises(SignedOut) as refused:
        printer_admin.save_printers(admin, dock_printers(admin, tmp_path), path=unchanged)
    assert str(refused.value) == (
        "ada was disabled since signing in: nothing was saved. Sign in again."
    )


def unreachable(database: Database, tmp_path: Path) -> Database:
    """The same kind of database, where none answers: a folder where the SQLite file should
    be, or a local port nobody listens on."""
    if database.dialect == "sqlite":
        return Database.from_url(f"sqlite:///{tmp_path}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = database.engine.url.set(host="127.0.0.1", port=port, query={"connect_timeout": "2"})
    return Database.from_url(url.render_as_string(hide_password=False))


def test_with_the_database_unreachable_nothing_changes(
    admin: Station, tmp_path: Path, unchanged: Path
) -> None:
    changed = dock_printers(admin, tmp_path)
    reachable, admin.db = admin.db, unreachable(admin.db, tmp_path)
    where = admin.db.describe()
    try:
        with pytest.raises(DatabaseUnavailable) as refused:
            printer_admin.save_printers(admin, changed, path=unchanged)
    finally:
        admin.db.dispose()
        admin.db = reachable
    assert str(refused.value) == (
        f"The printers were not changed: the database ({where}) cannot be reached. "
        "Nothing was saved; try again when it is back."
    )


def test_a_settings_file_that_cannot_be_written_changes_nothing(
    admin: Station, tmp_path: Path, unchanged: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the settings folder should be", encoding="utf-8")
    with pytest.raises(BadInput, match="cannot be written") as refused:
        printer_admin.save_printers(
            admin, dock_printers(admin, tmp_path), path=blocker / "settings.toml"
        )
    assert "nothing was changed" in str(refused.value)
