"""The window in another language: the station's translators and Qt's own are installed before
the window is built, and what it shows comes from the catalogs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from inspect_station.app import i18n
from tests.ui.conftest import MakeWindow
from ui import translations


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    installed = translations.install(qapp, i18n.activate("de"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    translations.install(qapp, i18n.activate("en"))


def test_the_station_and_qt_have_a_catalog_for_every_language(qapp: QApplication) -> None:
    for language in sorted(set(i18n.LANGUAGES) - {"en"}):
        installed = translations.install(qapp, language)
        try:
            assert len(installed) == 2, language  # the station's .qm and Qt's qtbase
        finally:
            for translator in installed:
                qapp.removeTranslator(translator)
    assert translations.install(qapp, "en") == []


@pytest.mark.usefixtures("german")
def test_the_window_speaks_german(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.sign_in.badge.placeholderText() == "Ausweis scannen oder seinen Code eingeben"
    bench = window.bench
    assert bench.unexpected_button.text() == "[U]  Als unerwartete Retoure annehmen"
    assert bench.grading.confirm.text().startswith("[F10]  Bestätigen")
    # The history's column titles come from the catalog, the core's messages from gettext.
    model = window.history.model
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles[:4] == ["Abschluss", "LPN", "Prüfplatz", "Prüfer"]
    # Qt's own buttons speak the language too (qtbase_de.qm).
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QCoreApplication.translate("BenchScreen", "Scan a parcel to start.") == (
        "Paket scannen, um zu beginnen."
    )
