"""Every screen at 1366×768 and 1920×1080: it fits, and no label that matters is cut short.

Each screen is filled as at work (a parcel open at the bench with photos, a day in history, a
queue of approvals, …), shown at both sizes with the station's style, saved as a PNG (into
``$INSPECT_STATION_SHOTS`` when set, to be looked at) and checked: the window needs no more
than the screen, no visible one-line label is wider than its room (Qt would clip it), and the
cells of the columns that matter show their whole text.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from inspect_station.app import i18n
from inspect_station.app.context import Station
from inspect_station.bench import inspection, scanning
from inspect_station.people.roles import Role, User
from tests.helpers import seed_people, sign_in_as
from tests.inspect_station.bench.test_inspection import frame
from tests.inspect_station.desk_data import finish_units
from tests.ui.conftest import MakeWindow
from ui import translations
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET

WAIT = 10_000
SIZES = [(1366, 768), (1920, 1080)]
# Columns whose whole text must show (by header title); the rest may elide into a tooltip.
IMPORTANT_COLUMNS = {"LPN", "Grade", "Route", "Reason", "Item", "Goes to", "Qty", "Here"}


@pytest.fixture
def styled(qapp: QApplication) -> Iterator[None]:
    """The station's own style and type sizes, as ui.app sets them."""
    style, sheet = qapp.style().name(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setStyleSheet(STYLE_SHEET)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("INSPECT_STATION_SHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def cut_labels(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons whose text is wider than the room they have."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text():
                continue
            shown = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            lines = shown.split("\n")
            room = widget.contentsRect().width() - 2 * widget.margin() - widget.indent()
            need = max(widget.fontMetrics().horizontalAdvance(line) for line in lines)
            if need > room + 1:
                cut.append(f"label {widget.objectName() or widget.text()[:40]!r}: {need} > {room}")
        elif isinstance(widget, QPushButton) and widget.text():
            need = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            if need > widget.contentsRect().width():
                cut.append(f"button {widget.text()[:40]!r}: {need} > {widget.width()}")
        elif (
            isinstance(widget, QLineEdit)
            and (widget.text() or widget.placeholderText())
            and not widget.objectName().startswith("qt_")  # a spin box's or combo's own editor
            # A field whose text is taller than the field shows it clipped top and bottom.
            and widget.fontMetrics().height() > widget.height() - 2
        ):
            cut.append(f"field {widget.objectName()!r}: text taller than the field")
    return cut


def cut_cells(root: QWidget) -> list[str]:
    """Tables and lists that hide what they hold: columns behind a scroll bar, defects below
    the checklist's bottom, cells of the important columns whose text does not fit."""
    cut = []
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None:
            continue
        name = view.objectName() or str(view.model().headerData(0, Qt.Orientation.Horizontal))
        if view.horizontalScrollBar().maximum() > 0:
            cut.append(f"{name!r}: columns or text hidden behind a scroll bar")
        if view.objectName() == "checklist" and view.verticalScrollBar().maximum() > 0:
            cut.append("the checklist: defects hidden below its bottom")
        if isinstance(view, QTableView):
            cut += _cut_cells_of(view)
    return cut


def _cut_cells_of(view: QTableView) -> list[str]:
    cut = []
    model = view.model()
    # What Qt leaves either side of a cell's text (QCommonStyle's item view text margin).
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = view.fontMetrics()
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        if title not in _important_titles() or view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        for row in range(min(model.rowCount(), 30)):
            text = str(model.index(row, column).data() or "")
            if view.wordWrap():  # wrapped: the lines it takes must fit the row's height
                room = QRect(0, 0, width - 2 * margin, 10_000)
                tall = metrics.boundingRect(room, int(Qt.TextFlag.TextWordWrap), text).height()
                if tall > view.rowHeight(row):
                    cut.append(f"{title!r} row {row}: {text[:40]!r} is {tall} px tall")
                continue
            need = metrics.horizontalAdvance(text) + 2 * margin
            if need > width:
                cut.append(f"{title!r} row {row}: {text[:40]!r} needs {need} > {width}")
    return cut


def _important_titles() -> set[str]:
    """The important columns' titles as the window shows them, in its language."""
    return IMPORTANT_COLUMNS | {QCoreApplication.translate("Columns", t) for t in IMPORTANT_COLUMNS}


def check(window: MainWindow, screen: QWidget, name: str, size: tuple[int, int], out: Path) -> None:
    window.resize(*size)
    QApplication.processEvents()
    QApplication.processEvents()
    window.grab().save(str(out / f"{name}-{size[0]}x{size[1]}.png"))
    hint = window.minimumSizeHint()
    assert hint.width() <= size[0], f"{name} needs {hint.width()} px across"
    assert hint.height() <= size[1], f"{name} needs {hint.height()} px down"
    assert (window.width(), window.height()) == size
    labels, cells = cut_labels(screen), cut_cells(screen)
    assert not labels, f"{name} at {size}: " + "\n".join(labels)
    assert not cells, f"{name} at {size}: " + "\n".join(cells)


@pytest.fixture
def supervisor_window(make_window: MakeWindow, station: Station, styled: None) -> MainWindow:
    seed_people(station, ("sam",))
    sign_in_as(station, "sam")
    return make_window()


# The bench's text size a screen holds whole: 115 % on 1366×768, 150 % on 1920×1080.
BENCH_SIZES = [((1366, 768), 100), ((1366, 768), 115), ((1920, 1080), 100), ((1920, 1080), 150)]


@pytest.mark.parametrize(
    ("size", "percent"),
    BENCH_SIZES,
    ids=lambda v: f"{v[0]}x{v[1]}" if isinstance(v, tuple) else f"{v}pct",
)
def test_the_bench_with_a_parcel_open_fits(
    qtbot: QtBot,
    make_window: MakeWindow,
    styled: None,
    station: Station,
    size: tuple[int, int],
    percent: int,
    tmp_path: Path,
) -> None:
    station.settings = station.settings.replace(bench_text_pct=percent)
    seed_people(station, ("sam",))
    sign_in_as(station, "sam")
    window = make_window()
    opened = scanning.scan(station, _rma_with_long_names(station))
    assert isinstance(opened, scanning.Opened)
    inspection.add_camera_photo(station, opened.inspection.id, frame())
    window.bench.resume()
    qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)
    qtbot.keyClick(window.bench, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: window.bench.grade == "B", timeout=WAIT)
    check(window, window.bench, f"bench-{percent}pct", size, shots_dir(tmp_path))
    grade_key = window.bench.grading._buttons["B"]
    assert grade_key.font().pixelSize() == round(16 * percent / 100)  # the bench's text size


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_desk_screens_fit(
    qtbot: QtBot,
    supervisor_window: MainWindow,
    station: Station,
    clock: object,
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    window = supervisor_window
    user = station.user
    finish_units(station, clock)  # type: ignore[arg-type]
    station.change_shift(user=user)
    out = shots_dir(tmp_path)
    window.show_history()
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=WAIT)
    check(window, window.desk, "desk-history", size, out)
    desk = window.desk
    desk.tabs.setCurrentWidget(desk.dashboard)
    qtbot.waitUntil(lambda: desk.dashboard.status.text() not in ("", "Loading…"), timeout=WAIT)
    check(window, window.desk, "desk-dashboard", size, out)
    desk.tabs.setCurrentWidget(desk.labels)
    qtbot.waitUntil(lambda: desk.labels.table.rowCount() > 0, timeout=WAIT)
    check(window, window.desk, "desk-labels", size, out)
    desk.tabs.setCurrentWidget(window.approvals)
    qtbot.waitUntil(lambda: "waiting" in window.approvals.message.text(), timeout=WAIT)
    check(window, window.desk, "desk-approvals", size, out)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_lock_screen_fits(
    qtbot: QtBot,
    supervisor_window: MainWindow,
    station: Station,
    size: tuple[int, int],
    tmp_path: Path,
) -> None:
    window = supervisor_window
    window.lock_now()
    window.sign_in.badge.setText("DEMO-SUPERVISOR-0042")
    check(window, window.sign_in, "sign-in", size, shots_dir(tmp_path))


def _rma_with_long_names(station: Station) -> str:
    from sqlalchemy import func, select

    from db.models.returns import ExpectedReturn, ExpectedReturnLine

    with station.db.read() as session:
        rma = session.scalars(
            select(ExpectedReturn.rma)
            .join(ExpectedReturnLine)
            .where(ExpectedReturn.status == "open")
            .order_by(func.length(ExpectedReturnLine.description).desc(), ExpectedReturn.id)
        ).first()
    assert rma is not None
    return rma


# Every language the station speaks: the bench and the desk must hold each whole at 1366×768.
LANGUAGES = ["de", "fr", "nl", "es", "it", "pl"]


@pytest.fixture(params=LANGUAGES)
def speaking(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window's and the core's translators installed before the window is built."""
    installed = translations.install(qapp, i18n.activate(request.param))
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install(qapp, i18n.activate("en"))


def test_the_bench_fits_in_other_languages(
    qtbot: QtBot,
    speaking: str,
    make_window: MakeWindow,
    styled: None,
    station: Station,
    tmp_path: Path,
) -> None:
    seed_people(station, ("sam",))
    sign_in_as(station, "sam")
    window = make_window()
    opened = scanning.scan(station, _rma_with_long_names(station))
    assert isinstance(opened, scanning.Opened)
    inspection.add_camera_photo(station, opened.inspection.id, frame())
    window.bench.resume()
    qtbot.waitUntil(lambda: window.bench.inspection is not None, timeout=WAIT)
    qtbot.keyClick(window.bench, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: window.bench.grade == "B", timeout=WAIT)
    check(window, window.bench, f"bench-{speaking}", (1366, 768), shots_dir(tmp_path))


def test_the_desk_screens_fit_in_other_languages(
    qtbot: QtBot,
    speaking: str,
    make_window: MakeWindow,
    styled: None,
    station: Station,
    clock: object,
    tmp_path: Path,
) -> None:
    seed_people(station, ("sam",))
    sign_in_as(station, "sam")
    window = make_window()
    user = station.user
    finish_units(station, clock)  # type: ignore[arg-type]
    station.change_shift(user=user)
    out, size = shots_dir(tmp_path), (1366, 768)
    window.show_history()
    qtbot.waitUntil(lambda: window.history.model.rowCount() > 0, timeout=WAIT)
    check(window, window.desk, f"desk-history-{speaking}", size, out)
    desk = window.desk
    desk.tabs.setCurrentWidget(desk.dashboard)
    loading = QCoreApplication.translate("DashboardScreen", "Loading…")
    qtbot.waitUntil(lambda: desk.dashboard.status.text() not in ("", loading), timeout=WAIT)
    check(window, window.desk, f"desk-dashboard-{speaking}", size, out)
    desk.tabs.setCurrentWidget(desk.labels)
    qtbot.waitUntil(lambda: desk.labels.table.rowCount() > 0, timeout=WAIT)
    check(window, window.desk, f"desk-labels-{speaking}", size, out)
    desk.tabs.setCurrentWidget(window.approvals)
    qtbot.waitUntil(lambda: window.approvals.model.rowCount() > 0, timeout=WAIT)
    check(window, window.desk, f"desk-approvals-{speaking}", size, out)


_ = User, Role  # the desk is seen as a supervisor sees it
