"""What a card shows of a vote, and where its dots go.

Dots are drawn in the card's footer row (in place of its tags and evidence, which matter less
while a room votes) or, on a card without a footer, in a strip at its foot, and are big enough
to be told apart on a projector: a room reads "three red dots" from the back, not a number. Past ``MAX_DOTS`` the last places give way to a "+n", so a popular card stays one or two
rows high. The geometry is here, apart from the card item, so a test can check the wrap
without painting.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from app.views.board import style as S

DOT_D = 14.0  # a dot's diameter in board units (pixels at 100 %)
DOT_GAP = 4.0
ROW_GAP = 3.0
MAX_DOTS = 8  # more than this: the first MAX_DOTS - 1 and a "+n"
BADGE_W, BADGE_H = 22.0, 15.0
DIM_OPACITY = 0.3
MORE_SIZE = 8.0  # the "+n" label's point size
PAPER_DOT = "#8A8F98"  # a dot counted on paper (a tally): nobody's colour


@dataclass(frozen=True)
class VoteMarks:
    """A card's votes as the board shows them now: one colour per dot (participant order, then
    grey paper dots of a tally), the total on its badge (None: no badge), whether the card is
    dimmed (not voted on), and how many more dots there are than ``dots`` lists (a big tally)."""

    dots: tuple[str, ...] = ()
    total: int | None = None
    dimmed: bool = False
    extra: int = 0


NO_MARKS = VoteMarks()


@dataclass(frozen=True)
class DotPlaces:
    """Where a strip's dots go: centres, their colours, and the "+n" label if any."""

    centers: tuple[QPointF, ...]
    colors: tuple[str, ...]
    more: str
    more_rect: QRectF
    height: float


def _more_width(text: str) -> float:
    return S.metrics(MORE_SIZE, True).horizontalAdvance(text) + 4 if text else 0.0


def place_dots(
    colors: tuple[str, ...], left: float, top: float, width: float, *, one_row: bool = False, extra: int = 0
) -> DotPlaces:
    """Dots from (left, top) wrapping at ``width`` (or kept to one row); when they do not all
    fit, or past MAX_DOTS, the last place is a "+n" of the rest (``extra`` more are not listed)."""
    step = DOT_D + DOT_GAP
    per_row = max(1, int((width + DOT_GAP) // step))
    limit = min(MAX_DOTS, per_row) if one_row else MAX_DOTS
    shown, more = colors, f"+{extra}" if extra else ""
    if len(colors) + extra > limit:
        keep = max(0, limit - (2 if one_row and limit > 1 else 1))  # "+n" is about two dots wide
        shown, more = colors[:keep], f"+{len(colors) + extra - keep}"
    centers = []
    for n in range(len(shown)):
        row, col = divmod(n, per_row)
        centers.append(QPointF(left + col * step + DOT_D / 2, top + row * (DOT_D + ROW_GAP) + DOT_D / 2))
    rows = (len(shown) + per_row - 1) // per_row if shown else 0
    more_rect = QRectF()
    if more:
        used = len(shown) % per_row
        x, row = left + used * step, rows - 1 if used else rows
        if used and x + _more_width(more) > left + width and not one_row:
            x, row = left, rows
        more_rect = QRectF(x, top + row * (DOT_D + ROW_GAP), _more_width(more), DOT_D)
        rows = max(rows, row + 1)
    height = rows * DOT_D + max(0, rows - 1) * ROW_GAP
    return DotPlaces(tuple(centers), tuple(shown), more, more_rect, height)


def strip_height(marks: VoteMarks, width: float) -> float:
    """How tall the dot strip of a card without a footer is (0: no strip): its dots, wrapped
    in the room left of the badge, or the badge alone."""
    room = width - BADGE_W - DOT_GAP
    dots = place_dots(marks.dots, 0.0, 0.0, room, extra=marks.extra).height if marks.dots else 0.0
    tallest = max(dots, BADGE_H if marks.total else 0.0)
    return tallest + 2.0 if tallest else 0.0


def paint_dots(painter: QPainter, places: DotPlaces) -> None:
    painter.setPen(QPen(S.WHITE, 1.5))  # a white rim keeps a dot apart from a card of its colour
    for center, color in zip(places.centers, places.colors, strict=True):
        painter.setBrush(QBrush(QColor(color)))
        painter.drawEllipse(center, DOT_D / 2, DOT_D / 2)
    if places.more:
        painter.setPen(S.INK)
        painter.setFont(S.font(MORE_SIZE, bold=True))
        painter.drawText(places.more_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, places.more)
