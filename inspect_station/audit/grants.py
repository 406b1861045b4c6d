"""The PostgreSQL role the benches connect as, and what it may do.

The schema belongs to an owner role that runs the migrations (``inspect-station db upgrade``).
The benches connect as an application role that may read and change the working tables but
may only read and add to the audit trail: no UPDATE, DELETE or TRUNCATE on ``audit_events``
or ``audit_chain``, so a bench (or whoever takes its credentials) cannot rewrite history. The
hash chain catches what the owner role could still do; the grants stop it from happening
through the station.
"""

from __future__ import annotations

import re

from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _

AUDIT_TABLES = ("audit_events", "audit_chain")
PENDING_TABLE = "audit_pending"
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")


def _identifier(name: str, what: str) -> str:
    if not _NAME.fullmatch(name):
        raise BadInput(
            _("The {what} {name!r} must be a plain lower-case SQL name (a-z, 0-9, _).").format(
                what=what, name=name
            )
        )
    return name


def grant_sql(app_role: str, database: str, *, schema: str = "public") -> str:
    """The statements an owner runs once (and again after a migration adds tables)."""
    role = _identifier(app_role, "role name")
    db = _identifier(database, "database name")
    sch = _identifier(schema, "schema name")
    audit = "-- The audit trail (events and their hash chain): read and append only."
    for table in AUDIT_TABLES:
        audit += f"""
REVOKE UPDATE, DELETE, TRUNCATE ON {sch}.{table} FROM {role};
GRANT SELECT, INSERT ON {sch}.{table} TO {role};"""
    return f"""\
-- Run as the owner of the schema, e.g. psql -d {db} -f grants.sql
-- The role itself, once:  CREATE ROLE {role} LOGIN PASSWORD '…';
GRANT CONNECT ON DATABASE {db} TO {role};
GRANT USAGE ON SCHEMA {sch} TO {role};
-- Working tables: read and change rows, never the schema.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {sch} TO {role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {sch} TO {role};
{audit}
-- Events waiting to be sealed: a work queue, taken from as events are sealed.
REVOKE UPDATE, TRUNCATE ON {sch}.{PENDING_TABLE} FROM {role};
-- The schema version: read only (migrations run as the owner).
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {sch}.alembic_version FROM {role};
GRANT SELECT ON {sch}.alembic_version TO {role};
"""
