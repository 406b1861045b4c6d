"""The daily PDF report: the dashboard's figures and charts on A4, for the day or one shift.

Text is set in DejaVu Sans (shipped with matplotlib, so always present) because the figures
use arrows, ≥ and the euro sign, which the PDF base fonts cannot show. Charts are the desk's
own figures, rendered at 200 dpi.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

import matplotlib
from matplotlib.figure import Figure
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
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

from db.audit_chain import last_link
from db.audit_head import Head
from inspect_station.app import i18n
from inspect_station.app.errors import KnownError
from inspect_station.app.i18n import _
from inspect_station.desk import charts, desk_config
from inspect_station.desk.dashboard import Dashboard, Group, dashboard, money, seconds
from inspect_station.labels.layout import route_words
from inspect_station.people import roles
from inspect_station.people.roles import Role

if TYPE_CHECKING:
    from inspect_station.app.context import Station

FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
WIDTH = A4[0] - 30 * mm
INK = colors.HexColor("#1f2933")
LINE = colors.HexColor("#cbd2d9")
ALERT = colors.HexColor("#b3261e")


def _fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=11, textColor=INK)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=16, leading=20),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4
        ),
        "body": body,
        "note": ParagraphStyle("note", parent=body, fontSize=7, leading=9, textColor=colors.grey),
        "cell": ParagraphStyle("cell", parent=body, fontSize=7.5, leading=9),
    }


def _table(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    flagged: Sequence[int] = (),
    text_columns: int = 1,
) -> Table:
    # A Paragraph cell wraps within its column; anything else is one line of text.
    cells = [[c if isinstance(c, Flowable) else str(c) for c in row] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 7.5),
        ("FONT", (0, 0), (-1, 0), BOLD, 7.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE),
        ("ALIGN", (text_columns, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    style += [("TEXTCOLOR", (0, r), (-1, r), ALERT) for r in flagged]
    table.setStyle(TableStyle(style))
    return table


def _chart(figure: Figure, width: float) -> Image:
    data = charts.png(figure)
    image = Image(io.BytesIO(data))
    scale = width / image.drawWidth
    image.drawWidth, image.drawHeight = width, image.drawHeight * scale
    return image


def _group_rows(
    groups: Sequence[Group], codes: Sequence[str], with_drift: bool
) -> tuple[list[list[object]], list[int]]:
    header: list[object] = ["", _("units"), _("units/h"), _("median"), "p90", _("overrides")]
    header += [_("drift")] if with_drift else []
    header += list(codes)
    rows, flagged = [header], []
    for g in groups:
        row: list[object] = [
            g.name + (" ⚠" if g.drifting else ""),
            g.units,
            i18n.number(g.units_per_hour, 1),
            seconds(g.median_s),
            seconds(g.p90_s),
            i18n.percent(g.override_rate, 1),
        ]
        row += [i18n.number(g.drift, 2) if g.drift is not None else "—"] if with_drift else []
        row += [i18n.percent(g.grades.get(c, 0) / g.units) if g.units else "—" for c in codes]
        if g.drifting:
            flagged.append(len(rows))
        rows.append(row)
    return rows, flagged


def _group_widths(grades: int, drift: bool) -> list[float]:
    """Name, units, units/h, median, p90, overrides, [drift], one column per grade."""
    return (
        [30 * mm, 12 * mm, 14 * mm, 15 * mm, 15 * mm, 17 * mm]
        + [14 * mm] * drift
        + [11 * mm] * grades
    )


def story(board: Dashboard, station_name: str) -> list[Flowable]:
    s = _styles()
    cur = board.config.currency
    team = board.team
    out: list[Flowable] = [
        Paragraph(_("Daily report — {label}").format(label=board.period.label), s["title"]),
        Paragraph(
            _("Returns dock, station {station_name}. Times in local time.").format(
                station_name=station_name
            ),
            s["note"],
        ),
        Spacer(1, 4 * mm),
    ]
    key: list[list[object]] = [
        [_("Units finished"), team.units, _("Value inspected"), money(board.value, cur)],
        [
            _("Units per hour"),
            i18n.number(team.units_per_hour, 1),
            _("Recovered value"),
            money(board.recovered, cur),
        ],
        [
            _("Median / p90 per unit"),
            f"{seconds(team.median_s)} / {seconds(team.p90_s)}",
            _("Processing cost"),
            money(board.cost, cur),
        ],
        [
            _("Override rate"),
            i18n.percent(team.override_rate, 1),
            _("Cost per unit"),
            money(board.cost_per_unit, cur),
        ],
        [
            _("Returns waiting"),
            board.waiting.total,
            _("Graders drifting"),
            sum(g.drifting for g in board.graders),
        ],
    ]
    heading: list[object] = [_("Key figures"), "", "", ""]
    out += [_table([heading, *key], [45 * mm, 40 * mm, 45 * mm, 40 * mm])]
    if not team.units:
        out.append(Paragraph(_("No units were finished in this period."), s["body"]))
    out += [Paragraph(_("Throughput"), s["h2"]), _chart(charts.hourly(board, 7, 2.2), WIDTH)]
    out += [Paragraph(_("Routes: units, recovered value and processing cost"), s["h2"])]
    route_rows: list[list[object]] = [
        [_("route"), _("units"), _("labels"), _("value"), _("recovered"), _("cost"), _("cost/unit")]
    ]
    route_rows += [
        [
            route_words(r.route),
            r.units,
            r.labels,
            money(r.value, cur),
            money(r.recovered, cur),
            money(r.cost.quantize(Decimal("0.01")), cur),
            money(r.cost_per_unit, cur),
        ]
        for r in board.routes
    ]
    out += [
        _chart(charts.routes(board, 7, 2.4), WIDTH),
        _table(route_rows, [28 * mm] + [24 * mm] * 6),
    ]
    out.append(
        Paragraph(
            _(
                "Cost: bench minutes × {money} + labels × {money2}. Recovered value: item value "
                "× the route's recovery rate."
            ).format(
                money=money(board.config.cost_per_bench_minute, cur),
                money2=money(board.config.cost_per_label, cur),
            ),
            s["note"],
        )
    )
    grader_rows, flagged = _group_rows(board.graders, board.grade_codes, True)
    out += [
        KeepTogether(
            [Paragraph(_("Graders"), s["h2"]), _chart(charts.grade_mix(board, 7, 3.4), WIDTH)]
        ),
        _table(grader_rows, _group_widths(len(board.grade_codes), True), flagged),
        Paragraph(
            _(
                "Grades as the grader gave them. ⚠: the grade mix differs from the rest of the "
                "team by more than {drift_threshold:.0%} (total variation distance), over at "
                "least {drift_min_units} units."
            ).format(
                drift_threshold=board.config.drift_threshold,
                drift_min_units=board.config.drift_min_units,
            ),
            s["note"],
        ),
    ]
    bench_rows, _drift = _group_rows(board.benches, board.grade_codes, False)
    out += [
        Paragraph(_("Benches"), s["h2"]),
        _table(bench_rows, _group_widths(len(board.grade_codes), False)),
    ]
    waiting_rows = [[_("waiting for"), _("returns")], *board.waiting.buckets]
    out += [
        KeepTogether(
            [
                Paragraph(_("Returns waiting now"), s["h2"]),
                _chart(charts.waiting(board, 7, 2.0), WIDTH),
                _table(waiting_rows, [40 * mm, 25 * mm]),
            ]
        )
    ]
    reason_rows: list[list[object]] = [
        [
            _("category"),
            _("stated reason"),
            _("units"),
            *(_("found {grade}").format(grade=c) for c in board.grade_codes),
        ]
    ]
    reason_rows += [
        [
            f.category,
            f.reason,
            f.units,
            *(i18n.percent(f.found.get(c, 0) / f.units) for c in board.grade_codes),
        ]
        for f in board.reasons
    ]
    out += [
        Paragraph(_("Stated reason against the grade found"), s["h2"]),
        _table(
            reason_rows, [24 * mm, 46 * mm, 14 * mm] + [16 * mm] * len(board.grade_codes), (), 2
        ),
    ]
    defect_rows: list[list[object]] = [
        [
            _("category"),
            _("stated reason"),
            _("assessed"),
            _("no defect"),
            Paragraph(_("<b>defects found (units)</b>"), s["cell"]),
        ]
    ]
    defect_rows += [
        [
            f.category,
            f.reason,
            f.assessed,
            i18n.percent(f.no_defect / f.assessed) if f.assessed else "—",
            Paragraph(", ".join(f"{label} ({n})" for label, n in f.defects[:4]) or "—", s["cell"]),
        ]
        for f in board.reasons
    ]
    out += [
        Paragraph(_("Stated reason against the defects found"), s["h2"]),
        _table(defect_rows, [24 * mm, 40 * mm, 16 * mm, 16 * mm, 84 * mm], (), 2),
        Paragraph(
            _(
                "Defects as the bench ticked them on the category's checklist; units finished "
                "before assessments were kept are not counted as assessed."
            ),
            s["note"],
        ),
    ]
    sku_rows: list[list[object]] = [
        [
            "SKU",
            _("category"),
            _("units"),
            Paragraph(_("<b>top reasons</b>"), s["cell"]),
            Paragraph(_("<b>defects found</b>"), s["cell"]),
        ]
    ]
    sku_rows += [
        [
            k.sku,
            k.category,
            k.units,
            Paragraph("; ".join(f"{r} ({n})" for r, n in k.reasons), s["cell"]),
            Paragraph("; ".join(f"{d} ({n})" for d, n in k.defects) or "—", s["cell"]),
        ]
        for k in board.skus
    ]
    out += [
        Paragraph(_("Most returned products"), s["h2"]),
        _table(sku_rows, [24 * mm, 20 * mm, 12 * mm, 62 * mm, 62 * mm], (), 2),
    ]
    return out


def anchor_paragraphs(head: Head | None) -> list[Flowable]:
    """The audit chain's head at the time of the report: on paper, out of reach of anyone who
    can edit the database or the bench's disk."""
    if head is None:
        return []
    s = _styles()
    return [
        Paragraph("Audit chain", s["h2"]),
        Paragraph(
            f"When this report was made the audit chain ended at link {head.seq:,}, "
            f"SHA-256 <font name='Courier'>{head.hash}</font>. Keep this page: "
            f"<font name='Courier'>inspect-station audit verify --anchor "
            f"{head.seq}:{head.hash[:16]}</font> checks that no audit row up to that link was "
            "changed, removed or added since.",
            s["note"],
        ),
    ]


