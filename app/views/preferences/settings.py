"""Waymark's preferences, typed: one enum per choice, read and written through QSettings.

Everything is stored with ``app.i18n_qt.settings()`` (on Linux ~/.config/Waymark/Waymark.conf)
as the enum's value, so the file stays readable and a value Waymark does not know (an older or
newer version's, a typo) reads as the default instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TypeVar

from app import i18n
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.i18n_qt import LANGUAGE_KEY, settings

THEME_KEY = "appearance/theme"
TEXT_SIZE_KEY = "board/text_size"
PAPER_KEY = "pdf/paper"
LAYOUT_KEY = "pdf/layout"

CONTEXT = "PreferencesChoices"


class Language(Enum):
    """The interface language; SYSTEM follows the desktop's locale (LANGUAGE, LC_*, LANG)."""

    SYSTEM = "system"
    ENGLISH = "en"
    GERMAN = "de"


class Theme(Enum):
    """The window's colours; SYSTEM follows the desktop's light or dark scheme."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class TextSize(Enum):
    """The cards' text on the board (exports keep the standard size)."""

    SMALL = "small"
    NORMAL = "normal"
    LARGE = "large"
    LARGER = "larger"


class Paper(Enum):
    """The PDF export's default paper (the names ``waymark export --paper`` takes)."""

    A4 = "A4"
    A3 = "A3"
    A2 = "A2"
    A1 = "A1"
    A0 = "A0"
    LETTER = "letter"
    TABLOID = "tabloid"


class PdfLayout(Enum):
    """The PDF export's default layout: one poster page per journey, or tiled pages."""

    POSTER = "poster"
    TILED = "tiled"


# Card text size in points at 96 dpi (the board's standard is app.theme.CARD_FONT_SIZE).
TEXT_POINTS = {TextSize.SMALL: 8.5, TextSize.NORMAL: 9.5, TextSize.LARGE: 11.0, TextSize.LARGER: 13.0}

LABELS: dict[Enum, str] = {
    Language.SYSTEM: QT_TRANSLATE_NOOP("PreferencesChoices", "System language"),
    Language.ENGLISH: "English",  # a language is named in itself
    Language.GERMAN: "Deutsch",
    Theme.SYSTEM: QT_TRANSLATE_NOOP("PreferencesChoices", "System"),
    Theme.LIGHT: QT_TRANSLATE_NOOP("PreferencesChoices", "Light"),
    Theme.DARK: QT_TRANSLATE_NOOP("PreferencesChoices", "Dark"),
    TextSize.SMALL: QT_TRANSLATE_NOOP("PreferencesChoices", "Small"),
    TextSize.NORMAL: QT_TRANSLATE_NOOP("PreferencesChoices", "Normal"),
    TextSize.LARGE: QT_TRANSLATE_NOOP("PreferencesChoices", "Large"),
    TextSize.LARGER: QT_TRANSLATE_NOOP("PreferencesChoices", "Larger"),
    Paper.A4: "A4",
    Paper.A3: "A3",
    Paper.A2: "A2",
    Paper.A1: "A1",
    Paper.A0: "A0",
    Paper.LETTER: QT_TRANSLATE_NOOP("PreferencesChoices", "Letter"),
    Paper.TABLOID: QT_TRANSLATE_NOOP("PreferencesChoices", "Tabloid"),
    PdfLayout.POSTER: QT_TRANSLATE_NOOP("PreferencesChoices", "Poster (one page per journey)"),
    PdfLayout.TILED: QT_TRANSLATE_NOOP("PreferencesChoices", "Tiled (pages of the paper size)"),
}
_NAMED_IN_ITSELF = {Language.ENGLISH, Language.GERMAN, Paper.A4, Paper.A3, Paper.A2, Paper.A1, Paper.A0}


def label(choice: Enum) -> str:
    """The choice's name in the session's language."""
    text = LABELS[choice]
    return text if choice in _NAMED_IN_ITSELF else translate(CONTEXT, text)


E = TypeVar("E", bound=Enum)


def _read(key: str, kind: type[E], default: E) -> E:
    value = settings().value(key, default.value)
    try:
        return kind(value)
    except ValueError:
        return default


def _write(key: str, choice: Enum) -> None:
    store = settings()
    store.setValue(key, choice.value)
    store.sync()


@dataclass(frozen=True)
class Preferences:
    """Every preference at once: what the dialog shows and saves."""

    language: Language = Language.SYSTEM
    theme: Theme = Theme.SYSTEM
    text_size: TextSize = TextSize.NORMAL
    paper: Paper = Paper.A4
    layout: PdfLayout = PdfLayout.POSTER


def load() -> Preferences:
    language = _read(LANGUAGE_KEY, Language, Language.SYSTEM)
    if language is not Language.SYSTEM and language.value not in i18n.LANGUAGES:
        language = Language.SYSTEM
    return Preferences(
        language=language,
        theme=_read(THEME_KEY, Theme, Theme.SYSTEM),
        text_size=_read(TEXT_SIZE_KEY, TextSize, TextSize.NORMAL),
        paper=_read(PAPER_KEY, Paper, Paper.A4),
        layout=_read(LAYOUT_KEY, PdfLayout, PdfLayout.POSTER),
    )


def save(prefs: Preferences) -> None:
    for key, choice in (
        (LANGUAGE_KEY, prefs.language),
        (THEME_KEY, prefs.theme),
        (TEXT_SIZE_KEY, prefs.text_size),
        (PAPER_KEY, prefs.paper),
        (LAYOUT_KEY, prefs.layout),
    ):
        _write(key, choice)


def theme() -> Theme:
    return _read(THEME_KEY, Theme, Theme.SYSTEM)


def text_size() -> TextSize:
    return _read(TEXT_SIZE_KEY, TextSize, TextSize.NORMAL)


def default_paper() -> Paper:
    return _read(PAPER_KEY, Paper, Paper.A4)


def default_layout() -> PdfLayout:
    return _read(LAYOUT_KEY, PdfLayout, PdfLayout.POSTER)
