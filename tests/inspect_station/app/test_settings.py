from __future__ import annotations

from pathlib import Path

import pytest

from inspect_station.app import settings
from inspect_station.app.errors import BadInput


def test_defaults_live_in_the_station_home(station_home: Path) -> None:
    config = settings.load()
    assert config.resolved_database_url == f"sqlite:///{station_home / 'inspect-station.sqlite3'}"
    assert config.resolved_labels_dir == station_home / "labels"


def test_only_overrides_are_saved(station_home: Path) -> None:
    path = settings.save(settings.Settings(bench="BENCH-12", label_dpi=300))
    assert path.read_text(encoding="utf-8").splitlines() == [
        'bench = "BENCH-12"',
        "label_dpi = 300",
    ]
    loaded = settings.load()
    assert (loaded.bench, loaded.label_dpi, loaded.operator) == ("BENCH-12", 300, "operator")


@pytest.mark.parametrize(
    ("content", "message"),
    [("label_dpi = 'high'", "'label_dpi' must be int"), ("bench = ", "not valid TOML")],
)
def test_bad_settings_are_refused(station_home: Path, content: str, message: str) -> None:
    station_home.mkdir(parents=True)
    (station_home / "settings.toml").write_text(content, encoding="utf-8")
    with pytest.raises(BadInput, match=message):
        settings.load()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"label_dpi": 200}, "200 dpi is not supported"),
        ({"label_stock": "A4"}, "Label stock 'A4' is unknown"),
        ({"jpeg_quality": 0}, "JPEG quality"),
        ({"bench": "  "}, "bench name"),
        ({"database_url": "postgresql+psycopg://db/returns"}, "give it its own bench name"),
        ({"database_statement_timeout": 0.2}, "statement timeout must be 1–3600 s"),
        ({"database_connect_timeout": 0.0}, "connect timeout must be 1–120 s"),
        ({"offline_bench": "sometimes"}, "offline_bench must be auto, on or off"),
        ({"offline_copy_days": 0}, "offline_copy_days and offline_copy_limit must be 1"),
        ({"offline_refresh_minutes": 0}, "offline_refresh_minutes must be 1 or more"),
    ],
)
def test_settings_the_station_cannot_work_with_are_refused(
    station_home: Path, changes: dict[str, object], message: str
) -> None:
    from inspect_station.app.startup import open_station

    with pytest.raises(BadInput, match=message):
        open_station(settings.Settings().replace(**changes))
    assert not (station_home / "photos").exists()
