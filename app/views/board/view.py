"""The board view: zoom, pan, keyboard navigation, in-place editing, drops and find.

It owns no data: it shows a BoardScene and turns input into the functions of
``actions`` (which push commands). Zoom and scroll are view state and never stored.
"""

from __future__ import annotations

import os

# Qt's raster engine hands every fill taller than ~96 lines (the board's background, lane
# bands, the scroll bars) to a GUI thread pool and blocks until it is done. For fills this
# size the hand-off costs more than the fill, and on a busy machine the wait for the pool's
# threads to be scheduled made frame times swing widely. QT_NO_GUI_THREADPOOL is Qt's own
# switch for this (read once, when the pool is first wanted, i.e. at the first large paint);
# this module is imported before the window paints, so it covers the app and every other
# embedding of the board: tests, bench probes.
os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QMenu

from app.document import commands as C
from app.document.document import Document
from app.i18n import translate
from app.models.entities import CARD_LANE_KINDS, LaneKind
from app.models.refs import CardRef, EmotionRef, ItemRef, Kind, LaneRef, MetricRef, StageRef
from app.views.board import actions as A
from app.views.board.card_item import CardItem
from app.views.board.cell_cursor import CellCursorItem, cell_qrect
from app.views.board.context_menus import open_keyboard_menu, show_context_menu
from app.views.board.drop_marker import hide_marker, show_marker
from app.views.board.editor import InPlaceEditor
from app.views.board.find import BoardFind
from app.views.board.frozen_headers import FrozenHeaders
from app.views.board.grid_inserts import insert_lane, insert_stage, lane_index, stage_index
from app.views.board.header_items import LaneHeaderItem, StageHeaderItem
from app.views.board.layout import qrect
from app.views.board.new_card import can_hold_cards, start_new_card
from app.views.board.palette_drops import ENTRIES, PALETTE_MIME, DropGesture, drop_from_palette
from app.views.board.scene import BoardScene
from app.views.board.speech import speak

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
ZOOM_STEP = 1.25


