"""The evidence badges at a card's bottom-right: a picture for its image, a link with the
number of its links, a speech bubble with the number of its comments.

The glyphs are QPainter paths, not emoji: an emoji font may be missing (this is an offline
app on any desktop), and a path looks the same on every machine, in the PNG and SVG exports
too. The card lays its badges out once per change (``place``) and paint() only strokes the
paths and draws the count labels already laid out, so ten thousand cards stay cheap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QTransform

from app.i18n import translate
from app.models.entities import Card
from app.views.board import style as S

GLYPH = 10.0  # a glyph's square, in board px
GAP = 5.0  # between two badges
COUNT_GAP = 1.5  # between a glyph and its count
COUNT_SIZE = 7.0  # the counts' font size


@dataclass(frozen=True)
class Evidence:
    """What a card holds besides its text: an image, links, comments."""

    image: bool = False
    links: int = 0
    comments: int = 0

    def __bool__(self) -> bool:
        return self.image or self.links > 0 or self.comments > 0


def evidence_of(card: Card) -> Evidence:
    return Evidence(bool(card.image), len(card.links), len(card.comments))


def evidence_words(evidence: Evidence) -> str:
    """ "1 image, 2 links, 3 comments" — what a screen reader and the tooltip say; "" for none."""
    words = []
    if evidence.image:
        words.append(translate("EvidenceBadges", "1 image"))
    if evidence.links:
        text = (
            translate("EvidenceBadges", "1 link") if evidence.links == 1 else translate("EvidenceBadges", "{n} links")
        )
        words.append(text.format(n=evidence.links))
    if evidence.comments:
        text = (
            translate("EvidenceBadges", "1 comment")
            if evidence.comments == 1
            else translate("EvidenceBadges", "{n} comments")
        )
        words.append(text.format(n=evidence.comments))
    return ", ".join(words)


def tooltip(card: Card) -> str:
    """The card's tooltip: its text, then what evidence it holds and where its links go."""
    text = card.text[:1000]
    evidence = evidence_of(card)
    if not evidence:
        return text
    lines = [text, "", evidence_words(evidence)] if text else [evidence_words(evidence)]
    lines.extend(f"– {link}" for link in card.links[:5])  # no emoji: the font may lack them
    if len(card.links) > 5:
        lines.append("…")
    return "\n".join(lines)


# -- the glyphs --------------------------------------------------------------------------------


@cache
def _picture() -> QPainterPath:
    """A framed picture: a rounded frame (its mountains and sun are ``_picture_fill``)."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.5, 1.5, 9, 7), 1.2, 1.2)
    return path


@cache
def _picture_fill() -> QPainterPath:
    """The picture's mountains and sun, filled: at 100% a stroked outline of them is a blur."""
    path = QPainterPath()
    path.moveTo(1.0, 8.0)
    path.lineTo(4.0, 4.4)
    path.lineTo(6.0, 6.6)
    path.lineTo(7.0, 5.6)
    path.lineTo(9.0, 8.0)
    path.closeSubpath()
    path.addEllipse(QPointF(7.0, 3.7), 1.0, 1.0)
    return path


@cache
def _link() -> QPainterPath:
    """Two chain links on the diagonal, overlapping in the middle."""
    link = QPainterPath()
    link.addRoundedRect(QRectF(-3.4, -1.8, 6.8, 3.6), 1.8, 1.8)
    path = QPainterPath()
    for cx, cy in ((3.4, 6.6), (6.6, 3.4)):
        transform = QTransform()
        transform.translate(cx, cy)
        transform.rotate(-45)
        path.addPath(transform.map(link))
    return path


@cache
def _bubble() -> QPainterPath:
    """A speech bubble with its tail at the lower left."""
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.5, 0.8, 9, 6.4), 2.0, 2.0)
    tail = QPainterPath()
    tail.moveTo(2.2, 7.0)
    tail.lineTo(1.8, 9.4)
    tail.lineTo(4.6, 7.0)
    return path.united(tail)


# -- laying out and painting -------------------------------------------------------------------


class Badges:
    """A card's evidence badges placed once: the glyph paths at their places, the counts as labels."""

    __slots__ = ("fills", "labels", "left", "paths")

    def __init__(self, evidence: Evidence, right: float, top: float, height: float, *, counts: bool = True):
        metrics = S.metrics(COUNT_SIZE, True)
        parts: list[tuple[QPainterPath, str]] = []
        if evidence.image:
            parts.append((_picture(), ""))
        if evidence.links:
            parts.append((_link(), str(evidence.links) if counts else ""))
        if evidence.comments:
            parts.append((_bubble(), str(evidence.comments) if counts else ""))
        widths = [GLYPH + (COUNT_GAP + metrics.horizontalAdvance(count) if count else 0.0) for _, count in parts]
        x = right - sum(widths) - GAP * (len(parts) - 1)
        self.left = x
        y = top + (height - GLYPH) / 2
        self.paths = QPainterPath()
        self.fills = QPainterPath()
        self.labels: list[S.Label] = []
        for (glyph, count), width in zip(parts, widths, strict=True):
            self.paths.addPath(glyph.translated(x, y))
            if glyph is _picture():
                self.fills.addPath(_picture_fill().translated(x, y))
            if count:
                room = QRectF(x + GLYPH + COUNT_GAP, top, width - GLYPH - COUNT_GAP, height)
                flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                self.labels.append(S.Label(count, room, flags, COUNT_SIZE, True))
            x += width + GAP

    def paint(self, painter: QPainter, ink: QColor) -> None:
        painter.setPen(QPen(ink, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.paths)
        if not self.fills.isEmpty():
            painter.fillPath(self.fills, ink)
        painter.setPen(ink)
        for label in self.labels:
            label.draw(painter)


def place(card: Card, right: float, top: float, height: float, left: float = -math.inf) -> Badges | None:
    """The badges of ``card`` ending at ``right`` in the row from ``top``, kept right of ``left``
    (the action badge's end): without their counts when the row is short, none when even the
    glyphs do not fit. None, too, when the card holds no evidence (the tooltip still lists it)."""
    evidence = evidence_of(card)
    if not evidence:
        return None
    for counts in (True, False):
        badges = Badges(evidence, right, top, height, counts=counts)
        if badges.left >= left:
            return badges
    return None
