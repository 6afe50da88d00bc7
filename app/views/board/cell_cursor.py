"""The cell cursor: the cell that the keyboard acts on (arrows, Insert, typing, paste), drawn as
a frame of its own so it can be told apart from the selection.

Where a cell is, and where a new card in it would go, come from the one layout; the item only
paints. It is not a ref'd item, so the scene's syncs leave it alone and the view re-places it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from app.models.map_layout import JourneyLayout
from app.views.board import style as S
from app.views.board.layout import qrect

# Warm, so it never reads as the blue of a selection.
CURSOR_COLOR = QColor("#E0801F")
CURSOR_Z = 9  # above the grid, metric cells and curves; below cards, so it frames them


class CellCursorItem(QGraphicsRectItem):
    def __init__(self) -> None:
        super().__init__()
        self.setZValue(CURSOR_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setVisible(False)

    def place(self, rect: QRectF | None) -> None:
        if rect is None:
            self.setVisible(False)
            return
        self.setRect(rect.adjusted(2, 2, -2, -2))
        self.setVisible(True)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(CURSOR_COLOR)
        fill.setAlpha(22)
        painter.setBrush(fill)
        painter.setPen(QPen(CURSOR_COLOR, 2.5))
        painter.drawRoundedRect(self.rect(), 5, 5)


def cell_qrect(layout: JourneyLayout, cell: tuple[str, str]) -> QRectF:
    return qrect(layout.cell_rect(*cell))


def new_card_rect(layout: JourneyLayout, cell: tuple[str, str]) -> QRectF:
    """Where a card added at the end of ``cell`` goes: under its last card, cell-wide."""
    box = layout.cell_rect(*cell)
    ids = layout.cells.get(cell, [])
    top = box.y + S.CELL_PAD
    if ids and ids[-1] in layout.cards:
        last = layout.cards[ids[-1]]
        top = last.y + last.h + S.CARD_GAP
    return QRectF(box.x + S.CELL_PAD, top, box.w - 2 * S.CELL_PAD, S.CARD_MIN_H)
