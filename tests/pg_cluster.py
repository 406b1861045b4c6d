"""A private PostgreSQL cluster on a loopback port, to stop, hang and bring back at will.

The outage tests and benchmarks must not stop the machine's shared server, so they make their
own with the machine's PostgreSQL binaries (``initdb``, ``pg_ctl``): a data folder in a temporary
directory, TCP on 127.0.0.1 with a free port, no Unix socket, ``trust`` for local connections.
As root (CI), the binaries run as the ``postgres`` user, since PostgreSQL refuses to run as root.

- :meth:`PgCluster.stop` / :meth:`PgCluster.start`: a fast shutdown, as when the server is
  restarted or the machine goes down cleanly;
- :meth:`PgCluster.hang` / :meth:`PgCluster.resume`: every server process stopped with SIGSTOP
  (postmaster and backends), as when the machine freezes or the network swallows packets: the
  kernel still accepts connections and acknowledges data, nothing answers.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

BIN_DIRS = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)


def binaries() -> Path | None:
    """The newest PostgreSQL's bin folder on this machine, if any."""
    for folder in BIN_DIRS:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PgCluster:
    """One throw-away cluster; ``with PgCluster() as pg:`` makes, starts and removes it."""

    def __init__(self, bin_dir: Path | None = None) -> None:
        found = bin_dir or binaries()
        if found is None:
            raise RuntimeError("no PostgreSQL binaries (initdb, pg_ctl) on this machine")
        self.bin = found
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="inspect-pg-"))
        self.data = self.root / "data"
        self._as_postgres = os.geteuid() == 0
        self.hung = False

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/station"

    def __enter__(self) -> PgCluster:
        self.create()
        self.start()
        self.psql("CREATE DATABASE station")
        return self

    def __exit__(self, *_exc: object) -> None:
        self.remove()

    def create(self) -> None:
        if self._as_postgres:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C", "--no-sync",
        )  # fmt: skip
        with (self.data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                "unix_socket_directories = ''\nfsync = off\nshared_buffers = 32MB\n"
                "max_connections = 60\n"
            )

    def start(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "log"), "-w", "start")

    def stop(self) -> None:
        self.resume()
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def hang(self) -> None:
        """SIGSTOP the postmaster, then every process it forked (the postmaster first: a
        stopped postmaster forks no new backend behind the scan of its children)."""
        pids = self._pids()
        if not pids:
            return
        os.kill(pids[0], signal.SIGSTOP)
        self.hung = True
        # The signal takes effect when the postmaster is next scheduled: a fork under way until
        # then still makes a backend, so its children are read once it has really stopped.
        deadline = time.monotonic() + 5
        while _state(pids[0]) != "T" and time.monotonic() < deadline:
            time.sleep(0.001)
        for pid in _children(pids[0]):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)

    def resume(self) -> None:
        if not self.hung:
            return
        for pid in self._pids():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)
        self.hung = False

    def psql(self, sql: str, database: str = "postgres") -> None:
        self._run("psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres",
                  "-d", database, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql)  # fmt: skip

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, FileNotFoundError):
            if (self.data / "postmaster.pid").exists():
                self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def _pids(self) -> list[int]:
        try:
            postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        except (FileNotFoundError, IndexError, ValueError):
            return []
        return [postmaster, *_children(postmaster)]

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin / tool) if (self.bin / tool).exists() else tool, *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)


def _state(pid: int) -> str:
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "?"


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The parent's pid is the second field after the command name in parentheses.
        fields = stat.rsplit(")", 1)[1].split()
        if int(fields[1]) == parent:
            found.append(int(entry.name))
    return found


def wait_until(predicate: object, timeout: float, step: float = 0.02) -> float:
    """Seconds until ``predicate()`` held (raises TimeoutError past ``timeout``)."""
    began = time.monotonic()
    while not predicate():  # type: ignore[operator]
        if time.monotonic() - began > timeout:
            raise TimeoutError(f"not within {timeout} s")
        time.sleep(step)
    return time.monotonic() - began
