"""Starting a new card from the keyboard or a double-click, in its editor, before it exists.

The card is made only when the editor commits non-blank text: one "Add Card" step holding
what was typed. Esc, or a commit of nothing, leaves no card and no undo step, so the undo
history never holds a "New card" placeholder that was then edited.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.document import commands as C
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import CARD_LANE_KINDS, Card, LaneKind
from app.models.ids import new_id
from app.models.refs import CardRef
from app.views.board.cell_cursor import new_card_rect

if TYPE_CHECKING:
    from app.views.board.view import BoardView

WRONG_LANE = QT_TRANSLATE_NOOP("BoardNewCard", "New cards go in a cards or touchpoints lane")


def can_hold_cards(view: BoardView, cell: tuple[str, str] | None) -> bool:
    journey = view.board.journey()
    lane = journey.lane(cell[0]) if journey is not None and cell is not None else None
    return lane is not None and lane.kind in CARD_LANE_KINDS


def start_new_card(view: BoardView, cell: tuple[str, str] | None, text: str = "") -> bool:
    """Open an editor for a new card at the end of ``cell``; Tab in it commits and starts the next."""
    board = view.board
    journey, layout = board.journey(), board.layout
    if journey is None or layout is None or cell is None:
        return False
    lane = journey.lane(cell[0])
    if lane is None or lane.kind not in CARD_LANE_KINDS:
        view.message.emit(translate("BoardNewCard", WRONG_LANE))
        return False
    doc, jid = board.doc, journey.id
    touchpoint = lane.kind == LaneKind.TOUCHPOINTS

    def commit(value: str) -> None:
        if not value.strip():
            return
        card = Card(
            id=new_id("card", doc.all_card_ids()),
            lane=cell[0],
            stage=cell[1],
            text=value,
            channel="web" if touchpoint else None,
            touchpoint="external" if touchpoint else None,
        )
        if board.push(lambda: C.add_card(doc, jid, card)):
            board.select_refs([CardRef(jid, card.id)])

    view.current_cell = cell
    view.open_editor(
        text,
        new_card_rect(layout, cell),
        commit,
        on_tab=lambda: start_new_card(view, cell),
        select_all=False,
    )
    return True
