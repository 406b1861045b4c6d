"""The server's life: start on 127.0.0.1 (after the setup), its secret API key, status, stop,
and reset (the database dropped)."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from medusa_http import Api, HttpError
from medusa_settings import (
    HERE,
    MEDUSA_BIN,
    Settings,
    die,
    info,
    read_json,
    record_timing,
    write_private_json,
)
from medusa_setup import (
    cmd_db,
    cmd_install,
    cmd_migrate,
    ensure_admin_user,
    ensure_cluster_running,
    medusa_env,
    superuser_psql,
)


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
