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

from inspect_station.app.i18n import _
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
    print(
        _("{file}: {count} rules, all reachable, every unit has a route.").format(
            file=args.file, count=len(table.rules)
        )
    )
    print(_("destinations: {destinations}").format(destinations=", ".join(table.destinations)))
    print(_("Nothing was written; `inspect-station rules activate` makes it active."))
    return 0


def _show(args: argparse.Namespace, config: Settings) -> int:
    with opened(config) as station:
        versions = rulebook.versions(station)
        table = rulebook.version_table(station, args.version) if args.version else station.rules
        _print_table(table, config)
        print(_("\nversions, newest first:"))
        for v in versions:
            state = "active " if v.active else "waiting" if v.activated_at is None else "       "
            print(
                _(
                    "  v{number:<4} {state}  {sha256}  {rule_count:>3} rules  stored {when} by "
                    "{loaded_by} at {bench}  ({source})"
                ).format(
                    number=v.number,
                    state=state,
                    sha256=v.sha256[:12],
                    rule_count=v.rule_count,
                    when=_when(v.loaded_at),
                    loaded_by=v.loaded_by,
                    bench=v.bench,
                    source=v.source,
                )
            )
            if v.activated_at is None:
                print(_("        never activated"))
            else:
                last = _("activated") if v.active else _("last activated")
                print(
                    _("        {last} {when} by {activated_by}").format(
                        last=last, when=_when(v.activated_at), activated_by=v.activated_by
                    )
                )
        said = rulebook.notice(station)
        if said:
            print(f"\n{said}")
    return 0


def _when(moment: datetime) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def _print_table(table: RuleTable, config: Settings) -> None:
    print(_("rules {label}: first match wins").format(label=table.label))
    for n, rule in enumerate(table.rules, 1):
        tote = _("  [tote {tote}]").format(tote=rule.tote) if rule.tote else ""
        print(f"  {n:>2}. {rule.id}: {rule.describe(config.currency)}{tote}")
        print(_("      why: {why}").format(why=rule.why))


def _simulate(args: argparse.Namespace, config: Settings) -> int:
    span = simulate.parse_since(args.since)
    sign = _sign(config)
    table = rulebook.check(args.file, load_grades())  # refused before the database is opened
    with opened(config) as station:
        result = simulate.simulate(station, table, since=span)
    print(
        _(
            "Replayed {units:,} routed units finished since {since:%Y-%m-%d %H:%M} "
            "({sign}{value:,.2f}) through {file} ({count} rules) in {seconds:.1f} s."
        ).format(
            units=result.units,
            since=result.since.astimezone(),
            sign=sign,
            value=result.value,
            file=args.file,
            count=len(table.rules),
            seconds=result.seconds,
        )
    )
    share = result.moved_units / result.units * 100 if result.units else 0.0
    print(
        _(
            "Would move {moved_units:,} units ({share:.1f} %), {sign}{moved_total:,.2f} of value:"
        ).format(
            moved_units=result.moved_units, share=share, sign=sign, moved_total=result.moved_total
        )
    )
    changes = result.changes()
    width = max((len(f"{a} → {b}") for a, b, _, _ in changes), default=10)
    for old, new, units, value in changes:
        money = f"{sign}{value:,.2f}"
        moved = _("{units:>9,} units").format(units=units)
        print(f"  {f'{old} → {new}':<{width}}  {moved}  {money:>15}")
    if not changes:
        print(_("  nothing moves."))
    print(_("Rules that would decide:"))
    for rule_id, units in result.fired.most_common():
        print(f"  {rule_id:<{width}}  " + _("{units:>9,} units").format(units=units))
    print(_("Nothing was activated or written."))
    return 0


def _activate(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        if args.file is not None:
            version = rulebook.activate(station, args.file)
        else:
            version = rulebook.activate_version(station, args.version)
    print(
        _(
            "rules v{number} ({sha256}, {rule_count} rules) active on every bench from its next "
            "unit, activated by {activated_by}"
        ).format(
            number=version.number,
            sha256=version.sha256[:12],
            rule_count=version.rule_count,
            activated_by=version.activated_by,
        )
    )
    return 0


def _list(args: argparse.Namespace, config: Settings) -> int:
    sign = _sign(config)
    with signed_in(config, args) as station:
        waiting = approvals.pending(station)
        now, warn = station.clock(), station.outcomes.policy.warn_hours
    if not waiting:
        print(_("nothing waits for approval"))
        return 0
    for item in waiting:
        hours = item.age.total_seconds() / 3600
        age = f"{hours:.1f} h" if hours < 48 else _("{days:.1f} days").format(days=hours / 24)
        money = f" {sign}{item.refund_amount:,.2f}" if item.refund_amount is not None else ""
        if item.delivery_refund:
            money += _(" + delivery {amount}").format(amount=f"{sign}{item.delivery_refund:,.2f}")
        due = ""
        if item.deadline is not None:
            words, close = deadline_words(item.deadline, now, warn)
            due = f", {words[0].lower()}{words[1:]}" + (" ⚠" if close else "")
        print(
            _("{lpn}  {rma}  {sku}  waiting {age}{due}").format(
                lpn=item.lpn, rma=item.rma or "-", sku=item.sku or "-", age=age, due=due
            )
        )
        print(f"    {item.return_type}: {item.outcome}{money} — {item.reason}")
        print(
            _("    waits because: {waits_because}").format(
                waits_because="; ".join(item.waits_because)
            )
        )
        if item.override_reason:
            print(
                _("    override: {computed_grade} → {grade}: {override_reason}").format(
                    computed_grade=item.computed_grade,
                    grade=item.grade,
                    override_reason=item.override_reason,
                )
            )
    print(_("{waiting_count} waiting").format(waiting_count=len(waiting)))
    return 0


def _approve(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        item = approvals.approve(station, approvals.find(station, args.unit), note=args.note)
    print(
        _("{lpn}: {outcome} approved by {decided_by}").format(
            lpn=item.lpn, outcome=item.outcome, decided_by=item.decided_by
        )
    )
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
    print(
        _("{lpn}: changed to {outcome}{money} by {decided_by}").format(
            lpn=item.lpn, outcome=item.outcome, money=money, decided_by=item.decided_by
        )
    )
    return 0


def _import_catalogue(args: argparse.Namespace, config: Settings) -> int:
    with signed_in(config, args) as station:
        added, updated = catalogue.import_flags(station, args.file)
    print(
        _("catalogue: {added} SKUs added, {updated} updated").format(added=added, updated=updated)
    )
    return 0
