"""Users and the audit trail: ``inspect-station users …`` and ``inspect-station audit verify``.

User commands act as a signed-in person (``--as BADGE`` and a PIN, see ``signing``), and the
services check that person's role. On a database without users, ``users add`` makes the first
administrator instead. New PINs are asked twice.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from db.audit_head import parse_anchor
from inspect_station.app.errors import BadInput
from inspect_station.app.i18n import _
from inspect_station.app.settings import Settings
from inspect_station.audit import verification
from inspect_station.commands.signing import ask_new_pin, needs, opened, sign_in, signed_in
from inspect_station.people import pins, users
from inspect_station.people.roles import Role


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users_cmd = sub.add_parser("users", help="who may sign in: add, list, disable, reset PINs")
    users_sub = users_cmd.add_subparsers(dest="users_command", required=True)
    add = users_sub.add_parser(
        "add",
        help="add a user (the first one: an administrator)",
        description=(
            "Add a user who signs in with a badge and a PIN. You sign in first with --as "
            "BADGE and your own PIN (not for the first user, who becomes the administrator). "
            "The new user's PIN (4 to 12 digits) is then asked twice, without echo, on a "
            "terminal; in a script it is read from standard input, one line each: your PIN "
            "first (if signing in), then the new PIN twice. A PIN is never an option on "
            "the command line, where other users and the shell's history would see it."
        ),
    )
    add.add_argument("name")
    add.add_argument("--badge", required=True, help="the code on the user's badge")
    add.add_argument("--role", default="", help="operator (default), supervisor or admin")
    needs(add, Role.ADMIN)
    add.set_defaults(run=_add)
    listing = users_sub.add_parser("list", help="everyone with a badge")
    needs(listing, Role.SUPERVISOR)
    listing.set_defaults(run=_list)
    for name, text, role in (
        ("disable", "stop a user from signing in", Role.ADMIN),
        ("enable", "let a disabled user sign in again", Role.ADMIN),
        ("reset-pin", "give a user a new PIN (also unlocks the badge)", Role.ADMIN),
        ("unlock", "unlock a badge locked by wrong PINs", Role.SUPERVISOR),
    ):
        cmd = users_sub.add_parser(name, help=text)
        cmd.add_argument("who", help="the user's badge code or name")
        needs(cmd, role)
        cmd.set_defaults(run=_change, change=name)

    audit_cmd = sub.add_parser("audit", help="the hash-chained audit trail")
    audit_sub = audit_cmd.add_subparsers(dest="audit_command", required=True)
    verify = audit_sub.add_parser("verify", help="check every row, link and head file")
    verify.add_argument(
        "--head",
        action="append",
        type=Path,
        default=[],
        help="also check a head file copied from another bench (repeat for several)",
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="LINK:HASH",
        help="also check a head printed on a daily report (repeat for several)",
    )
    verify.set_defaults(run=_verify)


def _list(args: argparse.Namespace, config: Settings) -> int:
    with opened(config) as station:
        if not users.count(station):
            print(
                _(
                    "No users yet. 'inspect-station users add NAME --badge CODE' makes the first "
                    "administrator."
                )
            )
            return 0
        sign_in(station, args)
        for u in users.list_users(station):
            state = _("disabled") if u.disabled else _("locked") if u.locked else _("active")
            last = f"{u.last_sign_in_at:%Y-%m-%d %H:%M}" if u.last_sign_in_at else _("never")
            print(
                _("{badge:<20} {name:<30} {label:<10} {state:<8} last in: {last}").format(
                    badge=u.badge, name=u.name, label=u.role.title, state=state, last=last
                )
            )
    return 0


def _add(args: argparse.Namespace, config: Settings) -> int:
    with opened(config) as station:
        first = not users.count(station)
        name, badge, role = users.check_identity(
            args.name, args.badge, args.role or ("admin" if first else "operator")
        )
        if first:
            print(_("No users yet: this makes the first administrator."))
            if role is not Role.ADMIN:
                raise BadInput(_("The first user must be an administrator (--role admin)."))
            new = users.NewUser(name, badge, role, pins.check_pin(ask_new_pin(name)))
            made = users.create_first_admin(station, new)
        else:
            sign_in(station, args)
            new = users.NewUser(name, badge, role, pins.check_pin(ask_new_pin(name)))
            made = users.add_user(station, new)
    print(
        _("added {name} ({label}), badge {badge}").format(
            name=made.name, label=made.role.title, badge=made.badge
        )
    )
    return 0


def _change(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        target = users.find(station, args.who)
        if args.change == "disable":
            done = users.set_disabled(station, target.id, disabled=True)
        elif args.change == "enable":
            done = users.set_disabled(station, target.id, disabled=False)
        elif args.change == "reset-pin":
            done = users.reset_pin(station, target.id, ask_new_pin(target.name))
        else:
            done = users.unlock(station, target.id)
    print(_("{name}: {change} done").format(name=done.name, change=args.change))
    return 0


def _verify(args: argparse.Namespace, config: Settings) -> int:
    try:
        given = [parse_anchor(text, f"given {text}") for text in args.anchor]
    except ValueError as exc:
        raise BadInput(_("--anchor {exc}").format(exc=exc)) from exc
    with opened(config) as station:
        result = verification.verify(station.db, args.head, bench=station.bench, anchors=given)
    last = _(", newest link {seq}").format(seq=result.last.seq) if result.last else ""
    waiting = f", {result.pending} waiting to be sealed" if result.pending else ""
    print(
        _("{links} links and {events} audit events checked{last}{waiting}").format(
            links=result.links, events=result.events, last=last, waiting=waiting
        )
    )
    if result.last:
        print(_("  head: link {seq} {hash}").format(seq=result.last.seq, hash=result.last.hash))
    for head in result.heads_checked:
        print(_("  head file: {head}").format(head=head))
    print(
        _(
            "  anchors: {anchors_checked} found as recorded ({anchors_kept} kept at this bench, "
            "{given_count} given)"
        ).format(
            anchors_checked=result.anchors_checked,
            anchors_kept=result.anchors_kept,
            given_count=len(given),
        )
    )
    if result.ok:
        print(_("the audit chain is intact"))
        return 0
    print(_("{count} problem(s):").format(count=len(result.problems)))
    for problem in result.problems[:1000]:
        print(f"  {problem}")
    if len(result.problems) > 1000:
        print(_("  … and {problems_count} more").format(problems_count=len(result.problems) - 1000))
    return 1
