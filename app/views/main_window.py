"""The main window: one open document, its journeys, menus, undo, and saving.

Windows are kept in ``WINDOWS`` so a second project opened from the menu stays alive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
)

from app import __version__
from app.document.document import Document
from app.models.errors import FileInUseError, WaymarkError
from app.views.journey_table import JourneyTable

WINDOWS: list[MainWindow] = []
FILE_FILTER = "Waymark projects (*.waymark)"


def open_document_interactively(path: Path, parent=None) -> Document | None:
    """Open ``path``; if it is open elsewhere, offer read-only; report errors in a dialog."""
    try:
        return Document.open(path)
    except FileInUseError as exc:
        answer = QMessageBox.question(
            parent, "Project already open",
            f"{Path(exc.path).name} is already open ({exc.holder}).\n\nOpen it read-only?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            return Document.open(path, read_only=True)
        return None
    except WaymarkError as exc:
        QMessageBox.critical(parent, "Cannot open project", str(exc))
        return None


class MainWindow(QMainWindow):
    def __init__(self, doc: Document):
        super().__init__()
        self.doc = doc
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.table = JourneyTable(doc)
        self.setCentralWidget(self.table)
        self.journeys = QListWidget()
        self.journeys.currentItemChanged.connect(self._journey_selected)
        dock = QDockWidget("Journeys", self)
        dock.setObjectName("journeys")
        dock.setWidget(self.journeys)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._build_menus()
        for signal in (doc.journey_added, doc.journey_removed, doc.journey_changed, doc.journey_moved):
            signal.connect(self._fill_journeys)
        doc.modified_changed.connect(self.setWindowModified)
        doc.file_changed.connect(self._update_title)
        doc.edit_failed.connect(lambda message: QMessageBox.warning(self, "Edit not recorded", message))
        self._fill_journeys()
        self._update_title()
        self.setWindowModified(doc.modified)
        if doc.session.notice:
            self.statusBar().showMessage(doc.session.notice)
        else:
            self.statusBar().showMessage("Ready")
        WINDOWS.append(self)

    # -- construction ----------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&New", self.new_project, QKeySequence.StandardKey.New)
        self._action(file_menu, "&Open…", self.open_project, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&Save", self.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save &As…", self.save_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self._action(file_menu, "&Close", self.close, QKeySequence.StandardKey.Close)
        quit_action = self._action(file_menu, "&Quit", self.quit_all, QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        edit_menu = bar.addMenu("&Edit")
        undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "&About Waymark", self.about)

    def _update_title(self) -> None:
        suffix = " (read-only)" if self.doc.read_only else ""
        self.setWindowTitle(f"{self.doc.title}[*]{suffix} — Waymark")

    def _fill_journeys(self, *_args: object) -> None:
        current = self.table.journey_id
        self.journeys.blockSignals(True)
        self.journeys.clear()
        for journey in self.doc.project.journeys:
            item = QListWidgetItem(journey.name)
            item.setData(Qt.ItemDataRole.UserRole, journey.id)
            self.journeys.addItem(item)
            if journey.id == current:
                self.journeys.setCurrentItem(item)
        self.journeys.blockSignals(False)
        if self.journeys.currentItem() is None and self.journeys.count():
            self.journeys.setCurrentRow(0)
        elif not self.journeys.count():
            self.table.show_journey(None)

    def _journey_selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.table.show_journey(item.data(Qt.ItemDataRole.UserRole) if item else None)

    # -- file actions ------------------------------------------------------------------------

    def new_project(self) -> None:
        from app.models.library import load_template
        MainWindow(Document.new(load_template("blank"))).show()

    def open_project(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open project", "", FILE_FILTER)
        if name:
            doc = open_document_interactively(Path(name), self)
            if doc is not None:
                MainWindow(doc).show()

    def save(self) -> bool:
        if self.doc.path is None or self.doc.read_only:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        start = str(self.doc.path or Path.home() / f"{self.doc.project.info.name}.waymark")
        name, _ = QFileDialog.getSaveFileName(self, "Save project as", start, FILE_FILTER)
        if not name:
            return False
        path = Path(name)
        if path.suffix != ".waymark":
            path = path.with_name(path.name + ".waymark")
        return self._save_to(path)

    def _save_to(self, path: Path | None) -> bool:
        try:
            saved = self.doc.save(path)
        except WaymarkError as exc:
            QMessageBox.critical(self, "Not saved", f"{exc}\n\nYour changes are still safe in Waymark's working copy.")
            return False
        self.statusBar().showMessage(f"Saved {saved.name}", 4000)
        return True

    def about(self) -> None:
        QMessageBox.about(
            self, "About Waymark",
            f"<h3>Waymark {__version__}</h3><p>Offline customer journey mapping.</p>"
            "<p>Projects are single SQLite files; every change is kept safe as you work.</p>",
        )

    def quit_all(self) -> None:
        for window in list(WINDOWS):
            if not window.close():
                return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.doc.modified:
            answer = QMessageBox.question(
                self, "Unsaved changes", f"Save the changes to {self.doc.title} before closing?",
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        self.doc.close()
        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()
