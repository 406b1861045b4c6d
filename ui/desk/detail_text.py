"""A unit's detail in words, for the desk's unit dialog: one line per fact, and table rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from inspect_station.app import i18n
from inspect_station.labels.layout import route_words
from inspect_station.rules.grades import GradeScale
from inspect_station.rules.outcomes import deadline_words, return_type_words, withholding_words
from inspect_station.rules.withdrawal import Withdrawal
from inspect_station.supervise.approvals import RecommendationView
from inspect_station.supervise.unit_detail import UnitDetail
from ui.translations import QT_TRANSLATE_NOOP


def money(amount: Decimal | str | None, currency: str) -> str:
    """An amount as the station's language writes money; "—" when there is none."""
    return "—" if amount is None else i18n.money(Decimal(str(amount)), currency)


def percent(value: Decimal) -> str:
    """ "30" for 30.00, "12.5" for 12.50."""
    return f"{value.normalize():f}"


def outcome_text(view: RecommendationView, currency: str, *, with_delivery: bool = True) -> str:
    """ "Partial refund €63.92 (−20 %) + delivery €4.95", "Exchange refused → full refund
    €40.00" …"""
    words = {
        "full": QCoreApplication.translate("DetailText", "Full refund {money}").format(
            money=money(view.refund_amount, currency)
        ),
        "partial": QCoreApplication.translate(
            "DetailText", "Partial refund {money} (−{percent} %)"
        ).format(
            money=money(view.refund_amount, currency), percent=percent(view.deduction_percent)
        ),
        "refuse": QCoreApplication.translate("DetailText", "Refuse the refund"),
        "approve": QCoreApplication.translate("DetailText", "Approve the exchange"),
        "repair": QCoreApplication.translate("DetailText", "Warranty: repair"),
        "replace": QCoreApplication.translate("DetailText", "Warranty: replace"),
        "reject": QCoreApplication.translate("DetailText", "Warranty: reject"),
    }.get(view.outcome, view.outcome)
    if view.delivery_refund and with_delivery:
        words += QCoreApplication.translate("DetailText", " + delivery {money}").format(
            money=money(view.delivery_refund, currency)
        )
    return (
        QCoreApplication.translate("DetailText", "Exchange refused → {words}{words2}").format(
            words=words[0].lower(), words2=words[1:]
        )
        if view.fallback
        else words
    )


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def receipt_line(detail: UnitDetail) -> str:
    unit = detail.assessment
    if unit is None:
        return QCoreApplication.translate(
            "DetailText", "not recorded (finished before the station kept receipts)"
        )
    parts = [unit.receipt_words]
    if unit.missing_items:
        parts.append(
            QCoreApplication.translate(
                "DetailText", "{missing_items} other unit(s) of the return not in the parcel"
            ).format(missing_items=unit.missing_items)
        )
    if unit.flags:
        parts.append(QCoreApplication.translate("DetailText", "SKU: ") + ", ".join(unit.flags))
    return " · ".join(parts)


def grade_line(detail: UnitDetail, grades: GradeScale) -> str:
    insp, unit = detail.inspection, detail.assessment
    if insp.grade is None:
        return QCoreApplication.translate("DetailText", "— (nothing on the bench to grade)")
    name = grades.get(insp.grade).name if insp.grade in grades.codes else ""
    text = f"{insp.grade} {name}".strip()
    if detail.overrides:
        first = detail.overrides[0]
        text += QCoreApplication.translate(
            "DetailText", " · graded {grade_before} at the bench, changed by a supervisor"
        ).format(grade_before=first.grade_before)
    if unit is None:
        return text
    if unit.sealed and not unit.defects:
        return QCoreApplication.translate("DetailText", "{text} · factory sealed").format(text=text)
    if unit.computed_grade is None:
        return QCoreApplication.translate(
            "DetailText", "{text} · given by key, no defect ticked"
        ).format(text=text)
    if unit.override_reason:
        return QCoreApplication.translate(
            "DetailText", "{text} · the checklist said {computed_grade}: “{override_reason}”"
        ).format(
            text=text, computed_grade=unit.computed_grade, override_reason=unit.override_reason
        )
    return QCoreApplication.translate("DetailText", "{text} · as the checklist says").format(
        text=text
    )


def defects_line(detail: UnitDetail) -> str:
    unit = detail.assessment
    if unit is None:
        return QCoreApplication.translate("DetailText", "not recorded")
    if not unit.defects:
        return QCoreApplication.translate("DetailText", "none ticked")
    return " · ".join(
        QCoreApplication.translate("DetailText", "{label} ({severity}, caps {caps})").format(
            label=d.label, severity=d.severity, caps=d.caps
        )
        if d.severity
        else QCoreApplication.translate(
            "DetailText", "{label} (not in the checklist any more)"
        ).format(label=d.label)
        for d in unit.defects
    )