class BoardView(QGraphicsView):
    zoom_changed = Signal(float)
    message = Signal(str)

    def __init__(self, doc: Document, parent=None):
        self.board = BoardScene(doc)
        super().__init__(self.board, parent)
        self.doc = doc
        self.board.setParent(self)
        self.editor: InPlaceEditor | None = None
        self._cell: tuple[str, str] | None = None
        self._cell_engaged = False  # False: the cursor shows the start cell; the first arrow enters it
        self.cell_cursor = CellCursorItem()
        self.board.addItem(self.cell_cursor)
        self.board.synced.connect(self._place_cursor)
        self.context_menu: QMenu | None = None
        self._space_down = False
        self._zoom = 1.0
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.board.edit_refused.connect(self.message)
        self.board.selectionChanged.connect(self._selection_changed)
        self.frozen = FrozenHeaders(self, self.board)  # the header row and column stay in view
        self.finder = BoardFind(self.board, self.reveal)
        self.board.selectionChanged.connect(self._speak)  # a screen reader hears the current card
        self._speak()

    @property
    def journey_id(self) -> str | None:
        return self.board.journey_id

    def show_journey(self, journey_id: str | None) -> None:
        self.board.show_journey(journey_id)
        self.current_cell = None
        self._cell = self.first_cell()
        self._place_cursor()
        self.clear_find()

    # -- zoom and pan ---------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, anchor: QGraphicsView.ViewportAnchor | None = None) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        if anchor is not None:
            self.setTransformationAnchor(anchor)
        with self.frozen.held():
            self.scale(zoom / self._zoom, zoom / self._zoom)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._zoom = zoom
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / ZOOM_STEP, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_fit(self) -> None:
        rect = self.board.itemsBoundingRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        zoom = min(view.width() / rect.width(), view.height() / rect.height()) * 0.98
        self.set_zoom(zoom, QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.centerOn(rect.center())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.frozen.sync()

    def reveal(self, rect: QRectF, *, horizontal: bool = True, vertical: bool = True) -> None:
        """Scroll ``rect`` (board units) into view clear of the frozen headers."""
        self.frozen.reveal(rect, horizontal=horizontal, vertical=vertical)

    # Drawn over every item, in board units (presentation's dimming); None: nothing.
    foreground: Callable[[QPainter, QRectF], None] | None = None

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self.foreground is not None:
            self.foreground(painter, rect)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self._zoom * (ZOOM_STEP**steps))
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space_down and event.button() == Qt.MouseButton.LeftButton
        ):
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            fake = QMouseEvent(
                QEvent.Type.MouseButtonPress,
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
                event.modifiers(),
            )
            super().mousePressEvent(fake)
            return
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            self._cursor_to(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragMode() == QGraphicsView.DragMode.ScrollHandDrag:
            fake = QMouseEvent(
                QEvent.Type.MouseButtonRelease,
                event.position(),
                event.globalPosition(),
                Qt.MouseButton.LeftButton,
                Qt.MouseButton.NoButton,
                event.modifiers(),
            )
            super().mouseReleaseEvent(fake)
            self.setDragMode(
                QGraphicsView.DragMode.ScrollHandDrag if self._space_down else QGraphicsView.DragMode.RubberBandDrag
            )
            return
        super().mouseReleaseEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.editor is None:
            self._space_down = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    # -- keyboard ---------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        # While an editor is open it owns every key: accepting the override keeps the window's
        # shortcuts (Delete, Ctrl+D, Ctrl+Z, Space…) from firing and sends the key here instead.
        if event.type() == QEvent.Type.ShortcutOverride and self.editor is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editor is not None:
            super().keyPressEvent(event)
            event.accept()  # never on to the window, handled or not
            return
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        arrows = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in arrows:
            self.move_current_cell(*arrows[key])
            return
        if key == Qt.Key.Key_Insert or (ctrl and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.new_card(self.current_cell or self.first_cell())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            if not self.edit_selected() and key != Qt.Key.Key_F2 and self._on_empty_cell():
                self.new_card(self.current_cell)
            return
        if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and mods & Qt.KeyboardModifier.ShiftModifier):
            self.open_keyboard_menu()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and ctrl:  # out of the board, as from a text editor
            super().focusNextPrevChild(key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier)
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.next_card(backward=key == Qt.Key.Key_Backtab)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
            return
        text = event.text()
        no_command = not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
        )
        if text and text.isprintable() and not text.isspace() and no_command and self._on_empty_cell():
            self.new_card(self.current_cell, text)  # the typed character starts the card's text
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.cell_cursor.update()  # the cursor's ring is bold while the board has the keyboard

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.cell_cursor.update()

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab moves between cards, not out of the board

    # -- the cell cursor ----------------------------------------------------------------------------

    @property
    def current_cell(self) -> tuple[str, str] | None:
        """The (lane, stage) the keys act on: arrows move it, clicks set it, paste and Insert use it."""
        return self._cell if self._cell_engaged else None

    @current_cell.setter
    def current_cell(self, cell: tuple[str, str] | None) -> None:
        self._cell, self._cell_engaged = cell, cell is not None
        self._place_cursor()

    def first_cell(self) -> tuple[str, str] | None:
        """The first stage's cell in the first lane that holds cards (an analysed journey starts
        with its flow and data lanes), else in the first lane."""
        journey = self.board.journey()
        if journey is None or not journey.lanes or not journey.stages:
            return None
        lane = next((ln for ln in journey.lanes if ln.kind in CARD_LANE_KINDS), journey.lanes[0])
        return lane.id, journey.stages[0].id

    def _place_cursor(self) -> None:
        """Frame the cursor's cell again (after a sync the cell may have moved, grown or gone)."""
        layout, journey = self.board.layout, self.board.journey()
        cell = self._cell
        if journey is None or layout is None:
            self.cell_cursor.place(None)
            self._speak()
            return
        if cell is None or journey.lane(cell[0]) is None or journey.stage(cell[1]) is None:
            self._cell, self._cell_engaged = self.first_cell(), False
            cell = self._cell
        self.cell_cursor.place(cell_qrect(layout, cell) if cell else None)
        self._speak()

    def _speak(self) -> None:
        speak(self)

    def _cursor_to(self, pos: QPoint) -> None:
        """A click on a cell (its background or a card in it) moves the cursor there."""
        if self.frozen.covers(pos):
            return  # a frozen header, not the cell that scrolled under it
        cell = self.board.cell_at(self.mapToScene(pos))
        journey = self.board.journey()
        if cell is not None and journey is not None:
            self.current_cell = cell
            self.message.emit(f"{journey.lane(cell[0]).name} · {journey.stage(cell[1]).name}")

    def _on_empty_cell(self) -> bool:
        """Nothing is selected and the cursor is on a cell that can hold cards."""
        return not self.board.selected_refs() and can_hold_cards(self, self.current_cell)

    def _cells(self) -> tuple[list[str], list[str]]:
        journey = self.board.journey()
        if journey is None:
            return [], []
        return [ln.id for ln in journey.lanes], [s.id for s in journey.stages]

    def move_current_cell(self, d_lane: int, d_stage: int) -> None:
        lanes, stages = self._cells()
        if not lanes or not stages:
            return
        if self.current_cell is None:
            refs = self.board.selected_refs()
            card = next((self.doc.get(r) for r in refs if isinstance(r, CardRef)), None)
            self.current_cell = (card.lane, card.stage) if card else (lanes[0], stages[0])
            if card is None:
                d_lane = d_stage = 0
        lane_i = max(0, min(len(lanes) - 1, lanes.index(self.current_cell[0]) + d_lane))
        stage_i = max(0, min(len(stages) - 1, stages.index(self.current_cell[1]) + d_stage))
        self.current_cell = (lanes[lane_i], stages[stage_i])
        self._focus_cell()

    def _focus_cell(self) -> None:
        lane_id, stage_id = self.current_cell
        journey = self.board.journey()
        ids = [c.id for c in journey.cards_in_cell(lane_id, stage_id)]
        refs: list[ItemRef] = [CardRef(journey.id, ids[0])] if ids else []
        if not refs:
            point = next((e for e in journey.emotions if e.lane == lane_id and e.stage == stage_id), None)
            refs = [EmotionRef(journey.id, *point.key)] if point else []
        metric = MetricRef(journey.id, lane_id, stage_id)
        if not refs and metric in self.board.refs:
            refs = [metric]
        self.board.select_refs(refs)
        self.reveal(qrect(self.board.layout.cell_rect(lane_id, stage_id)))
        self.message.emit(f"{journey.lane(lane_id).name} · {journey.stage(stage_id).name}")

    def next_card(self, backward: bool = False) -> None:
        layout = self.board.layout
        if layout is None or not layout.cards:
            return
        refs = self.board.refs  # not compare mode's ghost cards (app/views/compare/), which have no item
        order = sorted(
            (c for c in layout.cards if CardRef(layout.journey_id, c) in refs),
            key=lambda c: (layout.cards[c].x, layout.cards[c].y),
        )
        if not order:
            return
        current = next((r.card_id for r in self.board.selected_refs() if isinstance(r, CardRef)), None)
        n = order.index(current) if current in order else -1
        n = (n - 1) % len(order) if backward else (n + 1) % len(order)
        self.board.select_refs([CardRef(layout.journey_id, order[n])])
        card = self.board.journey().card(order[n])
        self.current_cell = (card.lane, card.stage)
        self.reveal(qrect(layout.cards[order[n]]))

    def _selection_changed(self) -> None:
        refs = self.board.selected_refs()
        if len(refs) == 1 and isinstance(refs[0], CardRef):
            card = self.board.journey().card(refs[0].card_id) if self.board.journey() else None
            if card is not None and (card.lane, card.stage) != self.current_cell:
                self.current_cell = (card.lane, card.stage)

    # -- context menus ------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if self.editor is None:
            show_context_menu(self, event)

    def open_keyboard_menu(self) -> None:
        """The Menu key or Shift+F10: the menu of the one selected card or header, else of the cell."""
        open_keyboard_menu(self)

    # -- editing ---------------------------------------------------------------------------------

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and not hasattr(item, "ref"):
            item = item.parentItem()
        if isinstance(item, (CardItem, StageHeaderItem, LaneHeaderItem)):
            self.board.select_refs([item.ref])
            self.edit_selected()
            return
        pos = event.position().toPoint()
        cell = None if self.frozen.covers(pos) else self.board.cell_at(self.mapToScene(pos))
        if item is None and can_hold_cards(self, cell):
            self.board.clearSelection()
            self.new_card(cell)
            return
        super().mouseDoubleClickEvent(event)

    def new_card(self, cell: tuple[str, str] | None, text: str = "") -> bool:
        """Start a new card at the end of ``cell``, in its editor (made when it commits)."""
        return start_new_card(self, cell, text)

    def add_stage(self) -> None:
        """Journey ▸ Add Stage: after the cursor's stage (or at the end), then name it."""
        cell = self.current_cell or self.first_cell()
        index = stage_index(self.board, cell[1]) + 1 if cell else 0
        made = insert_stage(self.board, index)
        if made is not None:
            self.edit_ref(made)

    def add_lane(self) -> None:
        """Journey ▸ Add Lane: a cards lane below the cursor's lane (or at the end), then name it."""
        cell = self.current_cell or self.first_cell()
        index = lane_index(self.board, cell[0]) + 1 if cell else 0
        made = insert_lane(self.board, LaneKind.CARDS, index)
        if made is not None:
            self.edit_ref(made)

    def edit_selected(self) -> bool:
        refs = self.board.selected_refs()
        return len(refs) == 1 and self.edit_ref(refs[0])

    def edit_ref(self, ref: ItemRef, *, gesture: object | None = None) -> bool:
        """Open the in-place editor on a card's text or a header's name; an edit of a card with
        ``gesture`` merges into the command of that gesture (the drop that made the card)."""
        item = self.board.refs.get(ref)
        if item is None:
            return False
        if not item.isSelected():
            self.board.select_refs([ref])
        if isinstance(ref, CardRef):
            card_ref = ref
            text = self.doc.get(card_ref).text
            rect = QRectF(item.pos(), item.rect.size())

            def commit(value: str) -> None:
                if value != text:
                    self.board.push(lambda: C.Edit(self.doc, card_ref, {"text": value}, gesture=gesture))
        elif isinstance(ref, StageRef | LaneRef):
            header_ref = ref
            text = self.doc.get(header_ref).name
            top = 14 if isinstance(ref, StageRef) else 4
            rect = QRectF(item.pos(), item.rect.size()).adjusted(4, top, -4, 0)

            if isinstance(ref, StageRef):
                undo_name = translate("BoardView", "Rename Stage")
            else:
                undo_name = translate("BoardView", "Rename Lane")

            def commit(value: str) -> None:
                value = value.strip()
                if value and value != text:
                    self.board.push(lambda: C.Edit(self.doc, header_ref, {"name": value}, text=undo_name))

        else:
            return False
        self.open_editor(text, rect, commit, single_line=not isinstance(ref, CardRef))
        return True

    def open_editor(
        self,
        text: str,
        rect: QRectF,
        commit: Callable[[str], None],
        *,
        single_line: bool = False,
        on_tab: Callable[[], object] | None = None,
        select_all: bool = True,
    ) -> None:
        """Every way into the in-place editor comes here: the board takes the keyboard (the window
        active, the view focused, then the text item), so what is typed next lands in the editor."""
        if self.editor is not None:
            self.editor.finish(commit=True)
        self.editor = InPlaceEditor(text, rect, commit, self._editor_closed, single_line=single_line, on_tab=on_tab)
        self.board.addItem(self.editor)
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor.start(select_all=select_all)
        if not single_line:  # a card; a header is in view already (frozen, if need be)
            self.reveal(rect)

    def _editor_closed(self) -> None:
        self.editor = None
        self.setFocus()

    def delete_selected(self) -> None:
        A.delete_refs(self.board, self.board.selected_refs())

    def copy(self) -> None:
        A.copy_cards(self.board)

    def cut(self) -> None:
        A.cut_cards(self.board)

    def paste(self) -> None:
        """Paste into the cell cursor's cell: the cell last clicked or moved to."""
        cell = self.current_cell
        if cell is None:
            refs = self.board.selected_refs()
            card = next((self.doc.get(r) for r in refs if isinstance(r, CardRef)), None)
            cell = (card.lane, card.stage) if card is not None else None
        A.paste_cards(self.board, cell)

    def paste_into(self, cell: tuple[str, str]) -> None:
        self.current_cell = cell
        self.paste()

    def duplicate(self) -> None:
        A.duplicate_cards(self.board)

    def select_all(self) -> None:
        self.board.select_refs([ref for ref in self.board.refs if isinstance(ref, CardRef)])

    # -- drops from the palette -----------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(PALETTE_MIME):
            super().dragEnterEvent(event)  # so that QGraphicsView expects the leave that follows
            event.acceptProposedAction()
            self.dragMoveEvent(event)  # the insertion bar from the first moment
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasFormat(PALETTE_MIME):
            entry = bytes(event.mimeData().data(PALETTE_MIME)).decode("utf-8")
            show_marker(self.board, entry, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:
        hide_marker(self.board)
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        hide_marker(self.board)
        if event.mimeData().hasFormat(PALETTE_MIME):
            entry = bytes(event.mimeData().data(PALETTE_MIME)).decode("utf-8")
            self.drop_palette_entry(entry, self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
            return
        super().dropEvent(event)

    def drop_at_cursor(self, entry: str) -> ItemRef | None:
        """A palette entry chosen by keyboard: dropped at the cell cursor's cell (a stage after
        it, a lane below it, a card at its end, an emotion point at its middle)."""
        cell, layout = self.current_cell or self.first_cell(), self.board.layout
        if cell is None or layout is None:
            return None
        box = qrect(layout.cell_rect(*cell))
        known = ENTRIES.get(entry)
        emotion = known is not None and known.creates is Kind.EMOTION
        pos = box.center() if emotion else box.bottomRight() - QPointF(1, 1)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.drop_palette_entry(entry, pos)

    def drop_palette_entry(self, entry: str, scene_pos: QPointF) -> ItemRef | None:
        ref = drop_from_palette(self.board, entry, scene_pos)
        if ref is not None:
            self.board.select_refs([ref])
            if isinstance(ref, CardRef):  # what is typed next belongs to the drop's "Add Card" step
                self.edit_ref(ref, gesture=DropGesture(ref.card_id))
        return ref

    # -- find -------------------------------------------------------------------------------------------

    def find(self, text: str, *, backward: bool = False) -> tuple[int, int]:
        """Highlight every match (cards, headers, notes, metrics) and step to the next one, scrolled
        into view clear of the frozen headers; returns (position, count)."""
        return self.finder.step(text, backward=backward)

    def clear_find(self) -> None:
        self.finder.clear()
