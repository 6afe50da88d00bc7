"""The main window: one open document on the board, its journeys, docks and status bar.

The window owns no data: the board, the inspector and the journeys panel mirror the document,
and every menu command (the table is app/views/window_menus.py) asks the board view, the
journeys panel, a launcher or the document to act. ``ExportLauncher`` (export_launch.py) owns
the window's export and import dialogs, ``PersonaLauncher`` (persona_launch.py) its persona
gallery; Save, Save As and Revert are ``FileActions`` (file_actions.py). The open windows are
kept in ``app.views.windows.WINDOWS``.
Colours come from the system palette (light or dark); only the board canvas has its own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.document.document import Document
from app.i18n import translate
from app.views import window_menus as menus
from app.views.analytics.launch import AnalyticsLauncher
from app.views.analytics.panel import AnalyticsPanel
from app.views.board.view import BoardView
from app.views.export_launch import ExportLauncher
from app.views.file_actions import FileActions, file_filter
from app.views.find_bar import FindBar
from app.views.focus import keep_dock_tabs_out_of_tab_chain
from app.views.history.panel import HistoryPanel
from app.views.inspector import Inspector
from app.views.journeys_panel import JourneysPanel
from app.views.palette import Palette
from app.views.persona_launch import PersonaLauncher
from app.views.recent_files import recent_files, remember_file, settings, store_recent
from app.views.windows import WINDOWS, open_document_interactively, quit_all, waymark_paths, window_for
from app.views.workshop.capture_bar import CaptureBar
from app.views.workshop.timer_clock import WorkshopTimer
from app.views.workshop.timer_ui import TimerUI
from app.views.workshop.voting_banner import VotingBanner
from app.views.workshop.voting_results import ResultsPanel

__all__ = ["WINDOWS", "MainWindow", "open_document_interactively", "open_in_window", "quit_all", "waymark_paths"]


def _bring_forward(window: MainWindow) -> None:
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()


def raise_window_for(path: Path) -> bool:
    """Bring the window showing ``path`` forward (asked by another process); False if none does."""
    existing = window_for(path)
    if isinstance(existing, MainWindow):
        _bring_forward(existing)
        return True
    return False


def open_in_window(path: Path, parent=None) -> MainWindow | None:
    """Bring the window already showing ``path`` forward, or open it in a new one."""
    existing = window_for(path)
    if isinstance(existing, MainWindow):  # every window of WINDOWS is one
        _bring_forward(existing)
        return existing
    doc = open_document_interactively(path, parent)
    if doc is None:
        return None
    window = MainWindow(doc)
    window.show()
    return window


# -- the window ------------------------------------------------------------------------------------


class MainWindow(FileActions, QMainWindow):
    # made by window_menus.build_menus and build_toolbar
    recent_menu: QMenu
    view_menu: QMenu
    journey_menu: QMenu
    persona_menu: QMenu
    analytics_menu: QMenu
    analytics: AnalyticsLauncher  # the Analytics menu's commands (app/views/analytics/menu.py)
    toolbar: QToolBar

    def __init__(self, doc: Document):
        super().__init__()
        self.doc = doc
        self._discard_on_close = False
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAcceptDrops(True)

        self.view = BoardView(doc)
        self.find_bar = FindBar(self.view)
        self.capture_bar = CaptureBar(self.view)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.view, 1)
        column.addWidget(self.find_bar)
        column.addWidget(self.capture_bar)
        self.voting_banner = VotingBanner()  # pass-the-laptop voting: whose turn, above the board
        column.insertWidget(0, self.voting_banner)
        self.setCentralWidget(central)
        self.view.viewport().installEventFilter(self)  # project files dropped on the board

        self.journeys = JourneysPanel(doc)
        self.journeys.journey_selected.connect(self._journey_selected)
        self.journeys.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.palette_widget = Palette()
        self.palette_widget.list.entry_activated.connect(self.view.drop_at_cursor)  # the palette by keyboard
        self.inspector = Inspector(doc, self.view)
        left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
        self.journeys_dock = self._dock(translate("MainWindow", "Journeys"), "journeys", self.journeys, left)
        self.palette_dock = self._dock(translate("MainWindow", "Palette"), "palette", self.palette_widget, left)
        self.inspector_dock = self._dock(translate("MainWindow", "Inspector"), "inspector", self.inspector, right)
        self.voting_results = ResultsPanel(doc, self.view)
        self.results_dock = self._dock(translate("MainWindow", "Voting Results"), "results", self.voting_results, right)
        self.tabifyDockWidget(self.inspector_dock, self.results_dock)
        self.analytics_panel = AnalyticsPanel(doc, self.view, lambda: self.analytics.analyse_log())
        self.analytics_dock = self._dock(translate("MainWindow", "Analytics"), "analytics", self.analytics_panel, right)
        self.tabifyDockWidget(self.inspector_dock, self.analytics_dock)
        self.history = HistoryPanel(doc, self.view, self.open_snapshot, self.take_snapshot)
        self.history.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.history_dock = self._dock(translate("MainWindow", "History"), "history", self.history, right)
        self.tabifyDockWidget(self.inspector_dock, self.history_dock)
        # View ▸ History brings the tab forward, not only back into the tab group.
        self.history_dock.toggleViewAction().triggered.connect(lambda on: on and self.history_dock.raise_())
        self.inspector_dock.raise_()
        keep_dock_tabs_out_of_tab_chain(self)  # Tab never stops on a tab bar parked off screen
        self.results_dock.hide()  # shown by Reveal (or View ▸ Results)
        self.analytics_dock.hide()  # shown by Apply (or Analytics ▸ Show Analytics Panel, View ▸ Analytics)
        self.history_dock.hide()  # shown by View ▸ History (and after Take Snapshot…)
        self.splitDockWidget(self.journeys_dock, self.palette_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.journeys_dock, self.palette_dock], [200, 400], Qt.Orientation.Vertical)
        self.resizeDocks([self.journeys_dock, self.inspector_dock], [220, 320], Qt.Orientation.Horizontal)

        self.exports = ExportLauncher(self, doc, self.view)
        self.personas = PersonaLauncher(self, doc)
        self.actions_by_name: dict[str, QAction] = {}
        # One countdown per window: the small overlay, the projector's and the presenter view show it.
        self.workshop_timer = WorkshopTimer(self)
        menus.build_menus(self)
        self.toolbar = menus.build_toolbar(self)
        self._build_status_bar()
        menus.update_icons(self)

        doc.modified_changed.connect(self.setWindowModified)
        doc.file_changed.connect(self._file_changed)
        doc.project_changed.connect(self._project_changed)
        doc.edit_failed.connect(
            lambda message: QMessageBox.warning(self, translate("MainWindow", "Edit not recorded"), message)
        )
        self.view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.view.zoom_changed.connect(self._zoom_changed)
        self.view.board.synced.connect(self._update_counts)

        self._journey_selected(self.journeys.current_id() or "")
        self._file_changed()
        self.setWindowModified(doc.modified)
        notice = doc.session.notice
        self.statusBar().showMessage(notice or translate("MainWindow", "Ready"), 0 if notice else 4000)
        self._restore_layout()
        self.timer_ui = TimerUI(self)  # last: it follows self.presentation when there is one
        WINDOWS.append(self)

    # -- construction ----------------------------------------------------------------------

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def action(self, name: str) -> QAction:
        return self.actions_by_name[name]

    def _build_status_bar(self) -> None:
        self.counts_label = QLabel()
        self.zoom_label = QLabel("100%")
        self.zoom_label.setToolTip(translate("MainWindow", "Zoom (Ctrl+wheel, Ctrl+= and Ctrl+-)"))
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000%"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.statusBar().addPermanentWidget(self.zoom_label)

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
        if self.doc.read_only:
            title = translate("MainWindow", "{title}[*] (read-only) — Waymark")
        else:
            title = translate("MainWindow", "{title}[*] — Waymark")
        self.setWindowTitle(title.format(title=self.doc.title))
        self.action("revert").setEnabled(self.doc.path is not None)
        self.action("import_workbook").setEnabled(not self.doc.read_only)
        self.action("take_snapshot").setEnabled(not self.doc.read_only)
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
            self.counts_label.setText(translate("MainWindow", "No journey"))
            return
        stages, lanes, cards = len(journey.stages), len(journey.lanes), len(journey.cards)
        parts = [
            (translate("MainWindow", "{n} stage") if stages == 1 else translate("MainWindow", "{n} stages")),
            (translate("MainWindow", "{n} lane") if lanes == 1 else translate("MainWindow", "{n} lanes")),
            (translate("MainWindow", "{n} card") if cards == 1 else translate("MainWindow", "{n} cards")),
        ]
        counts = (stages, lanes, cards)
        self.counts_label.setText(" · ".join(part.format(n=f"{n:,}") for part, n in zip(parts, counts, strict=True)))

    def _zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(f"{round(zoom * 100)}%")

    # -- file actions ------------------------------------------------------------------------

    def new_project(self) -> None:
        from app.models.library import load_template

        MainWindow(Document.new(load_template("blank"))).show()

    def open_project(self) -> None:
        start = str(self.doc.path.parent) if self.doc.path else ""
        name, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open project"), start, file_filter())
        if name:
            open_in_window(Path(name), self)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in recent_files() if p.exists()]
        for n, path in enumerate(files, 1):
            action = self.recent_menu.addAction(f"&{n % 10} {path.name}" if n <= 10 else path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: open_in_window(p, self))
        if not files:
            self.recent_menu.addAction(translate("MainWindow", "No recent projects")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(translate("MainWindow", "&Clear Menu"))
        clear.setEnabled(bool(files))
        clear.triggered.connect(lambda: store_recent([]))

    def edit_project_properties(self) -> None:
        from app.views.project_properties import edit_project_properties

        edit_project_properties(self.doc, self)

    def take_snapshot(self) -> None:
        """Journey ▸ Take Snapshot…; the History panel then shows it among the others."""
        from app.views.history.take_dialog import take_snapshot_interactively

        if take_snapshot_interactively(self):
            self.history_dock.show()
            self.history_dock.raise_()

    def open_snapshot(self, journey_id: str, snapshot_id: str) -> None:
        """A snapshot on a second, read-only board below the map (app/views/history/snapshot_view.py)."""
        from app.views.history.snapshot_view import open_snapshot_pane

        open_snapshot_pane(self, journey_id, snapshot_id, self.history.restore)

    def show_shortcuts(self) -> None:
        from app.views.shortcuts_dialog import show_shortcuts

        show_shortcuts(self)

    def _project_changed(self) -> None:
        """An untitled window is titled by its project's name, so it follows a rename."""
        if self.doc.path is None and self.doc.title != self.doc.project.info.name:
            self.doc.session.retitle(self.doc.project.info.name)
            self._file_changed()

    def about(self) -> None:
        QMessageBox.about(
            self,
            translate("MainWindow", "About Waymark"),
            f"<h3>Waymark {__version__}</h3>"
            + translate(
                "MainWindow",
                "<p>Offline customer journey mapping.</p>"
                "<p>Projects are single SQLite files; every change is kept safe as you work.</p>",
            ),
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
            menus.update_icons(self)  # follow a switch between light and dark
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
                translate("MainWindow", "Unsaved changes"),
                translate("MainWindow", "Save the changes to {name} before closing?").format(name=self.doc.title),
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
        self.exports.cancel_running()
        self.analytics.cancel_running()
        from app.views.history.snapshot_view import SnapshotPane

        for pane in self.findChildren(SnapshotPane):
            pane.close_document()
        self.view.viewport().removeEventFilter(self)
        self.doc.close()
        if self in WINDOWS:
            WINDOWS.remove(self)
        event.accept()
