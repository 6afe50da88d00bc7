"""Compare mode in a window: Journey ▸ Compare… starts it, the Changes dock lists the changes,
F8/Shift+F8 step through them, Esc or End Compare ends it. Switching to another journey ends
it too (the diff was of the journey shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QMessageBox

from app.i18n import translate
from app.models.diff import Action, Change
from app.models.diff_sources import CompareSource, load_other
from app.models.entities import Journey
from app.models.errors import WaymarkError
from app.views.compare.overlay import CompareOverlay
from app.views.compare.panel import ChangesPanel

ACTIONS = ("compare_next", "compare_previous", "compare_end")


class CompareMode(QObject):
    def __init__(self, window: Any):
        super().__init__(window)
        self.window = window
        self.overlay: CompareOverlay | None = None
        self.panel: ChangesPanel | None = None
        self.dock: QDockWidget | None = None

    @property
    def active(self) -> bool:
        return self.overlay is not None

    def choose(self) -> None:
        """The chooser, then compare mode with what was chosen."""
        from app.views.compare.chooser import CompareChooser

        journey = self.window.view.board.journey()
        if journey is None:
            self._say(translate("CompareMode", "Open a journey to compare it"))
            return
        dialog = CompareChooser(self.window.doc.project, journey, self.window)
        if dialog.exec() and dialog.source is not None:
            self.start(dialog.source)

    def start(self, source: CompareSource) -> bool:
        journey = self.window.view.board.journey()
        if journey is None:
            return False
        try:
            other = load_other(self.window.doc.project, journey, source)
        except (WaymarkError, OSError) as exc:
            QMessageBox.warning(self.window, translate("CompareMode", "Cannot compare"), str(exc))
            return False
        self.start_with(other.journey, other.title)
        return True

    def start_with(self, other: Journey, title: str) -> None:
        """Compare the journey shown with ``other`` (its title as the panel and tooltips say it)."""
        self.end()
        board = self.window.view.board
        self.overlay = CompareOverlay(board, other, title)
        _panel, dock = self._ensure_dock()
        self.overlay.diff_changed.connect(self._diff_changed)
        self._diff_changed()
        dock.show()
        dock.raise_()
        self.window.view.installEventFilter(self)
        self._enable(True)
        counts = self.overlay.diff.counts() if self.overlay.diff is not None else {}
        self._say(
            translate(
                "CompareMode", "Comparing with {other}: {added} added, {changed} changed, {removed} removed"
            ).format(
                other=title,
                added=counts.get(Action.ADDED, 0),
                changed=counts.get(Action.CHANGED, 0) + counts.get(Action.MOVED, 0),
                removed=counts.get(Action.REMOVED, 0),
            )
        )

    def end(self) -> None:
        if self.overlay is None:
            return
        overlay, self.overlay = self.overlay, None
        overlay.diff_changed.disconnect(self._diff_changed)
        overlay.stop()
        overlay.deleteLater()
        self.window.view.removeEventFilter(self)
        if self.panel is not None:
            self.panel.show_diff(None, "")
        if self.dock is not None:
            self.dock.hide()
        self._enable(False)
        self._say(translate("CompareMode", "Compare ended"))

    def step(self, backward: bool = False) -> None:
        if self.panel is not None and self.overlay is not None:
            self.panel.step(backward)

    # -- inside ------------------------------------------------------------------------------

    def _ensure_dock(self) -> tuple[ChangesPanel, QDockWidget]:
        if self.panel is None or self.dock is None:
            self.panel = ChangesPanel()
            self.panel.change_chosen.connect(self._chosen)
            self.panel.end_requested.connect(self.end)
            self.panel.step_requested.connect(self.step)
            dock = QDockWidget(translate("CompareMode", "Changes"), self.window)
            dock.setObjectName("changes")
            dock.setWidget(self.panel)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            inspector = getattr(self.window, "inspector_dock", None)
            if inspector is not None:
                self.window.tabifyDockWidget(inspector, dock)  # the whole right side, a tab beside the inspector
            dock.visibilityChanged.connect(self._dock_visibility)
            self.dock = dock
        return self.panel, self.dock

    def _dock_visibility(self, visible: bool) -> None:
        if not visible and self.overlay is not None and self.dock is not None and self.dock.isHidden():
            self.end()  # the dock's close button ends compare mode

    def _diff_changed(self) -> None:
        overlay = self.overlay
        if overlay is None or self.panel is None:
            return
        if overlay.diff is None:  # another journey is shown now
            self.end()
            return
        self.panel.show_diff(overlay.diff, overlay.title)
        overlay.set_current(self.panel.current_change())

    def _chosen(self, row: int) -> None:
        overlay, panel = self.overlay, self.panel
        if overlay is None or panel is None:
            return
        change: Change | None = panel.current_change()
        overlay.set_current(change)
        if change is None:
            return
        view = self.window.view
        ref = overlay.ref_of(change)
        if ref is not None and ref in view.board.refs:
            view.board.select_refs([ref])
        else:
            view.board.clearSelection()
        rect = overlay.rect_of(change)
        if rect is not None:
            view.reveal(rect.adjusted(-20, -20, 20, 20))
        self._say(change.label)

    def _enable(self, on: bool) -> None:
        actions = getattr(self.window, "actions_by_name", {})
        for name in ACTIONS:
            if name in actions:
                actions[name].setEnabled(on)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and getattr(self.window.view, "editor", None) is None
        ):
            self.end()
            return True
        return super().eventFilter(watched, event)
