"""The real Medusa v2 of ``tools/medusa`` for the tests: installed from its lock file, its
database made on the machine's PostgreSQL, migrated, an admin and a secret API key made, started
on 127.0.0.1, seeded through its API, and stopped when the session ends.

Without node/npm or PostgreSQL it skips with the reason (a laptop), and fails in CI.
``INSPECT_STATION_MEDUSA_DB`` names its database (default: the test database's name with
``_medusa``, so checkouts that test side by side on one PostgreSQL keep their shops apart).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from tests.conftest import need_service

TOOL = Path(__file__).resolve().parents[1] / "tools" / "medusa"


def tool() -> ModuleType:
    """``tools/medusa/medusa.py`` as a module (its HTTP client and the storefront checkout)."""
    if str(TOOL) not in sys.path:
        sys.path.insert(0, str(TOOL))
    import medusa  # type: ignore[import-not-found]

    return medusa  # type: ignore[no-any-return]


@dataclass
class MedusaShop:
    url: str
    api_key: str
    seed: dict[str, Any]
    started_here: bool
    seconds: dict[str, float]

    def api(self) -> Any:
        return tool().Api(self.url, self.api_key, self.seed["publishable_key"])


def environment() -> dict[str, str]:
    env = dict(os.environ)
    test_db = os.environ.get("INSPECT_STATION_TEST_DB")
    default = f"{test_db}_medusa" if test_db else "inspect_medusa"
    env["MEDUSA_DB_NAME"] = os.environ.get("INSPECT_STATION_MEDUSA_DB", default)
    return env


def start() -> MedusaShop:
    if not (shutil.which("node") and shutil.which("npm")):
        need_service("Medusa needs node (20.19 or newer) and npm")
    if not shutil.which("psql"):
        need_service("Medusa needs a PostgreSQL server on this machine (psql not found)")
    env = environment()
    seconds: dict[str, float] = {}
    status = subprocess.run(
        [sys.executable, str(TOOL / "medusa.py"), "status"], env=env, capture_output=True, text=True
    )
    running = status.returncode == 0 and json.loads(status.stdout or "{}").get("running")
    for step in ("up", "seed"):
        began = time.monotonic()
        done = subprocess.run(
            [sys.executable, str(TOOL / "medusa.py"), step],
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        seconds[step] = time.monotonic() - began
        if done.returncode != 0:
            need_service(f"Medusa would not {step}: {done.stderr.strip()[-800:]}")
    state = Path(env.get("MEDUSA_STATE_DIR") or TOOL / ".state")
    server = json.loads((state / "server.json").read_text())
    seed = json.loads((state / f"seed-{env['MEDUSA_DB_NAME']}.json").read_text())
    return MedusaShop(server["url"], server["api_key"], seed, not running, seconds)


def stop(shop: MedusaShop) -> None:
    if shop.started_here:
        subprocess.run(
            [sys.executable, str(TOOL / "medusa.py"), "down"], env=environment(), timeout=120
        )
