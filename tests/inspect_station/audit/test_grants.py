"""The benches' PostgreSQL role: it works the station but cannot change the audit trail."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError

from inspect_station.app.errors import BadInput
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_database, open_station
from inspect_station.audit import verification
from inspect_station.audit.grants import grant_sql
from tests.conftest import FakeClock, postgres_url
from tests.helpers import drop_role, seed_people, sign_in_as


@pytest.fixture
def app_url() -> Iterator[str]:
    """A fresh schema (made by the owner) and a role limited by ``grant_sql``."""
    url = make_url(postgres_url())
    owner = open_database(url.render_as_string(hide_password=False))
    name = url.database or ""
    role = f"{name}_app"[:63]  # roles are shared by the whole server: named after the database
    drop_role(url.render_as_string(hide_password=False), role)
    with owner.engine.begin() as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'app-secret'"))
        for statement in grant_sql(role, name).split(";\n"):
            if statement.strip(" \n").replace("\n", "").lstrip("-"):
                conn.execute(text(statement))
    yield url.set(username=role, password="app-secret").render_as_string(hide_password=False)
    owner.dispose()
    drop_role(url.render_as_string(hide_password=False), role)


@pytest.mark.postgres
def test_the_benches_role_appends_to_the_audit_trail_and_cannot_change_it(
    app_url: str, settings: Settings, clock: FakeClock
) -> None:
    station = open_station(
        settings.replace(bench="BENCH-APP"), database=open_database(app_url), clock=clock
    )
    try:
        seed_people(station, ("maria",))  # users and audit rows written as the app role
        sign_in_as(station, "maria")
        engine = create_engine(app_url)
        try:
            for statement in (
                "UPDATE audit_events SET actor = 'mallory'",
                "DELETE FROM audit_events",
                "TRUNCATE audit_events",
                "UPDATE audit_chain SET hash = sealed_by",
                "DELETE FROM audit_chain",
                "TRUNCATE audit_chain",
                "UPDATE alembic_version SET version_num = '0001'",
            ):
                refused = pytest.raises(ProgrammingError, match="permission denied")
                with refused, engine.begin() as conn:
                    conn.execute(text(statement))
            with engine.begin() as conn:
                rows = conn.execute(text("SELECT count(*) FROM audit_events")).scalar()
        finally:
            engine.dispose()
        assert rows == 3  # the rule file loaded at the first start, the seeded user, the sign-in
        result = verification.verify(station.db)
        assert (result.ok, result.links, result.pending) == (True, 3, 0)
    finally:
        station.close()


def test_the_grants_name_only_plain_identifiers() -> None:
    sql = grant_sql("station_app", "returns")
    for table in ("audit_events", "audit_chain"):
        assert f"GRANT SELECT, INSERT ON public.{table} TO station_app;" in sql
        assert f"REVOKE UPDATE, DELETE, TRUNCATE ON public.{table} FROM station_app;" in sql
    with pytest.raises(BadInput, match="plain lower-case SQL name"):
        grant_sql("app; DROP TABLE users", "returns")
