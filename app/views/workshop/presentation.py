"""Presentation mode: the same window and the same board view, in a presentation state.

The board's frozen headers move the real header items per view, so a second view on the scene
would fight the first over them; presenting therefore reshapes the one window (full screen, no
docks, toolbars, menus or status bar) and remembers everything it changed (present_state.py).

While presenting, the board's keys are read here first (an event filter on the view): the
clicker's Right/Left and PageDown/PageUp step stage by stage, Home/End, O for the overview, B
for a black screen, Esc to clear a spotlight and then to leave. Single letters are commands, so
typing on a cell starts no card; an open in-place editor still owns every key. The window's
own shortcuts stay live with the menu bar hidden (its actions are added to the window itself).

The timer overlay and the presenter view listen to ``toggled`` and ``stage_changed``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QGraphicsView, QMainWindow, QToolBar

from app.models.refs import CardRef, StageRef
from app.views.board import style as S
from app.views.board.card_item import CardItem
from app.views.board.header_items import StageHeaderItem
from app.views.board.layout import qrect
from app.views.board.view import BoardView
from app.views.workshop import present_geometry as G
from app.views.workshop.present_overlay import BlankCover, laser_cursor, paint_dimming
from app.views.workshop.present_state import LateResize, ViewState, WindowState, capture_window, restore_window

SCROLL_STEP = 0.25  # Up/Down scroll a quarter of the screen


class PresentMode(Enum):
    STEPPING = "stepping"  # one stage lit, its neighbours dimmed
    OVERVIEW = "overview"  # the whole journey fitted, nothing dimmed


Spot = CardRef | StageRef


class Presentation(QObject):
    toggled = Signal(bool)
    stage_changed = Signal(str)  # the stage now presented ("" when the journey has none)

    def __init__(self, window: QMainWindow, view: BoardView):
        super().__init__(window)
        self.window, self.view = window, view
        self._viewport = view.viewport()  # kept: asked of a view being destroyed, Qt would raise
        self._active = False
        self.mode = PresentMode.STEPPING
        self.spotlight: Spot | None = None
        self._stage: str | None = None
        self._step_top = 0.0  # the board y at the screen's top while stepping, kept over the overview
        self._window_state: WindowState | None = None
        self._view_state: ViewState | None = None
        self._added_actions: list[QAction] = []
        self._update_mode = view.viewportUpdateMode()
        self._bars = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
        self.blank = BlankCover(window, self.wake)
        self._laser = laser_cursor()
        view.board.synced.connect(self._resynced)
        window.installEventFilter(self)  # a close while presenting leaves presenting first

    # -- reading --
    @property
    def active(self) -> bool:
        return self._active

    def current_stage_id(self) -> str | None:
        return self._stage if self._active else None

    @property
    def last_stage_id(self) -> str | None:
        """The stage presented last (also after leaving): the presenter view's rehearsal place."""
        return self._stage

    def stage_ids(self) -> list[str]:
        journey = self.view.board.journey()
        return [s.id for s in journey.stages] if journey is not None else []

    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def text_px(self) -> float:
        """Card text height on screen: the card font's pixel size times the view's scale."""
        return S.font(S.CARD_FONT_SIZE).pixelSize() * self.view.transform().m11()

    # -- entering and leaving --
    def toggle(self) -> None:
        self.stop() if self._active else self.start()

    def start(self, stage_id: str | None = None) -> None:
        if self._active or self.view.board.journey() is None:
            return
        window, view = self.window, self.view
        if view.editor is not None:
            view.editor.finish(commit=True)
        self._window_state = capture_window(window, self._extras())
        self._view_state = ViewState.of(view)
        self._active = True
        self.mode, self.spotlight = PresentMode.STEPPING, None
        for action in self._window_actions():
            if action not in window.actions():
                window.addAction(action)  # its shortcut stays live without the menu bar
                self._added_actions.append(action)
        for dock in window.findChildren(QDockWidget):
            dock.hide()
        for bar in window.findChildren(QToolBar):
            bar.hide()
        window.menuBar().hide()
        window.statusBar().hide()
        for widget in self._extras().values():
            widget.hide()
        self._to_projector()
        window.showFullScreen()
        view.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self._bars = (view.horizontalScrollBarPolicy(), view.verticalScrollBarPolicy())
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.viewport().setCursor(self._laser)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        view.foreground = self._paint_foreground
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        QGuiApplication.processEvents()  # the full-screen size, before zooming to it
        cell = view.current_cell
        # the board's top edge at the screen's, not the margin above it
        self.go_to(stage_id or (cell[1] if cell else None) or self._end(0), top=0.0)
        self._sync_action()
        self.toggled.emit(True)

    def stop(self) -> None:
        if not self._active:
            return
        window, view = self.window, self.view
        if view.editor is not None:
            view.editor.finish(commit=True)
        self.blank.hide()
        self._active = False
        view.removeEventFilter(self)
        view.viewport().removeEventFilter(self)
        view.foreground = None
        view.viewport().unsetCursor()
        view.setViewportUpdateMode(self._update_mode)
        view.setHorizontalScrollBarPolicy(self._bars[0])
        view.setVerticalScrollBarPolicy(self._bars[1])
        for action in self._added_actions:
            window.removeAction(action)
        self._added_actions.clear()
        if self._window_state is not None:
            restore_window(window, self._window_state, self._extras())
        if self._view_state is not None:
            self._view_state.apply(view)
            LateResize(view, self._view_state)
        view.viewport().update()
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_action()
        self.toggled.emit(False)

    def _extras(self) -> dict:
        find_bar = getattr(self.window, "find_bar", None)
        return {"find_bar": find_bar} if find_bar is not None else {}

    def _window_actions(self) -> list[QAction]:
        return list(getattr(self.window, "actions_by_name", {}).values())

    def _sync_action(self) -> None:
        action = getattr(self.window, "actions_by_name", {}).get("present")
        if action is not None and action.isCheckable():
            action.setChecked(self._active)

    def _to_projector(self) -> None:
        """The whole of the projector (the non-primary screen), or of the window's own screen. The
        geometry is set as well as full screen asked for: without a window manager (a kiosk, a
        bare X server) showFullScreen alone leaves the window its size."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        target = self.window.screen()
        if len(screens) > 1 and primary is not None:
            placement = G.place_screens([s.geometry() for s in screens], screens.index(primary))
            target = screens[placement.board]
            handle = self.window.windowHandle()
            if handle is not None:
                handle.setScreen(target)
        if target is not None:
            self.window.setGeometry(target.geometry())

    # -- stepping --
    def go_to(self, stage_id: str | None, *, top: float | None = None) -> None:
        """Step to a stage: zoomed so its card text is at least 18 px (filling the height when the
        map is short enough), centred right of the lane names, the cell cursor moved into it. The
        board row at the screen's top stays there (``top``, board units; back from the overview,
        the one left for it), so stepping never jumps up or down."""
        if not self._active or stage_id is None or stage_id not in self.stage_ids():
            return
        view, layout = self.view, self.view.board.layout
        if layout is None:
            return
        if top is None:
            top = self._step_top if self.mode is PresentMode.OVERVIEW else view.mapToScene(0, 0).y()
        self.mode, self.spotlight = PresentMode.STEPPING, None
        self._stage = stage_id
        x, w = layout.column(stage_id)
        port = view.viewport().rect()
        zoom = G.step_zoom(
            port.width(), port.height(), layout.height, w, S.LANE_HEADER_W, S.font(S.CARD_FONT_SIZE).pixelSize()
        )
        if abs(view.zoom - zoom) > 1e-9:
            view.set_zoom(zoom, QGraphicsView.ViewportAnchor.NoAnchor)
        left = G.centred_left(port.width(), S.LANE_HEADER_W * zoom, w * zoom)
        bar = view.horizontalScrollBar()
        bar.setValue(bar.value() + round(view.mapFromScene(x, 0).x() - left))
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + view.mapFromScene(0, top).y())
        cell = view.current_cell or view.first_cell()
        if cell is not None:
            view.board.clearSelection()
            view.current_cell = (cell[0], stage_id)
        view.viewport().update()
        self.stage_changed.emit(stage_id)

    def step(self, delta: int) -> None:
        ids = self.stage_ids()
        if not ids:
            return
        if self.mode is PresentMode.OVERVIEW or self._stage not in ids:
            self.go_to(self._stage if self._stage in ids else ids[0])
            return
        self.go_to(ids[max(0, min(len(ids) - 1, ids.index(self._stage) + delta))])

    def _end(self, index: int) -> str | None:
        ids = self.stage_ids()
        return ids[index] if ids else None

    def first(self) -> None:
        self.go_to(self._end(0))

    def last(self) -> None:
        self.go_to(self._end(-1))

    def toggle_overview(self) -> None:
        if self.mode is PresentMode.OVERVIEW:
            self.go_to(self._stage)
            return
        self._step_top = self.view.mapToScene(0, 0).y()
        self.mode, self.spotlight = PresentMode.OVERVIEW, None
        self.view.zoom_fit()
        self.view.viewport().update()

    def enter_stage(self) -> None:
        """Enter in the overview: step into the stage that was clicked (spotlit, or the cell's)."""
        stage = self._stage
        if isinstance(self.spotlight, StageRef):
            stage = self.spotlight.stage_id
        elif isinstance(self.spotlight, CardRef):
            journey = self.view.board.journey()
            card = journey.card(self.spotlight.card_id) if journey is not None else None
            stage = card.stage if card is not None else stage
        elif self.view.current_cell is not None:
            stage = self.view.current_cell[1]
        self.go_to(stage)

    def scroll(self, direction: int) -> None:
        bar = self.view.verticalScrollBar()
        bar.setValue(bar.value() + direction * round(self.view.viewport().height() * SCROLL_STEP))

    # -- spotlight and blank --
    def set_spotlight(self, spot: Spot | None) -> None:
        if spot != self.spotlight:
            self.spotlight = spot
            self.view.viewport().update()

    def blank_screen(self) -> None:
        self.blank.cover()

    def wake(self) -> None:
        self.blank.hide()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def escape(self) -> None:
        if self.spotlight is not None:
            self.set_spotlight(None)
        else:
            self.stop()

    def _resynced(self) -> None:
        if self._active and self._stage not in self.stage_ids():
            ids = self.stage_ids()
            self._stage = ids[0] if ids else None
        if self._active:
            self.view.viewport().update()

    # -- what stays lit --
    def lit_rects(self) -> list[QRectF] | None:
        """Board rects left bright (None: nothing is dimmed)."""
        layout, view = self.view.board.layout, self.view
        if layout is None:
            return None
        if isinstance(self.spotlight, CardRef) and self.spotlight.card_id in layout.cards:
            lit = [qrect(layout.cards[self.spotlight.card_id]).adjusted(-4, -4, 4, 4)]
        elif isinstance(self.spotlight, StageRef) and self.spotlight.stage_id in self.stage_ids():
            x, w = layout.column(self.spotlight.stage_id)
            lit = [QRectF(x, 0, w, layout.height)]
        elif self.mode is PresentMode.STEPPING and self._stage in self.stage_ids():
            x, w = layout.column(self._stage)
            lane_column = QRectF(view.frozen.offset.x(), 0, S.LANE_HEADER_W, layout.height)
            lit = [QRectF(x, 0, w, layout.height), lane_column]
        else:
            return None
        if view.editor is not None:
            lit.append(view.editor.mapRectToScene(view.editor.boundingRect()))
        return lit

    def _paint_foreground(self, painter: QPainter, rect: QRectF) -> None:
        lit = self.lit_rects()
        if lit is not None:
            paint_dimming(painter, rect, lit)

    # -- input while presenting --
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._active:
            return False
        kind = event.type()
        if watched is self.window:
            if kind == QEvent.Type.Close:
                self.stop()  # the window saves its layout on closing: the normal one, not this
            return False
        if watched is self.view and kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            if self.view.editor is not None or not isinstance(event, QKeyEvent):
                return False  # the editor owns every key
            if kind == QEvent.Type.ShortcutOverride:
                if self.claims(event):
                    event.accept()  # delivered as a key press, below, not to a window shortcut
                    return True
                return False
            return self.handle_key(event)
        if watched is self._viewport and kind == QEvent.Type.MouseButtonPress:
            if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
                self.set_spotlight(self.spot_at(event.position().toPoint()))
        return False

    def claims(self, event: QKeyEvent) -> bool:
        """The keys presentation takes before the window's shortcuts see them."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        return Qt.Key(event.key()) in _KEYS or (self.mode is PresentMode.OVERVIEW and _is_enter(event))

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key on the board (or the presenter view) while presenting; True when it was used."""
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if self.mode is PresentMode.OVERVIEW and _is_enter(event):
            self.enter_stage()
            return True
        action = _KEYS.get(Qt.Key(event.key()))
        if action is not None:
            action(self)
            return True
        text = event.text()
        # a single letter is a presentation command here: it starts no card
        return bool(text) and text.isprintable() and not text.isspace()

    def spot_at(self, pos: QPoint) -> Spot | None:
        item: QGraphicsItem | None = self.view.itemAt(pos)
        while item is not None and not isinstance(item, CardItem | StageHeaderItem):
            item = item.parentItem()
        if isinstance(item, CardItem) and isinstance(item.ref, CardRef):
            return item.ref
        if isinstance(item, StageHeaderItem) and isinstance(item.ref, StageRef):
            return item.ref
        return None


def _is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


_KEYS = {
    Qt.Key.Key_Right: lambda p: p.step(1),
    Qt.Key.Key_PageDown: lambda p: p.step(1),
    Qt.Key.Key_Left: lambda p: p.step(-1),
    Qt.Key.Key_PageUp: lambda p: p.step(-1),
    Qt.Key.Key_Home: Presentation.first,
    Qt.Key.Key_End: Presentation.last,
    Qt.Key.Key_Up: lambda p: p.scroll(-1),
    Qt.Key.Key_Down: lambda p: p.scroll(1),
    Qt.Key.Key_O: Presentation.toggle_overview,
    Qt.Key.Key_B: Presentation.blank_screen,
    Qt.Key.Key_Escape: Presentation.escape,
    Qt.Key.Key_F11: Presentation.stop,  # "out of full screen" while presenting means leaving it
}
