"""The dashboard's charts as matplotlib figures: shown on the desk, printed in the report.

Figures are built with ``matplotlib.figure.Figure`` (never pyplot, which keeps global state),
so the desk embeds them in a Qt canvas and the report renders the same figure to PNG.
"""

from __future__ import annotations

import io

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from inspect_station.app.i18n import _
from inspect_station.desk.dashboard import Dashboard
from inspect_station.labels.layout import route_words
from inspect_station.rules.palette import route_colour

GRADE_COLOURS = ("#1b7f3b", "#7cb342", "#f2b01e", "#e8710a", "#b3261e", "#6b3fa0", "#52606d")
INK = "#1f2933"
MUTED = "#9aa5b1"
ALERT = "#b3261e"
TOP_GRADERS = 12


def _figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(width, height), layout="constrained")
    figure.set_facecolor("white")
    return figure


def _tidy(ax: Axes) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelsize=8)


def hourly(board: Dashboard, width: float = 6, height: float = 2.4) -> Figure:
    """Units finished in each hour of the period."""
    figure = _figure(width, height)
    ax = figure.add_subplot()
    hours = [f"{start:%H}" for start, _n in board.hourly]
    counts = [n for _start, n in board.hourly]
    ax.bar(range(len(hours)), counts, color="#1f5fbf", width=0.8)
    ax.set_xticks(range(len(hours)), hours)
    ax.set_title(_("Units finished per hour"), fontsize=10, color=INK, loc="left")
    ax.set_xlabel(_("hour (local time)"), fontsize=8, color=INK)
    _tidy(ax)
    return figure


def grade_mix(board: Dashboard, width: float = 6, height: float = 3.6) -> Figure:
    """Each grader's grades (as they graded) beside the team's; drifting graders in red."""
    figure = _figure(width, height)
    ax = figure.add_subplot()
    graders = list(board.graders[:TOP_GRADERS])
    rows = [board.team, *graders]
    names = [_("Team")] + [f"{g.name} ({g.units})" + (" ⚠" if g.drifting else "") for g in graders]
    y = list(range(len(rows)))[::-1]
    left = [0.0] * len(rows)
    for code, colour in zip(board.grade_codes, GRADE_COLOURS * 3, strict=False):
        shares = [g.grades.get(code, 0) / g.units if g.units else 0.0 for g in rows]
        ax.barh(y, shares, left=left, color=colour, label=code, height=0.7)
        left = [a + b for a, b in zip(left, shares, strict=True)]
    ax.set_yticks(y, names)
    for tick, row in zip(ax.get_yticklabels(), rows, strict=True):
        if row.drifting:
            tick.set_color(ALERT)
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    figure.legend(ncols=len(board.grade_codes), fontsize=7, loc="outside lower center")
    ax.set_title(
        _("Grade mix per grader (⚠ drift > {drift_threshold:.0%})").format(
            drift_threshold=board.config.drift_threshold
        ),
        fontsize=10,
        color=INK,
        loc="left",
    )
    _tidy(ax)
    return figure


def routes(board: Dashboard, width: float = 6, height: float = 2.6) -> Figure:
    """Units and recovered value per route."""
    figure = _figure(width, height)
    units_ax, value_ax = figure.subplots(1, 2)
    names = [route_words(r.route) for r in board.routes]
    colours = [route_colour(r.route) for r in board.routes]
    units_ax.bar(names, [r.units for r in board.routes], color=colours)
    units_ax.set_title(_("Units per route"), fontsize=10, color=INK, loc="left")
    value_ax.bar(names, [float(r.recovered) for r in board.routes], color=colours)
    value_ax.set_title(
        _("Recovered value ({currency})").format(currency=board.config.currency),
        fontsize=10,
        color=INK,
        loc="left",
    )
    for ax in (units_ax, value_ax):
        ax.tick_params(axis="x", labelrotation=30)
        _tidy(ax)
    return figure


def waiting(board: Dashboard, width: float = 6, height: float = 2.2) -> Figure:
    """Returns not yet received, by how long ago they were announced."""
    figure = _figure(width, height)
    ax = figure.add_subplot()
    labels = [label for label, _n in board.waiting.buckets]
    counts = [n for _label, n in board.waiting.buckets]
    colours = [MUTED] * (len(counts) - 1) + [ALERT]
    ax.bar(labels, counts, color=colours)
    ax.set_title(
        _("Returns waiting now: {total} ({in_progress} on a bench)").format(
            total=board.waiting.total, in_progress=board.waiting.in_progress
        ),
        fontsize=10,
        color=INK,
        loc="left",
    )
    _tidy(ax)
    return figure


def all_charts(board: Dashboard) -> dict[str, Figure]:
    return {
        "hourly": hourly(board),
        "grades": grade_mix(board),
        "routes": routes(board),
        "waiting": waiting(board),
    }


def png(figure: Figure, dpi: int = 200) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
