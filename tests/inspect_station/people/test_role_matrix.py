"""Who may do what: every service that changes an outcome or a setting, or shows what only
supervisors see, tried by a signed-in operator, supervisor and admin.

Each row prepares its own target (a unit, a user, a file), then the person tries the action
through the real service. Allowed: it succeeds and leaves its audit row (or its file).
Refused: ``NotAllowed`` with a message that says what needs which role and who is signed in,
and nothing written at all (none of these services records a refusal) and no file made.
The README's "Who may do what" table is this table in words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from db.models.outbox import OutboxDelivery
from db.models.people import User as UserRow
from db.models.returns import ExpectedReturn, UnexpectedReturn
from inspect_station.app import printer_admin
from inspect_station.app.context import Station
from inspect_station.app.errors import NotAllowed
from inspect_station.app.resources import resource
from inspect_station.bench import inspection, manifest, quarantine, scanning
from inspect_station.bench.views import InspectionView
from inspect_station.desk import daily_report, exports
from inspect_station.desk.history import HistoryQuery
from inspect_station.evidence.document import write_evidence
from inspect_station.outbox import dead_letters
from inspect_station.people import auth, users
from inspect_station.people.roles import Role, User
from inspect_station.photos import upkeep
from inspect_station.printing import label_jobs, queue
from inspect_station.printing.printers import PrinterConfig
from inspect_station.rules import catalogue, rulebook
from inspect_station.supervise import approvals, overrides
from tests.conftest import FakeClock
from tests.helpers import PEOPLE, row_counts, seed_people, split_audit
from tests.inspect_station.returns import add_return, open_rma, with_photo

OLGA = User("olga", Role.OPERATOR)  # another operator, who did the bench work beforehand
SETUP = User("setup", Role.ADMIN)  # prepares what a row needs (users, earlier reprints)


@dataclass(frozen=True)
class Act:
    """What the person tries, and the file it makes when allowed (exports, reports)."""

    run: Callable[[], object]
    file: Path | None = None


class Floor:
    """Makes the targets the rows act on, each new, on the test station."""

    def __init__(self, station: Station, clock: FakeClock, tmp_path: Path) -> None:
        self.station, self.clock, self.tmp = station, clock, tmp_path
        self.n = 0

    def next(self) -> int:
        self.n += 1
        return self.n

    @contextmanager
    def acting(self, user: User) -> Iterator[None]:
        before = self.station.user
        self.station.change_shift(user=user)
        try:
            yield
        finally:
            self.station.change_shift(user=before)

    def open_unit(
        self, by: User, *, price: str = "30", category: str = "apparel"
    ) -> InspectionView:
        rma = f"RMA-M-{self.next():06d}"
        add_return(self.station, rma, [(f"SKU-{self.n}", category, price, 1)])
        with self.acting(by):
            return open_rma(self.station, rma)

    def finished(self, *, price: str = "30", category: str = "apparel") -> InspectionView:
        insp = self.open_unit(OLGA, price=price, category=category)
        with self.acting(OLGA):
            done = inspection.finish(self.station, insp, grade="B").inspection
            queue.dispatch(self.station)  # the first label is out, as at a bench
        return done

    def waiting(self) -> InspectionView:
        """A unit whose refund recommendation waits for a supervisor (value ≥ €250)."""
        return self.finished(price="400", category="electronics")

    def in_quarantine(self) -> tuple[int, int, int]:
        """(quarantine entry, its version, an expected return to attach it to)."""
        with self.acting(OLGA):
            opened = scanning.receive_unexpected(self.station, f"PARCEL {self.next()} NO LABEL")
            inspection.finish(self.station, opened.inspection, grade="B")
        rma = f"RMA-Q-{self.n:06d}"
        add_return(self.station, rma, [(f"SKU-Q{self.n}", "apparel", "30", 1)])
        with self.station.db.read() as session:
            entry = session.scalars(
                select(UnexpectedReturn).where(UnexpectedReturn.lpn == opened.inspection.lpn)
            ).one()
            expected = session.scalars(select(ExpectedReturn.id).where(ExpectedReturn.rma == rma))
            return entry.id, entry.version, expected.one()

    def user(self, *, locked: bool = False) -> int:
        n = self.next()
        with self.acting(SETUP):
            made = users.add_user(
                self.station, users.check_new_user(f"temp {n}", f"B-TEMP-{n}", "operator", "4321")
            )
        if locked:  # as five wrong PINs leave it (auth's own tests make them for real)
            with self.station.db.write() as session:
                session.execute(
                    update(UserRow)
                    .where(UserRow.id == made.id)
                    .values(locked=True, failed_attempts=auth.MAX_FAILURES)
                )
        return made.id

    def rule_file(self) -> Path:
        text = resource("rules.toml").read_text(encoding="utf-8")
        path = self.tmp / f"rules-{self.next()}.toml"
        path.write_text(text.replace("min_value = 25", f"min_value = {25 + self.n}", 1))
        return path

    def csv(self, name: str, text: str) -> Path:
        path = self.tmp / f"{name}-{self.next()}.csv"
        path.write_text(text, encoding="utf-8")
        return path

    def out(self, suffix: str) -> Path:
        return self.tmp / f"out-{self.next()}{suffix}"


def _cancel_own(f: Floor, me: User) -> Act:
    insp = f.open_unit(me)
    return Act(lambda: inspection.cancel(f.station, insp, reason="wrong parcel"))


def _cancel_other(f: Floor, me: User) -> Act:
    insp = f.open_unit(OLGA)
    return Act(lambda: inspection.cancel(f.station, insp, reason="olga went home"))


def _cancel_photographed(f: Floor, me: User) -> Act:
    insp = f.open_unit(me)
    with f.acting(me):
        insp = with_photo(f.station, insp)
    return Act(lambda: inspection.cancel(f.station, insp, reason="wrong parcel"))


def _finish(f: Floor, me: User) -> Act:
    insp = f.open_unit(me)
    return Act(lambda: inspection.finish(f.station, insp, grade="C"))


def _reprint(f: Floor, me: User) -> Act:
    unit = f.finished()
    return Act(lambda: label_jobs.reprint(f.station, unit.id, reason="label smudged"))


def _reprint_past_limit(f: Floor, me: User) -> Act:
    unit = f.finished()
    with f.acting(OLGA):  # the one reprint an operator may make (reprints_per_unit = 1)
        label_jobs.reprint(f.station, unit.id, reason="label smudged")
        queue.dispatch(f.station)
    return Act(lambda: label_jobs.reprint(f.station, unit.id, reason="torn again"))


def _override_grade(f: Floor, me: User) -> Act:
    unit = f.finished()
    return Act(
        lambda: overrides.override(
            f.station, unit.id, seen_version=unit.version, grade="D", reason="cracked heel"
        )
    )


def _override_route(f: Floor, me: User) -> Act:
    unit = f.finished()
    return Act(
        lambda: overrides.override(
            f.station, unit.id, seen_version=unit.version, route="recycle", reason="seal broken"
        )
    )


def _approval_queue(f: Floor, me: User) -> Act:
    f.waiting()
    return Act(lambda: approvals.pending(f.station))


def _approve(f: Floor, me: User) -> Act:
    unit = f.waiting()
    return Act(lambda: approvals.approve(f.station, unit.id, note="photos checked"))


def _change(f: Floor, me: User) -> Act:
    unit = f.waiting()
    return Act(
        lambda: approvals.change(
            f.station, unit.id, outcome="partial", refund=Decimal("300"), reason="scratched"
        )
    )


def _attach(f: Floor, me: User) -> Act:
    entry, version, expected = f.in_quarantine()
    return Act(lambda: quarantine.attach(f.station, entry, expected, version=version))


def _create(f: Floor, me: User) -> Act:
    entry, version, _expected = f.in_quarantine()
    line = quarantine.ContentLine("SKU-FOUND", "a jacket", "apparel", 1, Decimal("40"))
    return Act(
        lambda: quarantine.create_expected(
            f.station, entry, version=version, order_number=f"SO-X{f.n}", lines=[line]
        )
    )


def _import_returns(f: Floor, me: User) -> Act:
    n = f.next()
    path = f.csv(
        "manifest",
        "rma,order_number,sku,category,quantity,unit_price\n"
        f"RMA-I-{n:06d},SO-I{n:06d},SKU-I{n},apparel,1,20\n",
    )
    return Act(lambda: manifest.import_manifest(f.station, path))


def _dead_letter(f: Floor) -> int:
    """A delivery the receiver refused (its words kept), waiting for a supervisor."""
    f.finished()
    with f.station.db.write() as session:
        row = session.scalars(
            select(OutboxDelivery)
            .where(OutboxDelivery.state == "pending")
            .order_by(OutboxDelivery.id)
        ).first()
        assert row is not None
        row.state, row.attempts, row.last_error = "dead", 1, "POST → 422: unknown return"
        return row.id


def _retry_dead_letter(f: Floor, me: User) -> Act:
    delivery = _dead_letter(f)
    return Act(lambda: dead_letters.retry(f.station, delivery))


def _skip_dead_letter(f: Floor, me: User) -> Act:
    delivery = _dead_letter(f)
    return Act(lambda: dead_letters.skip(f.station, delivery, reason="refunded by phone"))


def _export(f: Floor, me: User) -> Act:
    f.finished()
    target = f.out(".csv")
    return Act(lambda: exports.export(f.station, HistoryQuery(), target), file=target)


def _report(f: Floor, me: User) -> Act:
    target = f.out(".pdf")
    day = f.clock().astimezone().date()
    return Act(lambda: daily_report.write_report(f.station, day, target), file=target)


def _evidence(f: Floor, me: User) -> Act:
    unit = f.finished()
    target = f.out(".pdf")
    return Act(lambda: write_evidence(f.station, unit.lpn, target), file=target)


def _list_users(f: Floor, me: User) -> Act:
    return Act(lambda: users.list_users(f.station))


def _unlock(f: Floor, me: User) -> Act:
    who = f.user(locked=True)
    return Act(lambda: users.unlock(f.station, who))


def _add_user(f: Floor, me: User) -> Act:
    n = f.next()
    new = users.check_new_user(f"new {n}", f"B-NEW-{n}", "operator", "4321")
    return Act(lambda: users.add_user(f.station, new))


def _disable(f: Floor, me: User) -> Act:
    who = f.user()
    return Act(lambda: users.set_disabled(f.station, who, disabled=True))


def _reset_pin(f: Floor, me: User) -> Act:
    who = f.user()
    return Act(lambda: users.reset_pin(f.station, who, "8642"))


def _activate(f: Floor, me: User) -> Act:
    path = f.rule_file()
    return Act(lambda: rulebook.activate(f.station, path))


def _purge(f: Floor, me: User) -> Act:
    insp = f.open_unit(OLGA)
    with f.acting(OLGA):
        with_photo(f.station, insp)
        inspection.finish(f.station, insp, grade="B")
    f.clock.advance(2 * 86400)
    return Act(lambda: upkeep.purge(f.station, older_than_days=1))


def _catalogue(f: Floor, me: User) -> Act:
    path = f.csv("catalogue", f"sku,recall\nSKU-R{f.n},yes\n")
    return Act(lambda: catalogue.import_flags(f.station, path))


def _printers(f: Floor, me: User) -> Act:
    archive = PrinterConfig("archive", "files", path=str(f.tmp / "archive"))
    changed = printer_admin.with_printers(f.station.settings, [archive], label_printer="files")
    target = f.out(".toml")
    return Act(lambda: printer_admin.save_printers(f.station, changed, path=target), file=target)


def _test_label(f: Floor, me: User) -> Act:
    return Act(lambda: printer_admin.print_test_label(f.station, f.station.settings, "files"))


@dataclass(frozen=True)
class Row:
    action: str
    needs: Role
    prepare: Callable[[Floor, User], Act]
    refusal: str  # what the refusal says before "needs the … role"
    audited: bool = True  # False: nothing is recorded either way (a read, a test label)
    exact: str = ""  # a refusal worded otherwise (a regular expression)


LPN = r"LP[0-9A-Z]+"
OTHERS = rf"Cancelling {LPN}, opened by olga,"
PHOTOGRAPHED = rf"Cancelling {LPN}, which has photos,"
PAST_LIMIT = (
    rf"{LPN} was reprinted 1 time\(s\), the most an operator may; "
    r"a supervisor can reprint it again\."
)
QUARANTINE = "Creating a return for an unexpected parcel"
QUEUE = "Reviewing the approval queue"
MATRIX = [
    Row("finish a unit", Role.OPERATOR, _finish, ""),
    Row("cancel own unit without photos", Role.OPERATOR, _cancel_own, ""),
    Row("cancel another's unit", Role.SUPERVISOR, _cancel_other, OTHERS),
    Row("cancel a photographed unit", Role.SUPERVISOR, _cancel_photographed, PHOTOGRAPHED),
    Row("reprint a label", Role.OPERATOR, _reprint, ""),
    Row("reprint past the limit", Role.SUPERVISOR, _reprint_past_limit, "", exact=PAST_LIMIT),
    Row("override a grade", Role.SUPERVISOR, _override_grade, "Overriding a grade or route"),
    Row("override a route", Role.SUPERVISOR, _override_route, "Overriding a grade or route"),
    Row("see the approval queue", Role.SUPERVISOR, _approval_queue, QUEUE, audited=False),
    Row("approve a recommendation", Role.SUPERVISOR, _approve, "Approving a recommendation"),
    Row("change a recommendation", Role.SUPERVISOR, _change, "Changing a recommendation"),
    Row("attach from quarantine", Role.SUPERVISOR, _attach, "Attaching an unexpected return"),
    Row("create a return from quarantine", Role.SUPERVISOR, _create, QUARANTINE),
    Row("import expected returns", Role.SUPERVISOR, _import_returns, "Importing expected returns"),
    Row("retry a dead letter", Role.SUPERVISOR, _retry_dead_letter, "Retrying a dead letter"),
    Row("skip a dead letter", Role.SUPERVISOR, _skip_dead_letter, "Skipping a dead letter"),
    Row("export history", Role.SUPERVISOR, _export, "Exporting history"),
    Row("write the daily report", Role.SUPERVISOR, _report, "Writing the daily report"),
    Row("write an evidence document", Role.SUPERVISOR, _evidence, "Writing an evidence document"),
    Row("list users", Role.SUPERVISOR, _list_users, "Listing users", audited=False),
    Row("unlock a badge", Role.SUPERVISOR, _unlock, "Unlocking a badge"),
    Row("add a user", Role.ADMIN, _add_user, "Adding a user"),
    Row("disable a user", Role.ADMIN, _disable, "Disabling a user"),
    Row("reset a PIN", Role.ADMIN, _reset_pin, "Resetting a PIN"),
    Row("activate rules", Role.ADMIN, _activate, "Activating routing rules"),
    Row("purge photos", Role.ADMIN, _purge, "Purging photos"),
    Row("import the SKU catalogue", Role.ADMIN, _catalogue, "Importing the SKU catalogue"),
    Row("save printers", Role.ADMIN, _printers, "Changing the printers"),
    Row("print a test label", Role.ADMIN, _test_label, "Testing printers", audited=False),
]  # fmt: skip


def refusal_pattern(row: Row, user: User) -> str:
    if row.exact:
        return f"^{row.exact}$"
    return (
        f"^{row.refusal} needs the {row.needs.label} role; "
        f"{re.escape(user.name)} is signed in as {user.role.label}\\.$"
    )


def test_each_role_may_do_what_the_table_says_and_nothing_more(
    station: Station, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A webhook that is never reached: finished units leave deliveries to turn into dead letters.
    monkeypatch.setenv("MATRIX_HOOK_SECRET", "whsec_c2VjcmV0")
    hook = {"kind": "webhook", "url": "http://127.0.0.1:9/", "secret_env": "MATRIX_HOOK_SECRET"}
    station.settings = station.settings.replace(reprints_per_unit=1, connectors={"wms": hook})
    seed_people(station)
    people: dict[Role, User] = {}
    for name in ("maria", "sam", "ada"):
        badge, _role, pin = PEOPLE[name]
        user = auth.sign_in(station, badge, pin)  # for real: the guard checks them at each write
        people[user.role] = user
    floor = Floor(station, clock, tmp_path)
    seen: list[tuple[str, str, bool]] = []
    for row in MATRIX:
        for role, person in people.items():
            station.change_shift(user=person)
            act = row.prepare(floor, person)
            station.change_shift(user=person)
            before = row_counts(station.db)
            if person.may(row.needs):
                result = act.run()
                after = row_counts(station.db)
                if row.audited:
                    grew = split_audit(after)[1] > split_audit(before)[1]
                    assert grew or (act.file is not None and act.file.exists()), row.action
                else:
                    assert after == before, row.action
                    assert result, row.action  # the queue, the users, where the label went
                seen.append((row.action, role.label, True))
            else:
                with pytest.raises(NotAllowed, match=refusal_pattern(row, person)):
                    act.run()
                assert row_counts(station.db) == before, (row.action, role.label)
                assert act.file is None or not act.file.exists(), row.action
                seen.append((row.action, role.label, False))
            # A refused cancel leaves its unit open: put it away so the bench is free again.
            leftover = inspection.resume(station)
            if leftover is not None:
                with floor.acting(SETUP):
                    inspection.cancel(station, leftover, reason="tidy the bench")
    # Every row was tried by every role; each role is refused exactly what is above it.
    assert len(seen) == 3 * len(MATRIX)
    for role in Role:
        refused = {action for action, label, ok in seen if label == role.label and not ok}
        assert refused == {row.action for row in MATRIX if row.needs > role}
