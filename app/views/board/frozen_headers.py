"""Frozen headers: the stage row and the lane column stay in view as the board scrolls and zooms,
as a spreadsheet's do.

The header items themselves follow the scroll, instead of copies drawn by overlay views over the
board: a click, double-click, drag, resize, context menu or drop on a frozen header then reaches
the very item the board's handlers expect, through the one view and its one selection, and
``itemAt`` answers the header, never a card that scrolled under it. A header moves only across
its drag axis (``HeaderItem.stick``) and never past the board's edge, so the scene rect and
``itemsBoundingRect`` (zoom to fit) do not change. Behind each strip a band hides what scrolls
under it and draws an edge; a corner covers the crossing of the two. Frozen, the headers are
raised above everything but the in-place editor; not scrolled, everything is exactly as before.

Exports draw their own scene, which no view scrolls, so they show the headers once, in place.
Cost per scroll step: one ``stick`` per header in view, whatever the size of the journey.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem

from app.models.refs import LaneRef, StageRef
from app.views.board import style as S
from app.views.board.header_items import HeaderItem, LaneHeaderItem
from app.views.board.scene import BoardScene

HEADER_Z = 20.0  # a header's own place (header_items.py), where it is when not frozen
FROZEN_Z = 50.0  # above cards (10), lines (30) and emotion points (40); below the editor (1000)
REVEAL_PAD = 12  # viewport pixels between a revealed rect and a frozen strip or the edge


class FrozenBand(QGraphicsItem):
    """What lies behind a frozen strip, or the corner where the two strips cross: the board's
    white, the lane rules of the lane column, and an edge. It swallows the presses that land on it,
    so a click on the frozen area never reaches a card or cell that scrolled under it."""

    def __init__(self, bottom_edge: bool, right_edge: bool, z: float):
        super().__init__()
        self.rect = QRectF()
        self.rules: list[float] = []  # y of the lane rules, in the band's coordinates
        self._bottom_edge, self._right_edge = bottom_edge, right_edge
        self.setZValue(z)
        self.setVisible(False)
        self.setAcceptedMouseButtons(Qt.MouseButton.AllButtons)

    def set_rect(self, rect: QRectF, rules: list[float] | None = None) -> None:
        if rect.size() != self.rect.size():
            self.prepareGeometryChange()
            self.rect = QRectF(0, 0, rect.width(), rect.height())
        if (rules or []) != self.rules:
            self.rules = rules or []
            self.update()
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:
        return self.rect

    def mousePressEvent(self, event) -> None:
        event.accept()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self.rect
        painter.fillRect(r, S.SURFACE)
        if self.rules:
            painter.setPen(QPen(S.GRID, 1))
            for y in self.rules:
                painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y))
        painter.setPen(QPen(S.GRID.darker(125), 1.5))
        if self._bottom_edge:
            painter.drawLine(QPointF(r.left(), r.bottom() - 0.75), QPointF(r.right(), r.bottom() - 0.75))
        if self._right_edge:
            painter.drawLine(QPointF(r.right() - 0.75, r.top()), QPointF(r.right() - 0.75, r.bottom()))


class FrozenHeaders(QObject):
    """Keeps a board view's headers in view; the view calls ``sync`` after a zoom or a resize,
    and everything else (scrolling by any means, a re-sync of the scene) is followed here."""

    def __init__(self, view: QGraphicsView, board: BoardScene):
        super().__init__(view)
        self.view, self.board = view, board
        self.offset = QPointF(0, 0)  # how far the lane column (x) and the stage row (y) are moved in
        self.top = FrozenBand(bottom_edge=True, right_edge=False, z=FROZEN_Z - 1)
        self.left = FrozenBand(bottom_edge=False, right_edge=True, z=FROZEN_Z - 1)
        self.corner = FrozenBand(bottom_edge=True, right_edge=True, z=FROZEN_Z + 1)
        for band in (self.top, self.left, self.corner):
            board.addItem(band)
        view.horizontalScrollBar().valueChanged.connect(self.sync)
        view.verticalScrollBar().valueChanged.connect(self.sync)
        self._stages: list[HeaderItem] = []  # in board order, beside where each starts
        self._lanes: list[HeaderItem] = []
        self._stage_x: list[float] = []
        self._lane_y: list[float] = []
        board.synced.connect(self._resynced)
        self._held = False

    def _headers(self) -> tuple[list[HeaderItem], list[HeaderItem]]:
        layout, refs, jid = self.board.layout, self.board.refs, self.board.journey_id
        if layout is None or jid is None:
            return [], []
        stages = [refs.get(StageRef(jid, sid)) for sid, _x, _w in layout.columns]
        lanes = [refs.get(LaneRef(jid, lid)) for lid, _y, _h in layout.rows]
        return (
            [h for h in stages if isinstance(h, HeaderItem)],
            [h for h in lanes if isinstance(h, HeaderItem)],
        )

    def _resynced(self) -> None:
        """The scene re-placed its headers where the layout says: freeze them all again."""
        self._stages, self._lanes = self._headers()
        self._stage_x = [h.home.x() for h in self._stages]  # just placed: home is the layout's
        self._lane_y = [h.home.y() for h in self._lanes]
        self.sync(everything=True)

    @contextmanager
    def held(self) -> Iterator[None]:
        """A zoom step moves both scroll bars; the headers follow once, after it, not per bar."""
        self._held = True
        try:
            yield
        finally:
            self._held = False
        self.sync()

    def sync(self, *_args: object, everything: bool = False) -> None:
        """Follow the scroll and zoom. Only the headers in view are moved (each move is a Python
        call in itemChange), so a pan costs the same on a huge journey as on a small one; one that
        scrolls into view is moved then, before it is painted."""
        if self._held:
            return
        layout = self.board.layout
        if layout is None:
            for band in (self.top, self.left, self.corner):
                band.setVisible(False)
            self.offset = QPointF(0, 0)
            return
        seen = self.view.mapToScene(QPoint(0, 0))  # the board point at the viewport's top-left
        x = max(0.0, min(seen.x(), layout.width - S.LANE_HEADER_W))
        y = max(0.0, min(seen.y(), layout.height - S.STAGE_HEADER_H))
        moved_x, moved_y = everything or x != self.offset.x(), everything or y != self.offset.y()
        self.offset = QPointF(x, y)
        area = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        _stick(self._stages, _in_view(self._stage_x, area.left(), area.right()), y)
        lanes = _in_view(self._lane_y, area.top(), area.bottom())
        _stick(self._lanes, lanes, x)
        # a lane taller than the view keeps its name in view, below the frozen stage row
        content_top = area.top() + (S.STAGE_HEADER_H if y > 0 else 0.0)
        for header in self._lanes[lanes.start : lanes.stop]:
            if isinstance(header, LaneHeaderItem):
                room = header.rect.height() - header.label_height
                header.set_label_shift(max(0.0, min(content_top - header.home.y(), room)))
        if moved_y:
            self.top.set_rect(QRectF(0, y, layout.width, S.STAGE_HEADER_H))
            self.top.setVisible(y > 0)
        if moved_x:
            rules = [row_y + h for _lid, row_y, h in layout.rows]
            self.left.set_rect(QRectF(x, 0, S.LANE_HEADER_W, layout.height), rules)
            self.left.setVisible(x > 0)
        if moved_x or moved_y:
            self.corner.set_rect(QRectF(x, y, S.LANE_HEADER_W, S.STAGE_HEADER_H))
            self.corner.setVisible(x > 0 or y > 0)

    # -- for the view's other parts ------------------------------------------------------------------

    def covers(self, viewport_pos: QPoint) -> bool:
        """Is this viewport point on the header row or column (frozen or in place)? Such a point
        names a header, never the cell under it."""
        layout = self.board.layout
        if layout is None:
            return False
        p = self.view.mapToScene(viewport_pos)
        x, y = self.offset.x(), self.offset.y()
        in_row = y <= p.y() < y + S.STAGE_HEADER_H and 0 <= p.x() <= layout.width
        in_column = x <= p.x() < x + S.LANE_HEADER_W and 0 <= p.y() <= layout.height
        return in_row or in_column

    def reveal(self, rect: QRectF, *, horizontal: bool = True, vertical: bool = True) -> None:
        """Scroll so that ``rect`` (board units) is in view clear of the frozen strips; a rect
        larger than the room left shows its top-left part."""
        view = self.view
        zoom = view.transform().m11()
        port = view.viewport().rect()
        # strips wider than most of a small viewport (a high zoom) leave a quarter of it to show in
        left = int(min(S.LANE_HEADER_W * zoom, port.width() * 0.75)) + REVEAL_PAD
        top = int(min(S.STAGE_HEADER_H * zoom, port.height() * 0.75)) + REVEAL_PAD
        shown = view.mapFromScene(rect).boundingRect()
        if horizontal:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() + _shift(shown.left(), shown.right(), left, port.width() - REVEAL_PAD))
        if vertical:
            bar = view.verticalScrollBar()
            bar.setValue(bar.value() + _shift(shown.top(), shown.bottom(), top, port.height() - REVEAL_PAD))


def _in_view(starts: list[float], low: float, high: float) -> range:
    """The indices of the columns (or rows) starting at ``starts`` that overlap [low, high]."""
    return range(max(0, bisect.bisect_right(starts, low) - 1), bisect.bisect_right(starts, high))


def _stick(headers: list[HeaderItem], indices: range, at: float) -> None:
    z = FROZEN_Z if at > 0 else HEADER_Z
    for header in headers[indices.start : indices.stop]:
        header.stick(at)
        if header.zValue() != z:  # setZValue calls itemChange even when nothing changes
            header.setZValue(z)


def _shift(low: int, high: int, room_low: int, room_high: int) -> int:
    """How far to scroll so that [low, high] lies in [room_low, room_high], its start first."""
    if low < room_low:
        return low - room_low
    if high > room_high:
        return min(high - room_high, low - room_low)
    return 0
