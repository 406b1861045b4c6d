"""What the server needs before it starts: node_modules from the lock file, its PostgreSQL role
and database, Medusa's migrations and the admin user."""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import subprocess
import time
from pathlib import Path

from medusa_settings import (
    HERE,
    LOCK,
    LOCK_STAMP,
    MEDUSA_BIN,
    MIN_NODE,
    Settings,
    die,
    info,
    read_json,
    record_timing,
    write_private_json,
)


def check_node() -> None:
    node = shutil.which("node")
    if not node or not shutil.which("npm"):
        die("node and npm are needed (Node >= 20.19)")
    out = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    parts = tuple(int(p) for p in out.lstrip("v").split(".")[:3])
    if parts < MIN_NODE:
        die(f"Node {out} is too old: @medusajs/medusa 2.x needs ^20.19.0 or >= 22.12.0")


def lock_digest() -> str:
    h = hashlib.sha256(LOCK.read_bytes())
    h.update(subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.encode())
    return h.hexdigest()


def cmd_install(s: Settings, force: bool = False) -> None:
    check_node()
    digest = lock_digest()
    if (
        not force
        and MEDUSA_BIN.exists()
        and LOCK_STAMP.exists()
        and LOCK_STAMP.read_text().strip() == digest
    ):
        info("node_modules matches package-lock.json")
        return
    info("npm ci (package-lock.json changed or node_modules missing) ...")
    t0 = time.monotonic()
    proc = subprocess.run(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=HERE,
        env={**os.environ, "MEDUSA_DISABLE_TELEMETRY": "true"},
    )
    if proc.returncode != 0:
        die("npm ci failed")
    record_timing(s, "install_s", time.monotonic() - t0)
    LOCK_STAMP.write_text(digest + "\n")


def ensure_cluster_running(s: Settings) -> None:
    if not shutil.which("pg_lsclusters"):
        return  # not Debian's postgresql-common: assume the server is managed elsewhere
    out = subprocess.run(["pg_lsclusters", "--no-header"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        f = line.split()
        if f[:2] == s.pg_cluster and len(f) >= 4:
            if f[3] != "online":
                info(f"starting PostgreSQL cluster {' '.join(s.pg_cluster)}")
                subprocess.run(["pg_ctlcluster", *s.pg_cluster, "start"], check=True)
            return


def superuser_psql(sql: str) -> str:
    """Run SQL as the postgres superuser over the local socket (peer auth)."""
    base = ["psql", "-v", "ON_ERROR_STOP=1", "-XAtq", "-c", sql]
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *base]
    elif shutil.which("sudo"):
        cmd = ["sudo", "-n", "-u", "postgres", *base]
    else:
        cmd = base
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd="/")
    if proc.returncode != 0:
        die(f"psql as postgres failed: {proc.stderr.strip()}")
    return proc.stdout.strip()


def q_literal(v: str) -> str:
    return "'" + v.replace("'", "''") + "'"


def cmd_db(s: Settings) -> None:
    ensure_cluster_running(s)
    if superuser_psql(f"SELECT 1 FROM pg_roles WHERE rolname = {q_literal(s.db_user)}") != "1":
        info(f"creating role {s.db_user}")
        superuser_psql(f'CREATE ROLE "{s.db_user}" LOGIN PASSWORD {q_literal(s.db_password)}')
    else:
        superuser_psql(f'ALTER ROLE "{s.db_user}" LOGIN PASSWORD {q_literal(s.db_password)}')
    if superuser_psql(f"SELECT 1 FROM pg_database WHERE datname = {q_literal(s.db_name)}") != "1":
        info(f"creating database {s.db_name}")
        superuser_psql(f'CREATE DATABASE "{s.db_name}" OWNER "{s.db_user}"')


def db_query(s: Settings, sql: str) -> str:
    proc = subprocess.run(
        ["psql", "-XAtq", "-v", "ON_ERROR_STOP=1", s.database_url, "-c", sql],
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip())
    return proc.stdout.strip()


def get_secrets(s: Settings) -> dict:
    sec = read_json(s.secrets_file)
    if not sec:
        sec = {"jwt_secret": secrets.token_hex(32), "cookie_secret": secrets.token_hex(32)}
        write_private_json(s.secrets_file, sec)
    return sec


def medusa_env(s: Settings) -> dict:
    sec = get_secrets(s)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS", "CACHE_REDIS"))}
    env.update(
        DATABASE_URL=s.database_url,
        JWT_SECRET=sec["jwt_secret"],
        COOKIE_SECRET=sec["cookie_secret"],
        NODE_ENV="production",
        MEDUSA_DISABLE_TELEMETRY="true",
        MEDUSA_WORKER_MODE="shared",
    )
    return env


def run_medusa(s: Settings, *args: str, log: Path | None = None) -> None:
    out = (
        os.fdopen(os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
        if log
        else subprocess.DEVNULL
    )
    try:
        proc = subprocess.run(
            ["node", str(MEDUSA_BIN), *args],
            cwd=HERE,
            env=medusa_env(s),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    finally:
        if log:
            out.close()
    if proc.returncode != 0:
        die(f"medusa {' '.join(args[:1])} failed (exit {proc.returncode}); see {log}")


MIGRATED_MARK = "inspect-station medusa migrated with lock "


def cmd_migrate(s: Settings, force: bool = False) -> None:
    """Run Medusa's migrations unless this database was already migrated with this exact lock file.

    The mark is the database's comment (the role owns the database), so a dropped or recreated
    database is always migrated again.
    """
    s.state_dir.mkdir(parents=True, exist_ok=True)
    mark = MIGRATED_MARK + lock_digest()
    current = db_query(
        s,
        "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
        f"WHERE datname = {q_literal(s.db_name)}",
    )
    if current == mark and not force:
        info("migrations already applied for this package-lock.json")
        return
    info("medusa db:migrate ...")
    t0 = time.monotonic()
    run_medusa(
        s,
        "db:migrate",
        "--execute-safe-links",
        "--execute-safe-search",
        log=s.state_dir / "migrate.log",
    )
    record_timing(s, "migrate_s", time.monotonic() - t0)
    db_query(s, f'COMMENT ON DATABASE "{s.db_name}" IS {q_literal(mark)}')


def ensure_admin_user(s: Settings) -> None:
    try:
        n = db_query(
            s,
            f'SELECT count(*) FROM "user" WHERE email = {q_literal(s.admin_email)} AND deleted_at IS NULL',
        )
    except RuntimeError as exc:
        die(f"cannot read the user table: {exc}")
    if n != "0":
        return
    info(f"creating admin user {s.admin_email}")
    run_medusa(
        s, "user", "-e", s.admin_email, "-p", s.admin_password, log=s.state_dir / "migrate.log"
    )
