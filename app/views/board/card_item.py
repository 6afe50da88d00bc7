"""A card on the board: one QGraphicsItem that paints itself from cached pieces.

Text and footer are laid out once per change, when the card is first painted after it (not
when it is set: opening ten thousand cards would lay out every one, while a view shows a few
dozen); zoomed out below LOD_BLOCKS a card is a plain coloured block, so painting ten
thousand cards stays cheap. That is for the screen only: a picture (PNG, SVG) is read at its
own size, so ``full_detail()`` turns it off while one is drawn. Moving a card is a Qt drag
of the selected items; the scene turns the drop into one command.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen, QStaticText, QTextOption
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.i18n import translate
from app.models.entities import Card, Lane
from app.models.map_layout import Rect, has_footer
from app.models.refs import CardRef
from app.views.board import evidence_badges
from app.views.board import style as S
from app.views.board.action_badge import add_action_badge
from app.views.board.layout import text_height
from app.views.board.vote_dots import BADGE_H, BADGE_W, DIM_OPACITY, DOT_D, DOT_GAP, VoteMarks, paint_dots, place_dots
from app.views.board.vote_dots import strip_height as dot_strip_height

LOD_BLOCKS = 0.35
LOD_NO_FOOTER = 0.55
_TEXT_POS = QPointF(S.CARD_PAD, S.CARD_PAD)
_VOTE_BRUSH = QBrush(S.VOTE_BG)
_WHITE = S.WHITE
_FLAGS = (
    QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
    | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
)


def elide_to_height(text: str, width: float, height: float) -> str:
    """The longest prefix of ``text`` (ending in "…") whose wrapped height fits."""
    if text_height(text, width) <= height:
        return text
    lo, hi = 0, min(len(text), 4000)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if text_height(text[:mid].rstrip() + "…", width) <= height:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


@contextmanager
def full_detail() -> Iterator[None]:
    """Every card drawn inside this block shows its text and footer, whatever the scale."""
    CardItem.full_detail += 1
    try:
        yield
    finally:
        CardItem.full_detail -= 1


class FooterPart(Enum):
    """How a piece of a card's footer is drawn: a filled badge (votes), an outlined pill
    (touchpoint category) or plain text (evidence, tags, channel)."""

    BADGE = 1
    PILL = 2
    TEXT = 3


class CardItem(QGraphicsItem):
    full_detail: ClassVar[int] = 0  # > 0 while a picture is drawn (see full_detail())

    def __init__(self, ref: CardRef):
        super().__init__()
        self.ref = ref
        self.card: Card | None = None
        self.lane: Lane | None = None
        self.rect = QRectF()
        self._bounds = QRectF(-2, -2, 4, 4)
        self.highlight = False
        self._color = _WHITE
        self._ink = S.INK
        self._text: QStaticText | None = None  # made by _lay_out
        self._border_pen: QPen | None = None
        self._footer: list = []  # (kind, rect, pen/brush, Label) drawn in order; see _prepare_footer
        self._laid_out = False  # text and footer match the card (see _lay_out)
        self.marks: VoteMarks | None = None  # None: the card's own votes (no session shown)
        self._dots = None  # DotPlaces of the card's vote dots, made by _lay_out
        self._badges: evidence_badges.Badges | None = None  # image, links, comments; made by _lay_out
        self.setFlags(_FLAGS)  # NoCache and no hover events are QGraphicsItem's defaults
        self.setZValue(10)

    @property
    def card_id(self) -> str:
        return self.ref.card_id

    def set_card(self, card: Card, lane: Lane, box: Rect) -> None:
        """Update from the document and the layout's box; cheap when nothing changed."""
        if card is not self.card or lane is not self.lane or box.w != self.rect.width() or box.h != self.rect.height():
            self.prepareGeometryChange()
            self.card, self.lane = card, lane
            self.rect = QRectF(0, 0, box.w, box.h)
            self._bounds = self.rect.adjusted(-2, -2, 2, 2)
            self._color = S.card_color(card.color, lane.kind, lane.role)
            self._ink = S.ink_on(self._color)
            self._laid_out = False
            self.update()
            self.setToolTip(evidence_badges.tooltip(card))
        pos = self.pos()
        if pos.x() != box.x or pos.y() != box.y:
            self.setPos(box.x, box.y)

    def set_marks(self, marks: VoteMarks) -> None:
        """The votes the board shows on this card now (app/views/board/vote_marks.py)."""
        if marks != self.marks:
            self.marks = marks
            self.setOpacity(DIM_OPACITY if marks.dimmed else 1.0)
            self._laid_out = False
            self.update()

    def vote_marks(self) -> VoteMarks:
        card = self.card
        return self.marks if self.marks is not None else VoteMarks(total=(card.votes or None) if card else None)

    def lay_out(self) -> None:
        """Lay the text and footer out now if a change left them stale (paint does it anyway;
        the scene calls this in idle time so that the first zoom-out finds them ready)."""
        if not self._laid_out and self.card is not None:
            self._lay_out()

    def _lay_out(self) -> None:
        card = self.card
        self._laid_out = True
        width = self.rect.width() - 2 * S.CARD_PAD
        avail = self.rect.height() - 2 * S.CARD_PAD - (S.CARD_FOOTER_H if has_footer(card) else 0)
        strip = 0.0 if has_footer(card) else dot_strip_height(self.vote_marks(), width)
        if strip:
            avail = self.rect.height() - S.CARD_PAD - 2 - strip  # the strip takes the bottom padding
        self._text = QStaticText(elide_to_height(card.text, width, avail))
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._text.setTextWidth(width)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._text.setTextOption(option)
        left = []
        if card.evidence:
            mark, label = S.EVIDENCE_MARKS[card.evidence]
            left.append(f"{mark} {translate('Theme', label).lower()}")
        if card.channel:
            left.append(f"{S.CHANNEL_ICONS.get(card.channel, '◆')} {card.channel.replace('_', ' ')}")
        left.extend(f"#{t}" for t in card.tags)
        right = []
        if card.touchpoint:
            right.append(translate("Theme", S.CATEGORY_LABELS[card.touchpoint]))
        self._border_pen = QPen(self._color.darker(125), 1.0)
        self._prepare_footer("  ".join(left), "  ".join(right))
        if strip:
            self._prepare_strip(strip)

    def _prepare_footer(self, footer_left: str, footer_right: str) -> None:
        """Lay the footer out once: paint() then draws shapes and QStaticTexts only."""
        card = self.card
        self._footer = []
        self._dots = None
        self._badges = None
        if not has_footer(card):
            return
        marks = self.vote_marks()
        r = self.rect
        footer = QRectF(S.CARD_PAD, r.height() - S.CARD_FOOTER_H, r.width() - 2 * S.CARD_PAD, S.CARD_FOOTER_H - 4)
        metrics = S.metrics(7.5)
        center = Qt.AlignmentFlag.AlignCenter
        right_edge = footer.right()
        if marks.total:
            badge = QRectF(right_edge - BADGE_W, footer.top() + 1, BADGE_W, BADGE_H)
            self._footer.append(
                (FooterPart.BADGE, badge, _VOTE_BRUSH, S.Label(f"{marks.total}", badge, center, 7.5, True))
            )
            right_edge = badge.left() - 4
        if footer_right:
            w = metrics.horizontalAdvance(footer_right) + 10
            pill = QRectF(right_edge - w, footer.top() + 1, w, 15)
            pen = QPen(S.CATEGORY_COLORS.get(card.touchpoint or "", S.MUTED), 1)
            self._footer.append((FooterPart.PILL, pill, pen, S.Label(footer_right, pill, center, 7.5)))
            right_edge = pill.left() - 4
        left_edge = add_action_badge(self._footer, card, footer, FooterPart.PILL)  # bottom left
        self._badges = evidence_badges.place(card, right_edge, footer.top() + 1, BADGE_H, left_edge)  # bottom right
        if self._badges is not None:
            right_edge = self._badges.left - 6
        if marks.dots:  # while a room votes its dots matter more than tags and evidence
            top = footer.top() + (BADGE_H + 2 - DOT_D) / 2
            room = right_edge - left_edge
            self._dots = place_dots(marks.dots, left_edge, top, room, one_row=True, extra=marks.extra)
        elif footer_left:
            room = QRectF(left_edge, footer.top(), max(0.0, right_edge - left_edge), footer.height())
            text = metrics.elidedText(footer_left, Qt.TextElideMode.ElideRight, room.width())
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            self._footer.append((FooterPart.TEXT, room, S.MUTED, S.Label(text, room, flags, 7.5)))

    def _prepare_strip(self, height: float) -> None:
        """A card without a footer shows its dots and badge in a strip at its foot."""
        marks, r = self.vote_marks(), self.rect
        top = r.height() - 2 - height
        if marks.total:
            badge = QRectF(r.width() - S.CARD_PAD - BADGE_W, top + (height - BADGE_H) / 2, BADGE_W, BADGE_H)
            label = S.Label(f"{marks.total}", badge, Qt.AlignmentFlag.AlignCenter, 7.5, True)
            self._footer.append((FooterPart.BADGE, badge, _VOTE_BRUSH, label))
        if marks.dots:
            room = r.width() - 2 * S.CARD_PAD - BADGE_W - DOT_GAP
            self._dots = place_dots(marks.dots, S.CARD_PAD, top + 1, room, extra=marks.extra)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def mousePressEvent(self, event) -> None:
        self._press_pos = self.pos()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        start = getattr(self, "_press_pos", None)
        if start is not None and self.pos() != start and self.scene() is not None:
            self.scene().finish_card_drag(self, event.scenePos())
        self._press_pos = None

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = math.inf if CardItem.full_detail else option.levelOfDetailFromTransform(painter.worldTransform())
        selected = self.isSelected()
        if lod < LOD_BLOCKS:
            painter.fillRect(self.rect, S.SELECTION if selected else self._color)
            return
        if not self._laid_out:
            self._lay_out()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected or self.highlight:
            painter.setPen(QPen(S.SELECTION if selected else S.FIND_HIT, 2.5))
        else:
            painter.setPen(self._border_pen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(self.rect, 5, 5)
        painter.setPen(self._ink)
        painter.setFont(S.font(S.CARD_FONT_SIZE))
        painter.drawStaticText(_TEXT_POS, self._text)
        if lod >= LOD_NO_FOOTER and (self._footer or self._badges):
            self._paint_footer(painter)
        if self._dots is not None:
            paint_dots(painter, self._dots)

    def _paint_footer(self, painter: QPainter) -> None:
        for kind, rect, paint_with, label in self._footer:
            if kind is FooterPart.BADGE:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(paint_with)
                painter.drawRoundedRect(rect, 7.5, 7.5)
                painter.setPen(_WHITE)
            elif kind is FooterPart.PILL:
                painter.setPen(paint_with)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect, 7.5, 7.5)
            else:
                painter.setPen(paint_with)
            label.draw(painter)
        if self._badges is not None:
            self._badges.paint(painter, self._ink)

    def size(self) -> QSizeF:
        return self.rect.size()
