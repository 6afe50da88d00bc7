"""The main window: one open document on the board, its journeys, docks and menus.

Windows are kept in ``WINDOWS`` so a second project opened from the menu stays alive. The
window owns no data: the board, the inspector and the journeys panel mirror the document,
and every menu command either asks the board view or the journeys panel to act, or goes
through the document. The Journey menu holds the journeys panel's own actions; the Personas
menu opens the persona gallery and editor.
Colours come from the system palette (light or dark); only the board canvas has its own.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.document.document import Document
from app.models.errors import FileInUseError, WaymarkError
from app.views.board.view import BoardView
from app.views.file_actions import FILE_FILTER, FileActions
from app.views.find_bar import FindBar
from app.views.icons import painted_icon
from app.views.inspector import Inspector
from app.views.journeys_panel import JourneysPanel
from app.views.palette import Palette
from app.views.recent_files import recent_files, remember_file, settings, store_recent

WINDOWS: list[MainWindow] = []
IMAGE_FILTERS = {"PNG image (*.png)": ".png", "SVG image (*.svg)": ".svg"}
EXPORT_PNG_SCALE = 2.0  # sharp on a projector or a slide; reduced when the board is huge


def open_document_interactively(path: Path, parent=None) -> Document | None:
    """Open ``path``; if it is open elsewhere, offer read-only; report errors in a dialog."""
    try:
        return Document.open(path)
    except FileInUseError as exc:
        answer = QMessageBox.question(
            parent,
            "Project already open",
            f"{Path(exc.path).name} is already open ({exc.holder}).\n\nOpen it read-only?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            return Document.open(path, read_only=True)
        return None
    except WaymarkError as exc:
        QMessageBox.critical(parent, "Cannot open project", str(exc))
        return None


def window_for(path: Path) -> MainWindow | None:
    """The window of this process that already shows ``path``, if any."""
    for window in WINDOWS:
        other = window.doc.path
        if other is not None and not window.doc.read_only:
            with contextlib.suppress(OSError):
                if Path(other).exists() and Path(other).samefile(path):
                    return window
    return None


def open_in_window(path: Path, parent=None) -> MainWindow | None:
    """Bring the window already showing ``path`` forward, or open it in a new one."""
    existing = window_for(path)
    if existing is not None:
        existing.showNormal() if existing.isMinimized() else existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    doc = open_document_interactively(path, parent)
    if doc is None:
        return None
    window = MainWindow(doc)
    window.show()
    return window


def waymark_paths(mime) -> list[Path]:
    """The local ``.waymark`` files a drag carries."""
    if not mime.hasUrls():
        return []
    return [
        Path(url.toLocalFile())
        for url in mime.urls()
        if url.isLocalFile() and url.toLocalFile().lower().endswith(".waymark")
    ]


def _bindings(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``extra`` where the platform has none or
    where a common alternative is missing (Ctrl+= for Zoom In on keyboards without a + key)."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


# -- the window ------------------------------------------------------------------------------------


class MainWindow(FileActions, QMainWindow):
    def __init__(self, doc: Document):
        super().__init__()
        self.doc = doc
        self._discard_on_close = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)

        self.view = BoardView(doc)
        self.find_bar = FindBar(self.view)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.view.viewport().installEventFilter(self)  # project files dropped on the board

        self.journeys = JourneysPanel(doc)
        self.journeys.journey_selected.connect(self._journey_selected)
        self.journeys.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.persona_gallery = None
        self.palette_widget = Palette()
        self.inspector = Inspector(doc, self.view)
        self.journeys_dock = self._dock("Journeys", "journeys", self.journeys, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.palette_dock = self._dock("Palette", "palette", self.palette_widget, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.inspector_dock = self._dock(
            "Inspector", "inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.splitDockWidget(self.journeys_dock, self.palette_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.journeys_dock, self.palette_dock], [200, 400], Qt.Orientation.Vertical)
        self.resizeDocks([self.journeys_dock, self.inspector_dock], [220, 320], Qt.Orientation.Horizontal)

        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._update_icons()

        doc.modified_changed.connect(self.setWindowModified)
        doc.file_changed.connect(self._file_changed)
        doc.edit_failed.connect(lambda message: QMessageBox.warning(self, "Edit not recorded", message))
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view.zoom_changed.connect(self._zoom_changed)
        self.view.board.synced.connect(self._update_counts)

        self._journey_selected(self.journeys.current_id() or "")
        self._file_changed()
        self.setWindowModified(doc.modified)
        self.statusBar().showMessage(doc.session.notice or "Ready", 0 if doc.session.notice else 4000)
        self._restore_layout()
        WINDOWS.append(self)

    # -- construction ----------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, name: str, text: str, slot, keys=None, *, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(keys))
        elif keys:
            action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        if menu is not None:
            menu.addAction(action)
        self.actions_by_name[name] = action
        return action

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        bar = self.menuBar()

        file_menu = bar.addMenu("&File")
        self._action(file_menu, "new", "&New", self.new_project, keys.New)
        self._action(file_menu, "open", "&Open…", self.open_project, keys.Open)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, "save", "&Save", self.save, keys.Save)
        self._action(file_menu, "save_as", "Save &As…", self.save_as, _bindings(keys.SaveAs, "Ctrl+Shift+S"))
        self._action(file_menu, "revert", "Re&vert", self.revert)
        file_menu.addSeparator()
        self._action(
            file_menu,
            "export_image",
            "&Export Image…",
            self.export_image,
            ["Ctrl+Shift+E"],
            tip="Save the current journey's board as a PNG or SVG picture",
        )
        self._action(
            file_menu,
            "export_pdf",
            "Export &PDF…",
            self.export_pdf,
            ["Ctrl+Shift+P"],
            tip="Save the journeys as a PDF to print, share or pin on a wall",
        )
        self._action(
            file_menu,
            "export_workbook",
            "Export &Workbook…",
            self.export_workbook,
            tip="Save the journeys as an Excel workbook for a workshop",
        )
        self._action(
            file_menu,
            "import_workbook",
            "&Import Workbook…",
            self.import_workbook,
            tip="Bring the cards and scores edited in a workshop workbook back in",
        )
        file_menu.addSeparator()
        self._action(file_menu, "close", "&Close", self.close, keys.Close)
        quit_action = self._action(file_menu, "quit", "&Quit", quit_all, _bindings(keys.Quit, "Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        edit_menu = bar.addMenu("&Edit")
        undo = self.doc.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcuts(QKeySequence.keyBindings(keys.Undo))
        redo = self.doc.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts(QKeySequence.keyBindings(keys.Redo))
        self.actions_by_name.update(undo=undo, redo=redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self._action(edit_menu, "cut", "Cu&t", lambda: self._edit("cut"), keys.Cut)
        self._action(edit_menu, "copy", "&Copy", lambda: self._edit("copy"), keys.Copy)
        self._action(edit_menu, "paste", "&Paste", lambda: self._edit("paste"), keys.Paste)
        self._action(edit_menu, "duplicate", "D&uplicate", lambda: self._edit("duplicate"), ["Ctrl+D"])
        self._action(edit_menu, "delete", "&Delete", lambda: self._edit("delete"), keys.Delete)
        edit_menu.addSeparator()
        self._action(edit_menu, "select_all", "Select &All", lambda: self._edit("select_all"), keys.SelectAll)
        edit_menu.addSeparator()
        self._action(edit_menu, "find", "&Find…", self.find_bar.open, keys.Find)
        self._action(edit_menu, "find_next", "Find &Next", self.find_bar.find_next, _bindings(keys.FindNext, "F3"))
        self._action(
            edit_menu,
            "find_previous",
            "Find Pre&vious",
            lambda: self.find_bar.find_next(backward=True),
            _bindings(keys.FindPrevious, "Shift+F3"),
        )

        view_menu = bar.addMenu("&View")
        self._action(view_menu, "zoom_in", "Zoom &In", self.view.zoom_in, _bindings(keys.ZoomIn, "Ctrl+="))
        self._action(view_menu, "zoom_out", "Zoom &Out", self.view.zoom_out, _bindings(keys.ZoomOut, "Ctrl+-"))
        self._action(
            view_menu,
            "zoom_fit",
            "&Fit to Window",
            self.view.zoom_fit,
            ["Ctrl+9"],
            tip="Zoom so the whole journey fits in the window",
        )
        self._action(view_menu, "zoom_reset", "&Actual Size", self.view.zoom_reset, ["Ctrl+0"])
        view_menu.addSeparator()
        full = self._action(
            view_menu, "full_screen", "F&ull Screen", self.toggle_full_screen, _bindings(keys.FullScreen, "F11")
        )
        full.setCheckable(True)
        view_menu.addSeparator()
        for dock in (self.journeys_dock, self.palette_dock, self.inspector_dock):
            view_menu.addAction(dock.toggleViewAction())
        self.view_menu = view_menu

        journey_menu = bar.addMenu("&Journey")
        self.journeys.build_menu(journey_menu)
        for name, action in self.journeys.actions_by_name.items():
            self.actions_by_name[f"journey_{name}"] = action
        self.journey_menu = journey_menu

        persona_menu = bar.addMenu("&Personas")
        self._action(
            persona_menu,
            "manage_personas",
            "&Manage Personas…",
            self.manage_personas,
            tip="Show the project's personas as cards; edit, add and delete them",
        )
        self._action(persona_menu, "new_persona", "&New Persona…", self.new_persona, tip="Add a persona to the project")
        self.persona_menu = persona_menu

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "about", "&About Waymark", self.about).setMenuRole(QAction.MenuRole.AboutRole)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar("Toolbar", self)
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(24, 24))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for names in (("undo", "redo"), ("zoom_out", "zoom_in", "zoom_fit", "zoom_reset"), ("find",)):
            for name in names:
                toolbar.addAction(self.action(name))
            toolbar.addSeparator()
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        self.view_menu.addAction(toolbar.toggleViewAction())

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.zoom_label = QLabel("100%")
        self.zoom_label.setToolTip("Zoom (Ctrl+wheel, Ctrl+= and Ctrl+-)")
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

    def _update_icons(self) -> None:
        color = self.palette().color(QPalette.ColorRole.ButtonText)
        names = {
            "undo": "edit-undo",
            "redo": "edit-redo",
            "zoom_in": "zoom-in",
            "zoom_out": "zoom-out",
            "zoom_fit": "zoom-fit-best",
            "zoom_reset": "zoom-original",
            "find": "edit-find",
        }
        for action_name, icon_name in names.items():
            self.action(action_name).setIcon(QIcon.fromTheme(icon_name, painted_icon(icon_name, color)))

    def _restore_layout(self) -> None:
        store = settings()
        geometry, state = store.value("window/geometry"), store.value("window/state")
        if not (geometry and self.restoreGeometry(geometry)):
            screen = QGuiApplication.primaryScreen()
            area = screen.availableGeometry().size() if screen else QSize(1600, 1000)
            self.resize(min(1600, int(area.width() * 0.9)), min(1000, int(area.height() * 0.9)))
        if state:
            self.restoreState(state)

    def _save_layout(self) -> None:
        store = settings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/state", self.saveState())
        store.sync()

    # -- mirroring the document ------------------------------------------------------------------

    def _file_changed(self) -> None:
        suffix = " (read-only)" if self.doc.read_only else ""
        self.setWindowTitle(f"{self.doc.title}[*]{suffix} — Waymark")
        self.action("revert").setEnabled(self.doc.path is not None)
        self.action("import_workbook").setEnabled(not self.doc.read_only)
        if self.doc.path is not None:
            remember_file(self.doc.path)

    def _journey_selected(self, journey_id: str) -> None:
        journey_id = journey_id or None
        if journey_id == self.view.journey_id:
            self._update_counts()
            return
        self.view.show_journey(journey_id)
        for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
            bar.setValue(bar.minimum())
        self.find_bar.refresh()
        self._update_counts()

    def select_journey(self, journey_id: str) -> None:
        self.journeys.select(journey_id)

    def _update_counts(self) -> None:
        journey = self.view.board.journey()
        if journey is None:
            self.counts_label.setText("No journey")
            return
        parts = [(len(journey.stages), "stage"), (len(journey.lanes), "lane"), (len(journey.cards), "card")]
        self.counts_label.setText(" · ".join(f"{n:,} {noun}{'' if n == 1 else 's'}" for n, noun in parts))

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    # -- edit commands: a text field with focus edits its text, otherwise the board acts ---------

    def _edit(self, name: str) -> None:
        focus = QApplication.focusWidget()
        if focus is self.journeys.list and name in ("delete", "duplicate"):
            {"delete": self.journeys.delete_journey, "duplicate": self.journeys.duplicate_journey}[name]()
            return
        if isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)) and name != "duplicate":
            if name == "delete":
                focus.del_() if isinstance(focus, QLineEdit) else focus.textCursor().deleteChar()
            else:
                getattr(focus, {"select_all": "selectAll"}.get(name, name))()
            return
        getattr(self.view, {"delete": "delete_selected"}.get(name, name))()

    # -- file actions ------------------------------------------------------------------------

    def new_project(self) -> None:
        from app.models.library import load_template

        MainWindow(Document.new(load_template("blank"))).show()

    def open_project(self) -> None:
        start = str(self.doc.path.parent) if self.doc.path else ""
        name, _ = QFileDialog.getOpenFileName(self, "Open project", start, FILE_FILTER)
        if name:
            open_in_window(Path(name), self)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in recent_files() if p.exists()]
        for n, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n % 10} {path.name}" if n <= 10 else path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_in_window(p, self))
        if not files:
            self.recent_menu.addAction("No recent projects").setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction("&Clear Menu")
        clear.setEnabled(bool(files))
        clear.triggered.connect(lambda: store_recent([]))

    def export_image(self) -> None:
        journey = self.view.board.journey()
        if journey is None:
            QMessageBox.information(self, "Export image", "There is no journey to export.")
            return
        folder = self.doc.path.parent if self.doc.path else Path.home()
        name, chosen = QFileDialog.getSaveFileName(
            self, "Export image", str(folder / f"{journey.name}.png"), ";;".join(IMAGE_FILTERS)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_name(path.name + IMAGE_FILTERS.get(chosen, ".png"))
        self.export_image_to(path, journey.id)

    def export_image_to(self, path: Path, journey_id: str) -> Path | None:
        from app.views.board import image_export as X

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            done = X.export_journey(
                self.doc.project, journey_id, path, EXPORT_PNG_SCALE, title=self.doc.title, shrink_to_fit=True
            )
        except WaymarkError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.critical(self, "Image not exported", str(exc))
            return None
        finally:
            if QApplication.overrideCursor() is not None:
                QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(f"Exported {path.name} ({done.width:,} × {done.height:,})", 6000)
        return path

    def export_pdf(self):
        """Show the PDF export dialog (one per window, not modal: editing goes on meanwhile)."""
        from app.views.pdf_export_dialog import PdfExportDialog

        dialog = getattr(self, "pdf_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.deleteLater()
            dialog = self.pdf_dialog = PdfExportDialog(self.doc, self.view.journey_id, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def export_workbook(self):
        """Show the workbook export dialog (one per window, not modal, like the PDF one)."""
        from app.views.workbook_export_dialog import WorkbookExportDialog

        dialog = getattr(self, "workbook_dialog", None)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            if dialog is not None and shiboken6.isValid(dialog):
                dialog.deleteLater()
            dialog = self.workbook_dialog = WorkbookExportDialog(self.doc, self.view.journey_id, self)
            dialog.exported_to.connect(lambda path: self.statusBar().showMessage(f"Exported {path}", 8000))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def import_workbook(self):
        """Choose a workbook, plan its import off the UI thread, preview it, apply the ticked changes."""
        from app.views.workbook_import import import_workbook

        self.workbook_import = import_workbook(self)
        return self.workbook_import

    # -- personas --------------------------------------------------------------------------------

    def manage_personas(self) -> None:
        """Show the persona gallery (one per window, non-modal)."""
        from app.views.persona_gallery import PersonaGallery  # its editor and photos load when first shown

        if self.persona_gallery is None or not shiboken6.isValid(self.persona_gallery):
            self.persona_gallery = PersonaGallery(self.doc, self)
        self.persona_gallery.show()
        self.persona_gallery.raise_()
        self.persona_gallery.activateWindow()

    def new_persona(self) -> None:
        from app.views.persona_editor import PersonaEditor

        editor = PersonaEditor(self.doc, None, self)
        editor.exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About Waymark",
            f"<h3>Waymark {__version__}</h3><p>Offline customer journey mapping.</p>"
            "<p>Projects are single SQLite files; every change is kept safe as you work.</p>",
        )

    # -- window state ------------------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized() if getattr(self, "_was_maximized", False) else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()

    def changeEvent(self, event: QEvent) -> None:
        actions = getattr(self, "actions_by_name", {})
        if event.type() == QEvent.Type.WindowStateChange and "full_screen" in actions:
            self.action("full_screen").setChecked(self.isFullScreen())
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and "find" in actions:
            self._update_icons()  # follow a switch between light and dark
        super().changeEvent(event)

    # -- dropping project files ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if waymark_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if waymark_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = waymark_paths(event.mimeData())
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            open_in_window(path, self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop) and waymark_paths(event.mimeData()):
            if kind == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    # -- closing ---------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.doc.modified and not self._discard_on_close:
            answer = QMessageBox.question(
                self,
                "Unsaved changes",
                f"Save the changes to {self.doc.title} before closing?",
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        if not self._discard_on_close:
            self._save_layout()
        for name in ("pdf_dialog", "workbook_dialog"):
            dialog = getattr(self, name, None)
            if dialog is not None and shiboken6.isValid(dialog) and dialog.exporting:
                dialog.cancel_export()  # its snapshot needs no document; the partial file is removed
        self.view.viewport().removeEventFilter(self)
        self.doc.close()
        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()


def quit_all() -> bool:
    """Close every window (each asks about its unsaved changes), then end the application."""
    for window in WINDOWS.copy():  # a closed window leaves WINDOWS
        if not window.close():
            return False
    app = QApplication.instance()
    if app is not None and not WINDOWS:
        app.quit()
    return True
