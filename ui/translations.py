"""The window's language: Qt's translators for the station's own texts and for Qt's (buttons
of standard dialogs, context menus), and the locale Qt formats dates and numbers with.

The texts are marked with ``self.tr`` in a QObject, ``QCoreApplication.translate(context, …)``
elsewhere, and :func:`QT_TRANSLATE_NOOP` where a table of words is written before it is shown;
``pyside6-lupdate`` finds them (``scripts/translations.py``), translators fill the
``resources/translations/inspect_station_<lang>.ts`` files and ``pyside6-lrelease`` compiles them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspect_station.app import i18n
from inspect_station.app.resources import resource

CATALOG = "inspect_station"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the translators in ``context``; translated where it is shown with
    ``QCoreApplication.translate(context, text)``. (PySide6's own returns ``object``.)"""
    del context
    return text


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` (a code of :data:`i18n.LANGUAGES`) on ``app``;
    returns them (the application does not own them: keep them as long as it runs)."""
    QLocale.setDefault(QLocale(language))
    installed: list[QTranslator] = []
    if language == i18n.SOURCE_LANGUAGE:
        return installed
    folders = (
        (CATALOG, str(resource("translations"))),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, folder in folders:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
