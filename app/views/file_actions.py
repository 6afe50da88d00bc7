"""Saving and reverting a window's document: Save, Save As, Revert, and what to do when the
file on disk changed behind the window's back.

A mixin of MainWindow (it uses the window's ``doc``, ``view`` and status bar), kept apart so
the window module stays about building the window. A failed save never loses anything: the
edits stay in the working copy, and the dialog says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from app.document.document import Document
from app.i18n import translate
from app.models.errors import WaymarkError
from app.models.session import FileChangedError
from app.views import file_questions
from app.views.file_questions import ChangedFileAnswer


def file_filter() -> str:
    """The file dialogs' filter, in the session's language."""
    return translate("FileActions", "Waymark projects (*.waymark)")


class FileActions:
    """Save, Save As and Revert for a QMainWindow subclass with ``doc`` and ``view``."""

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        start = str(self.doc.path or Path.home() / f"{self.doc.project.info.name}.waymark")
        name, _ = QFileDialog.getSaveFileName(self, translate("FileActions", "Save project as"), start, file_filter())
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".waymark":
            path = path.with_name(path.name + ".waymark")
        return self._save_to(path)

    def _save_to(self, path: Path | None, *, overwrite: bool = False) -> bool:
        try:
            saved = self.doc.save(path, overwrite=overwrite)
        except FileChangedError:
            answer = file_questions.ask_changed_file(self, self.doc.title)
            if answer is ChangedFileAnswer.OVERWRITE:
                return self._save_to(path, overwrite=True)
            if answer is ChangedFileAnswer.SAVE_AS:
                return self.save_as()
            if answer is ChangedFileAnswer.RELOAD:
                self._reopen_from_disk()
            return False
        except WaymarkError as exc:
            QMessageBox.critical(
                self,
                translate("FileActions", "Not saved"),
                translate("FileActions", "{error}\n\nYour changes are still safe in Waymark's working copy.").format(
                    error=exc
                ),
            )
            return False
        self.statusBar().showMessage(translate("FileActions", "Saved {name}").format(name=saved.name), 4000)
        return True

    def revert(self) -> QMainWindow | None:
        """Throw away the unsaved edits: reopen the file from disk in place of this window."""
        if self.doc.path is None:
            return None
        if self.doc.modified:
            answer = QMessageBox.question(
                self,
                translate("FileActions", "Revert to saved"),
                translate(
                    "FileActions",
                    "Discard your unsaved changes to {name} and reload it from disk?\n\nThis cannot be undone.",
                ).format(name=self.doc.title),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return None
        return self._reopen_from_disk()

    def _reopen_from_disk(self) -> QMainWindow | None:
        """A new window on the file as it is on disk, in place of this one (its edits discarded)."""
        path, read_only = self.doc.path, self.doc.read_only
        try:  # the file must be readable before the working copy is given up
            fallback = Document.open(path, read_only=True)
        except WaymarkError as exc:
            QMessageBox.critical(
                self,
                translate("FileActions", "Cannot revert"),
                translate("FileActions", "{error}\n\nYour changes are kept.").format(error=exc),
            )
            return None
        journey_id, zoom = self.view.journey_id, self.view.zoom
        geometry, state = self.saveGeometry(), self.saveState()
        self.doc.close()
        fresh = fallback
        if not read_only:
            try:
                fresh = Document.open(path)
                fallback.close()
            except WaymarkError as exc:
                self.statusBar().showMessage(translate("FileActions", "Reopened read-only: {error}").format(error=exc))
        window = type(self)(fresh)
        window.restoreGeometry(geometry)
        window.restoreState(state)
        if journey_id:
            window.select_journey(journey_id)
        window.view.set_zoom(zoom)
        window.show()
        window.statusBar().showMessage(
            translate("FileActions", "Reverted to the saved {name}").format(name=path.name), 4000
        )
        self._discard_on_close = True
        self.close()
        return window
