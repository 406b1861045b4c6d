"""Colours and type for a bench screen read at arm's length."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from inspect_station.rules.palette import ROUTE_COLOURS, route_colour

__all__ = [
    "CODE_FIELD",
    "MESSAGE_COLOURS",
    "ROUTE_COLOURS",
    "STYLE_SHEET",
    "add_keyed_rows",
    "bench_style",
    "code_field",
    "heading",
    "message_line",
    "route_colour",
    "show_message",
]

MESSAGE_COLOURS = {
    "info": ("#1f2933", "#e4e7eb"),
    "ok": ("#ffffff", "#1b7f3b"),
    "warn": ("#1f2933", "#ffd166"),
    "error": ("#ffffff", "#b3261e"),
}

# The dynamic property that marks a field taking scanned codes (ui/scan_router.py).
CODE_FIELD = "scanTarget"

STYLE_SHEET = """
QWidget { font-size: 14px; }
QLineEdit#scanField { font-size: 20px; padding: 6px; }
QLabel#message { font-size: 16px; padding: 8px; border-radius: 4px; }
QLabel#lpn { font-size: 26px; font-weight: bold; font-family: monospace; }
QLabel#route { font-size: 34px; font-weight: bold; color: white; padding: 8px; border-radius: 4px; }
QLabel#heading { font-size: 12px; font-weight: bold; color: #52606d; text-transform: uppercase; }
QLabel#preview { background: #101418; color: #e4e7eb; }
QPushButton.grade { font-size: 16px; text-align: left; padding: 6px 10px; }
QWidget#signInPanel QLabel#signInTitle { font-size: 28px; font-weight: bold; padding: 12px; }
QWidget#signInPanel QLineEdit { font-size: 20px; padding: 6px; }
QWidget#signInPanel QLabel { font-size: 16px; }
QPushButton.grade:checked { background: #1f5fbf; color: white; font-weight: bold; }
QListWidget#checklist { font-size: 14px; }
QLabel#outcome { font-size: 16px; font-weight: bold; }
QLabel#outcomeReason { font-size: 12px; color: #3e4c59; }
QLabel#waits { font-size: 13px; font-weight: bold; color: #1f2933; background: #ffd166;
               padding: 3px 6px; border-radius: 4px; }
"""


def bench_style(percent: int) -> str:
    """The bench's own sizes at ``percent`` of the station's (``bench_text_pct``): the grade
    keys, the checklist and the decision, for a gloved worker reading at arm's length (the
    route's band is large already)."""
    if percent == 100:
        return ""

    def px(size: int) -> int:
        return round(size * percent / 100)

    return f"""
QPushButton.grade {{ font-size: {px(16)}px; min-height: {px(28)}px; padding: 6px 10px; }}
QListWidget#checklist {{ font-size: {px(14)}px; }}
QLabel#gradeLine {{ font-size: {px(14)}px; }}
QLabel#outcome {{ font-size: {px(16)}px; }}
QLabel#why {{ font-size: {px(14)}px; }}
"""


def code_field(field: QWidget, *, on_scan: str = "text") -> QWidget:
    """Mark ``field`` as one a scan goes into when the person is in it: ``on_scan`` "text"
    puts the code there, "enter" also acts on it as on Enter."""
    field.setProperty(CODE_FIELD, on_scan)
    return field


def heading(text: str) -> QLabel:
    """A small capitalised section title."""
    label = QLabel(text)
    label.setObjectName("heading")
    # A title wraps rather than widening its column: a long language must not push the window
    # past the bench's 1366 pixels.
    label.setWordWrap(True)
    return label


def show_message(label: QLabel, text: str, level: str, extra_style: str = "") -> None:
    """``text`` in ``label`` in the colours of ``level`` (info, ok, warn, error); the level
    is kept as the label's ``level`` property for tests and style rules."""
    fg, bg = MESSAGE_COLOURS[level]
    label.setText(text)
    label.setProperty("level", level)
    label.setStyleSheet(f"color: {fg}; background: {bg};{extra_style}")


def message_line() -> QLabel:
    """The line a screen speaks on (:func:`show_message` colours it), wrapping long text."""
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    return label


def add_keyed_rows(form: QFormLayout, rows: Iterable[tuple[str, QWidget]]) -> None:
    """Rows of ``form`` whose labels' underlined letter (``&``) moves to the field: Alt+letter."""
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
