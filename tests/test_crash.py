"""The crash harness, a short run: a child process works a station (scan, photos, grade, finish,
print, the offline journal and its sending) and is killed with SIGKILL at random moments; after
each kill nothing finished is lost or doubled, units resume with their photos, the files are
intact, ``audit verify`` raises no alarm and no photo is left that no row names.

``./station bench --only crash`` runs the same harness with 1,000 kills.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.crash.harness import Harness
from tests.conftest import postgres_url

KILLS = 25


def _run(url: str, folder: Path) -> None:
    harness = Harness(url, folder, returns=30, seed=16)
    harness.prepare()
    counts = harness.run(KILLS, kill_with_unit_open=True)
    assert counts.problems == [], counts.problems
    assert counts.clean
    assert (counts.kills, counts.runs_done) == (KILLS + 1, 1)
    # The runs did the work the checks are about.
    assert counts.finished >= 20
    assert counts.sent >= 1
    assert counts.resumed >= 1


def test_kills_on_sqlite(tmp_path: Path) -> None:
    _run(f"sqlite:///{tmp_path / 'station.sqlite3'}", tmp_path)


@pytest.mark.postgres
def test_kills_on_postgresql(tmp_path: Path) -> None:
    _run(postgres_url(), tmp_path)
