"""The test shop's settings (environment), its private state files and the messages it prints."""

from __future__ import annotations

import json
import os
import sys
import urllib.parse
from pathlib import Path
from typing import NoReturn

HERE = Path(__file__).resolve().parent
LOCK = HERE / "package-lock.json"
NODE_MODULES = HERE / "node_modules"
LOCK_STAMP = NODE_MODULES / ".inspect-station-lock.sha256"
MEDUSA_BIN = NODE_MODULES / "@medusajs" / "cli" / "cli.js"
MIN_NODE = (20, 19, 0)


class Settings:
    def __init__(self) -> None:
        env = os.environ
        self.db_name = env.get("MEDUSA_DB_NAME", "inspect_medusa")
        self.db_user = env.get("MEDUSA_DB_USER", self.db_name)
        self.db_password = env.get("MEDUSA_DB_PASSWORD", self.db_name)
        self.pg_host = env.get("MEDUSA_PG_HOST", "127.0.0.1")
        self.pg_port = int(env.get("MEDUSA_PG_PORT", "5432"))
        self.pg_cluster = env.get("MEDUSA_PG_CLUSTER", "15 main").split()
        self.port = int(env["MEDUSA_PORT"]) if env.get("MEDUSA_PORT") else None
        self.admin_email = env.get("MEDUSA_ADMIN_EMAIL", "admin@inspect-station.test")
        self.admin_password = env.get("MEDUSA_ADMIN_PASSWORD", "inspect-station-admin")
        self.state_dir = Path(env.get("MEDUSA_STATE_DIR", HERE / ".state"))
        self.seed_orders = int(env.get("MEDUSA_SEED_ORDERS", "3"))
        for name in (self.db_name, self.db_user):
            if not name.replace("_", "").isalnum():
                die(f"database/role name {name!r}: letters, digits and _ only")

    @property
    def database_url(self) -> str:
        pw = urllib.parse.quote(self.db_password, safe="")
        return f"postgres://{self.db_user}:{pw}@{self.pg_host}:{self.pg_port}/{self.db_name}"

    # state files
    @property
    def server_file(self) -> Path:
        return self.state_dir / "server.json"

    @property
    def secrets_file(self) -> Path:
        return self.state_dir / f"secrets-{self.db_name}.json"

    @property
    def seed_file(self) -> Path:
        return self.state_dir / f"seed-{self.db_name}.json"

    @property
    def log_file(self) -> Path:
        return self.state_dir / "medusa.log"

    @property
    def timings_file(self) -> Path:
        return self.state_dir / "timings.json"


def die(msg: str, code: int = 1) -> NoReturn:
    print(f"medusa.py: {msg}", file=sys.stderr)
    sys.exit(code)


def info(msg: str) -> None:
    print(f"[medusa] {msg}", file=sys.stderr, flush=True)


def read_json(path: Path, default=None):
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        return default


def write_private_json(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh, indent=2)
    os.replace(tmp, path)


def record_timing(s: Settings, key: str, seconds: float) -> None:
    t = read_json(s.timings_file, {}) or {}
    t[key] = round(seconds, 2)
    write_private_json(s.timings_file, t)
    info(f"{key}: {seconds:.1f} s")
