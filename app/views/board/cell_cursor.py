"""The cell cursor: the cell that the keyboard acts on (arrows, Insert, typing, paste), drawn as
a frame of its own so it can be told apart from the selection.

Where a cell is, and where a new card in it would go, come from the one layout; the item only
paints. It is not a ref'd item, so the scene's syncs leave it alone and the view re-places it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from app import theme as T
from app.models.map_layout import JourneyLayout
from app.views.board import style as S
from app.views.board.layout import qrect
from app.views.focus import focus_color

# Warm, so it never reads as the blue of a selection (app/views/focus.py, theme.FOCUS_RING).
CURSOR_COLOR = QColor(T.FOCUS_RING)
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

    def _board_has_focus(self) -> bool:
        scene = self.scene()
        return scene is not None and any(view.hasFocus() for view in scene.views())

    def paint(self, painter: QPainter, option, widget=None) -> None:
        """A bold ring while the board has the keyboard (the focus, visible in light and dark
        themes), a thin dashed one while the keyboard is elsewhere (where it will act)."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = focus_color()
        focused = self._board_has_focus()
        fill = QColor(color)
        fill.setAlpha(34 if focused else 14)
        painter.setBrush(fill)
        pen = QPen(color, 3.0 if focused else 1.5)
        if not focused:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
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
