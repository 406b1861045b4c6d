#!/usr/bin/env python3
"""Run a real Medusa v2 shop on this machine for Inspect Station's connector tests.

Stdlib only (urllib, subprocess); needs Node >= 20.19, npm and a local PostgreSQL.

    python3 tools/medusa/medusa.py up       # npm ci (if the lock changed), database, migrations,
                                            # admin user, start on 127.0.0.1, secret API key
    python3 tools/medusa/medusa.py seed     # region, sales channel, stock location, shipping,
                                            # products with SKU/EAN and stock, customer, orders
                                            # paid (captured) and fulfilled (shipped, delivered)
    python3 tools/medusa/medusa.py env      # prints MEDUSA_URL=... MEDUSA_API_KEY=... for eval
    python3 tools/medusa/medusa.py down     # stops the server (PostgreSQL keeps running)
    python3 tools/medusa/medusa.py run -- CMD ...   # up + seed + CMD (with MEDUSA_* env) + down
    python3 tools/medusa/medusa.py reset    # down + drop the database and the local state
    python3 tools/medusa/medusa.py status

Settings (environment, all optional):
    MEDUSA_DB_NAME (inspect_medusa), MEDUSA_DB_USER (= db name), MEDUSA_DB_PASSWORD (= db name),
    MEDUSA_PG_HOST (127.0.0.1), MEDUSA_PG_PORT (5432), MEDUSA_PG_CLUSTER ("15 main"),
    MEDUSA_PORT (a free port), MEDUSA_ADMIN_EMAIL, MEDUSA_ADMIN_PASSWORD,
    MEDUSA_STATE_DIR (tools/medusa/.state), MEDUSA_SEED_ORDERS (3).

The state directory (git-ignored, mode 0700) holds the server's pid, port, log, the secret API
key and the generated JWT/cookie secrets. Nothing secret is printed except by `env`.

This file is the command line; the work is in its siblings, by concern: medusa_settings
(settings, state files), medusa_http (`Api`, `HttpError`), medusa_setup (npm ci, PostgreSQL role
and database, migrations, admin user), medusa_server (start, API key, status, stop, reset),
medusa_seed (the catalogue and seed orders), medusa_orders (`place_order`: storefront checkout).
Imported as a module (with this folder on sys.path), it offers the names other scripts use.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys

from medusa_http import Api, HttpError
from medusa_orders import place_order
from medusa_seed import cmd_seed, seed_catalogue
from medusa_server import (
    cmd_down,
    cmd_env,
    cmd_reset,
    cmd_status,
    cmd_up,
    env_lines,
    server_state,
)
from medusa_settings import Settings, read_json
from medusa_setup import cmd_db, cmd_install, cmd_migrate

__all__ = [
    "Api",
    "HttpError",
    "Settings",
    "main",
    "place_order",
    "read_json",
    "seed_catalogue",
    "server_state",
]


def cmd_run(s: Settings, argv: list[str]) -> int:
    was_running = server_state(s) is not None
    cmd_up(s)
    try:
        cmd_seed(s)
        env = dict(os.environ)
        env.update(line.split("=", 1) for line in env_lines(s, read_json(s.server_file)))
        return subprocess.run(argv, env=env).returncode if argv else 0
    finally:
        if not was_running:
            cmd_down(s)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    rest: list[str] = []
    if "--" in argv:
        i = argv.index("--")
        argv, rest = argv[:i], argv[i + 1 :]
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "command",
        choices=["install", "db", "migrate", "up", "seed", "down", "env", "status", "run", "reset"],
    )
    ap.add_argument(
        "--force", action="store_true", help="install: run npm ci even if the lock is unchanged"
    )
    a = ap.parse_args(argv)
    s = Settings()
    s.state_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(s.state_dir, 0o700)
    if a.command == "install":
        cmd_install(s, force=a.force)
    elif a.command == "db":
        cmd_db(s)
    elif a.command == "migrate":
        cmd_install(s)
        cmd_db(s)
        cmd_migrate(s, force=True)
    elif a.command == "up":
        st = cmd_up(s)
        print(
            json.dumps(
                {
                    "url": st["url"],
                    "pid": st["pid"],
                    "db": s.db_name,
                    "timings": read_json(s.timings_file, {}),
                },
                indent=2,
            )
        )
    elif a.command == "seed":
        cmd_seed(s)
    elif a.command == "down":
        cmd_down(s)
    elif a.command == "env":
        cmd_env(s)
    elif a.command == "status":
        cmd_status(s)
    elif a.command == "reset":
        cmd_reset(s)
    elif a.command == "run":
        return cmd_run(s, rest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
