"""Where the window was before presenting, so that Esc returns exactly there.

Window state and geometry, which docks, toolbars, menu bar and status bar showed, the board's
zoom and scroll, its selection and cell cursor. Zoom and scroll are put back once at once and
again when the window has its old size (a window manager answers a leave of full screen later).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QMainWindow, QWidget

from app.models.refs import ItemRef
from app.views.board.view import BoardView

SETTLE_MS = 1500  # how long a late resize after leaving full screen still re-applies the scroll


@dataclass
class ViewState:
    zoom: float
    scroll: tuple[int, int]
    selection: list[ItemRef]
    cell: tuple[str, str] | None
    cell_engaged: bool

    @classmethod
    def of(cls, view: BoardView) -> ViewState:
        return cls(
            view.zoom,
            (view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
            view.board.selected_refs(),
            view._cell,
            view._cell_engaged,
        )

    def apply(self, view: BoardView) -> None:
        if abs(view.zoom - self.zoom) > 1e-9:
            view.set_zoom(self.zoom)
        view.horizontalScrollBar().setValue(self.scroll[0])
        view.verticalScrollBar().setValue(self.scroll[1])
        if view.board.selected_refs() != self.selection:
            view.board.select_refs([r for r in self.selection if r in view.board.refs])
        view._cell, view._cell_engaged = self.cell, self.cell_engaged
        view._place_cursor()


@dataclass
class WindowState:
    geometry: QRect  # the rect itself: restoreGeometry would fit it into the current screen
    dock_state: QByteArray
    full_screen: bool
    maximized: bool
    shown: dict[str, bool] = field(default_factory=dict)  # menu bar, status bar, find bar


def capture_window(window: QMainWindow, extra: dict[str, QWidget]) -> WindowState:
    shown = {"menu": window.menuBar().isVisible(), "status": window.statusBar().isVisible()}
    shown.update({name: widget.isVisible() for name, widget in extra.items()})
    return WindowState(QRect(window.geometry()), window.saveState(), window.isFullScreen(), window.isMaximized(), shown)


def restore_window(window: QMainWindow, state: WindowState, extra: dict[str, QWidget]) -> None:
    if not state.full_screen:
        if state.maximized:
            window.showMaximized()
        else:
            window.showNormal()
            window.setGeometry(state.geometry)
    window.restoreState(state.dock_state)
    window.menuBar().setVisible(state.shown.get("menu", True))
    window.statusBar().setVisible(state.shown.get("status", True))
    for name, widget in extra.items():
        widget.setVisible(state.shown.get(name, False))


class LateResize(QObject):
    """Re-applies a view state on each resize of the view for a moment after leaving."""

    def __init__(self, view: BoardView, state: ViewState):
        super().__init__(view)
        self.view, self.state = view, state
        view.installEventFilter(self)
        QTimer.singleShot(SETTLE_MS, self.done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, lambda: self.state.apply(self.view))
        return False

    def done(self) -> None:
        self.view.removeEventFilter(self)
        self.deleteLater()
