"""Qt's translation machinery, wired to every layer of the app.

`install_translations()` loads the patient's language (ours from resources/translations, Qt's
own for standard buttons such as Save and Cancel) and points the domain's text and date hooks
at Qt, so validation messages, advice and chart labels are translated with the window.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from recovery_tracker.domain import text
from recovery_tracker.storage.resources import resource_path

CATALOGUE = "recovery_tracker"
_catalogue_loaded: list[bool] = []  # by install_translations: the patient's language is ours


def translations_dir() -> Path:
    return resource_path("translations")


def qt_date_format(style: text.DateStyle) -> str:
    """The Qt date format for ``style`` in the patient's language (for QDateEdit too)."""
    return text.translate("Dates", style.qt_format)


def qt_date(value: date, style: text.DateStyle) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), qt_date_format(style))


def connect_domain_to_qt() -> None:
    text.set_translator(QCoreApplication.translate)
    text.set_date_formatter(qt_date)


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load the translations for `locale` (the system's by default); returns those found."""
    locale = locale or QLocale()
    sources = [
        (folder or translations_dir(), CATALOGUE),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase"),
    ]
    loaded = []
    for directory, catalogue in sources:
        translator = QTranslator(app)  # parented: it must outlive this function
        if translator.load(locale, catalogue, "_", str(directory)):
            app.installTranslator(translator)
            loaded.append(translator)
            if catalogue == CATALOGUE:
                _catalogue_loaded.append(True)
        else:
            translator.deleteLater()
    connect_domain_to_qt()
    return loaded


_KEPT: list[QTranslator] = []  # the command line's translator, alive as long as the process


def use_translations_without_application(
    locale: QLocale | None = None, folder: Path | None = None
) -> bool:
    """For the command line, which has no QApplication to install a translator in: the
    domain's hook asks the loaded translator directly."""
    translator = QTranslator()
    where = folder or translations_dir()
    if not translator.load(locale or QLocale(), CATALOGUE, "_", str(where)):
        return False
    _KEPT.append(translator)

    def translated(context: str, source: str, disambiguation: str | None, n: int) -> str:
        found = translator.translate(context, source, disambiguation, n) or source
        return found.replace("%n", str(n)) if n >= 0 else found

    text.set_translator(translated)
    text.set_date_formatter(qt_date)
    return True


def locale_for_charts_without_qt() -> str | None:
    """For a process that draws the window's chart without loading Qt (ui/chart_process.py):
    None when no translation of ours is loaded and Qt writes every date as the domain's
    English does (the month and day names of this locale are English ones), so that process
    writes exactly what the window would; else the locale name it must load Qt for."""
    locale = QLocale()
    if _catalogue_loaded:
        return locale.name()
    # Every month, and every day of the week, in every style the charts may use.
    days = [date(2026, month, 1) for month in range(1, 13)]
    days += [date(2026, 11, day) for day in range(23, 30)]
    for style in text.DateStyle:
        for day in days:
            if qt_date(day, style) != text.english_date(day, style):
                return locale.name()
    return None
