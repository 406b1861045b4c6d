"""Screenshot of a bench whose own rule file is stored but not active (docs/screenshots/).

Run under a real X server (e.g. ``xvfb-run -s "-screen 0 1366x768x24"``) or offscreen:
    INSPECT_STATION_HOME=/tmp/shots .venv/bin/python scripts/rules_screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import application, wait

from inspect_station.app import settings
from inspect_station.app.resources import resource
from inspect_station.app.startup import open_station
from inspect_station.demo import sample
from inspect_station.people import users
from ui.app import build_window


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    root = settings.data_dir() / "demo"
    config = sample.demo_settings(settings.Settings(), root)
    first = open_station(config)  # the site's first start: the shipped rules are version 1
    sample.seed(first.db, today=first.clock().astimezone().date())
    users.seed(first, [users.check_new_user(*person) for person in sample.DEMO_PEOPLE])
    first.close()
    # Someone edits this bench's rule file: at its next start the file is stored, not active.
    edited = root / "edited-rules.toml"
    text = resource("rules.toml").read_text(encoding="utf-8")
    edited.write_text(text.replace("min_value = 25", "min_value = 30", 1), encoding="utf-8")
    app = application()
    station = open_station(config.replace(rules_file=str(edited)))
    window = build_window(app, station)
    window.show()
    window.start()
    wait(1500)
    window.sign_in.handle_badge("DEMO-OPERATOR")
    window.sign_in.pin.setText("1111")
    window.sign_in.pin.returnPressed.emit()
    wait(1200)
    window.grab().save(str(out / "rules-waiting.png"))
    window.shutdown()
    station.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
