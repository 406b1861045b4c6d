"""Routing rules, the approval queue and the SKU catalogue from the command line.

inspect-station rules check FILE              check a rule file; nothing is written
inspect-station rules show [--version N]      the active rules in words, and every version
inspect-station rules simulate FILE --since 30d   what FILE would change on past units
inspect-station rules activate FILE           make FILE the rules of every bench (admin)
inspect-station approvals list                recommendations waiting for a supervisor
inspect-station approvals approve LPN         release one as the station made it
inspect-station approvals change LPN --outcome partial --refund 40 --reason "…"
inspect-station import-catalogue FILE         SKU flags: vendor, return-to-vendor, recall, hazmat
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from inspect_station.app.settings import Settings
from inspect_station.commands.signing import needs, opened, signed_in
from inspect_station.people.roles import Role
from inspect_station.rules import catalogue, rulebook, simulate
from inspect_station.rules.grades import load_grades
from inspect_station.rules.outcomes import deadline_words
from inspect_station.rules.routing import CURRENCY_SIGNS, RuleTable
from inspect_station.supervise import approvals


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = sub.add_parser("rules", help="routing rules: check, show, simulate, activate")
    rules_sub = rules.add_subparsers(dest="rules_command", required=True)
    check = rules_sub.add_parser("check", help="check a rule file; nothing is written")
    check.add_argument("file", type=Path)
    check.set_defaults(run=_check)
    show = rules_sub.add_parser("show", help="the active rules in words, and every version")
    show.add_argument("--version", type=int, help="show this version instead of the active one")
    show.set_defaults(run=_show)
    sim = rules_sub.add_parser("simulate", help="what a rule file would change on past units")
    sim.add_argument("file", type=Path)
    sim.add_argument("--since", default="30d", help="how far back: 30d, 12h, 6w (default 30d)")
    sim.set_defaults(run=_simulate)
    act = rules_sub.add_parser("activate", help="make a rule file the rules of every bench")
    needs(act, Role.ADMIN)
    which = act.add_mutually_exclusive_group(required=True)
    which.add_argument("file", type=Path, nargs="?", help="a rule file (checked, then stored)")
    which.add_argument("--version", type=int, help="a version already stored (rules show)")
    act.set_defaults(run=_activate)

    appr = sub.add_parser("approvals", help="recommendations waiting for a supervisor")
    appr_sub = appr.add_subparsers(dest="approvals_command", required=True)
    listing = appr_sub.add_parser("list", help="pending recommendations, oldest first")
    needs(listing, Role.SUPERVISOR)
    listing.set_defaults(run=_list)
    ok = appr_sub.add_parser("approve", help="release a recommendation as it is")
    needs(ok, Role.SUPERVISOR)
    ok.add_argument("unit", help="licence plate (or inspection id)")
    ok.add_argument("--note", default="")
    ok.set_defaults(run=_approve)
    chg = appr_sub.add_parser("change", help="release a different outcome, with a reason")
    needs(chg, Role.SUPERVISOR)
    chg.add_argument("unit", help="licence plate (or inspection id)")
    chg.add_argument("--outcome", required=True, help="e.g. full, partial, refuse, repair")
    chg.add_argument("--refund", help="the amount to refund (partial refunds)")
    chg.add_argument("--reason", required=True)
    chg.set_defaults(run=_change)

    cat = sub.add_parser("import-catalogue", help="load SKU flags from a CSV file")
    cat.add_argument("file", type=Path)
    needs(cat, Role.ADMIN)
    cat.set_defaults(run=_import_catalogue)


def _sign(config: Settings) -> str:
    return CURRENCY_SIGNS.get(config.currency, config.currency + " ")


def _check(args: argparse.Namespace, config: Settings) -> int:
    table = rulebook.check(args.file, load_grades())
    print(f"{args.file}: {len(table.rules)} rules, all reachable, every unit has a route.")
    print(f"destinations: {', '.join(table.destinations)}")
    print("Nothing was written; `inspect-station rules activate` makes it active.")
    return 0


def _show(args: argparse.Namespace, config: Settings) -> int:
    with opened(config) as station:
        versions = rulebook.versions(station)
        table = rulebook.version_table(station, args.version) if args.version else station.rules
        _print_table(table, config)
        print("\nversions, newest first:")
        for v in versions:
            state = "active " if v.active else "waiting" if v.activated_at is None else "       "
            print(
                f"  v{v.number:<4} {state}  {v.sha256[:12]}  {v.rule_count:>3} rules  "
                f"stored {_when(v.loaded_at)} by {v.loaded_by} at {v.bench}  ({v.source})"
            )
            if v.activated_at is None:
                print("        never activated")
            else:
                last = "activated" if v.active else "last activated"
                print(f"        {last} {_when(v.activated_at)} by {v.activated_by}")
        said = rulebook.notice(station)
        if said:
            print(f"\n{said}")
    return 0


def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def _print_table(table: RuleTable, config: Settings) -> None:
    print(f"rules {table.label}: first match wins")
    for n, rule in enumerate(table.rules, 1):
        tote = f"  [tote {rule.tote}]" if rule.tote else ""
        print(f"  {n:>2}. {rule.id}: {rule.describe(config.currency)}{tote}")
        print(f"      why: {rule.why}")


def _simulate(args: argparse.Namespace, config: Settings) -> int:
    span = simulate.parse_since(args.since)
    sign = _sign(config)
    table = rulebook.check(args.file, load_grades())  # refused before the database is opened
    with opened(config) as station:
        result = simulate.simulate(station, table, since=span)
    print(
        f"Replayed {result.units:,} routed units finished since "
        f"{result.since.astimezone():%Y-%m-%d %H:%M} ({sign}{result.value:,.2f}) through "
        f"{args.file} ({len(table.rules)} rules) in {result.seconds:.1f} s."
    )
    share = result.moved_units / result.units * 100 if result.units else 0.0
    print(
        f"Would move {result.moved_units:,} units ({share:.1f} %), "
        f"{sign}{result.moved_total:,.2f} of value:"
    )
    changes = result.changes()
    width = max((len(f"{a} → {b}") for a, b, _, _ in changes), default=10)
    for old, new, units, value in changes:
        money = f"{sign}{value:,.2f}"
        print(f"  {f'{old} → {new}':<{width}}  {units:>9,} units  {money:>15}")
    if not changes:
        print("  nothing moves.")
    print("Rules that would decide:")
    for rule_id, units in result.fired.most_common():
        print(f"  {rule_id:<{width}}  {units:>9,} units")
    print("Nothing was activated or written.")
    return 0


def _activate(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        if args.file is not None:
            version = rulebook.activate(station, args.file)
        else:
            version = rulebook.activate_version(station, args.version)
    print(
        f"rules v{version.number} ({version.sha256[:12]}, {version.rule_count} rules) active "
        f"on every bench from its next unit, activated by {version.activated_by}"
    )
    return 0


def _list(args: argparse.Namespace, config: Settings) -> int:
    sign = _sign(config)
    with signed_in(config, args) as station:
        waiting = approvals.pending(station)
        now, warn = station.clock(), station.outcomes.policy.warn_hours
    if not waiting:
        print("nothing waits for approval")
        return 0
    for item in waiting:
        hours = item.age.total_seconds() / 3600
        age = f"{hours:.1f} h" if hours < 48 else f"{hours / 24:.1f} days"
        money = f" {sign}{item.refund_amount:,.2f}" if item.refund_amount is not None else ""
        if item.delivery_refund:
            money += f" + delivery {sign}{item.delivery_refund:,.2f}"
        due = ""
        if item.deadline is not None:
            words, close = deadline_words(item.deadline, now, warn)
            due = f", {words[0].lower()}{words[1:]}" + (" ⚠" if close else "")
        print(f"{item.lpn}  {item.rma or '-'}  {item.sku or '-'}  waiting {age}{due}")
        print(f"    {item.return_type}: {item.outcome}{money} — {item.reason}")
        print(f"    waits because: {'; '.join(item.waits_because)}")
        if item.override_reason:
            print(f"    override: {item.computed_grade} → {item.grade}: {item.override_reason}")
    print(f"{len(waiting)} waiting")
    return 0


def _approve(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        item = approvals.approve(station, approvals.find(station, args.unit), note=args.note)
    print(f"{item.lpn}: {item.outcome} approved by {item.decided_by}")
    return 0


def _change(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        item = approvals.change(
            station,
            approvals.find(station, args.unit),
            outcome=args.outcome,
            refund=args.refund,
            reason=args.reason,
        )
    money = f" {_sign(config)}{item.refund_amount:,.2f}" if item.refund_amount is not None else ""
    print(f"{item.lpn}: changed to {item.outcome}{money} by {item.decided_by}")
    return 0


def _import_catalogue(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        added, updated = catalogue.import_flags(station, args.file)
    print(f"catalogue: {added} SKUs added, {updated} updated")
    return 0
