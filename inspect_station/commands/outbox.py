"""The outbox from the command line: list deliveries, retry or skip a dead letter (a supervisor,
signed in), and run a deliverer without a window (``outbox run``)."""

from __future__ import annotations

import argparse
import signal
import threading

from db.types import utcnow
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.commands.signing import needs, opened, signed_in
from inspect_station.people.roles import Role

STATES = ("pending", "delivering", "delivered", "dead", "skipped")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    outbox = sub.add_parser("outbox", help="outcomes on their way to the shops")
    verbs = outbox.add_subparsers(dest="verb", required=True)
    listing = verbs.add_parser("list", help="deliveries, oldest first")
    listing.add_argument("--state", action="append", choices=STATES, help="only these states")
    listing.add_argument("--limit", type=int, default=100)
    listing.set_defaults(run=_list)
    retry = verbs.add_parser("retry", help="send a dead letter again")
    retry.add_argument("delivery", type=int)
    needs(retry, Role.SUPERVISOR)
    retry.set_defaults(run=_retry)
    skip = verbs.add_parser("skip", help="never send a dead letter (settled by hand)")
    skip.add_argument("delivery", type=int)
    skip.add_argument("--reason", required=True)
    needs(skip, Role.SUPERVISOR)
    skip.set_defaults(run=_skip)
    run = verbs.add_parser("run", help="deliver the outbox and pull returns until stopped")
    run.add_argument("--once", action="store_true", help="one round, then stop")
    run.add_argument("--for", dest="seconds", type=float, help="stop after this many seconds")
    run.set_defaults(run=_run)


def _list(args: argparse.Namespace, config: Settings) -> int:
    from inspect_station.outbox import status

    with opened(config) as station:
        rows = status.listing(station, states=tuple(args.state or ()), limit=args.limit)
        print(status.backlog(station).words(utcnow()))
    for row in rows:
        d, e = row.delivery, row.event
        said = f"  — {d.last_error}" if d.last_error and d.state != "delivered" else ""
        print(
            f"{d.id:>6}  {d.state:<10} {d.connector:<12} {e.kind:<22} {e.idempotency_key}"
            f"  attempts {d.attempts}{said}"
        )
    return 0


def _retry(args: argparse.Namespace, config: Settings) -> int:
    from inspect_station.outbox import dead_letters

    with signed_in(config, args) as station:
        done = dead_letters.retry(station, args.delivery)
    print(
        _("delivery {id} to {connector} will be sent again").format(
            id=done.id, connector=done.connector
        )
    )
    return 0


def _skip(args: argparse.Namespace, config: Settings) -> int:
    from inspect_station.outbox import dead_letters

    with signed_in(config, args) as station:
        done = dead_letters.skip(station, args.delivery, reason=args.reason)
    print(_("delivery {id} to {connector} skipped").format(id=done.id, connector=done.connector))
    return 0


def _run(args: argparse.Namespace, config: Settings) -> int:
    from inspect_station.evidence import outgoing
    from inspect_station.outbox import status
    from inspect_station.shop import connectors
    from inspect_station.shop.runner import Deliverer

    with opened(config) as station:
        made = connectors.from_settings(station.settings)
        if not made:
            print(_("no connector is configured: the outbox keeps its events"))
            return 0
        deliverer = Deliverer(station, made, evidence=outgoing.hook(station))
        if args.once:
            try:
                deliverer.run_once()
            finally:
                deliverer.stop()
        else:
            stop = threading.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: stop.set())
            deliverer.start()
            try:
                stop.wait(args.seconds)
            finally:
                deliverer.stop()
        print(status.backlog(station).words(utcnow()))
        for name, state in deliverer.states.items():
            if state.problem:
                print(f"{name}: {state.problem}")
    return 0
