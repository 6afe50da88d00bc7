"""A card the capture bar just made or fixed is scrolled into view and blinks, so the room sees
where it landed. The blink is the card's own highlight (the find colour) and leaves the board's
selection alone: the scribe's capture never moves what the facilitator has selected."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from app.models.refs import CardRef
from app.views.board.layout import qrect

BLINKS, BLINK_MS = 3, 180


def flash_card(view: Any, ref: CardRef) -> None:
    board = view.board
    layout = board.layout
    if layout is not None and ref.card_id in layout.cards:
        view.reveal(qrect(layout.cards[ref.card_id]))
    item = board.refs.get(ref)
    if item is None or getattr(item, "highlight", None) is not False:
        return  # gone, or already highlighted by Find: leave it as Find left it

    def step(n: int) -> None:
        if board.refs.get(ref) is not item:
            return  # re-made by a sync meanwhile
        item.highlight = n % 2 == 0 and n < 2 * BLINKS
        item.update()
        if n < 2 * BLINKS:
            QTimer.singleShot(BLINK_MS, board, lambda: step(n + 1))

    step(0)
