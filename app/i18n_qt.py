"""Loads the session's catalogues: Waymark's own (resources/translations/waymark_<lang>.qm,
built from the .ts sources by ``scripts/translations.py build``) and Qt's ``qtbase_<lang>.qm``
for the standard dialogs' buttons.

The language is, first to last: an explicit choice (tests, ``WAYMARK_LANGUAGE``), the
Preferences setting, the system locale. The CLI and the window use the same catalogue, so a
German session's error lines are German too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from app import i18n
from app.models.paths import resources_dir

LANGUAGE_KEY = "general/language"  # QSettings: "system" or a code in i18n.LANGUAGES

_loaded: dict[str, QTranslator] = {}  # kept alive: Qt does not own installed translators


def catalogue_dir() -> Path:
    return resources_dir() / "translations"


def settings() -> QSettings:
    """Waymark's settings (on Linux ~/.config/Waymark/Waymark.conf), with or without an application."""
    return QSettings("Waymark", "Waymark")


def preferred_language() -> str:
    """The language setting ("system" when never chosen)."""
    value = settings().value(LANGUAGE_KEY, "system")
    return value if isinstance(value, str) and (value == "system" or value in i18n.LANGUAGES) else "system"


def install_translations(choice: str | None = None) -> str:
    """Load and install the catalogues for the session's language; returns its code.

    Safe to call again (Preferences): the previous catalogues are removed first. Without a
    QCoreApplication the translators still serve ``app.i18n.translate`` (the CLI's words).
    """
    language = i18n.resolve_language(choice, preferred_language())
    app = QCoreApplication.instance()
    for translator in _loaded.values():
        if app is not None:
            app.removeTranslator(translator)
    _loaded.clear()
    if language == i18n.SOURCE_LANGUAGE:
        i18n.install(None, language)
        return language
    own = QTranslator()
    if not own.load(str(catalogue_dir() / f"waymark_{language}.qm")):
        i18n.install(None, i18n.SOURCE_LANGUAGE)  # no catalogue built: English, not half a language
        return i18n.SOURCE_LANGUAGE
    _loaded["waymark"] = own
    qt_own = QTranslator()
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        _loaded["qtbase"] = qt_own
    if app is not None:
        for translator in _loaded.values():
            app.installTranslator(translator)
    i18n.install(lambda context, text: own.translate(context, text) or text, language)
    QLocale.setDefault(QLocale(language))
    return language


def attach(app: QCoreApplication) -> None:
    """Install already-loaded catalogues into an application created after them."""
    for translator in _loaded.values():
        app.installTranslator(translator)


def install_catalogue(qm: Path, language: str = i18n.SOURCE_LANGUAGE) -> None:
    """Install one compiled catalogue as Waymark's (the pseudo-locale test's long strings)."""
    install_translations(i18n.SOURCE_LANGUAGE)
    own = QTranslator()
    if not own.load(str(qm)):
        raise FileNotFoundError(qm)
    _loaded["waymark"] = own
    app = QCoreApplication.instance()
    if app is not None:
        app.installTranslator(own)
    i18n.install(lambda context, text: own.translate(context, text) or text, language)
