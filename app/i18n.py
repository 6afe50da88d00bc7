"""Translated words for every layer, without Qt.

Models, exporters and importers may not import Qt, yet a German session needs German
template names, PDF titles and error messages from them. So the lookup is a plain function
whose backend the entry points install (``app.i18n_qt`` hands it a QTranslator); until
then, and in the tests, every text is its English source.

Mark texts with literal strings only, so ``pyside6-lupdate`` finds them:
``translate("Context", "Saved {name}").format(name=...)``, never an f-string (tests
refuse one). A text that must exist before the language is known (a module-level table)
is marked with ``QT_TRANSLATE_NOOP("Context", "…")`` and translated where it is shown.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import NamedTuple

# The languages Waymark has a catalogue for; English is the source language.
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch"}
SOURCE_LANGUAGE = "en"

Backend = Callable[[str, str], str]

_state: dict[str, object] = {"backend": None, "language": SOURCE_LANGUAGE}


def translate(context: str, text: str) -> str:
    """``text`` in the session's language; the English source when no translation exists."""
    backend = _state["backend"]
    if backend is None:
        return text
    found = backend(context, text)  # type: ignore[operator]
    return found if isinstance(found, str) and found else text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for the catalogue; translate it with ``translate(context, text)`` when shown."""
    del context
    return text


def install(backend: Backend | None, language: str) -> None:
    """Make ``backend`` the lookup for ``language`` (None: English sources)."""
    _state["backend"] = backend
    _state["language"] = language if language in LANGUAGES else SOURCE_LANGUAGE


def current_language() -> str:
    """The code of the session's language ("en", "de")."""
    return str(_state["language"])


def supported(code: str | None) -> str | None:
    """The catalogue for a locale name ("de_DE.UTF-8", "de-AT", "en"), or None."""
    if not code:
        return None
    base = code.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the environment asks for, in gettext's order: LANGUAGE, LC_ALL, LC_MESSAGES, LANG.

    LANGUAGE is a list of preferences ("de:en"); the first supported one wins. "C" and
    "POSIX" mean English. A locale Waymark has no catalogue for falls back to English.
    """
    env = os.environ if environ is None else environ
    lc_all = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if lc_all.split(".")[0] in ("C", "POSIX"):
        return SOURCE_LANGUAGE  # gettext ignores LANGUAGE under the C locale
    for name in (env.get("LANGUAGE") or "").split(":"):
        found = supported(name)
        if found:
            return found
    return supported(lc_all) or SOURCE_LANGUAGE


def resolve_language(choice: str | None, preference: str | None, environ: Mapping[str, str] | None = None) -> str:
    """First to last: an explicit choice, ``WAYMARK_LANGUAGE``, the Preferences setting, the system."""
    env = os.environ if environ is None else environ
    for wanted in (choice, env.get("WAYMARK_LANGUAGE"), preference):
        if wanted and wanted != "system":
            found = supported(wanted)
            if found:
                return found
    return system_language(env)


def settings_file_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The Preferences language read from QSettings' file without starting Qt (the CLI's start
    stays ~0.1 s faster). Linux and other XDG systems only; elsewhere the system locale rules."""
    import configparser
    from pathlib import Path

    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME") or str(Path(env.get("HOME") or Path.home()) / ".config")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(Path(base) / "Waymark" / "Waymark.conf", encoding="utf-8")
        return parser.get("general", "language", fallback=None)
    except (OSError, configparser.Error, UnicodeDecodeError):
        return None


class Formats(NamedTuple):
    """How a language writes numbers and dates: its thousands separator, its decimal mark, what
    goes before a percent sign (German "15 %"), and a date's order."""

    thousands: str
    decimal: str
    percent_gap: str
    date: str  # from {y}, {m}, {d}


FORMATS: dict[str, Formats] = {
    "en": Formats(",", ".", "", "{y}-{m}-{d}"),
    "de": Formats(".", ",", " ", "{d}.{m}.{y}"),
}


def localized(text: str) -> str:
    """A number Python wrote ("12,345.6") as the session's language writes it ("12.345,6")."""
    numbers = FORMATS[current_language()]
    return text.replace(",", "\0").replace(".", numbers.decimal).replace("\0", numbers.thousands)


def grouped(n: int) -> str:
    """A whole number with the session's thousands separator: 12,345 (German 12.345)."""
    return localized(f"{n:,}")


def decimal(value: float, places: int) -> str:
    """A number with ``places`` decimals and the session's decimal mark: 3.5 (German 3,5)."""
    return localized(f"{value:.{places}f}")


def percent_sign() -> str:
    """What goes between a number and "%" in the session's language."""
    return FORMATS[current_language()].percent_gap


def date_text(year: str, month: str, day: str) -> str:
    """A date in the session's order: 2026-12-04 (German 04.12.2026)."""
    return FORMATS[current_language()].date.format(y=year, m=month, d=day)