def route_line(detail: UnitDetail) -> str:
    insp = detail.inspection
    version = detail.rules_version or "—"
    if detail.assessment and detail.assessment.rule_version:
        version = f"v{detail.assessment.rule_version} ({version})"
    tote = (
        QCoreApplication.translate("DetailText", " · tote {tote}").format(tote=insp.tote)
        if insp.tote
        else ""
    )
    return QCoreApplication.translate(
        "DetailText", "{route} — rule {rule_id}: {rule_explanation} (rules {version}){tote}"
    ).format(
        route=route_words(insp.route) if insp.route else "—",
        rule_id=insp.rule_id or "—",
        rule_explanation=insp.rule_explanation or "",
        version=version,
        tote=tote,
    )


def status_words(view: RecommendationView) -> str:
    match view.status:
        case "pending":
            age = view.age.total_seconds() / 3600
            why = "; ".join(view.waits_because)
            return QCoreApplication.translate(
                "DetailText", "pending for {age:.0f} h, waits for a supervisor ({why})"
            ).format(age=age, why=why)
        case "released":
            return QCoreApplication.translate("DetailText", "released (no approval needed)")
        case _:
            note = f": {view.decision_note}" if view.decision_note else ""
            return QCoreApplication.translate(
                "DetailText", "{status} by {decided_by} {when}{note}"
            ).format(
                status=view.status,
                decided_by=view.decided_by,
                when=when(view.decided_at),
                note=note,
            )


def recommendation_line(detail: UnitDetail, currency: str) -> str:
    view = detail.recommendation
    if view is None:
        return QCoreApplication.translate(
            "DetailText",
            "none (unexpected return, or finished before the station recommended outcomes)",
        )
    return f"{outcome_text(view, currency)} · {status_words(view)}"


def deadline_line(view: RecommendationView | None, now: datetime, warn_hours: int) -> str:
    """ "Refund due by 4 Dec 23:59 Europe/Berlin (in 3 days) · may be withheld until …" """
    if view is None:
        return "—"
    zone = view.deadline.zone if view.deadline else None
    withheld = withholding_words(view.withheld, zone)
    if view.deadline is None:
        return QCoreApplication.translate(
            "DetailText", "no withdrawal notice recorded · {withheld}"
        ).format(withheld=withheld)
    return f"{deadline_words(view.deadline, now, warn_hours)[0]} · {withheld}"


CHANNEL_WORDS = {
    "button": QT_TRANSLATE_NOOP("DetailText", "withdrawal button"),
    "email": QT_TRANSLATE_NOOP("DetailText", "e-mail"),
    "letter": QT_TRANSLATE_NOOP("DetailText", "letter"),
    "phone": QT_TRANSLATE_NOOP("DetailText", "phone"),
}
INFORMED_WORDS = {
    True: QT_TRANSLATE_NOOP("DetailText", "yes"),
    False: QT_TRANSLATE_NOOP("DetailText", "NO: no deduction allowed"),
    None: QT_TRANSLATE_NOOP("DetailText", "not known"),
}


def withdrawal_line(facts: Withdrawal, currency: str) -> str:
    """The withdrawal as recorded: notice (when, how, acknowledgement), whether the consumer
    was informed of the right, the proof of sending, the delivery costs."""
    if not facts.known:
        return QCoreApplication.translate("DetailText", "nothing recorded")
    parts = []
    if facts.notice is not None:
        when_given = f"{i18n.day_time(facts.notice.local, year=True)} {facts.notice.zone}"
        parts.append(
            QCoreApplication.translate("DetailText", "notice {when}").format(when=when_given)
        )
    elif facts.notice_day is not None:
        parts.append(
            QCoreApplication.translate("DetailText", "notice {when}").format(
                when=i18n.short_day(facts.notice_day, year=True)
            )
        )
    if facts.channel:
        channel = CHANNEL_WORDS.get(facts.channel)
        parts.append(
            QCoreApplication.translate("DetailText", "by {channel}").format(
                channel=QCoreApplication.translate("DetailText", channel)
                if channel
                else facts.channel
            )
        )
    if facts.acknowledgement:
        parts.append(
            QCoreApplication.translate("DetailText", "ack {acknowledgement}").format(
                acknowledgement=facts.acknowledgement
            )
        )
    parts.append(
        QCoreApplication.translate("DetailText", "informed of the right: {informed}").format(
            informed=QCoreApplication.translate("DetailText", INFORMED_WORDS[facts.informed])
        )
    )
    if facts.sent is not None:
        sent = f"{i18n.day_time(facts.sent.local)} {facts.sent.zone}"
        if facts.proof:
            parts.append(
                QCoreApplication.translate("DetailText", "sent {when} ({proof})").format(
                    when=sent, proof=facts.proof
                )
            )
        else:
            parts.append(QCoreApplication.translate("DetailText", "sent {when}").format(when=sent))
    if facts.delivery_paid is not None:
        paid = money(facts.delivery_paid, currency)
        if facts.delivery_cheapest is not None:
            parts.append(
                QCoreApplication.translate(
                    "DetailText", "delivery paid {paid}, cheapest standard {cheapest}"
                ).format(paid=paid, cheapest=money(facts.delivery_cheapest, currency))
            )
        else:
            parts.append(
                QCoreApplication.translate("DetailText", "delivery paid {paid}").format(paid=paid)
            )
    return " · ".join(parts)


