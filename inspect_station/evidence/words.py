"""Every sentence of the evidence document, in one place, through gettext.

The document speaks to the customer, in the station's language: each sentence is a whole
message passed to ``_`` (``gettext``) or ``n_`` (``ngettext``) with named fields, so a
translator sees the sentence and can move the fields. English now: :class:`Words` takes the
translations to use: the station's catalog where the document is written
(:func:`inspect_station.app.i18n.catalog`), ``gettext.NullTranslations`` (the messages as
written) by default. Dates, times and amounts are formatted here too, in one place, for the
same reason: amounts as the station's language writes money when the currency is given.
"""

from __future__ import annotations

import gettext
from datetime import date, datetime
from decimal import Decimal

from inspect_station.app import i18n
from inspect_station.rules.withdrawal import Moment, local_zone, zone_of


class Words:
    def __init__(
        self,
        translations: gettext.NullTranslations | None = None,
        *,
        sign: str = "€",
        currency: str | None = None,
    ) -> None:
        t = translations or gettext.NullTranslations()
        self._ = t.gettext
        self.n_ = t.ngettext
        self.sign = sign
        self.currency = currency
        self.zone = local_zone()

    # -- formats ------------------------------------------------------------------------------
    def months(self) -> tuple[str, ...]:
        _ = self._
        # TRANSLATORS: the months as a date names them ("19 November 2026"): in a language
        # that declines them, the form a date takes (Polish: "listopada", not "listopad").
        return (
            _("January"), _("February"), _("March"), _("April"), _("May"), _("June"),
            _("July"), _("August"), _("September"), _("October"), _("November"),
            _("December"),
        )  # fmt: skip

    def day(self, value: date) -> str:
        return self._("{day} {month} {year}").format(
            day=value.day, month=self.months()[value.month - 1], year=value.year
        )

    def moment(self, value: datetime, zone: str | None = None) -> str:
        """ "19 November 2026, 14:03 (Europe/Berlin)": in ``zone``, else the station's."""
        zone = zone or self.zone
        local = value.astimezone(zone_of(zone))
        return self._("{day}, {time} ({zone})").format(
            day=self.day(local.date()), time=f"{local:%H:%M}", zone=zone
        )

    def given(self, moment: Moment) -> str:
        return self.moment(moment.utc, moment.zone)

    def money(self, amount: Decimal | None) -> str:
        if amount is None:
            return "—"
        return i18n.money(amount, self.currency) if self.currency else f"{self.sign}{amount:,.2f}"

    def percent(self, value: Decimal | str) -> str:
        return f"{Decimal(value).normalize():f} %"

    # -- title and headings --------------------------------------------------------------------
    def title(self, rma: str | None, lpn: str) -> str:
        if rma is None:
            return self._("Inspection report for parcel {lpn}").format(lpn=lpn)
        return self._("Inspection report for your return {rma}").format(rma=rma)

    def prepared(self, order: str | None, when: datetime, who: str, bench: str) -> str:
        text = self._("Prepared on {when} by {who} at station {bench}.").format(
            when=self.moment(when), who=who, bench=bench
        )
        if order:
            text = self._("Order {order}.").format(order=order) + " " + text
        return text

    def intro(self) -> str:
        return self._(
            "This report records how we received and inspected the goods you sent back, and "
            "what we refund. The photos are printed small; the SHA-256 fingerprint of each, "
            "listed at the end, lets anyone check a photo file against this report."
        )

    def heading(self, key: str) -> str:
        _ = self._
        return {
            "withdrawal": _("Your withdrawal"),
            "arrived": _("What arrived"),
            "refund": _("Your refund"),
            "hashes": _("Photo fingerprints (SHA-256)"),
        }[key]

    def item_heading(self, number: int, description: str | None, sku: str | None) -> str:
        return self._("Item {number}: {description}").format(
            number=number, description=description or sku or self._("unknown item")
        )

    def page(self, title: str, number: int) -> str:
        return self._("{title} · page {number}").format(title=title, number=number)

    # -- the withdrawal ----------------------------------------------------------------------
    def notice(self, notice: Moment | None, day: date | None, channel: str | None) -> str:
        _ = self._
        how = {
            "button": _("through the withdrawal button"),
            "email": _("by e-mail"),
            "letter": _("by letter"),
            "phone": _("by phone"),
        }.get(channel or "")
        if notice is not None:
            when = self.given(notice)
        elif day is not None:
            when = self.day(day)
        else:
            return _("We have no record of when you informed us of your withdrawal.")
        if how:
            return _("We were informed of your withdrawal on {when}, {how}.").format(
                when=when, how=how
            )
        return _("We were informed of your withdrawal on {when}.").format(when=when)

    def acknowledgement(self, ack: str) -> str:
        return self._("Our acknowledgement of it: {ack}.").format(ack=ack)

    def informed(self, informed: bool | None) -> str | None:
        if informed is True:
            return self._("You were informed of your right of withdrawal.")
        if informed is False:
            return self._(
                "You were not informed of your right of withdrawal, so you owe nothing for "
                "any loss in value of the goods (Consumer Rights Directive art. 14(2))."
            )
        return None

    def sent(self, sent: Moment, proof: str | None) -> str:
        _ = self._
        by = {
            "drop-off": _("the carrier's drop-off receipt"),
            "first-scan": _("the carrier's first scan"),
        }.get(proof or "")
        if by:
            return _("You sent the goods back on {when} (proof: {by}).").format(
                when=self.given(sent), by=by
            )
        return _("You sent the goods back on {when}.").format(when=self.given(sent))

    def reached(self, when: datetime | None) -> str:
        if when is None:
            return self._("Your parcel has not reached us yet.")
        return self._("Your parcel reached us on {when}.").format(when=self.moment(when))

    def due(self, end: datetime, zone: str, days: int) -> str:
        return self.n_(
            "Your refund is due by {when}: {days} day after the day we were informed "
            "(Consumer Rights Directive art. 13(1)), counted in whole days in the time "
            "zone of your notice.",
            "Your refund is due by {when}: {days} days after the day we were informed "
            "(Consumer Rights Directive art. 13(1)), counted in whole days in the time "
            "zone of your notice.",
            days,
        ).format(when=self.moment(end, zone), days=days)

    def due_short(self, end: datetime, zone: str) -> str:
        return self._("Due by {when}.").format(when=self.moment(end, zone))

    def withheld(self, until: datetime | None, because: str | None, zone: str | None = None) -> str:
        _ = self._
        if until is None:
            return _(
                "We may hold the refund back until the goods reach us or you show proof of "
                "sending them, whichever comes first (art. 13(3))."
            )
        why = {
            "sent": _("your proof of sending"),
            "received": _("when the goods reached us"),
        }[because or "received"]
        return _(
            "We may hold the refund back until we receive the goods or you show proof of "
            "sending them, whichever comes first (art. 13(3)): here {when} ({why})."
        ).format(when=self.moment(until, zone), why=why)

    # -- what arrived --------------------------------------------------------------------------
    def arrived_header(self) -> list[str]:
        _ = self._
        return [_("Item"), _("Licence plate"), _("Price"), _("How it arrived"), _("Inspected")]

    def receipt(self, receipt: str) -> str:
        _ = self._
        return {
            "received": _("received"),
            "wrong_item": _("a different item came back"),
            "missing": _("not in the parcel"),
            "empty_box": _("the box was empty"),
        }.get(receipt, receipt)

    def inspected(self, who: str, finished: datetime | None) -> str:
        if finished is None:
            return self._("still being inspected")
        return self._("by {who}, {when}").format(who=who, when=self.moment(finished))

    def inspection(self, started: datetime, bench: str, who: str, finished: datetime | None) -> str:
        if finished is None:
            return self._("Scanned on {when} at station {bench}; still being inspected.").format(
                when=self.moment(started), bench=bench
            )
        return self._(
            "Scanned on {when} at station {bench}; inspected by {who}, finished {finished}."
        ).format(when=self.moment(started), bench=bench, who=who, finished=self.moment(finished))

    def condition(self, name: str | None, description: str | None) -> str:
        if name is None:
            return self._("Condition: not graded (there was nothing to inspect).")
        return self._("Condition: {name}. {description}").format(
            name=name, description=description or ""
        )

    def found(self, defects: tuple[str, ...]) -> str:
        if not defects:
            return self._("We found no defect.")
        return self._("What we found: {defects}.").format(defects="; ".join(defects))

    # -- photos --------------------------------------------------------------------------------
    def photo_caption(self, number: int, shot: str, taken: datetime) -> str:
        return self._("Photo {number} · {shot} · {when}").format(
            number=number, shot=shot, when=f"{taken.astimezone(zone_of(self.zone)):%H:%M}"
        )

    def shows(self, defect: str) -> str:
        return self._("shows: {defect}").format(defect=defect)

    def photo_gone(self, number: int, purged: datetime | None) -> str:
        if purged is None:
            return self._("Photo {number}: the file could not be read.").format(number=number)
        return self._(
            "Photo {number}: deleted under our retention policy on {when}; its fingerprint "
            "remains below."
        ).format(number=number, when=self.day(purged.date()))

    def no_photos(self) -> str:
        return self._("No photos were taken of this item.")

    # -- deductions and the refund -------------------------------------------------------------
    def deduction_header(self) -> list[str]:
        _ = self._
        return [
            _("What we found"),
            _("Why it goes beyond testing the item"),
            _("Deduction"),
            _("Shown in"),
        ]

    def photos_named(self, numbers: list[int]) -> str:
        if not numbers:
            return self._("no photo")
        return self.n_("photo {numbers}", "photos {numbers}", len(numbers)).format(
            numbers=", ".join(str(n) for n in numbers)
        )

    def deduction_amount(self, percent: str, amount: str) -> str:
        return self._("−{percent} ({amount})").format(
            percent=self.percent(percent), amount=self.money(Decimal(amount))
        )

    def legal_basis(self) -> str:
        return self._(
            "The law allows a deduction only for a loss in value caused by handling the goods "
            "beyond what is necessary to establish their nature, characteristics and "
            "functioning: what you could do with them in a shop (Consumer Rights Directive "
            "art. 14(2))."
        )

    def refused(self, labels: list[str], percent: Decimal) -> str:
        return self._(
            "We found {defects}, which would reduce the refund by {percent}; but you were not "
            "informed of your right of withdrawal, so we deduct nothing (Consumer Rights "
            "Directive art. 14(2))."
        ).format(defects=self.named(labels), percent=self.percent(percent))

    def named(self, labels: list[str]) -> str:
        """“Stain, make-up or deodorant marks” and “Tags removed”"""
        quoted = [self._("“{label}”").format(label=label) for label in labels]
        if len(quoted) < 2:
            return "".join(quoted)
        return self._("{first} and {last}").format(first=", ".join(quoted[:-1]), last=quoted[-1])

    def outcome(
        self, outcome: str, refund: Decimal | None, price: Decimal | None, percent: Decimal
    ) -> str:
        _ = self._
        if outcome == "full":
            return _("Refund for this item: {amount}, the full price.").format(
                amount=self.money(refund)
            )
        if outcome == "partial":
            return _("Refund for this item: {amount} of {price} ({percent} less).").format(
                amount=self.money(refund), price=self.money(price), percent=self.percent(percent)
            )
        return {
            "refuse": _("No refund for this item."),
            "approve": _("Your exchange is approved: we send the replacement."),
            "repair": _("Under the warranty we repair the item."),
            "replace": _("Under the warranty we replace the item."),
            "reject": _("The warranty claim is not accepted."),
        }.get(outcome, outcome)

    def because(self, reason: str) -> str:
        return self._("Why: {reason}.").format(reason=reason.rstrip("."))

    def decision(
        self, status: str, who: str | None, when: datetime | None, note: str | None
    ) -> str:
        _ = self._
        if status == "pending":
            return _("A supervisor still checks this decision.")
        if status == "released" or who is None or when is None:
            return _("Decided at the inspection; no further check was needed.")
        if status == "approved":
            return _("Checked and approved by {who} on {when}.").format(
                who=who, when=self.moment(when)
            )
        return _("Decided by {who} on {when}: {note}").format(
            who=who, when=self.moment(when), note=note or ""
        )

    def no_decision(self) -> str:
        return self._("No refund decision has been made for this item yet.")

    def refund_rows(self) -> dict[str, str]:
        _ = self._
        return {"items": _("Items"), "delivery": _("Delivery cost"), "total": _("Total")}

    def delivery_note(self, paid: Decimal | None, cheapest: Decimal | None) -> str:
        if paid is None:
            return ""
        if cheapest is None or cheapest >= paid:
            return self._("you paid {paid} for delivery").format(paid=self.money(paid))
        return self._(
            "you paid {paid}; the cheapest standard delivery we offered cost {cheapest}, and "
            "that is what the law has us refund (art. 13(2))"
        ).format(paid=self.money(paid), cheapest=self.money(cheapest))

    def nothing_refunded(self) -> str:
        return self._("We refund nothing for this return; each item says why.")

    # -- fingerprints --------------------------------------------------------------------------
    def hashes_intro(self) -> str:
        return self._(
            "Each photo's SHA-256 fingerprint was computed from the file when the photo was "
            "taken. Computing it again from the original file (for example with the command "
            "sha256sum) gives the same 64 characters only if not a single pixel was changed."
        )

    def hashes_header(self) -> list[str]:
        _ = self._
        return [_("Photo"), _("Item"), _("Taken"), _("SHA-256 fingerprint"), _("File")]

    def file_state(self, purged: datetime | None) -> str:
        if purged is None:
            return self._("kept")
        return self._("deleted {when}").format(when=self.day(purged.date()))
