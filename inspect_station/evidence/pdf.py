"""The evidence document as an A4 PDF (reportlab platypus), every sentence from :mod:`words`.

Set in DejaVu Sans (shipped with matplotlib, as the daily report is), the fingerprints in
DejaVu Sans Mono; photos are the store's 320-pixel thumbnails, four to a row.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC
from decimal import Decimal
from pathlib import Path

import matplotlib
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from inspect_station.app import i18n
from inspect_station.evidence.gather import PhotoEvidence, ReturnEvidence, UnitEvidence
from inspect_station.evidence.words import Words

FONT, BOLD, MONO = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono"
WIDTH = A4[0] - 30 * mm - 12  # the margins, and the frame's own padding of 6 points a side
INK = colors.HexColor("#1f2933")
LINE = colors.HexColor("#cbd2d9")
SOFT = colors.HexColor("#52606d")
PHOTO = (WIDTH - 9 * mm) / 4


def _fonts() -> None:
    if MONO in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in (FONT, BOLD, MONO):
        pdfmetrics.registerFont(TTFont(name, str(folder / f"{name}.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=12.5, textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11.5, leading=15, spaceBefore=9,
            spaceAfter=3,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=BOLD, fontSize=10, leading=13, spaceBefore=7,
            spaceAfter=2,
        ),
        "body": body,
        "note": ParagraphStyle("note", parent=body, fontSize=7.5, leading=9.5, textColor=SOFT),
        "cell": ParagraphStyle("cell", parent=body, fontSize=8, leading=10),
        "caption": ParagraphStyle("caption", parent=body, fontSize=7, leading=8.5, textColor=SOFT),
        "mono": ParagraphStyle("mono", parent=body, fontName=MONO, fontSize=6.2, leading=8.5),
    }  # fmt: skip


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)


def _table(rows: Sequence[Sequence[Flowable | str]], widths: Sequence[float]) -> Table:
    table = Table([list(row) for row in rows], colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 8),
                ("FONT", (0, 0), (-1, 0), BOLD, 8),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def render(
    evidence: ReturnEvidence, words: Words | None = None, *, invariant: bool = False
) -> bytes:
    """The document as PDF bytes; ``invariant``: the same evidence gives the same bytes (a
    fixed document id, and the file's dates are the moment it was prepared, not the clock's)."""
    _fonts()
    words = words or Words(i18n.catalog(), sign=evidence.sign, currency=evidence.currency)
    title = words.title(evidence.rma, evidence.units[0].lpn)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=evidence.produced_by,
        subject=words.heading("refund"),
        invariant=1 if invariant else None,
    )

    def footer(canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(SOFT)
        canvas.drawString(15 * mm, 9 * mm, words.page(title, document.page))
        canvas.restoreState()

    def first(canvas: Canvas, document: BaseDocTemplate) -> None:
        if invariant:  # reportlab dates an invariant file 2000-01-01: date it as prepared
            when = evidence.produced_at.astimezone(UTC)
            canvas._doc._timeStamp.YMDhms = when.timetuple()[:6]
        footer(canvas, document)

    doc.build(story(evidence, words, title), onFirstPage=first, onLaterPages=footer)
    return buffer.getvalue()


def story(evidence: ReturnEvidence, words: Words, title: str) -> list[Flowable]:
    s = _styles()
    out: list[Flowable] = [
        _p(title, s["title"]),
        _p(
            words.prepared(
                evidence.order_number, evidence.produced_at, evidence.produced_by, evidence.bench
            ),
            s["note"],
        ),
        Spacer(1, 2 * mm),
        _p(words.intro(), s["body"]),
    ]
    out += _withdrawal(evidence, words, s)
    out += _arrived(evidence, words, s)
    for number, unit in enumerate(evidence.units, start=1):
        out += _item(number, unit, words, s)
    out += _refund(evidence, words, s)
    out += _hashes(evidence, words, s)
    return out


def _withdrawal(
    evidence: ReturnEvidence, words: Words, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    facts = evidence.withdrawal
    lines = [words.notice(facts.notice, facts.notice_day, facts.channel)]
    if facts.acknowledgement:
        lines.append(words.acknowledgement(facts.acknowledgement))
    informed = words.informed(facts.informed)
    if informed:
        lines.append(informed)
    if facts.sent is not None:
        lines.append(words.sent(facts.sent, facts.proof))
    lines.append(words.reached(evidence.goods_received_at))
    deadline = evidence.deadline
    if deadline is not None:
        lines.append(words.due(deadline.last_moment, deadline.zone, evidence.refund_days))
    withheld = evidence.withheld
    if withheld is None:
        lines.append(words.withheld(None, None))
    else:
        zone = facts.sent.zone if withheld.because == "sent" and facts.sent else None
        lines.append(words.withheld(withheld.until, withheld.because, zone))
    return [_p(words.heading("withdrawal"), s["h2"]), *(_p(line, s["body"]) for line in lines)]


def _arrived(
    evidence: ReturnEvidence, words: Words, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    rows: list[list[Flowable | str]] = [[_p(h, s["cell"]) for h in words.arrived_header()]]
    for unit in evidence.units:
        rows.append(
            [
                _p(f"{unit.description or '—'} ({unit.sku or '—'})", s["cell"]),
                unit.lpn,
                words.money(unit.price),
                _p(words.receipt(unit.receipt), s["cell"]),
                _p(words.inspected(unit.operator, unit.finished_at), s["cell"]),
            ]
        )
    widths = [58 * mm, 32 * mm, 20 * mm, 30 * mm, WIDTH - 140 * mm]
    return [_p(words.heading("arrived"), s["h2"]), _table(rows, widths)]


def _item(
    number: int, unit: UnitEvidence, words: Words, s: dict[str, ParagraphStyle]
) -> list[Flowable]:
    head = [
        _p(words.item_heading(number, unit.description, unit.sku), s["h3"]),
        _p(
            words.inspection(unit.started_at, unit.bench, unit.operator, unit.finished_at),
            s["body"],
        ),
        _p(words.condition(unit.grade_name, unit.grade_description), s["body"]),
        _p(words.found(unit.defects), s["body"]),
    ]
    out: list[Flowable] = [KeepTogether(head)]
    out.append(_photos(unit.photos, words, s) if unit.photos else _p(words.no_photos(), s["note"]))
    rec = unit.recommendation
    if rec is None:
        return [*out, _p(words.no_decision(), s["body"])]
    if rec.deductions:
        rows: list[list[Flowable | str]] = [[_p(h, s["cell"]) for h in words.deduction_header()]]
        for d in rec.deductions:
            rows.append(
                [
                    _p(str(d.get("label", d.get("defect", ""))), s["cell"]),
                    _p(str(d.get("handling") or "—"), s["cell"]),
                    _p(words.deduction_amount(str(d["percent"]), str(d["amount"])), s["cell"]),
                    _p(
                        words.photos_named(unit.photo_numbers(list(d.get("photos", [])))), s["cell"]
                    ),
                ]
            )
        widths = [42 * mm, WIDTH - 104 * mm, 32 * mm, 30 * mm]
        out += [Spacer(1, 1.5 * mm), _table(rows, widths), _p(words.legal_basis(), s["note"])]
    if rec.refused_deductions:
        labels = [str(d.get("label", d.get("defect", ""))) for d in rec.refused_deductions]
        percent = min(
            sum((Decimal(str(d["percent"])) for d in rec.refused_deductions), Decimal(0)),
            Decimal(100),
        )
        out.append(_p(words.refused(labels, percent), s["body"]))
    lines = [words.outcome(rec.outcome, rec.refund_amount, unit.price, rec.deduction_percent)]
    if rec.outcome in ("refuse", "reject") or rec.status == "changed":
        lines.append(words.because(rec.reason))
    lines.append(words.decision(rec.status, rec.decided_by, rec.decided_at, rec.decision_note))
    out.append(_p(" ".join(lines), s["body"]))
    return out


def _photos(photos: Sequence[PhotoEvidence], words: Words, s: dict[str, ParagraphStyle]) -> Table:
    cells: list[Flowable] = []
    for photo in photos:
        caption = [words.photo_caption(photo.number, photo.shot, photo.taken_at)]
        if photo.defect:
            caption.append(words.shows(photo.defect))
        if photo.thumbnail is not None:
            image = Image(str(photo.thumbnail))
            scale = min(PHOTO / image.drawWidth, 34 * mm / image.drawHeight)
            image.drawWidth, image.drawHeight = image.drawWidth * scale, image.drawHeight * scale
            picture: Flowable = image
        else:
            picture = _p(words.photo_gone(photo.number, photo.purged_at), s["caption"])
        cells.append(Table([[picture], [_p(" · ".join(caption), s["caption"])]], colWidths=[PHOTO]))
    rows = [cells[i : i + 4] for i in range(0, len(cells), 4)]
    rows[-1] += [Spacer(1, 1)] * (4 - len(rows[-1]))
    grid = Table(rows, colWidths=[PHOTO + 2.25 * mm] * 4)
    grid.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    return grid


def _refund(evidence: ReturnEvidence, words: Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    out: list[Flowable] = [_p(words.heading("refund"), s["h2"])]
    items = evidence.items_refund
    if not items and not evidence.delivery_refund:
        return [*out, _p(words.nothing_refunded(), s["body"])]
    names = words.refund_rows()
    facts = evidence.withdrawal
    delivery = evidence.delivery_refund
    rows: list[list[Flowable | str]] = [
        [names["items"], words.money(items or Decimal(0)), ""],
        [
            names["delivery"],
            words.money(delivery),
            _p(words.delivery_note(facts.delivery_paid, facts.delivery_cheapest), s["cell"]),
        ],
        [names["total"], words.money((items or Decimal(0)) + delivery), ""],
    ]
    table = Table(rows, colWidths=[35 * mm, 28 * mm, WIDTH - 63 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 9),
                ("FONT", (0, 2), (1, 2), BOLD, 9),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEABOVE", (0, 2), (1, 2), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    out.append(table)
    if evidence.deadline is not None:
        out.append(
            _p(words.due_short(evidence.deadline.last_moment, evidence.deadline.zone), s["body"])
        )
    return out


def _hashes(evidence: ReturnEvidence, words: Words, s: dict[str, ParagraphStyle]) -> list[Flowable]:
    if not evidence.photos:
        return []
    rows: list[list[Flowable | str]] = [[_p(h, s["cell"]) for h in words.hashes_header()]]
    for unit, photo in evidence.photos:
        rows.append(
            [
                str(photo.number),
                unit.lpn,
                _p(words.moment(photo.taken_at), s["cell"]),
                _p(photo.sha256, s["mono"]),
                _p(words.file_state(photo.purged_at), s["cell"]),
            ]
        )
    # The hash at its own width (84 mm of monospace), the rest as the languages' words need:
    # "Zdjęcie" over the numbers, "conservada" or "zachowano" whole in the last column.
    widths = [13 * mm, 31 * mm, 26 * mm, 86.5 * mm, WIDTH - 156.5 * mm]
    return [
        _p(words.heading("hashes"), s["h2"]),
        _p(words.hashes_intro(), s["note"]),
        Spacer(1, 1.5 * mm),
        _table(rows, widths),
    ]
