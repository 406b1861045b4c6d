"""A unit's detail in words, for the desk's unit dialog: one line per fact, and table rows."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from inspect_station.rules.grades import GradeScale
from inspect_station.rules.outcomes import deadline_words, withholding_words
from inspect_station.rules.withdrawal import Withdrawal
from inspect_station.supervise.approvals import RecommendationView
from inspect_station.supervise.unit_detail import UnitDetail


def money(amount: Decimal | None, sign: str) -> str:
    return "—" if amount is None else f"{sign}{amount:,.2f}"


def percent(value: Decimal) -> str:
    """ "30" for 30.00, "12.5" for 12.50."""
    return f"{value.normalize():f}"


def outcome_text(view: RecommendationView, sign: str, *, with_delivery: bool = True) -> str:
    """ "Partial refund €63.92 (−20 %) + delivery €4.95", "Exchange refused → full refund
    €40.00" …"""
    words = {
        "full": f"Full refund {money(view.refund_amount, sign)}",
        "partial": f"Partial refund {money(view.refund_amount, sign)} "
        f"(−{percent(view.deduction_percent)} %)",
        "refuse": "Refuse the refund",
        "approve": "Approve the exchange",
        "repair": "Warranty: repair",
        "replace": "Warranty: replace",
        "reject": "Warranty: reject",
    }.get(view.outcome, view.outcome)
    if view.delivery_refund and with_delivery:
        words += f" + delivery {money(view.delivery_refund, sign)}"
    return f"Exchange refused → {words[0].lower()}{words[1:]}" if view.fallback else words


