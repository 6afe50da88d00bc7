"""The board's context menus (right-click, the Menu key, Shift+F10): what can be done to a
cell, a card, a stage header or a lane header, each entry one undoable step through the
same functions as the keys and the Edit menu.

The menu is built for a typed target (a ``CardRef``, ``StageRef``, ``LaneRef`` or a cell) and
shown with ``popup`` (not ``exec``), so the event loop, and a test, keep running while it is open.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QIcon, QKeySequence, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu

from app.document import commands as C
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import EVIDENCE, LaneKind
from app.models.refs import CardRef, ItemRef, LaneRef, StageRef
from app.views.board import actions as A
from app.views.board import style as S
from app.views.board.action_menu import add_action_entry
from app.views.board.cell_cursor import cell_qrect
from app.views.board.grid_inserts import LANE_KIND_LABELS, insert_lane, insert_stage, lane_index, stage_index
from app.views.board.new_card import can_hold_cards

if TYPE_CHECKING:
    from app.views.board.view import BoardView

Cell = tuple[str, str]
# The card colours: the lanes' default colours, each once, named for the menu.
COLOR_NAMES = {
    "#FFE08A": QT_TRANSLATE_NOOP("BoardContextMenu", "Yellow"),
    "#CDE7FF": QT_TRANSLATE_NOOP("BoardContextMenu", "Blue"),
    "#E8F1FF": QT_TRANSLATE_NOOP("BoardContextMenu", "Pale Blue"),
    "#FFC9C2": QT_TRANSLATE_NOOP("BoardContextMenu", "Red"),
    "#C8F0E8": QT_TRANSLATE_NOOP("BoardContextMenu", "Mint"),
    "#E6E0F5": QT_TRANSLATE_NOOP("BoardContextMenu", "Lavender"),
    "#EDE7F6": QT_TRANSLATE_NOOP("BoardContextMenu", "Lilac"),
    "#FFF3C4": QT_TRANSLATE_NOOP("BoardContextMenu", "Cream"),
    "#D9F2D0": QT_TRANSLATE_NOOP("BoardContextMenu", "Green"),
}
CARD_COLORS = [(c, COLOR_NAMES.get(c, c)) for c in dict.fromkeys(v for v in S.DEFAULT_CARD_COLORS.values())]


def swatch(color: str | None, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    fill = QColor(color) if color else S.WHITE
    p.setPen(QPen(fill.darker(150) if color else S.MUTED, 1))
    p.setBrush(fill)
    p.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    if not color:
        p.drawLine(3, size - 3, size - 3, 3)
    p.end()
    return QIcon(pixmap)


def _keyed(text: str, key: str) -> str:
    """A menu text with its key in the shortcut column, spelled as the session's language spells
    keys ("Entf", "Strg+D" in German; Qt's own catalogue)."""
    return text + "\t" + QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def _add(menu: QMenu, text: str, slot: Callable[[], object], *, enabled: bool = True, icon: QIcon | None = None):
    action = menu.addAction(icon, text) if icon is not None else menu.addAction(text)
    action.setEnabled(enabled)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def show_context_menu(view: BoardView, event: QContextMenuEvent) -> None:
    """A right-click: the menu of the card or header under the mouse, else of the cell (which
    the cell cursor moves to)."""
    if event.reason() == QContextMenuEvent.Reason.Keyboard:
        open_keyboard_menu(view)
        return
    item = view.itemAt(event.pos())
    while item is not None and not hasattr(item, "ref"):
        item = item.parentItem()
    target: ItemRef | Cell | None = getattr(item, "ref", None)
    if target is None and not view.frozen.covers(event.pos()):
        target = view.board.cell_at(view.mapToScene(event.pos()))
        if target is not None:
            view.board.clearSelection()
            view.current_cell = target
    popup(view, target, event.globalPos())


def open_keyboard_menu(view: BoardView) -> None:
    """The menu of the one selected card or header, else of the cursor's cell, shown on it."""
    board = view.board
    refs = board.selected_refs()
    target: ItemRef | Cell | None = refs[0] if len(refs) == 1 else None
    if not isinstance(target, CardRef | StageRef | LaneRef):
        target = view.current_cell
        if target is None:  # the start cell, not entered yet: enter it
            target = view.current_cell = view.first_cell()
    if isinstance(target, tuple):
        rect = cell_qrect(board.layout, target) if board.layout else QRectF()
    else:
        item = board.refs.get(target) if target is not None else None
        rect = item.sceneBoundingRect() if item is not None else QRectF()
    corner = view.mapFromScene(rect.topLeft() + QPointF(min(24.0, rect.width() / 2), min(20.0, rect.height() / 2)))
    popup(view, target, view.viewport().mapToGlobal(corner))


def popup(view: BoardView, target: ItemRef | Cell | None, where: QPoint) -> None:
    """Show the menu without blocking (tests and the event loop keep running); one at a time."""
    menu = build_menu(view, target)
    if menu is None:
        return
    if view.context_menu is not None:
        view.context_menu.deleteLater()
    view.context_menu = menu
    menu.popup(where)


def build_menu(view: BoardView, target: ItemRef | Cell | None) -> QMenu | None:
    """The menu for ``target``, or None when it has none (emotion points and metrics keep
    their own gestures; an empty spot off the grid has nothing to act on)."""
    if isinstance(target, CardRef):
        return _card_menu(view, target)
    if isinstance(target, StageRef):
        return _stage_menu(view, target)
    if isinstance(target, LaneRef):
        return _lane_menu(view, target)
    if isinstance(target, tuple) and can_hold_cards(view, target):
        return _cell_menu(view, target)
    return None


def _cell_menu(view: BoardView, cell: Cell) -> QMenu:
    menu = QMenu(view)
    _add(menu, _keyed(translate("BoardContextMenu", "&New Card"), "Insert"), lambda: view.new_card(cell))
    _add(menu, _keyed(translate("BoardContextMenu", "&Paste"), "Ctrl+V"), lambda: view.paste_into(cell))
    return menu


def _card_menu(view: BoardView, ref: CardRef) -> QMenu:
    menu = QMenu(view)
    board = view.board
    if ref not in board.selected_refs():
        board.select_refs([ref])
    _add(menu, _keyed(translate("BoardContextMenu", "&Edit"), "F2"), lambda: view.edit_ref(ref))
    _add(menu, _keyed(translate("BoardContextMenu", "D&uplicate"), "Ctrl+D"), view.duplicate)
    _add(menu, _keyed(translate("BoardContextMenu", "&Delete"), "Del"), view.delete_selected)
    menu.addSeparator()
    card = view.doc.get(ref)
    colors = menu.addMenu(translate("BoardContextMenu", "&Colour"))
    for value, name in [(None, QT_TRANSLATE_NOOP("BoardContextMenu", "Lane Default")), *CARD_COLORS]:
        label = translate("BoardContextMenu", name)
        action = _add(colors, label, partial(set_cards, view, "color", value, Field.COLOUR), icon=swatch(value))
        action.setCheckable(True)
        action.setChecked(card.color == value)
    evidence = menu.addMenu(translate("BoardContextMenu", "E&vidence"))
    for level in (None, *EVIDENCE):
        mark, label = S.EVIDENCE_MARKS[level] if level else ("", translate("BoardContextMenu", "None"))
        text = f"{mark} {translate('Theme', label)}".strip()
        action = _add(evidence, text, partial(set_cards, view, "evidence", level, Field.EVIDENCE))
        action.setCheckable(True)
        action.setChecked(card.evidence == level)
    add_action_entry(menu, view, ref)
    return menu


class Field(Enum):
    """What the card menu sets; whole undo names per field, so German can inflect them."""

    COLOUR = "colour"
    EVIDENCE = "evidence"


def _undo_names(what: Field, count: int) -> str:
    if what is Field.COLOUR:
        if count == 1:
            return translate("BoardContextMenu", "Set Card Colour")
        return translate("BoardContextMenu", "Set Colour of {n} Cards").format(n=count)
    if count == 1:
        return translate("BoardContextMenu", "Set Card Evidence")
    return translate("BoardContextMenu", "Set Evidence of {n} Cards").format(n=count)


def set_cards(view: BoardView, field: str, value: str | None, what: Field) -> None:
    """Set ``field`` of every selected card: one undo step for all of them."""
    board, doc = view.board, view.doc
    refs = [r for r in board.selected_refs() if isinstance(r, CardRef) and getattr(doc.get(r), field) != value]
    one = _undo_names(what, 1)
    steps: list[Callable[[], C.Command]] = [partial(C.Edit, doc, r, {field: value}, text=one) for r in refs]
    if steps:
        A.push_all(board, _undo_names(what, len(steps)), steps)


def _stage_menu(view: BoardView, ref: StageRef) -> QMenu:
    menu = QMenu(view)
    board = view.board

    def insert(offset: int) -> None:
        made = insert_stage(board, stage_index(board, ref.stage_id) + offset)
        if made is not None:
            view.edit_ref(made)

    _add(menu, translate("BoardContextMenu", "Insert Stage &Before"), lambda: insert(0))
    _add(menu, translate("BoardContextMenu", "Insert Stage &After"), lambda: insert(1))
    menu.addSeparator()
    _add(menu, _keyed(translate("BoardContextMenu", "&Rename"), "F2"), lambda: view.edit_ref(ref))
    _add(menu, translate("BoardContextMenu", "&Delete Stage"), lambda: A.delete_refs(board, [ref]))
    return menu


def _lane_menu(view: BoardView, ref: LaneRef) -> QMenu:
    menu = QMenu(view)
    board = view.board

    def insert(kind: LaneKind, offset: int) -> None:
        made = insert_lane(board, kind, lane_index(board, ref.lane_id) + offset)
        if made is not None:
            view.edit_ref(made)

    above, below = (
        translate("BoardContextMenu", "Insert Lane &Above"),
        translate("BoardContextMenu", "Insert Lane &Below"),
    )
    for text, offset in ((above, 0), (below, 1)):
        sub = menu.addMenu(text)
        for kind, label in LANE_KIND_LABELS.items():
            _add(sub, translate("BoardInserts", label), partial(insert, kind, offset))
    menu.addSeparator()
    _add(menu, _keyed(translate("BoardContextMenu", "&Rename"), "F2"), lambda: view.edit_ref(ref))
    _add(menu, translate("BoardContextMenu", "&Delete Lane"), lambda: A.delete_refs(board, [ref]))
    return menu