def shots_line(detail: UnitDetail) -> str:
    photos = len(detail.inspection.photos)
    text = QCoreApplication.translate("DetailText", "{photos} photo(s)").format(photos=photos)
    if detail.shots_missing:
        reason = detail.shots_missing_reason or ""
        text += QCoreApplication.translate(
            "DetailText", " · finished without {shots_missing}: “{reason}”"
        ).format(shots_missing=", ".join(detail.shots_missing), reason=reason)
    return text


def defect_rows(detail: UnitDetail) -> list[tuple[str, ...]]:
    unit = detail.assessment
    causes = {
        "handling": QCoreApplication.translate("DetailText", "use or handling"),
        "fault": QCoreApplication.translate("DetailText", "product fault"),
        "transit": QCoreApplication.translate("DetailText", "damage in transit"),
    }
    return [
        (
            d.label,
            d.severity or "?",
            d.caps,
            causes.get(d.cause, d.cause),
            f"−{d.deduct} %" if d.deduct else "",
        )
        for d in (unit.defects if unit else ())
    ]


def fact_rows(detail: UnitDetail) -> list[tuple[str, str]]:
    """The facts the route was decided on, as the bench recorded them."""
    unit = detail.assessment
    if unit is None:
        return [
            (
                QCoreApplication.translate("DetailText", "facts"),
                QCoreApplication.translate(
                    "DetailText", "not recorded: finished before assessments were kept"
                ),
            )
        ]
    days = unit.days_since_delivery
    return [
        (QCoreApplication.translate("DetailText", "checklist"), unit.checklist),
        (
            QCoreApplication.translate("DetailText", "return type"),
            return_type_words(unit.return_type) if unit.return_type else "—",
        ),
        (QCoreApplication.translate("DetailText", "stated reason"), unit.return_reason or "—"),
        (
            QCoreApplication.translate("DetailText", "days since delivery"),
            "—" if days is None else str(days),
        ),
        (
            QCoreApplication.translate("DetailText", "units missing from the parcel"),
            str(unit.missing_items),
        ),
        (
            QCoreApplication.translate("DetailText", "SKU flags"),
            ", ".join(unit.flags) or QCoreApplication.translate("DetailText", "none"),
        ),
        (
            QCoreApplication.translate("DetailText", "rules version"),
            f"v{unit.rule_version}" if unit.rule_version else "—",
        ),
    ]


def deduction_rows(detail: UnitDetail, currency: str) -> list[tuple[str, ...]]:
    """Deduction, per cent, amount, the handling beyond testing, the photos that show it;
    refused deductions with the reason instead of an amount."""
    view = detail.recommendation
    if view is None:
        return []
    rows: list[tuple[str, ...]] = [
        (
            str(d.get("label", d.get("defect", ""))),
            f"−{d['percent']} %",
            money(d["amount"], currency),
            str(d.get("handling") or ""),
            ", ".join(str(p)[:12] for p in d.get("photos", []))
            or QCoreApplication.translate("DetailText", "none"),
        )
        for d in view.deductions
    ]
    rows += [
        (
            str(d.get("label", d.get("defect", ""))),
            f"({d['percent']} %)",
            QCoreApplication.translate("DetailText", "refused"),
            QCoreApplication.translate(
                "DetailText",
                "the consumer was not informed of the right of withdrawal (art. 14(2))",
            ),
            ", ".join(str(p)[:12] for p in d.get("photos", [])),
        )
        for d in view.refused_deductions
    ]
    return rows or [(QCoreApplication.translate("DetailText", "no deduction"), "", "", "", "")]


def shop_rows(detail: UnitDetail) -> list[tuple[str, ...]]:
    """One row per delivery of each event the outbox wrote for the unit (or its return)."""
    rows: list[tuple[str, ...]] = []
    for event in detail.shop_events:
        if not event.deliveries:
            rows.append(
                (
                    when(event.created_at),
                    event.kind,
                    "—",
                    QCoreApplication.translate("DetailText", "kept: no connector"),
                    "",
                    "",
                )
            )
        for d in event.deliveries:
            if d.state == "delivered":
                said = (
                    QCoreApplication.translate("DetailText", "delivered {when}").format(
                        when=when(d.delivered_at)
                    )
                    if d.delivered_at
                    else QCoreApplication.translate("DetailText", "delivered")
                )
            elif d.state == "pending" and d.attempts and d.next_attempt_at is not None:
                said = QCoreApplication.translate(
                    "DetailText", "next try {when} · {last_error}"
                ).format(when=when(d.next_attempt_at), last_error=d.last_error or "")
            elif d.state in ("dead", "skipped"):
                who = f" ({d.decided_by})" if d.decided_by else ""
                said = f"{d.last_error or ''}{who}"
            elif d.state == "pending" and not d.attempts:
                said = QCoreApplication.translate(
                    "DetailText", "waits its turn (the events before it go first)"
                )
            else:
                said = d.last_error or ""
            rows.append(
                (when(event.created_at), event.kind, d.connector, d.state, str(d.attempts), said)
            )
    return rows