def render(board: Dashboard, station_name: str, chain_head: Head | None = None) -> bytes:
    _fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=_("Daily report {label}").format(label=board.period.label),
        author="Inspect Station",
    )
    doc.build([*story(board, station_name), *anchor_paragraphs(chain_head)])
    return buffer.getvalue()


def write_report(station: Station, day: date, target: Path, *, shift: str | None = None) -> Path:
    """Build the report for ``day`` (and ``shift``) and write it atomically to ``target``.

    A supervisor's report: it shows each grader's speed and grade mix by name.
    """
    roles.require(station.user, Role.SUPERVISOR, _("Writing the daily report"))
    config = desk_config.load(station.settings)
    board = dashboard(station, config, desk_config.period(config, day, shift))
    with station.db.read() as session:
        head = last_link(session)
    data = render(board, station.bench, head)
    partial = target.with_name(f".{target.name}.part")
    try:
        partial.write_bytes(data)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KnownError(
            _("Could not write the report to {target}: {strerror}").format(
                target=target, strerror=exc.strerror or exc
            )
        ) from exc
    if head is not None:  # the bench's data folder keeps what the page shows
        # Named in no language: the anchor outlives the language the report was written in.
        period = board.period
        label = period.day.isoformat() + (f" {period.shift} shift" if period.shift else "")
        station.db.audit_chain.anchor_link(head, f"daily report {label}")
    return target
