"""The card menu's "Make Action" (an opportunity taken up) and "Remove Action": one undo step each."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from app.document import commands as C
from app.i18n import translate
from app.models import ownership as O
from app.models.entities import CardAction
from app.models.refs import CardRef
from app.views.board import actions as A

if TYPE_CHECKING:
    from app.views.board.view import BoardView


def add_action_entry(menu: QMenu, view: BoardView, ref: CardRef) -> None:
    """ "Make Action" on an opportunity that is none yet, "Remove Action" on an action."""
    doc = view.doc
    card = doc.get(ref)
    journey = view.board.journey()
    lane = journey.lane(card.lane) if journey else None
    if card.action is None and not O.can_be_action(lane):
        return
    menu.addSeparator()
    if card.action is None:
        entry = menu.addAction(translate("BoardContextMenu", "Make &Action"))
        text, value = translate("BoardContextMenu", "Make Action"), CardAction()
    else:
        entry = menu.addAction(translate("BoardContextMenu", "Remove &Action"))
        text, value = translate("BoardContextMenu", "Remove Action"), None
    step = partial(C.Edit, doc, ref, {"action": value}, text=text)
    entry.triggered.connect(lambda _checked=False: A.push_all(view.board, text, [step]))
