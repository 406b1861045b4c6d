"""The colour of each route, the same on the bench, the desk's charts and the daily report."""

from __future__ import annotations

ROUTE_COLOURS = {
    "restock": "#1b7f3b",
    "resale": "#1f5fbf",
    "repair": "#c77700",
    "recycle": "#6b3fa0",
    "quarantine": "#b3261e",
    "return-to-vendor": "#00796b",
    "donate": "#5d4037",
}
OTHER = "#52606d"


def route_colour(route: str | None) -> str:
    return ROUTE_COLOURS.get(route or "", OTHER)
