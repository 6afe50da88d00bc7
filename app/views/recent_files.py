"""Waymark's own settings file and the Open Recent list (``WAYMARK_DATA_DIR`` isolates tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from app.models.paths import data_dir

MAX_RECENT = 10


def settings() -> QSettings:
    """Waymark's own INI file in its data folder (``WAYMARK_DATA_DIR`` isolates tests)."""
    return QSettings(str(data_dir() / "settings.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):
        value = [value]  # an INI list of one comes back as a plain string
    return [Path(v) for v in (value or []) if v]


def store_recent(paths: list[Path]) -> None:
    store = settings()
    store.setValue("recent_files", [str(p) for p in paths[:MAX_RECENT]])
    store.sync()


def remember_file(path: Path) -> None:
    path = Path(path).absolute()
    store_recent([path] + [p for p in recent_files() if p != path])


# -- opening ---------------------------------------------------------------------------------
