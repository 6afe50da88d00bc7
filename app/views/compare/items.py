"""What compare mode draws on the board: decoration only, never items of the document.

Marks on cards and headers are children of the card or header item, so they follow a drag and
a sticky header, and go with the item when it goes; they take no mouse button, so every click,
drag and double-click still reaches the card or header below, and only their tooltips (the old
text and values) are theirs. Ghost cards and old curves stand in the scene on their own: they
are not in ``BoardScene.refs``, cannot be selected, moved or edited.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from app.i18n import QT_TRANSLATE_NOOP, translate
from app.models.entities import Card
from app.views.board import style as S
from app.views.board.emotion_items import smooth_path


class Mark(Enum):
    """How a thing differs from the other side; each has its colour and its word."""

    ADDED = ("#137333", QT_TRANSLATE_NOOP("CompareItems", "new"))
    CHANGED = ("#A8520A", QT_TRANSLATE_NOOP("CompareItems", "changed"))
    MOVED = ("#1967D2", QT_TRANSLATE_NOOP("CompareItems", "moved"))
    REMOVED = ("#B3261E", QT_TRANSLATE_NOOP("CompareItems", "removed"))

    @property
    def color(self) -> QColor:
        return QColor(self.value[0])

    @property
    def word(self) -> str:
        return translate("CompareItems", self.value[1])


PILL_H = 15.0
PILL_FONT = 7.0


def _pill_width(text: str) -> float:
    return S.metrics(PILL_FONT, bold=True).horizontalAdvance(text) + 10


def _paint_pill(painter: QPainter, rect: QRectF, color: QColor, text: str) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(rect, PILL_H / 2, PILL_H / 2)
    painter.setPen(S.WHITE)
    painter.setFont(S.font(PILL_FONT, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


class _Decoration(QGraphicsItem):
    def __init__(self, parent: QGraphicsItem | None = None):
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.current = False  # the change the Changes panel stands on: drawn bolder


class CardMark(_Decoration):
    """A frame round a new or changed card, its word on a pill at the top edge, and the change
    of its votes ("+2", "−1") beside it. The tooltip says what it was."""

    def __init__(self, card_item: QGraphicsItem, mark: Mark, tooltip: str, votes: int = 0):
        super().__init__(card_item)
        self.mark, self.votes = mark, votes
        self.rect = QRectF(card_item.boundingRect().adjusted(2, 2, -2, -2))
        self.setToolTip(tooltip)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -PILL_H / 2 - 3, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.rect)  # the tooltip shows over the whole card
        return path

    def pills(self) -> list[tuple[str, QColor]]:
        found = [(self.mark.word, self.mark.color)]
        if self.votes:
            text = f"+{self.votes}" if self.votes > 0 else f"\u2212{-self.votes}"
            found.append((text, QColor("#5B3CC4")))
        return found

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self.mark.color, 3.5 if self.current else 2.0)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect.adjusted(-1, -1, 1, 1), 6, 6)
        right = self.rect.right() - 6
        for text, color in reversed(self.pills()):
            w = _pill_width(text)
            box = QRectF(right - w, self.rect.top() - PILL_H / 2, w, PILL_H)
            _paint_pill(painter, box, color, text)
            right = box.left() - 3


class HeaderMark(_Decoration):
    """A stage or lane header's word (new, moved, changed) on a pill at its top right."""

    def __init__(self, header: QGraphicsItem, marks: list[Mark], tooltip: str):
        super().__init__(header)
        self.marks = marks
        self.header_rect = QRectF(header.boundingRect())
        self.setToolTip(tooltip)
        self.setZValue(1)

    def _boxes(self) -> list[tuple[QRectF, Mark]]:
        right = self.header_rect.right() - 8
        boxes = []
        for mark in reversed(self.marks):
            w = _pill_width(mark.word)
            boxes.append((QRectF(right - w, self.header_rect.top() + 6, w, PILL_H), mark))
            right -= w + 3
        return boxes

    def boundingRect(self) -> QRectF:
        found = QRectF()
        for box, _mark in self._boxes():
            found = found.united(box)
        return found.adjusted(-2, -2, 2, 2) if self.current is False else QRectF(self.header_rect)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.current:
            painter.setPen(QPen(self.marks[0].color, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.header_rect.adjusted(2, 2, -2, -3), 4, 4)
        for box, mark in self._boxes():
            _paint_pill(painter, box, mark.color, mark.word)

    def set_current(self, current: bool) -> None:
        self.prepareGeometryChange()
        self.current = current
        self.update()


class GhostCard(_Decoration):
    """A removed card in its old cell: faded, a dashed outline, its old text; not editable."""

    def __init__(self, card: Card, rect: QRectF):
        super().__init__()
        self.card = card
        self.rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self.setZValue(9)
        self.setToolTip(translate("CompareItems", "Removed: {text}").format(text=card.text[:1000]))

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-3, -PILL_H / 2 - 3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = Mark.REMOVED.color
        fill = QColor(S.SURFACE)
        fill.setAlpha(170)
        pen = QPen(color, 3.0 if self.current else 1.6)
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(self.rect, 5, 5)
        ink = QColor(S.BOARD_MUTED)
        painter.setPen(ink)
        font = S.font(S.CARD_FONT_SIZE)
        font.setStrikeOut(True)
        painter.setFont(font)
        text_box = self.rect.adjusted(S.CARD_PAD, S.CARD_PAD, -S.CARD_PAD, -S.CARD_PAD)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        painter.drawText(text_box, flags, self.card.text[:400])
        word = Mark.REMOVED.word
        w = _pill_width(word)
        _paint_pill(painter, QRectF(self.rect.right() - 6 - w, -PILL_H / 2, w, PILL_H), color, word)


class OldCurves(_Decoration):
    """The old scores of an emotion lane's changed curves: dashed in the "changed" colour (a
    to-be curve is dashed in the persona's), hollow rings at the points and "before" at the end,
    under the current curves, which stay as they are."""

    def __init__(self, rect: QRectF, curves: list[tuple[QColor, list[QPointF]]]):
        super().__init__()
        self.rect, self.curves = QRectF(rect), curves
        self.setZValue(5)  # under the current curves (6) and their faces

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        color = QColor(Mark.CHANGED.color)
        color.setAlpha(210)
        word = translate("CompareItems", "before")
        for _persona_color, points in self.curves:
            pen = QPen(color, 2.2)
            pen.setDashPattern([3.0, 2.0])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if len(points) > 1:
                painter.drawPath(smooth_path(points))
            painter.setPen(QPen(color, 1.8))
            painter.setBrush(S.SURFACE)
            for point in points:
                painter.drawEllipse(point, 4.5, 4.5)
            if points:
                last = points[-1]
                w = _pill_width(word)
                _paint_pill(painter, QRectF(last.x() + 8, last.y() - PILL_H / 2, w, PILL_H), Mark.CHANGED.color, word)
