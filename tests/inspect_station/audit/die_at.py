"""A station process that writes audit rows and dies (``os._exit``, no clean-up, as SIGKILL
would) at one named point of the commit protocol: ``python -m tests.inspect_station.audit.die_at
URL POINT``.

Points: ``before-mark`` (sealed, nothing written outside the database yet), ``after-mark``
(the head file marks the link pending; the commit has not happened), ``after-commit`` (committed;
not yet confirmed in the head file), ``mid-mark`` (the head file's temporary copy written, not
yet renamed into place), ``mid-confirm`` (the same for the confirmation).
"""

from __future__ import annotations

import os
import sys
import uuid
from typing import Any

from db import audit_chain, audit_head
from inspect_station.app.settings import Settings
from inspect_station.app.startup import open_station
from inspect_station.audit import trail

WRITES_BEFORE = 3


def main(url: str, point: str) -> None:
    station = open_station(Settings(bench="BENCH-07", database_url=url))
    for n in range(WRITES_BEFORE):
        _write(station, n)
    _arm(point)
    _write(station, WRITES_BEFORE)
    os._exit(3)  # the point was never reached


def _write(station: Any, n: int) -> None:
    with station.db.write() as session:
        trail.audit(station, session, "test.event", "inspection", uuid.UUID(int=n), n=n)


def _die(*_args: Any, **_kwargs: Any) -> None:
    os._exit(9)


def _arm(point: str) -> None:
    chainer, head_file = audit_chain.Chainer, audit_head.HeadFile
    if point == "before-mark":
        head_file.mark_pending = _die  # type: ignore[method-assign]
    elif point == "after-mark":
        mark = head_file.mark_pending

        def mark_then_die(self: audit_head.HeadFile, head: audit_head.Head) -> None:
            mark(self, head)
            os._exit(9)

        head_file.mark_pending = mark_then_die  # type: ignore[method-assign]
    elif point == "after-commit":
        chainer._confirm = _die  # type: ignore[method-assign]
    elif point in ("mid-mark", "mid-confirm"):
        durable = point == "mid-mark"
        replace = audit_head._replace

        def cut_short(path: Any, data: bytes, *, durable_write: bool = False, **kw: Any) -> None:
            if kw.get("durable", durable_write) == durable:
                tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
                tmp.write_bytes(data)
                os._exit(9)
            replace(path, data, **kw)

        audit_head._replace = cut_short  # type: ignore[assignment]
    else:
        raise SystemExit(f"unknown point {point}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
