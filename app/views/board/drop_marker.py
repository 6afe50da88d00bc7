"""The insertion marker shown while a new stage or lane is dragged from the palette.

Without it a user cannot tell between which two stages (lanes) a drop will land. The bar sits
where the drop would insert: ``marker_line`` asks the layout the same question the drop asks
(``JourneyLayout.stage_insert_index`` / ``lane_insert_index``, as palette_drops does), so the
bar and the drop cannot disagree. The bar is a scene item that belongs to no document object;
it is added while a drag is over the board and removed when the drag leaves or drops.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from app.models.map_layout import LANE_HEADER_W, STAGE_HEADER_H, JourneyLayout
from app.models.refs import Kind
from app.views.board import style as S
from app.views.board.palette_drops import ENTRIES
from app.views.board.scene import BoardScene

BAR = 5.0  # board units across
OVERHANG = 8.0  # beyond the board's edges, so the bar reads as "here, between"
MARKER_Z = 1000.0  # above cards, headers and curves


@dataclass(frozen=True)
class MarkerLine:
    """Where a drop of a stage or lane would insert: ``index`` among them, drawn as ``rect``."""

    kind: Kind
    index: int
    rect: QRectF


def marker_line(layout: JourneyLayout, kind: Kind, pos: QPointF) -> MarkerLine | None:
    """The gap a stage (vertical bar) or lane (horizontal bar) dropped at ``pos`` goes into."""
    if kind is Kind.STAGE:
        index = layout.stage_insert_index(pos.x())
        x = _edge([(x, w) for _sid, x, w in layout.columns], index, LANE_HEADER_W)
        height = max(layout.height, STAGE_HEADER_H)
        return MarkerLine(kind, index, QRectF(x - BAR / 2, -OVERHANG, BAR, height + 2 * OVERHANG))
    if kind is Kind.LANE:
        index = layout.lane_insert_index(pos.y())
        y = _edge([(y, h) for _lid, y, h in layout.rows], index, STAGE_HEADER_H)
        width = max(layout.width, LANE_HEADER_W)
        return MarkerLine(kind, index, QRectF(-OVERHANG, y - BAR / 2, width + 2 * OVERHANG, BAR))
    return None


def _edge(spans: list[tuple[float, float]], index: int, empty: float) -> float:
    """The start of span ``index``, or the end of the last one (``empty`` when there is none)."""
    if index < len(spans):
        return spans[index][0]
    return spans[-1][0] + spans[-1][1] if spans else empty


# The bar on each scene while a palette drag is over it. Kept beside the scene, not in it as an
# attribute, and weakly, so a closed board takes its bar with it.
_BARS: weakref.WeakKeyDictionary[BoardScene, tuple[QGraphicsRectItem, MarkerLine]] = weakref.WeakKeyDictionary()


def show_marker(scene: BoardScene, entry_id: str, pos: QPointF) -> MarkerLine | None:
    """Place the bar for a drag of palette entry ``entry_id`` at scene ``pos``; no bar for
    entries that are not inserted between others (cards, points)."""
    entry = ENTRIES.get(entry_id)
    layout = scene.layout
    line = marker_line(layout, entry.creates, pos) if entry is not None and layout is not None else None
    if line is None:
        hide_marker(scene)
        return None
    item = _bar(scene)
    item.setRect(line.rect)
    _BARS[scene] = (item, line)
    return line


def hide_marker(scene: BoardScene) -> None:
    found = _BARS.pop(scene, None)
    if found is not None and shiboken6.isValid(found[0]) and found[0].scene() is not None:
        found[0].scene().removeItem(found[0])


def shown_marker(scene: BoardScene) -> MarkerLine | None:
    """The gap the bar on ``scene`` marks now, if there is one."""
    found = _BARS.get(scene)
    return found[1] if found is not None and shiboken6.isValid(found[0]) and found[0].scene() is scene else None


def _bar(scene: BoardScene) -> QGraphicsRectItem:
    found = _BARS.get(scene)
    if found is not None and shiboken6.isValid(found[0]) and found[0].scene() is scene:
        return found[0]
    item = QGraphicsRectItem()
    item.setBrush(QBrush(QColor(S.SELECTION)))
    item.setPen(Qt.PenStyle.NoPen)
    item.setZValue(MARKER_Z)
    item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
    scene.addItem(item)
    return item
