"""The windows of this process: the open ones, finding the one showing a file, quitting them all.

A window is in ``WINDOWS`` from its construction until it closes, which keeps a second project
opened from the menu alive (nothing else holds a reference to it) and lets Quit ask each one
about its unsaved changes.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QApplication, QMessageBox

from app.document.document import Document
from app.i18n import translate
from app.models.errors import FileInUseError, WaymarkError


class DocumentWindow(Protocol):
    """What is asked of a window here: app.views.main_window.MainWindow is one."""

    doc: Document

    def close(self) -> bool: ...


WINDOWS: list[DocumentWindow] = []


def open_document_interactively(path: Path, parent=None) -> Document | None:
    """Open ``path``; if it is open elsewhere, offer read-only; report errors in a dialog."""
    try:
        return Document.open(path)
    except FileInUseError as exc:
        answer = QMessageBox.question(
            parent,
            translate("Windows", "Project already open"),
            translate("Windows", "{name} is already open ({holder}).\n\nOpen it read-only?").format(
                name=Path(exc.path).name, holder=exc.holder
            ),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            return Document.open(path, read_only=True)
        return None
    except WaymarkError as exc:
        QMessageBox.critical(parent, translate("Windows", "Cannot open project"), str(exc))
        return None


def window_for(path: Path) -> DocumentWindow | None:
    """The window of this process that already shows ``path``, if any."""
    for window in WINDOWS:
        other = window.doc.path
        if other is not None and not window.doc.read_only:
            with contextlib.suppress(OSError):
                if Path(other).exists() and Path(other).samefile(path):
                    return window
    return None


def waymark_paths(mime) -> list[Path]:
    """The local ``.waymark`` files a drag carries."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".waymark")
    ]


def quit_all() -> bool:
    """Close every window (each asks about its unsaved changes), then end the application."""
    for window in WINDOWS.copy():  # a closed window leaves WINDOWS
        if not window.close():
            return False
    app = QApplication.instance()
    if app is not None and not WINDOWS:
        app.quit()
    return True
