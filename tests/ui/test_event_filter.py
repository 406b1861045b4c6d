"""An application-wide event filter must survive many thousands of events.

PySide6 6.12.0 under Python 3.11 drops a reference on each eventFilter() return and aborts
the process; this guards the version pin in pyproject.toml.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtCore import QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    class Filter(QObject):
        def eventFilter(self, watched, event):
            return False

    app = QApplication([])
    keep = Filter()
    app.installEventFilter(keep)
    widget = QWidget()
    widget.show()
    count = [0]

    def tick():
        count[0] += 1
        widget.update()
        if count[0] > 20000:
            app.quit()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(0)
    app.exec()
    print("survived", count[0])
    """
)


def test_application_event_filter_survives_many_events() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived 20001" in result.stdout
