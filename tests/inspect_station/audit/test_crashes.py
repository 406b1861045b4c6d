"""No false tamper alarm after a crash at any point of an audited commit, and what a head file
that is deleted or rewritten leaves for ``audit verify`` to find."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.audit_chain import link_hash
from db.audit_head import Head, HeadFile, parse_anchor
from db.engine import Database
from db.models.audit import AuditSeal
from inspect_station.app.context import Station
from inspect_station.app.startup import audit_anchor_path, audit_head_path, open_database
from inspect_station.audit import verification
from tests.helpers import run_cli, seed_command_line_people
from tests.inspect_station.audit.test_verification import restore, snapshot, write_rows

CHECKOUT = Path(__file__).resolve().parents[3]
COMMITTED = {"before-mark": False, "mid-mark": False, "after-mark": False}


def _die_at(url: str, point: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "INSPECT_STATION_HOME": str(home), "PYTHONPATH": str(CHECKOUT)}
    return subprocess.run(
        [sys.executable, "-m", "tests.inspect_station.audit.die_at", url, point],
        env=env,
        cwd=CHECKOUT,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def _as_left(url: str) -> Database:
    """The database and head file as the dead process left them: nothing reconciled yet."""
    database = Database.from_url(url)
    if database.dialect != "sqlite":
        database.audit_chain.head_file = HeadFile(audit_head_path(database))
    return database


def _links(database: Database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(AuditSeal)) or 0


@pytest.mark.parametrize(
    "point", ["before-mark", "mid-mark", "after-mark", "after-commit", "mid-confirm"]
)
def test_a_crash_at_any_point_of_a_commit_raises_no_alarm(
    database_url: str, point: str, station_home: Path
) -> None:
    child = _die_at(database_url, point, station_home)
    assert child.returncode == 9, child.stderr
    left = _as_left(database_url)
    try:
        result = verification.verify(left, bench="BENCH-07")
        assert result.ok, result.problems  # before any restart: no false alarm
        links = _links(left)
        record = left.audit_chain.head_file.read_record()  # type: ignore[union-attr]
    finally:
        left.dispose()
    assert record.confirmed is not None
    committed = COMMITTED.get(point, True)
    # The last write is in the chain exactly when its commit happened; the head file never
    # names a link the chain lacks, and a link it did not confirm is marked pending.
    assert links == record.confirmed.seq + (1 if committed and record.pending else 0)
    restarted = open_database(database_url)  # settles the pending mark
    try:
        settled = restarted.audit_chain.head_file.read_record()  # type: ignore[union-attr]
        assert (settled.confirmed is not None, settled.pending) == (True, ())
        assert settled.confirmed.seq == links  # type: ignore[union-attr]
        assert verification.verify(restarted, bench="BENCH-07").ok
    finally:
        restarted.dispose()


def test_a_missing_head_file_is_reported(station: Station) -> None:
    write_rows(station, 3)
    head_file = verification.head_file_for(station.db)
    assert head_file is not None
    head_file.path.unlink()
    problems = [p.what for p in verification.verify(station.db, bench="BENCH-07").problems]
    assert len(problems) == 1
    assert "is missing, yet the chain holds links sealed by BENCH-07" in problems[0]


def test_a_deleted_head_file_with_the_chain_cut_short_is_reported(station: Station) -> None:
    """Tampering the head file alone cannot see: delete it and remove the last links."""
    write_rows(station, 5)
    events, links = snapshot(station.db)
    verification.head_file_for(station.db).path.unlink()  # type: ignore[union-attr]
    restore(station.db, (events[:-2], links[:-2]))
    problems = " ".join(p.what for p in verification.verify(station.db, bench="BENCH-07").problems)
    assert "is missing" in problems


def test_a_rewritten_head_file_over_a_rewritten_chain_is_caught_by_the_anchors(
    station: Station,
) -> None:
    """An edit of an old row, every later hash recomputed, and the head file rewritten to
    match: the anchors kept at the bench (written at start, every thousand links, with each
    daily report) still name the old links."""
    write_rows(station, 4)
    station.db.audit_chain.anchor("a test's anchor")
    write_rows(station, 2)
    events, links = snapshot(station.db)
    events[1]["detail"] = {**events[1]["detail"], "price": 0}
    prev = links[0]["hash"]
    for event, link in zip(events[1:], links[1:], strict=True):
        link["prev_hash"] = prev
        link["hash"] = prev = link_hash(
            event, seq=link["seq"], sealed_by=link["sealed_by"], prev_hash=prev
        )
    restore(station.db, (events, links))
    head_file = verification.head_file_for(station.db)
    assert head_file is not None
    head_file.write(Head(links[-1]["seq"], links[-1]["hash"], "BENCH-07"))
    problems = verification.verify(station.db, bench="BENCH-07").problems
    texts = " ".join(p.what for p in problems)
    assert "differs from anchor 'a test's anchor'" in texts
    assert audit_anchor_path(station.db).exists()


def test_a_printed_anchor_is_checked(station: Station) -> None:
    write_rows(station, 3)
    _events, links = snapshot(station.db)
    good = parse_anchor(f"{links[1]['seq']}:{links[1]['hash'][:16]}", "report")
    assert verification.verify(station.db, anchors=[good]).anchors_checked >= 1
    wrong = parse_anchor(f"{links[1]['seq']}:{'0' * 16}", "report of Thursday")
    texts = " ".join(p.what for p in verification.verify(station.db, anchors=[wrong]).problems)
    assert "differs from anchor 'report of Thursday'" in texts
    beyond = parse_anchor(f"{links[-1]['seq'] + 5}:{links[-1]['hash']}", "report")
    texts = " ".join(p.what for p in verification.verify(station.db, anchors=[beyond]).problems)
    assert "links were removed from the end" in texts


@pytest.mark.parametrize("text", ["12", "12:abc", "x:" + "a" * 16, "12:" + "g" * 16, ":" * 3])
def test_a_badly_written_anchor_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"LINK:HASH|hex digits"):
        parse_anchor(text, "given")


def test_verify_on_the_command_line_names_the_head_and_refuses_a_bad_anchor(
    station_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seed_command_line_people(("ada",))
    status, out, _err = run_cli(monkeypatch, capsys, ["audit", "verify"])
    assert status == 0, out
    head_line = next(line for line in out.splitlines() if line.startswith("  head: link "))
    seq, digest = head_line.split()[2:4]
    status, out, _err = run_cli(
        monkeypatch, capsys, ["audit", "verify", "--anchor", f"{seq}:{digest[:20]}"]
    )
    assert status == 0
    assert "1 given" in out
    status, _out, err = run_cli(monkeypatch, capsys, ["audit", "verify", "--anchor", "7:xyz"])
    assert status == 2
    assert "--anchor '7:xyz' is not LINK:HASH" in err
