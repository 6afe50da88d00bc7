"""An action card's badge on the board.

The badge sits at the bottom left of the card's footer: the state's glyph (☐ open, ◐ in
progress, ☑ done) and the due date, or the state's word when there is none; red while the
action is overdue. It is laid out once with the card's footer (``add_action_badge`` appends it
to the footer's parts, drawn by the card's usual footer painting) so painting stays cheap.
Other badges of a card (image, links, comments) go to the bottom right.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPen

from app.models import ownership as O
from app.models.entities import ActionState, Card, CardAction
from app.views.board import style as S

BADGE_SIZE = 7.5
_OVERDUE = QColor(O.OVERDUE_COLOR)
_DONE = QColor("#2E7D32")


def badge_text(action: CardAction) -> str:
    """ "☐ 2026-03-01" (the date in the session's order), or "◐ In progress" without a due date."""
    glyph = O.STATE_GLYPHS[action.state]
    return f"{glyph} {O.shown_date(action.due)}" if action.due else f"{glyph} {O.state_word(action.state)}"


def badge_color(action: CardAction) -> QColor:
    if O.action_overdue(action):
        return _OVERDUE
    return _DONE if action.state == ActionState.DONE else S.MUTED


def add_action_badge(parts: list, card: Card, footer: QRectF, pill_kind: object) -> float:
    """Append the badge of an action card to a card's footer ``parts`` as an outlined pill (of
    ``pill_kind``, the card's FooterPart.PILL); return the x where the rest of the footer's left
    side may start (``footer.left()`` for a card that is no action)."""
    action = card.action
    if action is None:
        return footer.left()
    text = badge_text(action)
    width = S.metrics(BADGE_SIZE).horizontalAdvance(text) + 10
    pill = QRectF(footer.left(), footer.top() + 1, min(width, footer.width() * 0.6), 15)
    if pill.width() < width:  # a narrow card: the glyph alone
        text = O.STATE_GLYPHS[action.state]
        pill.setWidth(S.metrics(BADGE_SIZE).horizontalAdvance(text) + 10)
    pen = QPen(badge_color(action), 1.2 if O.action_overdue(action) else 1.0)
    parts.append((pill_kind, pill, pen, S.Label(text, pill, Qt.AlignmentFlag.AlignCenter, BADGE_SIZE)))
    return pill.right() + 6
