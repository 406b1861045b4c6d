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
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import NoReturn

HERE = Path(__file__).resolve().parent
LOCK = HERE / "package-lock.json"
NODE_MODULES = HERE / "node_modules"
LOCK_STAMP = NODE_MODULES / ".inspect-station-lock.sha256"
MEDUSA_BIN = NODE_MODULES / "@medusajs" / "cli" / "cli.js"
MIN_NODE = (20, 19, 0)


# --------------------------------------------------------------------------- settings


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


# --------------------------------------------------------------------------- install


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


# --------------------------------------------------------------------------- PostgreSQL


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


# --------------------------------------------------------------------------- medusa CLI


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


# --------------------------------------------------------------------------- HTTP


class HttpError(Exception):
    def __init__(self, status: int, body, method: str, path: str):
        super().__init__(f"{method} {path} -> {status}: {json.dumps(body)[:500]}")
        self.status, self.body = status, body


class Api:
    """Minimal JSON client. Admin calls use the secret API key as HTTP Basic user name."""

    def __init__(self, url: str, api_key: str | None = None, publishable_key: str | None = None):
        self.url = url.rstrip("/")
        self.api_key = api_key
        self.publishable_key = publishable_key

    def call(
        self, method: str, path: str, body=None, *, auth: str = "admin", query=None, headers=None
    ):
        url = self.url + path
        if query:
            url += ("&" if "?" in url else "?") + urllib.parse.urlencode(query, doseq=True)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if auth == "admin" and self.api_key:
            req.add_header(
                "Authorization", "Basic " + base64.b64encode(f"{self.api_key}:".encode()).decode()
            )
        elif auth == "store":
            req.add_header("x-publishable-api-key", self.publishable_key or "")
        elif auth.startswith("Bearer "):
            req.add_header("Authorization", auth)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=120) as resp:
                raw = resp.read()
                return json.loads(raw) if raw else None
        except urllib.error.HTTPError as exc:
            raw = exc.read()
            try:
                body_out = json.loads(raw)
            except ValueError:
                body_out = raw.decode(errors="replace")
            raise HttpError(exc.code, body_out, method, path) from None

    def get(self, path, **kw):
        return self.call("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.call("POST", path, body if body is not None else {}, **kw)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie still "exists"; treat it as dead
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except OSError:
        return False


def health_ok(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/health", timeout=2) as resp:
            return resp.status == 200
    except Exception:
        return False


def server_state(s: Settings) -> dict | None:
    st = read_json(s.server_file)
    if st and st.get("pid") and pid_alive(st["pid"]) and health_ok(st["url"]):
        return st
    return None


def start_server(s: Settings) -> dict:
    port = s.port or free_port()
    url = f"http://127.0.0.1:{port}"
    log = os.fdopen(os.open(s.log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600), "a")
    info(f"starting medusa on {url} (log: {s.log_file})")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        ["node", str(MEDUSA_BIN), "start", "-H", "127.0.0.1", "-p", str(port)],
        cwd=HERE,
        env=medusa_env(s),
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    log.close()
    prev = read_json(s.server_file, {}) or {}
    st = {"pid": proc.pid, "port": port, "url": url, "db": s.db_name, "log": str(s.log_file)}
    if prev.get("db") == s.db_name and prev.get("api_key"):
        st.update(
            api_key=prev["api_key"], api_key_id=prev.get("api_key_id")
        )  # re-checked after start
    write_private_json(s.server_file, st)
    deadline = t0 + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            die(f"medusa exited with {proc.returncode} while starting; see {s.log_file}")
        if health_ok(url):
            record_timing(s, "start_s", time.monotonic() - t0)
            return st
        time.sleep(0.25)
    stop_pid(proc.pid)
    die(f"medusa did not answer /health within 180 s; see {s.log_file}")


def ensure_api_key(s: Settings, st: dict) -> dict:
    if st.get("api_key"):
        try:
            Api(st["url"], st["api_key"]).get("/admin/stores", query={"fields": "id"})
            return st
        except HttpError as exc:
            if exc.status != 401:
                raise
    token = Api(st["url"]).call(
        "POST",
        "/auth/user/emailpass",
        {"email": s.admin_email, "password": s.admin_password},
        auth="none",
    )["token"]
    key = Api(st["url"]).call(
        "POST",
        "/admin/api-keys",
        {"title": "inspect-station", "type": "secret"},
        auth=f"Bearer {token}",
    )["api_key"]
    st.update(api_key=key["token"], api_key_id=key["id"])
    write_private_json(s.server_file, st)
    info(f"secret API key {key['redacted']} created")
    return st


def cmd_up(s: Settings) -> dict:
    st = server_state(s)
    if st:
        info(f"already running: {st['url']} (pid {st['pid']})")
        return ensure_api_key(s, st)
    cmd_install(s)
    cmd_db(s)
    cmd_migrate(s)
    ensure_admin_user(s)
    st = start_server(s)
    return ensure_api_key(s, st)


def stop_pid(pid: int, timeout: float = 30.0) -> None:
    # The server was started in its own session: its process group id is its pid.
    for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        end = time.monotonic() + wait
        while time.monotonic() < end:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                done = 0 if pid_alive(pid) else pid
            if done == pid or not pid_alive(pid):
                return
            time.sleep(0.2)
        if sig == signal.SIGTERM:
            info(f"pid {pid} ignored SIGTERM for {timeout:.0f} s; sending SIGKILL")


def cmd_down(s: Settings) -> None:
    st = read_json(s.server_file)
    if not st or not st.get("pid"):
        info("not running")
        return
    if pid_alive(st["pid"]):
        t0 = time.monotonic()
        stop_pid(st["pid"])
        record_timing(s, "stop_s", time.monotonic() - t0)
    st.pop("pid", None)
    write_private_json(s.server_file, st)
    info("stopped")


def cmd_reset(s: Settings) -> None:
    cmd_down(s)
    ensure_cluster_running(s)
    superuser_psql(f'DROP DATABASE IF EXISTS "{s.db_name}" WITH (FORCE)')
    for p in (s.seed_file, s.secrets_file, s.server_file):
        p.unlink(missing_ok=True)
    info(f"database {s.db_name} dropped")


# --------------------------------------------------------------------------- seed

REGION = "Europe (Inspect Station)"
SALES_CHANNEL = "Inspect Station webshop"
LOCATION = "Returns dock"
COUNTRIES = ["de", "fr", "nl", "at"]
# EAN-13s with valid check digits.
PRODUCTS = [
    {
        "title": "Trail Jacket",
        "handle": "trail-jacket",
        "option": "Size",
        "price": 89.90,
        "variants": [("M", "JKT-TRAIL-M", "4006381333931"), ("L", "JKT-TRAIL-L", "4006381333948")],
    },
    {
        "title": "City Sneaker",
        "handle": "city-sneaker",
        "option": "Size",
        "price": 64.50,
        "variants": [
            ("42", "SNK-CITY-42", "4012345000016"),
            ("43", "SNK-CITY-43", "4012345000023"),
        ],
    },
    {
        "title": "Merino Scarf",
        "handle": "merino-scarf",
        "option": "Colour",
        "price": 24.95,
        "variants": [("Grey", "SCF-MERINO-GRY", "4012345000030")],
    },
]
STOCK = 200
CUSTOMER = {"email": "anna.schmidt@example.test", "first_name": "Anna", "last_name": "Schmidt"}
ADDRESS = {
    "first_name": "Anna",
    "last_name": "Schmidt",
    "address_1": "Hauptstr. 5",
    "city": "Hamburg",
    "postal_code": "20095",
    "country_code": "de",
}
RETURN_REASONS = [
    ("damaged", "Arrived damaged"),
    ("wrong_size", "Wrong size"),
    ("not_as_described", "Not as described"),
]
REFUND_REASON = ("return_inspected", "Return inspected")


def first(items, pred=lambda x: True):
    return next((i for i in items if pred(i)), None)


def seed_catalogue(api: Api) -> dict:
    ids: dict = {}
    store = api.get("/admin/stores", query={"fields": "id,default_sales_channel_id"})["stores"][0]
    ids["store_id"] = store["id"]

    reg = first(api.get("/admin/regions", query={"name": REGION})["regions"])
    if not reg:
        reg = api.post(
            "/admin/regions",
            {
                "name": REGION,
                "currency_code": "eur",
                "countries": COUNTRIES,
                "payment_providers": ["pp_system_default"],
            },
        )["region"]
    ids["region_id"] = reg["id"]

    sc = first(api.get("/admin/sales-channels", query={"name": SALES_CHANNEL})["sales_channels"])
    if not sc:
        sc = api.post("/admin/sales-channels", {"name": SALES_CHANNEL})["sales_channel"]
    ids["sales_channel_id"] = sc["id"]

    loc = first(
        api.get(
            "/admin/stock-locations",
            query={
                "name": LOCATION,
                "fields": "id,*fulfillment_sets,*fulfillment_sets.service_zones",
            },
        )["stock_locations"]
    )
    if not loc:
        loc = api.post(
            "/admin/stock-locations",
            {
                "name": LOCATION,
                "address": {
                    "address_1": "Dockweg 1",
                    "city": "Berlin",
                    "postal_code": "10115",
                    "country_code": "de",
                },
            },
        )["stock_location"]
        api.post(f"/admin/stock-locations/{loc['id']}/sales-channels", {"add": [sc["id"]]})
        api.post(
            f"/admin/stock-locations/{loc['id']}/fulfillment-providers", {"add": ["manual_manual"]}
        )
        loc = api.post(
            f"/admin/stock-locations/{loc['id']}/fulfillment-sets",
            {"name": f"{LOCATION} shipping", "type": "shipping"},
            query={"fields": "id,*fulfillment_sets,*fulfillment_sets.service_zones"},
        )["stock_location"]
    ids["location_id"] = loc["id"]
    fset = loc["fulfillment_sets"][0]
    ids["fulfillment_set_id"] = fset["id"]
    zone = first(fset.get("service_zones") or [])
    if not zone:
        zone = api.post(
            f"/admin/fulfillment-sets/{fset['id']}/service-zones",
            {
                "name": "EU",
                "geo_zones": [{"type": "country", "country_code": c} for c in COUNTRIES],
            },
            query={"fields": "id,*service_zones"},
        )["fulfillment_set"]["service_zones"][0]
    ids["service_zone_id"] = zone["id"]

    profile = first(
        api.get("/admin/shipping-profiles", query={"type": "default"})["shipping_profiles"]
    )
    ids["shipping_profile_id"] = profile["id"]

    options = api.get(
        "/admin/shipping-options", query={"service_zone_id": zone["id"], "fields": "id,name"}
    )["shipping_options"]
    for key, name, is_return, amount, code in (
        ("shipping_option_id", "Standard shipping", False, 4.95, "standard"),
        ("return_shipping_option_id", "Return to dock", True, 0, "return"),
    ):
        opt = first(options, lambda o, name=name: o["name"] == name)
        if not opt:
            opt = api.post(
                "/admin/shipping-options",
                {
                    "name": name,
                    "service_zone_id": zone["id"],
                    "shipping_profile_id": profile["id"],
                    "price_type": "flat",
                    "provider_id": "manual_manual",
                    "type": {"label": name, "description": name, "code": code},
                    "prices": [{"currency_code": "eur", "amount": amount}],
                    "rules": [
                        {"attribute": "enabled_in_store", "operator": "eq", "value": "true"},
                        {
                            "attribute": "is_return",
                            "operator": "eq",
                            "value": "true" if is_return else "false",
                        },
                    ],
                },
            )["shipping_option"]
        ids[key] = opt["id"]

    ids["variants"] = {}
    for p in PRODUCTS:
        prod = first(
            api.get(
                "/admin/products",
                query={"handle": p["handle"], "fields": "id,variants.id,variants.sku"},
            )["products"]
        )
        if not prod:
            prod = api.post(
                "/admin/products",
                {
                    "title": p["title"],
                    "handle": p["handle"],
                    "status": "published",
                    "shipping_profile_id": profile["id"],
                    "sales_channels": [{"id": sc["id"]}],
                    "options": [{"title": p["option"], "values": [v[0] for v in p["variants"]]}],
                    "variants": [
                        {
                            "title": f"{p['title']} {val}",
                            "sku": sku,
                            "ean": ean,
                            "barcode": ean,
                            "manage_inventory": True,
                            "options": {p["option"]: val},
                            "prices": [{"currency_code": "eur", "amount": p["price"]}],
                        }
                        for val, sku, ean in p["variants"]
                    ],
                },
                query={"fields": "id,variants.id,variants.sku"},
            )["product"]
        for v in prod["variants"]:
            ids["variants"][v["sku"]] = {"variant_id": v["id"]}

    skus = list(ids["variants"])
    items = api.get(
        "/admin/inventory-items",
        query={
            "sku": skus,
            "fields": "id,sku,location_levels.location_id,location_levels.stocked_quantity,"
            "location_levels.reserved_quantity",
            "limit": 100,
        },
    )["inventory_items"]
    # Every seed tops the stock up again: a shop used by many runs sells it out otherwise.
    create, update = [], []
    for it in items:
        ids["variants"][it["sku"]]["inventory_item_id"] = it["id"]
        level = first(it.get("location_levels") or [], lambda l: l["location_id"] == loc["id"])
        if level is None:
            create.append(
                {"inventory_item_id": it["id"], "location_id": loc["id"], "stocked_quantity": STOCK}
            )
        elif level["stocked_quantity"] - (level.get("reserved_quantity") or 0) < STOCK:
            update.append(
                {
                    "inventory_item_id": it["id"],
                    "location_id": loc["id"],
                    "stocked_quantity": (level.get("reserved_quantity") or 0) + STOCK,
                }
            )
    if create or update:
        api.post(
            "/admin/inventory-items/location-levels/batch",
            {"create": create, "update": update, "delete": []},
        )

    cust = first(api.get("/admin/customers", query={"email": CUSTOMER["email"]})["customers"])
    if not cust:
        cust = api.post("/admin/customers", CUSTOMER)["customer"]
    ids["customer_id"] = cust["id"]
    ids["customer_email"] = cust["email"]

    existing = {
        r["value"]: r["id"]
        for r in api.get("/admin/return-reasons", query={"limit": 100})["return_reasons"]
    }
    ids["return_reasons"] = {}
    for value, label in RETURN_REASONS:
        ids["return_reasons"][value] = (
            existing.get(value)
            or api.post("/admin/return-reasons", {"value": value, "label": label})["return_reason"][
                "id"
            ]
        )

    rr = first(
        api.get("/admin/refund-reasons", query={"limit": 100})["refund_reasons"],
        lambda r: r.get("code") == REFUND_REASON[0],
    )
    if not rr:
        rr = api.post(
            "/admin/refund-reasons", {"code": REFUND_REASON[0], "label": REFUND_REASON[1]}
        )["refund_reason"]
    ids["refund_reason_id"] = rr["id"]

    pk = first(
        api.get(
            "/admin/api-keys",
            query={
                "type": "publishable",
                "title": "inspect-station-webshop",
                "fields": "id,token,revoked_at",
            },
        )["api_keys"],
        lambda k: not k.get("revoked_at"),
    )
    if not pk:
        pk = api.post(
            "/admin/api-keys", {"title": "inspect-station-webshop", "type": "publishable"}
        )["api_key"]
        api.post(f"/admin/api-keys/{pk['id']}/sales-channels", {"add": [sc["id"]]})
    ids["publishable_key"] = pk["token"]
    return ids


def place_order(
    api: Api, ids: dict, lines: list[tuple[str, int]], email: str, *, fulfil: bool = True
) -> dict:
    """Storefront checkout (cart → system payment → complete), then admin capture + fulfil + ship + deliver."""
    store = Api(api.url, publishable_key=ids["publishable_key"])
    cart = store.post(
        "/store/carts",
        {
            "region_id": ids["region_id"],
            "sales_channel_id": ids["sales_channel_id"],
            "email": email,
            "items": [
                {"variant_id": ids["variants"][sku]["variant_id"], "quantity": q}
                for sku, q in lines
            ],
            "shipping_address": ADDRESS,
            "billing_address": ADDRESS,
        },
        auth="store",
    )["cart"]
    store.post(
        f"/store/carts/{cart['id']}/shipping-methods",
        {"option_id": ids["shipping_option_id"]},
        auth="store",
    )
    pc = store.post("/store/payment-collections", {"cart_id": cart["id"]}, auth="store")[
        "payment_collection"
    ]
    store.post(
        f"/store/payment-collections/{pc['id']}/payment-sessions",
        {"provider_id": "pp_system_default"},
        auth="store",
    )
    done = store.post(f"/store/carts/{cart['id']}/complete", auth="store")
    if done.get("type") != "order":
        raise RuntimeError(f"cart not completed: {json.dumps(done)[:400]}")
    order_id = done["order"]["id"]
    order = api.get(
        f"/admin/orders/{order_id}",
        query={"fields": "id,display_id,*items,payment_collections.payments.id"},
    )["order"]
    payment_id = order["payment_collections"][0]["payments"][0]["id"]
    api.post(f"/admin/payments/{payment_id}/capture")
    if fulfil:
        items = [{"id": i["id"], "quantity": i["quantity"]} for i in order["items"]]
        ful = api.post(
            f"/admin/orders/{order_id}/fulfillments",
            {"items": items, "location_id": ids["location_id"]},
            query={"fields": "id,fulfillments.id"},
        )["order"]["fulfillments"][-1]
        api.post(
            f"/admin/orders/{order_id}/fulfillments/{ful['id']}/shipments",
            {
                "items": items,
                "labels": [
                    {
                        "tracking_number": f"00340434{order['display_id']:012d}",
                        "tracking_url": "https://tracking.invalid/",
                        "label_url": "https://labels.invalid/",
                    }
                ],
            },
        )
        api.post(f"/admin/orders/{order_id}/fulfillments/{ful['id']}/mark-as-delivered")
    return {
        "order_id": order_id,
        "display_id": order["display_id"],
        "payment_id": payment_id,
        "items": {i["variant_sku"]: i["id"] for i in order["items"]},
    }


SEED_BASKETS = [
    [("JKT-TRAIL-M", 2), ("JKT-TRAIL-L", 1)],
    [("SNK-CITY-42", 1), ("SCF-MERINO-GRY", 2)],
    [("JKT-TRAIL-L", 1), ("SNK-CITY-43", 1)],
]


def cmd_seed(s: Settings) -> dict:
    st = server_state(s)
    if not st or not st.get("api_key"):
        die("the server is not running: run `medusa.py up` first")
    api = Api(st["url"], st["api_key"])
    t0 = time.monotonic()
    ids = seed_catalogue(api)
    count = api.get(
        "/admin/orders",
        query={"sales_channel_id[]": [ids["sales_channel_id"]], "fields": "id", "limit": 1},
    )["count"]
    prior = read_json(s.seed_file, {}) or {}
    ids["orders"] = prior.get("orders", []) if count else []
    for n in range(count, s.seed_orders):
        ids["orders"].append(
            place_order(api, ids, SEED_BASKETS[n % len(SEED_BASKETS)], CUSTOMER["email"])
        )
    write_private_json(s.seed_file, ids)
    record_timing(s, "seed_s", time.monotonic() - t0)
    info(
        f"seeded: {len(ids['variants'])} variants at {ids['location_id']}, {len(ids['orders'])} paid+fulfilled orders"
        f" ({s.seed_orders - count if count < s.seed_orders else 0} new); ids in {s.seed_file}"
    )
    return ids


# --------------------------------------------------------------------------- commands


def env_lines(s: Settings, st: dict) -> list[str]:
    return [
        f"MEDUSA_URL={st['url']}",
        f"MEDUSA_API_KEY={st['api_key']}",
        f"MEDUSA_SEED_FILE={s.seed_file}",
        f"MEDUSA_DATABASE_URL={s.database_url}",
    ]


def cmd_env(s: Settings) -> None:
    st = server_state(s)
    if not st:
        die("the server is not running")
    for line in env_lines(s, st):
        print("export " + line)


def cmd_status(s: Settings) -> None:
    st = server_state(s)
    print(
        json.dumps(
            {
                "running": bool(st),
                "url": st and st["url"],
                "pid": st and st["pid"],
                "db": s.db_name,
                "timings": read_json(s.timings_file, {}),
            },
            indent=2,
        )
    )


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