def when(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S") if moment else "—"


def receipt_line(detail: UnitDetail) -> str:
    unit = detail.assessment
    if unit is None:
        return "not recorded (finished before the station kept receipts)"
    parts = [unit.receipt_words]
    if unit.missing_items:
        parts.append(f"{unit.missing_items} other unit(s) of the return not in the parcel")
    if unit.flags:
        parts.append("SKU: " + ", ".join(unit.flags))
    return " · ".join(parts)


def grade_line(detail: UnitDetail, grades: GradeScale) -> str:
    insp, unit = detail.inspection, detail.assessment
    if insp.grade is None:
        return "— (nothing on the bench to grade)"
    name = grades.get(insp.grade).name if insp.grade in grades.codes else ""
    text = f"{insp.grade} {name}".strip()
    if detail.overrides:
        first = detail.overrides[0]
        text += f" · graded {first.grade_before} at the bench, changed by a supervisor"
    if unit is None:
        return text
    if unit.sealed and not unit.defects:
        return f"{text} · factory sealed"
    if unit.computed_grade is None:
        return f"{text} · given by key, no defect ticked"
    if unit.override_reason:
        return f"{text} · the checklist said {unit.computed_grade}: “{unit.override_reason}”"
    return f"{text} · as the checklist says"


def defects_line(detail: UnitDetail) -> str:
    unit = detail.assessment
    if unit is None:
        return "not recorded"
    if not unit.defects:
        return "none ticked"
    return " · ".join(
        f"{d.label} ({d.severity}, caps {d.caps})"
        if d.severity
        else f"{d.label} (not in the checklist any more)"
        for d in unit.defects
    )


def route_line(detail: UnitDetail) -> str:
    insp = detail.inspection
    version = detail.rules_version or "—"
    if detail.assessment and detail.assessment.rule_version:
        version = f"v{detail.assessment.rule_version} ({version})"
    tote = f" · tote {insp.tote}" if insp.tote else ""
    return (
        f"{insp.route or '—'} — rule {insp.rule_id or '—'}: {insp.rule_explanation or ''}"
        f" (rules {version}){tote}"
    )


def status_words(view: RecommendationView) -> str:
    match view.status:
        case "pending":
            age = view.age.total_seconds() / 3600
            why = "; ".join(view.waits_because)
            return f"pending for {age:.0f} h, waits for a supervisor ({why})"
        case "released":
            return "released (no approval needed)"
        case _:
            note = f": {view.decision_note}" if view.decision_note else ""
            return f"{view.status} by {view.decided_by} {when(view.decided_at)}{note}"


def recommendation_line(detail: UnitDetail, sign: str) -> str:
    view = detail.recommendation
    if view is None:
        return "none (unexpected return, or finished before the station recommended outcomes)"
    return f"{outcome_text(view, sign)} · {status_words(view)}"


def deadline_line(view: RecommendationView | None, now: datetime, warn_hours: int) -> str:
    """ "Refund due by 04 Dec 23:59 Europe/Berlin (in 3 days) · may be withheld until …" """
    if view is None:
        return "—"
    zone = view.deadline.zone if view.deadline else None
    withheld = withholding_words(view.withheld, zone)
    if view.deadline is None:
        return f"no withdrawal notice recorded · {withheld}"
    return f"{deadline_words(view.deadline, now, warn_hours)[0]} · {withheld}"


CHANNEL_WORDS = {
    "button": "withdrawal button",
    "email": "e-mail",
    "letter": "letter",
    "phone": "phone",
}


def withdrawal_line(facts: Withdrawal, sign: str) -> str:
    """The withdrawal as recorded: notice (when, how, acknowledgement), whether the consumer
    was informed of the right, the proof of sending, the delivery costs."""
    if not facts.known:
        return "nothing recorded"
    parts = []
    if facts.notice is not None:
        local = facts.notice.local
        parts.append(f"notice {local:%d %b %Y %H:%M} {facts.notice.zone}")
    elif facts.notice_day is not None:
        parts.append(f"notice {facts.notice_day:%d %b %Y}")
    if facts.channel:
        parts.append(f"by {CHANNEL_WORDS.get(facts.channel, facts.channel)}")
    if facts.acknowledgement:
        parts.append(f"ack {facts.acknowledgement}")
    informed = {True: "yes", False: "NO: no deduction allowed", None: "not known"}
    parts.append(f"informed of the right: {informed[facts.informed]}")
    if facts.sent is not None:
        by = f" ({facts.proof})" if facts.proof else ""
        parts.append(f"sent {facts.sent.local:%d %b %H:%M} {facts.sent.zone}{by}")
    if facts.delivery_paid is not None:
        cheapest = (
            f", cheapest standard {money(facts.delivery_cheapest, sign)}"
            if facts.delivery_cheapest is not None
            else ""
        )
        parts.append(f"delivery paid {money(facts.delivery_paid, sign)}{cheapest}")
    return " · ".join(parts)


def shots_line(detail: UnitDetail) -> str:
    photos = len(detail.inspection.photos)
    text = f"{photos} photo(s)"
    if detail.shots_missing:
        reason = detail.shots_missing_reason or ""
        text += f" · finished without {', '.join(detail.shots_missing)}: “{reason}”"
    return text


def defect_rows(detail: UnitDetail) -> list[tuple[str, ...]]:
    unit = detail.assessment
    causes = {"handling": "use or handling", "fault": "product fault", "transit": "transit"}
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
        return [("facts", "not recorded: finished before assessments were kept")]
    days = unit.days_since_delivery
    return [
        ("checklist", unit.checklist),
        ("return type", unit.return_type or "—"),
        ("stated reason", unit.return_reason or "—"),
        ("days since delivery", "—" if days is None else str(days)),
        ("units missing from the parcel", str(unit.missing_items)),
        ("SKU flags", ", ".join(unit.flags) or "none"),
        ("rules version", f"v{unit.rule_version}" if unit.rule_version else "—"),
    ]


def deduction_rows(detail: UnitDetail, sign: str) -> list[tuple[str, ...]]:
    """Deduction, per cent, amount, the handling beyond testing, the photos that show it;
    refused deductions with the reason instead of an amount."""
    view = detail.recommendation
    if view is None:
        return []
    rows: list[tuple[str, ...]] = [
        (
            str(d.get("label", d.get("defect", ""))),
            f"−{d['percent']} %",
            f"{sign}{d['amount']}",
            str(d.get("handling") or ""),
            ", ".join(str(p)[:12] for p in d.get("photos", [])) or "none",
        )
        for d in view.deductions
    ]
    rows += [
        (
            str(d.get("label", d.get("defect", ""))),
            f"({d['percent']} %)",
            "refused",
            "the consumer was not informed of the right of withdrawal (art. 14(2))",
            ", ".join(str(p)[:12] for p in d.get("photos", [])),
        )
        for d in view.refused_deductions
    ]
    return rows or [("no deduction", "", "", "", "")]


def shop_rows(detail: UnitDetail) -> list[tuple[str, ...]]:
    """One row per delivery of each event the outbox wrote for the unit (or its return)."""
    rows: list[tuple[str, ...]] = []
    for event in detail.shop_events:
        if not event.deliveries:
            rows.append((when(event.created_at), event.kind, "—", "kept: no connector", "", ""))
        for d in event.deliveries:
            if d.state == "delivered":
                said = f"delivered {when(d.delivered_at)}" if d.delivered_at else "delivered"
            elif d.state == "pending" and d.attempts and d.next_attempt_at is not None:
                said = f"next try {when(d.next_attempt_at)} · {d.last_error or ''}"
            elif d.state in ("dead", "skipped"):
                who = f" ({d.decided_by})" if d.decided_by else ""
                said = f"{d.last_error or ''}{who}"
            elif d.state == "pending" and not d.attempts:
                said = "waits its turn (the events before it go first)"
            else:
                said = d.last_error or ""
            rows.append(
                (when(event.created_at), event.kind, d.connector, d.state, str(d.attempts), said)
            )
    return rows
